"""Plain-text views of the collection for the terminal: search hits, facets, stories, entities, ingest."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from lagebild.collection.ingest import IngestReport
from lagebild.model import Reject, Story
from lagebild.store import MARK_END, MARK_START, Facets, SearchResults
from lagebild.stories import CollectionEntity

__all__ = [
    "format_entities",
    "format_entity",
    "format_facets",
    "format_hits",
    "format_progress",
    "format_rejects",
    "format_report",
    "format_stories",
]


def _day(moment: datetime | None) -> str:
    return "" if moment is None else moment.astimezone(UTC).strftime("%Y-%m-%d")


def format_hits(results: SearchResults, *, offset: int, mark: Callable[[str], str]) -> str:
    """Numbered hits, each with title, source, day and the snippet (matches through ``mark``)."""
    if not results.hits:
        return "No article matches; try fewer words, or check the spelling.\n"
    lines = []
    for number, hit in enumerate(results.hits, start=offset + 1):
        where = ", ".join(x for x in (hit.source, _day(hit.published)) if x)
        lines.append(f"{number}. {hit.title or '(ohne Titel)'}" + (f"  [{where}]" if where else ""))
        snippet, pieces = hit.snippet, []
        while MARK_START in snippet:
            before, rest = snippet.split(MARK_START, 1)
            word, snippet = rest.split(MARK_END, 1) if MARK_END in rest else (rest, "")
            pieces += [before, mark(word)]
        lines += ["   " + "".join([*pieces, snippet]), f"   id {hit.article_id}", ""]
    shown = f"{offset + 1}-{offset + len(results.hits)}"
    lines.append(f"{shown} of {results.total} articles")
    return "\n".join(lines) + "\n"


def format_facets(facets: Facets) -> str:
    rows = (
        ("Sources", facets.source),
        ("Entities", facets.entity),
        ("Tags", facets.tag),
        ("Days", facets.day),
    )
    lines = [
        f"{label}: " + ", ".join(f"{f.value} ({f.count})" for f in values) for label, values in rows if values
    ]
    return "\n".join(lines) + ("\n" if lines else "")


def format_report(report: IngestReport) -> str:
    reasons = ", ".join(f"{reason} {n}" for reason, n in report.reasons.most_common())
    text = (
        f"{report.documents} documents: {report.stored} stored, {report.duplicates} duplicates, "
        f"{report.rejected} rejected" + (f" ({reasons})" if reasons else "") + ", "
        f"{report.skipped} already stored; {report.seconds:.1f} s, {report.rate:.1f} documents/s"
    )
    if report.rejected:
        text += "\n`lagebild rejects` lists the rejected documents and what to do about them."
    return text + "\n"


def format_progress(report: IngestReport) -> str:
    return (
        f"{report.documents} documents · {report.stored} stored · {report.duplicates} duplicates · "
        f"{report.rejected} rejected · {report.rate:.1f}/s"
    )


def format_rejects(rejects: Sequence[Reject]) -> str:
    if not rejects:
        return "No rejects: every document was stored.\n"
    return "".join(f"{r.reason:<12} {r.location}\n             {r.message}\n" for r in rejects)


def format_stories(stories: Sequence[Story]) -> str:
    if not stories:
        return "No stories in this period; go further back with --since 30d or a date.\n"
    lines = []
    for number, story in enumerate(stories, start=1):
        days = sorted({_day(m) for m in (story.first_seen, story.last_seen) if m})
        count = len(story.article_ids)
        facts = [f"{count} article{'s' if count != 1 else ''}", ", ".join(story.outlets), " – ".join(days)]
        lines.append(f"{number}. {story.title}\n   " + " · ".join(f for f in facts if f))
    return "\n".join(lines) + "\n"


def format_entities(entities: Sequence[CollectionEntity]) -> str:
    if not entities:
        return "No entities found.\n"
    lines = [f"{'articles':>8} {'mentions':>8}  type  name"]
    for e in entities:
        aliases = (
            f"  (also: {', '.join(e.aliases[:4])}{', …' if len(e.aliases) > 4 else ''})" if e.aliases else ""
        )
        lines.append(f"{len(e.article_ids):>8} {e.mention_count:>8}  {e.type.value:<4}  {e.name}{aliases}")
    return "\n".join(lines) + "\n"


def format_entity(entity: CollectionEntity) -> str:
    lines = [f"{entity.name} ({entity.type.value})"]
    if entity.aliases:
        lines.append(f"also named: {', '.join(entity.aliases)}")
    lines.append(f"{len(entity.article_ids)} articles, {entity.mention_count} mentions")
    if entity.by_day:
        lines += ["", "mentions per day:", *(f"  {day}  {'#' * min(n, 60)} {n}" for day, n in entity.by_day)]
    if entity.quotes:
        lines += ["", "quotes:"]
        for q in entity.quotes:
            via = f" via {q.via}" if q.via else ""
            lines.append(f"  «{q.text}»  [{q.article_id}{via}]")
    return "\n".join(lines) + "\n"
