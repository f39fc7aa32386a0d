"""Page metadata from an HTML tree and its JSON-LD: title, site name, authors, page tags.

Dates are in :mod:`.dates`.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import html as lxml_html

from lagebild.extract.builder import clean_inline

__all__ = ["ld_authors", "ld_tags", "meta_authors", "meta_tags", "page_title", "site_name"]


def _meta(tree: lxml_html.HtmlElement, *names: str) -> list[str]:
    wanted = {n.lower() for n in names}
    values: list[str] = []
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = (meta.get("content") or "").strip()
        if key in wanted and content:
            values.append(content)
    return values


def site_name(tree: lxml_html.HtmlElement) -> str | None:
    names = _meta(tree, "og:site_name", "application-name")
    return names[0] if names else None


def page_title(tree: lxml_html.HtmlElement) -> str | None:
    """og:title, else <title> without its " | Site" suffix."""
    for value in _meta(tree, "og:title", "twitter:title"):
        return clean_inline(value)
    titles = tree.xpath("//head/title")
    if titles:
        text = clean_inline(titles[0].text_content())
        return re.split(r"\s+[|–—-]\s+(?=[^|–—-]*$)", text)[0] or None
    return None


def meta_authors(tree: lxml_html.HtmlElement) -> list[str]:
    authors: list[str] = []
    for value in _meta(tree, "author", "article:author", "dc.creator"):
        if value.startswith("http"):
            continue  # a profile URL, not a name
        authors.extend(a.strip() for a in re.split(r"\s*(?:,|;|\bund\b|&)\s*", value) if a.strip())
    return authors


def meta_tags(tree: lxml_html.HtmlElement) -> list[str]:
    tags: list[str] = []
    for value in _meta(tree, "article:tag", "news_keywords"):
        tags.extend(t.strip() for t in value.split(",") if t.strip())
    return tags


def ld_authors(ld: list[dict[str, Any]]) -> list[str]:
    """Author names from JSON-LD (``author: {"name": ...}`` or a list of them); organisations skipped."""
    names: list[str] = []
    for item in ld:
        authors = item.get("author")
        for author in authors if isinstance(authors, list) else [authors]:
            if isinstance(author, dict) and author.get("@type") != "Organization":
                name = author.get("name")
                if isinstance(name, str) and name.strip():
                    names.append(clean_inline(name))
            elif isinstance(author, str) and author.strip() and not author.startswith("http"):
                names.append(clean_inline(author))
    return names


def ld_tags(ld: list[dict[str, Any]]) -> list[str]:
    """JSON-LD ``keywords``: a list, or one comma-separated string."""
    tags: list[str] = []
    for item in ld:
        keywords = item.get("keywords")
        if isinstance(keywords, str):
            keywords = keywords.split(",")
        if isinstance(keywords, list):
            tags.extend(k.strip() for k in keywords if isinstance(k, str) and k.strip())
    return tags
