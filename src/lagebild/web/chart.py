"""Mentions over time as a bar chart, drawn on the server as SVG (no script, no inline style).

Days with no article are bars of zero, so gaps show. A long time range is
counted per week, or per month, so the chart keeps at most :data:`MAX_BARS` bars.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from lagebild.store import Facet

__all__ = ["MAX_BARS", "Bar", "Chart", "bar_chart"]

MAX_BARS = 60
MIN_DAYS = 14
WIDTH, HEIGHT, AXIS = 640, 160, 22


@dataclass(frozen=True, slots=True)
class Bar:
    label: str  # "26.11.2026", "KW 47/2026", "11/2026"
    count: int
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True, slots=True)
class Chart:
    bars: tuple[Bar, ...]
    unit: str  # "Tag", "Woche", "Monat"
    peak: int
    first: str
    last: str
    width: int = WIDTH
    height: int = HEIGHT
    axis: int = AXIS


def _bucket(day: date, unit: str) -> tuple[date, str]:
    if unit == "Tag":
        return day, day.strftime("%d.%m.%Y")
    if unit == "Woche":
        start = day - timedelta(days=day.weekday())
        year, week, _ = day.isocalendar()
        return start, f"KW {week}/{year}"
    return day.replace(day=1), day.strftime("%m/%Y")


def _steps(first: date, last: date, unit: str) -> list[date]:
    out, at = [], _bucket(first, unit)[0]
    while at <= last:
        out.append(at)
        if unit == "Tag":
            at += timedelta(days=1)
        elif unit == "Woche":
            at += timedelta(days=7)
        else:
            at = (at.replace(day=28) + timedelta(days=4)).replace(day=1)
    return out


def bar_chart(days: Sequence[Facet]) -> Chart | None:
    """The chart of ``days`` (``YYYY-MM-DD`` facets); None when there is no dated article."""
    parsed = sorted((date.fromisoformat(f.value), f.count) for f in days)
    if not parsed:
        return None
    last = parsed[-1][0]
    # a fortnight at least: one day alone would be one bar across the whole chart
    first = min(parsed[0][0], last - timedelta(days=MIN_DAYS - 1))
    span = (last - first).days + 1
    unit = "Tag" if span <= MAX_BARS else "Woche" if span <= MAX_BARS * 7 else "Monat"
    counts: dict[date, int] = {}
    labels: dict[date, str] = {}
    for day, n in parsed:
        key, label = _bucket(day, unit)
        counts[key] = counts.get(key, 0) + n
        labels[key] = label
    steps = _steps(first, last, unit)
    peak = max(counts.values())
    slot = WIDTH / len(steps)
    usable = HEIGHT - AXIS
    bars = []
    for i, key in enumerate(steps):
        n = counts.get(key, 0)
        h = round(usable * n / peak, 1) if n else 0.0
        bars.append(
            Bar(
                label=labels.get(key) or _bucket(key, unit)[1],
                count=n,
                x=round(i * slot + slot * 0.1, 1),
                y=round(usable - h, 1),
                width=round(max(slot * 0.8, 1.0), 1),
                height=h,
            )
        )
    return Chart(tuple(bars), unit, peak, bars[0].label, bars[-1].label)
