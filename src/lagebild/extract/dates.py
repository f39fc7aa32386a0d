"""Publication and update times of a page: JSON-LD, meta tags, <time>, German text forms.

Order of evidence: JSON-LD ``datePublished``/``dateModified`` (the publisher's
own structured data), then meta tags (``article:published_time`` ...), then
``<time datetime>``, then German date lines the page prints ("Stand:
14.03.2024, 09:12 Uhr", "aktualisiert am 14. März 2024", "veröffentlicht am
14.03.2024 um 9.12 Uhr"). Every result is timezone-aware: a time without an
offset is local time in Germany, Austria and Switzerland (one zone all year).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from lxml import html as lxml_html

__all__ = ["PageDates", "german_date", "is_date_line", "json_ld_items", "page_dates", "parse_iso"]

_PUBLISHED_METAS = frozenset(
    {"article:published_time", "og:article:published_time", "datepublished", "date", "dc.date",
     "dc.date.issued", "pubdate", "publishdate", "sailthru.date", "parsely-pub-date"}
)  # fmt: skip
_UPDATED_METAS = frozenset({"article:modified_time", "og:updated_time", "datemodified", "last-modified"})
_MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feber": 2, "feb": 2, "märz": 3, "mär": 3, "maerz": 3,
    "april": 4, "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "dezember": 12, "dez": 12,
}  # fmt: skip
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
# "14.03.2024", "14.3.24", "14. März 2024", each optionally with "09:12", "9.12 Uhr", "um 09:12 Uhr".
_DATE = re.compile(
    rf"(?P<day>\d{{1,2}})\.\s*(?:(?P<month>\d{{1,2}})\.\s*|(?P<name>{_MONTH_NAMES})\.?\s+)(?P<year>\d{{4}}|\d{{2}})\b"
    r"(?:\s*(?:,|\||um|-|–)?\s*(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:\s*Uhr)?)?",
    re.IGNORECASE,
)
_UPDATED_CUE = re.compile(r"\b(?:Stand|aktualisiert|zuletzt aktualisiert|Update|geändert)\b", re.IGNORECASE)
_PUBLISHED_CUE = re.compile(r"\b(?:veröffentlicht|publiziert|erschienen|erstellt)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PageDates:
    published: datetime | None = None
    updated: datetime | None = None


def page_dates(tree: lxml_html.HtmlElement, ld: list[dict[str, Any]], lines: list[str]) -> PageDates:
    """Dates from structured data (``ld``: :func:`json_ld_items`), then from printed date lines."""
    published, updated = _json_ld(ld)
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        value = meta.get("content") or ""
        if key in _PUBLISHED_METAS:
            published = published or parse_iso(value)
        elif key in _UPDATED_METAS:
            updated = updated or parse_iso(value)
    for time in tree.iter("time"):
        stamp = parse_iso(time.get("datetime") or "") or german_date(time.text_content())
        published = published or stamp
    printed_published, printed_updated = _printed(lines)
    return PageDates(published or printed_published or printed_updated, updated or printed_updated)


def _printed(lines: list[str]) -> tuple[datetime | None, datetime | None]:
    published = updated = None
    for line in lines:
        if len(line) > 200:
            continue
        stamp = german_date(line)
        if stamp is None:
            continue
        if _UPDATED_CUE.search(line):
            updated = updated or stamp
        elif _PUBLISHED_CUE.search(line) or published is None:
            published = published or stamp
    return published, updated


def is_date_line(line: str) -> bool:
    """A short line that only dates the page: ``"Stand: 14.03.2024, 09:12 Uhr"``."""
    if len(line) > 80:
        return False
    match = _DATE.search(line)
    if match is None:
        return False
    rest = (line[: match.start()] + line[match.end() :]).strip(" |·,–-:")
    return not rest or (bool(_UPDATED_CUE.search(rest) or _PUBLISHED_CUE.search(rest)) and len(rest) <= 30)


def german_date(text: str) -> datetime | None:
    """``"Stand: 14.03.2024, 09:12 Uhr"`` -> 2024-03-14 09:12 Europe/Berlin."""
    match = _DATE.search(text)
    if match is None:
        return None
    year = int(match.group("year"))
    year += 2000 if year < 100 else 0
    month = int(match.group("month")) if match.group("month") else _MONTHS[match.group("name").lower()]
    hour = int(match.group("hour") or 0)
    minute = int(match.group("minute") or 0)
    try:
        return datetime(year, month, int(match.group("day")), hour, minute, tzinfo=_local_zone())
    except ValueError:  # "31.02.2024": printed dates are not always valid
        return None


def parse_iso(value: str) -> datetime | None:
    value = value.strip()
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return german_date(value)
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=_local_zone())


def _json_ld(ld: list[dict[str, Any]]) -> tuple[datetime | None, datetime | None]:
    published = updated = None
    for item in ld:
        published = published or _stamp(item.get("datePublished"))
        updated = updated or _stamp(item.get("dateModified"))
    return published, updated


def json_ld_items(tree: lxml_html.HtmlElement) -> list[dict[str, Any]]:
    """Every JSON-LD object of the page, ``@graph`` members included."""
    items: list[dict[str, Any]] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content())
        except ValueError:
            continue  # broken JSON-LD is common; the other sources may still have a date
        stack = data if isinstance(data, list) else [data]
        for item in stack:
            if isinstance(item, dict):
                items.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    items.extend(g for g in graph if isinstance(g, dict))
    return items


def _stamp(value: object) -> datetime | None:
    return parse_iso(value) if isinstance(value, str) else None


def _local_zone() -> tzinfo:
    try:
        return ZoneInfo("Europe/Berlin")
    except ZoneInfoNotFoundError:  # no tz database on this system
        return UTC
