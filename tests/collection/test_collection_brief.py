"""The Lagebild of the examples in Markdown, HTML and JSON; the briefing's period."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest

from lagebild.collection.period import ARCHIVE_DAYS, parse_moment, query_with_period, resolve_period
from lagebild.engine import Engine
from lagebild.errors import ConfigError
from lagebild.render_brief import (
    BriefEntry,
    BriefLink,
    BriefPage,
    BriefSaying,
    render_brief_html,
    render_brief_json,
    render_brief_markdown,
)

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def _stories_of_examples() -> dict[str, set[str]]:
    """Story name -> the example files of that story (from the sidecars)."""
    found: dict[str, set[str]] = {}
    for sidecar in EXAMPLES.glob("*.expected.json"):
        story = json.loads(sidecar.read_text(encoding="utf-8"))["story"]
        found.setdefault(story, set()).add(sidecar.name.removesuffix(".expected.json"))
    return found


def test_brief_of_the_examples_has_the_eight_stories(examples_engine: Engine) -> None:
    page = examples_engine.brief()
    assert page.note is not None
    assert "neuesten Artikel" in page.note
    assert [e.rank for e in page.entries] == list(range(1, 9))
    scores = [e.score for e in page.entries]
    assert scores == sorted(scores, reverse=True)
    covered = set()
    for story, files in _stories_of_examples().items():
        for entry in page.entries:
            names = {Path(link.location or "").stem for link in entry.articles}
            if names & files:
                covered.add(story)
    assert len(covered) == 8
    for entry in page.entries:
        assert entry.key_points
        assert entry.actors
        assert entry.outlets
        assert entry.articles
        assert len(set(entry.key_points)) == len(entry.key_points)
        assert 1 <= len(entry.quotes) <= 3
        assert all(q.speaker and q.text for q in entry.quotes)


def test_brief_formats(examples_engine: Engine) -> None:
    page = examples_engine.brief(top=3)
    markdown = render_brief_markdown(page)
    assert markdown.startswith("# Lagebild")
    assert "die 3 wichtigsten von 8 Geschichten" in markdown
    assert markdown.count("\n## ") == 3
    assert "**Akteure:**" in markdown
    assert "» — " in markdown
    data = json.loads(render_brief_json(page))
    assert len(data["entries"]) == 3
    assert data["entries"][0]["quotes"][0]["speaker"]
    html = render_brief_html(page)
    parser = HTMLParser()
    parser.feed(html)  # well-formed enough to parse; self-contained: no external resources
    assert html.count("<article") == 3
    assert "<script" not in html
    assert "http" not in html.split("<body>")[0]


def test_a_short_period_has_fewer_stories(examples_engine: Engine) -> None:
    everything = examples_engine.brief()
    last_day = examples_engine.brief(since="24h")
    assert 1 <= len(last_day.entries) < len(everything.entries)
    assert examples_engine.brief(since="2030-01-01").entries == ()


def test_html_is_escaped() -> None:
    link = BriefLink("a1", "<b>Titel</b>", "Quelle & Co", 'https://x.example/?a=1&b="2"', None, None)
    entry = BriefEntry(
        rank=1,
        title="<script>alert(1)</script>",
        score=1.0,
        key_points=("Punkt <i>eins</i>",),
        actors=("A & B",),
        quotes=(BriefSaying("Dr. <X>", "«Zitat» & mehr", "a1"),),
        outlets=("Quelle & Co",),
        articles=(link,),
    )
    html = render_brief_html(BriefPage(NOW - timedelta(days=1), NOW, 1, (entry,)))
    assert "<script>alert" not in html
    assert "&lt;script&gt;" in html
    assert "&lt;i&gt;eins" in html
    assert "A &amp; B" in html
    assert "Dr. &lt;X&gt;" in html
    assert 'href="https://x.example/?a=1&amp;b=&quot;2&quot;"' in html


def test_empty_brief_says_what_to_do() -> None:
    markdown = render_brief_markdown(BriefPage(None, NOW, 0, ()))
    assert "Keine Geschichten" in markdown
    assert "--since" in markdown


# -- the period ---------------------------------------------------------------------------


def test_period_counts_from_the_clock_when_news_is_fresh() -> None:
    period = resolve_period(None, None, newest=NOW - timedelta(hours=3), now=NOW)
    assert (period.since, period.until, period.note) == (NOW - timedelta(hours=24), None, None)
    assert resolve_period("7d", None, newest=None, now=NOW).since == NOW - timedelta(days=7)


def test_period_of_an_archive_counts_from_its_newest_article() -> None:
    newest = datetime(2026, 11, 26, 14, 2, tzinfo=UTC)
    default = resolve_period(None, None, newest=newest, now=NOW)
    assert default.since == newest - timedelta(days=ARCHIVE_DAYS)
    assert default.anchor == newest
    assert default.note is not None
    assert "26.11.2026" in default.note
    day = resolve_period("24h", None, newest=newest, now=NOW)
    assert day.since == newest - timedelta(hours=24)
    fixed = resolve_period("2026-11-20", "2026-11-22", newest=newest, now=NOW)
    assert fixed.since == datetime(2026, 11, 20, tzinfo=UTC)
    assert fixed.until == datetime(2026, 11, 23, tzinfo=UTC)  # the until day is included
    assert fixed.note is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24h", timedelta(hours=24)),
        ("7d", timedelta(days=7)),
        ("2w", timedelta(weeks=2)),
        ("2026-11-20", datetime(2026, 11, 20, tzinfo=UTC)),
        ("2026-11-20T08:00:00+01:00", datetime(2026, 11, 20, 7, 0, tzinfo=UTC)),
    ],
)
def test_parse_moment(text: str, expected: object) -> None:
    assert parse_moment(text) == expected


def test_bad_periods_say_what_to_write() -> None:
    with pytest.raises(ConfigError, match="24h, 7d"):
        parse_moment("gestern")
    with pytest.raises(ConfigError, match="must be a date"):
        resolve_period(None, "7d", newest=None, now=NOW)
    with pytest.raises(ConfigError, match="swap"):
        resolve_period("2026-11-22", "2026-11-20", newest=None, now=NOW)


def test_query_with_period() -> None:
    assert query_with_period("Truppen", "7d", None, now=NOW) == "Truppen since:2026-11-21"
    assert query_with_period("", "2026-01-01", "2026-02-01", now=NOW) == "since:2026-01-01 until:2026-02-01"
    assert query_with_period("Truppen", None, None) == "Truppen"
