"""An article's text as HTML: sentences addressable, entities and quotes highlighted.

Everything from the article is escaped here (``markupsafe.escape``); only the tags
this module writes are markup. The text is cut at every boundary of a sentence,
a mention and a quote, so annotations that cross each other still nest properly:
each piece is wrapped in the quote and the mention it lies in.

Sentences become ``<span class="s" data-s=START data-e=END>`` so that a click on a
key point can highlight its source sentences by their spans (``static/app.js``).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import quote as url_quote

from markupsafe import Markup, escape

from lagebild.model import Article, Block, BlockKind, Quote, Span

__all__ = ["Paragraph", "entity_url", "paragraphs", "source_attr", "speaker_name"]


@dataclass(frozen=True, slots=True)
class Paragraph:
    kind: str  # BlockKind value: "body", "heading", "caption", ...
    html: Markup
    credit: str | None = None  # the caption's credit


def entity_url(name: str) -> str:
    """The entity page of ``name``; every character but letters and digits is %-encoded."""
    return "/entity/" + url_quote(name, safe="")


def speaker_name(article: Article, quote: Quote) -> str | None:
    if quote.speaker is None or not 0 <= quote.speaker < len(article.entities):
        return None
    return article.entities[quote.speaker].name


def paragraphs(article: Article, kinds: Iterable[BlockKind]) -> list[Paragraph]:
    """The blocks of ``kinds`` in reading order, each as highlighted HTML."""
    wanted = set(kinds)
    credits = {c.span: c.credit for c in article.captions}
    return [
        Paragraph(block.kind.value, _block_html(article, block), credits.get(block.span))
        for block in article.blocks
        if block.kind in wanted
    ]


def _inside(span: Span, block: Span) -> Span | None:
    start, end = max(span.start, block.start), min(span.end, block.end)
    return Span(start, end) if start < end else None


def _block_html(article: Article, block: Block) -> Markup:
    sentences = sorted(s.span for s in article.sentences if _inside(s.span, block.span))
    out: list[str] = []
    at = block.span.start
    for span in sentences:
        part = _inside(span, block.span)
        if part is None or part.start < at:
            continue  # overlapping sentences: the first one wins
        out.append(_pieces(article, Span(at, part.start)))
        out.append(f'<span class="s" data-s="{span.start}" data-e="{span.end}">')
        out.append(_pieces(article, part))
        out.append("</span>")
        at = part.end
    out.append(_pieces(article, Span(at, block.span.end)))
    return Markup("".join(out))


def _pieces(article: Article, range_: Span) -> str:
    """The text of ``range_`` with its quotes and mentions wrapped."""
    if range_.start >= range_.end:
        return ""
    quotes = [q for q in article.quotes if _inside(q.span, range_)]
    mentions = [m for m in article.mentions if _inside(m.span, range_)]
    cuts = {range_.start, range_.end}
    for span in [q.span for q in quotes] + [m.span for m in mentions]:
        cuts.update(p for p in (span.start, span.end) if range_.start < p < range_.end)
    points = sorted(cuts)
    out: list[str] = []
    for start, end in itertools.pairwise(points):
        piece = Span(start, end)
        text = str(escape(piece.of(article.text)))
        mention = next((m for m in mentions if m.span.contains(piece)), None)
        if mention is not None and 0 <= mention.entity < len(article.entities):
            entity = article.entities[mention.entity]
            text = (
                f'<a class="ent ent-{escape(mention.type.value)}" href="{escape(entity_url(entity.name))}" '
                f'title="{escape(entity.name)} ({escape(mention.type.value)})">{text}</a>'
            )
        quote = next((q for q in quotes if q.span.contains(piece)), None)
        if quote is not None:
            text = f'<span class="q q-{escape(quote.kind.value)}">{text}</span>'
            if end == quote.span.end:
                text += _badge(article, quote)
        out.append(text)
    return "".join(out)


def _badge(article: Article, quote: Quote) -> str:
    name = speaker_name(article, quote)
    if name is None:
        return ""
    return f'<a class="badge" href="{escape(entity_url(name))}">{escape(name)}</a>'


def source_attr(spans: Sequence[Span]) -> str:
    """``data-sources`` of a key point: ``"start-end start-end"`` (the page script reads it)."""
    return " ".join(f"{s.start}-{s.end}" for s in spans)
