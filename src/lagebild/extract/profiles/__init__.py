"""Publisher profiles: per-site selectors for lead, key points, captions, tags, bylines.

A profile is a TOML file in this folder (see ``tagesschau.toml``)::

    name = "tagesschau.de"
    domains = ["tagesschau.de"]          # the host or any subdomain of it
    [selectors]                          # CSS selectors, each a list
    lead = ["p.textabsatz strong"]
    key_points = ["div.zusammenfassung"]
    captions = ["figcaption"]
    tags = ["ul.taglist"]
    byline = ["div.autorenzeile"]
    drop = ["div.teaser-related"]        # boilerplate the generic rules miss

Profiles are loaded lazily and chosen by ``RawDocument.url``; a page without a
profile goes through the generic layer alone. Applying a profile only marks
elements (``data-lb-role``); the walker gives a marked element its role.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources
from urllib.parse import urlsplit

from cssselect import GenericTranslator, SelectorError
from lxml import etree
from lxml import html as lxml_html

from lagebild.errors import ConfigError
from lagebild.extract.walker import ROLE

__all__ = ["ROLES", "Profile", "apply_profile", "profile_for", "profiles"]

#: Selector keys of a profile file and the role each marks.
ROLES = {
    "lead": "lead",
    "key_points": "key_points",
    "captions": "caption",
    "tags": "tags",
    "byline": "byline",
    "drop": "drop",
}


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    domains: tuple[str, ...]
    selectors: tuple[tuple[str, tuple[etree.XPath, ...]], ...]  # (role, compiled selectors)


@functools.cache
def profiles() -> tuple[Profile, ...]:
    """Every profile shipped in this package, read once."""
    folder = resources.files("lagebild.extract.profiles")
    found = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            found.append(_load(entry.name, entry.read_text("utf-8")))
    return tuple(found)


def _load(file: str, text: str) -> Profile:
    try:
        data = tomllib.loads(text)
        selectors = data.get("selectors", {})
        unknown = set(selectors) - set(ROLES)
        if unknown:
            raise ConfigError(f"profile {file}: unknown selector keys {sorted(unknown)}; use {sorted(ROLES)}")
        compiled = tuple(
            (ROLES[key], tuple(etree.XPath(GenericTranslator().css_to_xpath(css)) for css in values))
            for key, values in selectors.items()
        )
        return Profile(str(data["name"]), tuple(str(d).lower() for d in data["domains"]), compiled)
    except (tomllib.TOMLDecodeError, KeyError, SelectorError, TypeError) as exc:
        raise ConfigError(f"profile {file} is not valid ({exc}); fix the file") from None


def profile_for(url: str | None) -> Profile | None:
    """The profile whose domain is the URL's host or a parent of it."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    for profile in profiles():
        if any(host == d or host.endswith("." + d) for d in profile.domains):
            return profile
    return None


def apply_profile(profile: Profile, tree: lxml_html.HtmlElement) -> int:
    """Mark the elements the profile names; returns how many were marked."""
    marked = 0
    for role, selectors in profile.selectors:
        for selector in selectors:
            for element in selector(tree):
                if isinstance(element, lxml_html.HtmlElement) and element.get(ROLE) is None:
                    element.set(ROLE, role)
                    marked += 1
    return marked
