"""Render the Lagebild (the briefing) for people: Markdown, one self-contained HTML page, JSON.

The renderers take a :class:`BriefPage`, plain data built by
:mod:`lagebild.collection.briefing`, so they know nothing of stories or stores.
German typography: dates as 26.11.2026, « » around quotes, thin rules between stories.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from lagebild.model import to_dict

__all__ = [
    "BriefEntry",
    "BriefLink",
    "BriefPage",
    "BriefSaying",
    "render_brief_html",
    "render_brief_json",
    "render_brief_markdown",
]


@dataclass(frozen=True, slots=True)
class BriefLink:
    """One article of a story: how to reach it (its URL, else the file it came from)."""

    article_id: str
    title: str | None
    source: str | None
    url: str | None
    location: str | None
    published: datetime | None


@dataclass(frozen=True, slots=True)
class BriefSaying:
    """A quote and who said it."""

    speaker: str
    text: str
    article_id: str
    via: str | None = None  # the medium that passed the words on


@dataclass(frozen=True, slots=True)
class BriefEntry:
    rank: int
    title: str
    score: float
    key_points: tuple[str, ...]
    actors: tuple[str, ...]
    quotes: tuple[BriefSaying, ...]
    outlets: tuple[str, ...]
    articles: tuple[BriefLink, ...]
    first_seen: datetime | None = None
    last_seen: datetime | None = None


@dataclass(frozen=True, slots=True)
class BriefPage:
    since: datetime | None
    until: datetime | None
    articles: int  # articles in the period
    entries: tuple[BriefEntry, ...]
    note: str | None = None  # why the period is what it is (see collection.period)
    stories: int = 0  # stories in the period, of which ``entries`` are the top


def _day(moment: datetime | None) -> str:
    return "" if moment is None else moment.astimezone(UTC).strftime("%d.%m.%Y")


def _when(moment: datetime | None) -> str:
    return "" if moment is None else moment.astimezone(UTC).strftime("%d.%m.%Y %H:%M")


def _period(page: BriefPage) -> str:
    start = _when(page.since) if page.since else "Beginn der Sammlung"
    end = _when(page.until) if page.until else "heute"
    return f"{start} bis {end} (UTC)"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _link_label(link: BriefLink) -> str:
    parts = [link.source or "Quelle unbekannt"]
    if link.published:
        parts.append(_day(link.published))
    return ", ".join(parts)


def _summary(page: BriefPage) -> str:
    stories = max(page.stories, len(page.entries))
    shown = f"die {len(page.entries)} wichtigsten von " if 0 < len(page.entries) < stories else ""
    return (
        f"{shown}{stories} {'Geschichte' if stories == 1 else 'Geschichten'} aus "
        f"{page.articles} {'Artikel' if page.articles == 1 else 'Artikeln'}"
    )


# -- Markdown -----------------------------------------------------------------------------


def render_brief_markdown(page: BriefPage) -> str:
    lines = ["# Lagebild", "", f"**Zeitraum:** {_period(page)} · {_summary(page)}"]
    if page.note:
        lines += ["", f"_{page.note}_"]
    if not page.entries:
        lines += [
            "",
            "Keine Geschichten in diesem Zeitraum. Mit `--since 7d` oder einem Datum weiter zurückgehen.",
        ]
    for entry in page.entries:
        lines += ["", f"## {entry.rank}. {_one_line(entry.title)}", ""]
        facts = [f"{len(entry.articles)} Artikel"]
        if entry.outlets:
            facts.append(", ".join(entry.outlets))
        if entry.first_seen:
            last = _day(entry.last_seen)
            first = _day(entry.first_seen)
            facts.append(first if first == last or not last else f"{first} – {last}")
        lines.append(" · ".join(facts))
        if entry.key_points:
            lines += ["", *(f"- {_one_line(p)}" for p in entry.key_points)]
        if entry.actors:
            lines += ["", f"**Akteure:** {', '.join(entry.actors)}"]
        for quote in entry.quotes:
            via = f" (via {_one_line(quote.via)})" if quote.via else ""
            lines += ["", f"> «{_one_line(quote.text)}» — {quote.speaker}{via}"]
        lines += ["", "**Artikel:**"]
        for link in entry.articles:
            title = _one_line(link.title or "(ohne Titel)")
            target = link.url or link.location
            shown = f"[{title}]({target})" if link.url else title + (f" (`{target}`)" if target else "")
            lines.append(f"- {shown} — {_link_label(link)}")
    return "\n".join(lines) + "\n"


# -- HTML ---------------------------------------------------------------------------------

_CSS = """
body { font-family: Georgia, "Times New Roman", serif; max-width: 46rem; margin: 2rem auto;
       padding: 0 1rem; line-height: 1.55; color: #1d1d1f; background: #fdfcf9; hyphens: auto; }
h1 { font-size: 2rem; margin-bottom: .2rem; letter-spacing: .02em; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 .3rem; }
.meta, .facts { color: #5a5a5f; font-family: system-ui, sans-serif; font-size: .9rem; }
.note { background: #f3efe4; padding: .5rem .8rem; border-left: 3px solid #b59b5a; }
article { border-top: 1px solid #ddd6c6; }
blockquote { margin: .6rem 0; padding-left: 1rem; border-left: 3px solid #ccc; font-style: italic; }
blockquote cite { font-style: normal; color: #5a5a5f; }
.sources li { font-family: system-ui, sans-serif; font-size: .9rem; }
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _html_entry(entry: BriefEntry) -> list[str]:
    parts = [f'<article id="story-{entry.rank}">', f"<h2>{entry.rank}. {_e(_one_line(entry.title))}</h2>"]
    facts = [f"{len(entry.articles)} Artikel", *([", ".join(entry.outlets)] if entry.outlets else [])]
    if entry.first_seen:
        facts.append(_day(entry.first_seen))
    parts.append(f'<p class="facts">{_e(" · ".join(facts))}</p>')
    if entry.key_points:
        parts.append("<ul>" + "".join(f"<li>{_e(_one_line(p))}</li>" for p in entry.key_points) + "</ul>")
    if entry.actors:
        parts.append(f"<p><strong>Akteure:</strong> {_e(', '.join(entry.actors))}</p>")
    for quote in entry.quotes:
        via = f" (via {_e(_one_line(quote.via))})" if quote.via else ""
        parts.append(
            f"<blockquote>«{_e(_one_line(quote.text))}» <cite>— {_e(quote.speaker)}{via}</cite></blockquote>"
        )
    items = []
    for link in entry.articles:
        title = _e(_one_line(link.title or "(ohne Titel)"))
        shown = f'<a href="{_e(link.url)}">{title}</a>' if link.url else title
        if not link.url and link.location:
            shown += f" <code>{_e(link.location)}</code>"
        items.append(f"<li>{shown} — {_e(_link_label(link))}</li>")
    parts += ['<ul class="sources">', *items, "</ul>", "</article>"]
    return parts


def render_brief_html(page: BriefPage) -> str:
    """One self-contained page (inline CSS, no scripts, no external resources); all text escaped."""
    body = [
        "<h1>Lagebild</h1>",
        f'<p class="meta">Zeitraum: {_e(_period(page))} · {_e(_summary(page))}</p>',
    ]
    if page.note:
        body.append(f'<p class="note">{_e(page.note)}</p>')
    if not page.entries:
        body.append("<p>Keine Geschichten in diesem Zeitraum.</p>")
    for entry in page.entries:
        body += _html_entry(entry)
    return (
        '<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>Lagebild – {_e(_period(page))}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


# -- JSON ---------------------------------------------------------------------------------


def render_brief_json(page: BriefPage) -> str:
    return json.dumps(to_dict(page), ensure_ascii=False, indent=2) + "\n"
