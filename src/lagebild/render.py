"""Render an analysed article for people: the Markdown digest of ``lagebild analyze``."""

from __future__ import annotations

from collections import Counter

from lagebild.model import Article, BlockKind, Event, EventSlot, KeyPoint, Quote

__all__ = ["render_markdown"]

_EVENT_LABELS = (
    ("who", "Wer"),
    ("what", "Was"),
    ("when", "Wann"),
    ("where", "Wo"),
    ("why", "Warum"),
    ("how", "Wie"),
)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _header(article: Article) -> list[str]:
    title = article.title
    lines = [f"# {_one_line(title)}" if title else "# (ohne Titel)"]
    if not title:
        lines.append("")
        lines.append("_Die Seite nennt keinen Titel._")
    facts = []
    if article.source:
        facts.append(f"**Quelle:** {article.source}")
    if article.agency:
        facts.append(f"**Agentur:** {article.agency}")
    if article.authors:
        facts.append(f"**Autor:** {', '.join(article.authors)}")
    if article.published:
        facts.append(f"**Datum:** {article.published.isoformat()}")
    if article.updated and article.updated != article.published:
        facts.append(f"**Aktualisiert:** {article.updated.isoformat()}")
    if article.url:
        facts.append(f"**URL:** {article.url}")
    elif article.location:
        facts.append(f"**Datei:** {article.location}")
    if article.partial:
        facts.append("**Achtung:** nur ein Teil des Artikels (Paywall oder Einwilligungsseite)")
    if facts:
        lines += ["", " · ".join(facts)]
    lead = article.lead
    if lead:
        lines += ["", f"> {_one_line(lead)}"]
    return lines


def _points(title: str, points: tuple[KeyPoint, ...]) -> list[str]:
    if not points:
        return []
    return ["", f"### {title}", "", *(f"- {_one_line(p.text)}" for p in points)]


def _key_points(article: Article) -> list[str]:
    lines = ["", "## Das Wichtigste in Kürze"]
    page = article.page_key_points
    label = article.key_points_label or "Kasten der Seite"
    lines += _points(f"Von der Seite ({label})", page)
    lines += _points("Von lagebild erzeugt", article.key_points)
    if not page and not article.key_points:
        lines += ["", "_Keine Kernpunkte gefunden._"]
    return lines


def _entities(article: Article) -> list[str]:
    if not article.entities:
        return []
    counts = Counter(m.entity for m in article.mentions)
    order = sorted(range(len(article.entities)), key=lambda i: (-counts[i], article.entities[i].name))
    lines = ["", "## Personen, Orte, Organisationen", ""]
    for index in order:
        entity = article.entities[index]
        roles = f" — {', '.join(entity.roles)}" if entity.roles else ""
        lines.append(f"- **{entity.name}** ({entity.type.value}){roles} · {counts[index]}× genannt")
    return lines


def _speaker(article: Article, quote: Quote) -> str:
    if quote.speaker is not None and 0 <= quote.speaker < len(article.entities):
        return article.entities[quote.speaker].name
    if quote.speaker_span is not None:
        return article.span_text(quote.speaker_span)
    return "unbekannt"


def _quotes(article: Article) -> list[str]:
    if not article.quotes:
        return []
    lines = ["", "## Wer sagte was", ""]
    for quote in article.quotes:
        said = _one_line(article.span_text(quote.span))
        source = article.source_of(quote)
        via = "" if source is None else f", via {_one_line(source)}"
        lines.append(f"- **{_speaker(article, quote)}** ({quote.kind.value}{via}): «{said}»")
    return lines


def _event(event: Event | None) -> list[str]:
    if event is None:
        return []
    rows: list[tuple[str, EventSlot]] = []
    for attr, label in _EVENT_LABELS:
        slot = getattr(event, attr)
        if slot is not None:
            rows.append((label, slot))
    if not rows:
        return []
    lines = ["", "## Das Ereignis", ""]
    for label, slot in rows:
        value = f" ({slot.value})" if slot.value and slot.value != slot.text else ""
        lines.append(f"- **{label}:** {_one_line(slot.text)}{value}")
    return lines


def _tags(article: Article) -> list[str]:
    if not article.tags:
        return []
    labels = ", ".join(
        f"{t.label}" + ("" if t.kind.value == "page" else f" _({t.kind.value})_") for t in article.tags
    )
    return ["", "## Themen", "", labels]


def _captions(article: Article) -> list[str]:
    if not article.captions:
        return []
    lines = ["", "## Bilder", ""]
    for caption in article.captions:
        credit = f" — Bild: {caption.credit}" if caption.credit else ""
        lines.append(f"- {_one_line(article.span_text(caption.span))}{credit}")
    return lines


def render_markdown(article: Article) -> str:
    """The digest: title, lead, facts, key points, entities, quotes, event, tags, captions."""
    lines = _header(article)
    lines += _key_points(article)
    lines += _entities(article)
    lines += _quotes(article)
    lines += _event(article.event)
    lines += _tags(article)
    lines += _captions(article)
    removed = len(article.removed)
    body = sum(1 for _ in article.blocks_of(BlockKind.BODY, BlockKind.HEADING))
    lines += ["", f"_{body} Absätze · {len(article.sentences)} Sätze · {removed} Zeilen Beiwerk entfernt_"]
    return "\n".join(lines) + "\n"
