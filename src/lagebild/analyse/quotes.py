"""Quotes and who said them: direct, partial, indirect and reported speech.

Quotations in marks and their speakers are in :mod:`lagebild.analyse.quotes_direct`, indirect
speech in :mod:`lagebild.analyse.quotes_indirect`, reported speech in
:mod:`lagebild.analyse.quotes_reported`, Konjunktiv sentences that go on reporting the previous
speaker (free indirect speech) in :mod:`lagebild.analyse.quotes_continue`. A country or
organisation may be the speaker when the text makes it one ("Litauen verlangt").
"""

from __future__ import annotations

from lagebild.analyse.entities_lexicon import lexicon
from lagebild.analyse.entities_words import words_of
from lagebild.analyse.quotes_clause import Speakers
from lagebild.analyse.quotes_context import from_neighbours
from lagebild.analyse.quotes_continue import find_continuations
from lagebild.analyse.quotes_direct import attribute_marked
from lagebild.analyse.quotes_indirect import find_indirect
from lagebild.analyse.quotes_marks import find_marked_quotes
from lagebild.analyse.quotes_source import with_sources
from lagebild.model import Article, Quote, QuoteKind

__all__ = ["QuoteStage"]

_TERM_WORDS = 5  # words in marks that are a term or a phrase, not a statement of its own


def _short(article: Article, quote: Quote) -> bool:
    return len(article.span_text(quote.span).split()) <= _TERM_WORDS


class QuoteStage:
    """Direct, partial, indirect and reported quotes with their speakers."""

    name = "quotes"
    version = "0.4"
    requires = frozenset({"sentences", "entities"})
    provides = frozenset({"quotes"})

    def __call__(self, article: Article) -> Article:
        lex = lexicon()
        words = words_of(article)
        if not words:
            return article.replace(quotes=())
        speakers = Speakers(article, words, lex)
        marked = find_marked_quotes(article.text)
        speakers.mark_quoted([(q.start, q.end) for q in marked if not q.title_like])
        quotes = attribute_marked(article, words, speakers, marked)
        in_marks = set(quotes)
        # a short partial quote („schweren Krise“) is a term in the writer's own sentence
        terms = [q.span for q in quotes if q.kind is QuoteKind.PARTIAL and _short(article, q)]
        quotes += find_indirect(words, speakers, lex, [q.span for q in quotes], terms)
        quotes.sort(key=lambda q: q.span.start)
        quotes += find_continuations(words, speakers, quotes)
        quotes.sort(key=lambda q: q.span.start)
        quotes = from_neighbours(speakers, quotes, in_marks)
        quotes = with_sources(speakers, quotes)
        return article.replace(quotes=tuple(quotes))
