"""Quotes with a named speaker, lifted out of articles for briefings and entity pages."""

from __future__ import annotations

from dataclasses import dataclass

from lagebild.model import Article, QuoteKind

__all__ = ["AttributedQuote", "BriefQuote", "article_quotes"]


@dataclass(frozen=True, slots=True)
class BriefQuote:
    """What someone said, by whom (canonical name) and in which article."""

    speaker: str
    text: str
    article_id: str
    via: str | None = None  # the medium that passed the words on ("Luzerner Zeitung")


@dataclass(frozen=True, slots=True)
class AttributedQuote:
    """A quote with the index of its speaker entity in the article, for merging."""

    entity: int
    kind: QuoteKind
    quote: BriefQuote


def article_quotes(article: Article) -> list[AttributedQuote]:
    """The article's quotes whose speaker is a known entity, in text order."""
    found = []
    for quote in sorted(article.quotes, key=lambda q: q.span.start):
        if quote.speaker is None or not 0 <= quote.speaker < len(article.entities):
            continue
        text = " ".join(article.span_text(quote.span).split())
        if text:
            speaker = article.entities[quote.speaker].name
            brief = BriefQuote(speaker, text, article.id, article.source_of(quote))
            found.append(AttributedQuote(quote.speaker, quote.kind, brief))
    return found
