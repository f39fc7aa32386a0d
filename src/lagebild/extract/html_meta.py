"""Page metadata from an HTML tree: title, publication date, authors, page tags."""

from __future__ import annotations

import json
import re
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from lxml import html as lxml_html

from lagebild.extract.builder import clean_inline

__all__ = ["meta_authors", "meta_tags", "page_title", "published", "site_name"]

_DATE_METAS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "pubdate",
    "publishdate",
    "sailthru.date",
)


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


def published(tree: lxml_html.HtmlElement) -> datetime | None:
    """The publication time, timezone-aware; a naive value is read as German local time."""
    candidates = [*_meta(tree, *_DATE_METAS), *_json_ld_dates(tree)]
    candidates += [t.get("datetime", "") for t in tree.iter("time") if t.get("datetime")]
    for value in candidates:
        parsed = _parse_iso(value)
        if parsed is not None:
            return parsed
    return None


def _json_ld_dates(tree: lxml_html.HtmlElement) -> list[str]:
    dates: list[str] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content())
        except ValueError:
            continue  # broken JSON-LD is common; the other sources may still have a date
        items = data if isinstance(data, list) else [data]
        for item in items:
            if isinstance(item, dict) and isinstance(item.get("datePublished"), str):
                dates.append(item["datePublished"])
    return dates


def _parse_iso(value: str) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=_local_zone())
    return parsed


def _local_zone() -> tzinfo:
    # Our pages are German-language news; a time without an offset is local
    # time there (Berlin, Vienna and Zurich share one zone all year).
    try:
        return ZoneInfo("Europe/Berlin")
    except ZoneInfoNotFoundError:  # no tz database on this system
        from datetime import UTC

        return UTC
