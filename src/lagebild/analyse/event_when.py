"""Find and normalise the "when" of an event: "am Montag", "am 12. März", "gestern",
"im März 2023", "seit 2014".

Rules (tested in tests/analyse/test_event_when.py):

* A weekday is the most recent such day on or before the publication date: an
  article published on Wednesday 2024-03-13 that says "am Montag" means
  2024-03-11; one published on a Monday that says "am Montag" means that day
  (news reports what happened, and same-day reports are common).
* "12. März" without a year takes the year of publication (dateparser with the
  publication time as ``RELATIVE_BASE``); "gestern"/"heute"/"vorgestern" count
  back from publication.
* A month gives ``YYYY-MM``, a year ``YYYY``.
* Without a publication date nothing relative can be resolved, so ``value`` is
  ``None`` for every expression.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import dateparser

__all__ = ["DAY", "MONTH", "YEAR", "TimeExpression", "find_times", "normalise"]

DAY, MONTH, YEAR = 0, 1, 2  # precision, finest first

_WEEKDAYS = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
_MONTHS = (
    "januar", "februar", "märz", "april", "mai", "juni",
    "juli", "august", "september", "oktober", "november", "dezember",
)  # fmt: skip
_MONTH_ALT = "Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
_PART_OF_DAY = "abend|morgen|nachmittag|mittag|vormittag|nacht"

_PATTERNS: tuple[tuple[int, str, re.Pattern[str]], ...] = (
    (
        DAY,
        "date",
        re.compile(rf"\b(?i:am|vom|seit dem|bis zum)?\s*(\d{{1,2}})\.\s*({_MONTH_ALT})(?:\s+(\d{{4}}))?\b"),
    ),
    (DAY, "numeric", re.compile(r"\b(?i:am\s+)?(\d{1,2})\.(\d{1,2})\.(\d{4})\b")),
    (
        DAY,
        "weekday",
        re.compile(
            rf"\b(?i:am|vom|seit|bis)?\s*(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)"
            rf"(?:{_PART_OF_DAY})?\b"
        ),
    ),
    (DAY, "relative", re.compile(r"\b((?i:vorgestern|gestern|heute))(?:\s+(?:" + _PART_OF_DAY + r"))?\b")),
    (MONTH, "month", re.compile(rf"\b(?i:im|Ende|Anfang|Mitte|seit)\s+({_MONTH_ALT})(?:\s+(\d{{4}}))?\b")),
    (YEAR, "year", re.compile(r"\b(?i:seit|im Jahr|im Jahre|bis|ab|Ende|Anfang|Mitte)\s+((?:19|20)\d\d)\b")),
)


@dataclass(frozen=True, slots=True)
class TimeExpression:
    start: int  # offsets into the searched text
    end: int
    text: str
    precision: int
    kind: str
    groups: tuple[str | None, ...]


def find_times(text: str) -> list[TimeExpression]:
    """Every time expression in ``text``, finest precision first, then by position."""
    found: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []
    for precision, kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            if any(start < e and s < m.end() for s, e in taken):
                continue
            taken.append((start, m.end()))
            found.append(TimeExpression(start, m.end(), text[start : m.end()], precision, kind, m.groups()))
    return sorted(found, key=lambda t: (t.precision, t.start))


def _month_number(name: str) -> int:
    name = name.lower().replace("maerz", "märz").replace("jänner", "januar")
    return _MONTHS.index(name) + 1


def _parse(text: str, published: datetime) -> date | None:
    parsed = dateparser.parse(text, languages=["de"], settings={"RELATIVE_BASE": published})
    return parsed.date() if parsed is not None else None


def normalise(expr: TimeExpression, published: datetime | None) -> str | None:
    """ISO value of ``expr`` relative to ``published``; ``None`` when unknown."""
    if published is None:
        return None
    g = expr.groups
    if expr.kind == "weekday" and g[0]:
        wanted = _WEEKDAYS.index(g[0].lower())
        back = (published.weekday() - wanted) % 7
        return (published.date() - timedelta(days=back)).isoformat()
    if expr.kind == "date" and g[0] and g[1]:
        year = g[2] or str(published.year)
        day = _parse(f"{int(g[0])}. {g[1]} {year}", published)
        return day.isoformat() if day else None
    if expr.kind == "numeric" and g[0] and g[1] and g[2]:
        try:
            return date(int(g[2]), int(g[1]), int(g[0])).isoformat()
        except ValueError:
            return None
    if expr.kind == "relative" and g[0]:
        day = _parse(g[0].lower(), published)
        return day.isoformat() if day else None
    if expr.kind == "month" and g[0]:
        month_year = int(g[1]) if g[1] else published.year
        return f"{month_year:04d}-{_month_number(g[0]):02d}"
    if expr.kind == "year" and g[0]:
        return g[0]
    return None
