"""The period of a briefing: ``--since 24h``, ``7d``, a date, or nothing (the default).

A duration counts back from *now*. For a collection that holds nothing from the
last 24 hours (an archive, or the bundled examples) "now" is the newest article
instead, so ``lagebild brief`` on an old collection still shows its last days
rather than an empty page; :attr:`Period.note` says so in the output.

Without ``--since`` the period is the last 24 hours, or, on such an archive, the
:data:`ARCHIVE_DAYS` days up to its newest article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from lagebild.errors import ConfigError

__all__ = ["ARCHIVE_DAYS", "FRESH", "Period", "parse_moment", "query_with_period", "resolve_period"]

#: How recent the newest article must be for "now" to be the clock.
FRESH = timedelta(hours=24)
#: The default period of an archive: long enough for the examples' 12 days of news.
ARCHIVE_DAYS = 30

_DURATION = re.compile(r"(\d+)\s*([hdw])", re.IGNORECASE)
_UNITS = {"h": "hours", "d": "days", "w": "weeks"}


@dataclass(frozen=True, slots=True)
class Period:
    since: datetime | None  # inclusive, UTC
    until: datetime | None  # exclusive, UTC
    anchor: datetime | None = None  # the "now" durations count back from: the clock or the newest article
    note: str | None = None  # for people: why the period is not counted from the clock


def parse_moment(text: str, *, option: str = "--since") -> timedelta | datetime:
    """``"24h"``, ``"7d"``, ``"2w"`` -> a duration; ``"2026-11-20"`` or an ISO time -> a UTC moment."""
    value = text.strip()
    match = _DURATION.fullmatch(value)
    if match:
        return timedelta(**{_UNITS[match.group(2).lower()]: int(match.group(1))})
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            return datetime(day.year, day.month, day.day, tzinfo=UTC)
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ConfigError(
            f"{option} {text!r} is neither a duration nor a date; write 24h, 7d, 2w or 2026-11-20"
        ) from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _german(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%d.%m.%Y %H:%M UTC")


def resolve_period(
    since: str | None, until: str | None, *, newest: datetime | None, now: datetime | None = None
) -> Period:
    """The period ``since``/``until`` name, anchored on the clock or on the newest article."""
    clock = now or datetime.now(UTC)
    archive = newest is not None and newest < clock - FRESH
    anchor = newest if archive and newest is not None else clock
    end: datetime | None = None
    if until is not None:
        moment = parse_moment(until, option="--until")
        if isinstance(moment, timedelta):
            raise ConfigError(f"--until {until!r} must be a date, e.g. --until 2026-11-20")
        # a bare date includes its day, as until: does in search queries
        end = moment + timedelta(days=1) if len(until.strip()) == 10 else moment
    if since is None:
        start = anchor - (timedelta(days=ARCHIVE_DAYS) if archive else FRESH)
        relative = True
    else:
        moment = parse_moment(since)
        relative = isinstance(moment, timedelta)
        start = anchor - moment if isinstance(moment, timedelta) else moment
    note = None
    if archive and relative and newest is not None:
        span = f"{ARCHIVE_DAYS} Tage" if since is None else since.strip()
        note = (
            "Die Sammlung enthält keine Artikel aus den letzten 24 Stunden; der Zeitraum "
            f"({span}) zählt deshalb vom neuesten Artikel zurück ({_german(newest)})."
        )
    if end is not None and start >= end:
        raise ConfigError("--since is not before --until; swap the two")
    return Period(start, end, anchor, note)


def query_with_period(
    query: str, since: str | None, until: str | None, *, now: datetime | None = None
) -> str:
    """``query`` with ``since:``/``until:`` filters for ``--since``/``--until`` (days, UTC)."""
    clock = now or datetime.now(UTC)
    extra = []
    for field, value in (("since", since), ("until", until)):
        if value is None:
            continue
        moment = parse_moment(value, option=f"--{field}")
        day = (clock - moment if isinstance(moment, timedelta) else moment).date()
        extra.append(f"{field}:{day.isoformat()}")
    return " ".join([query.strip(), *extra]).strip()
