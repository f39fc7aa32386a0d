"""Word lists of the extract layer, read lazily from ``extract/data/*.txt``."""

from __future__ import annotations

import functools
import re
from importlib import resources

__all__ = [
    "MAX_LABEL_CHARS",
    "acronyms",
    "ad_markers",
    "agencies",
    "box_labels",
    "canonical_agency",
    "fold",
    "furniture",
    "read_list",
    "related_labels",
    "stock_sources",
    "tag_labels",
]


_TRAILING_MARKS = re.compile(r"[\s:+•|›»>]+$")
_LEADING_MARKS = re.compile(r"^[\s+•|›»>]+")
_SPACES = re.compile(r"\s+")
#: No label is longer than this; longer lines skip the label lookups entirely.
MAX_LABEL_CHARS = 60


def fold(text: str) -> str:
    """Comparison key for labels: lower case, one apostrophe, no colon or ticker marks."""
    text = text.replace("’", "'").replace("‘", "'").casefold()
    text = _LEADING_MARKS.sub("", _TRAILING_MARKS.sub("", text))
    return _SPACES.sub(" ", text)


def read_list(name: str) -> tuple[str, ...]:
    """The entries of ``data/<name>``: one a line, ``#`` comments and blank lines skipped."""
    return _lines(name)


@functools.cache
def _lines(name: str) -> tuple[str, ...]:
    raw = resources.files("lagebild.extract").joinpath("data", name).read_text("utf-8")
    entries = (line.strip() for line in raw.splitlines())
    return tuple(e for e in entries if e and not e.startswith("#"))


@functools.cache
def box_labels() -> frozenset[str]:
    return frozenset(fold(x) for x in _lines("labels.txt"))


@functools.cache
def related_labels() -> frozenset[str]:
    return frozenset(fold(x) for x in _lines("related.txt"))


@functools.cache
def tag_labels() -> frozenset[str]:
    return frozenset(fold(x) for x in _lines("tag_labels.txt"))


@functools.cache
def furniture() -> frozenset[str]:
    return frozenset(fold(x) for x in _lines("furniture.txt"))


@functools.cache
def stock_sources() -> tuple[str, ...]:
    return tuple(x.casefold() for x in _lines("stock.txt"))


@functools.cache
def ad_markers() -> frozenset[str]:
    return frozenset(fold(x) for x in _lines("ads.txt"))


@functools.cache
def agencies() -> tuple[str, ...]:
    """Agency names, longest first so that "Keystone-SDA" wins over "Keystone"."""
    return tuple(sorted(_lines("credits.txt"), key=len, reverse=True))


@functools.cache
def _agency_index() -> dict[str, str]:
    return {a.casefold(): a for a in agencies()}


def canonical_agency(name: str) -> str | None:
    """``"sda"`` -> ``"SDA"``; ``"dpa/AFP"`` -> ``"dpa/AFP"``; unknown names -> None."""
    parts = [p.strip() for p in re.split(r"\s*/\s*", name.strip()) if p.strip()]
    found = [_agency_index().get(p.casefold()) for p in parts]
    if not parts or any(f is None for f in found):
        return None
    return "/".join(f for f in found if f is not None)


@functools.cache
def acronyms() -> tuple[str, ...]:
    """Glued forms (spaces removed) of the curated names, longest first."""
    return tuple(sorted(_lines("acronyms.txt"), key=lambda x: len(x.replace(" ", "")), reverse=True))
