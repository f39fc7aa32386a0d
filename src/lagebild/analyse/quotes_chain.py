"""Where a chain of free indirect speech goes on: past one sentence in the writer's voice, before
a colon and a quotation, around short phrases in marks."""

from __future__ import annotations

from lagebild.analyse.entities_words import Word
from lagebild.analyse.quotes_clause import Speakers
from lagebild.analyse.quotes_grammar import QUOTE_MARKS, has_subjunctive, subjunctive_i
from lagebild.model import Quote, QuoteKind

__all__ = ["bridged", "head", "mostly_quoted", "term"]

_TERM_WORDS = 5  # words in marks that leave a Konjunktiv sentence free indirect speech
_TERM_CHARS = 60
_BRIDGED = frozenset({QuoteKind.INDIRECT, QuoteKind.REPORTED})


def bridged(
    words: list[Word],
    speakers: Speakers,
    by_sentence: dict[int, Quote],
    between: tuple[int, int],
    here: tuple[int, int],
) -> Quote | None:
    """ "Sommerfeld sagte, ein Notfahrplan sei in Kraft. Die Züge stehen still. Man bedauere das.":
    one sentence in the writer's voice inside a paragraph does not end a report in Konjunktiv I;
    the sentence after it still reports the speaker two sentences back."""
    first, last = here
    start, end = between
    source = by_sentence.get(words[first].sentence - 2)
    if (
        source is None
        or source.kind not in _BRIDGED
        or (source.kind is QuoteKind.REPORTED and not source.cue)
    ):
        return None
    if words[start].block != words[first].block or words[start].sentence in by_sentence:
        return None
    if not any(subjunctive_i(w.text) for w in words[first:last]) or has_subjunctive(words[start:end]):
        return None
    # "„Aber das Virus kann mutieren.“ Bei einer Pandemie sei ...": words in marks between two
    # reports are the speaker's own; marks around a phrase leave the middle the writer's
    if not mostly_quoted(words, start, end) and any(w.text in QUOTE_MARKS for w in words[start:end]):
        return None
    source_end = speakers.word_at(max(source.span.end - 1, 0))
    if source_end is None or words[source_end].block != words[first].block:
        return None
    who = speakers.named_subject(start, end)
    if who is not None and who.speaker is not None:
        return None  # "Gegner des Gesetzes verweisen auf ...": the middle sentence names its own
    return source


def head(words: list[Word], quotes: list[Quote], first: int, last: int) -> int | None:
    """ "Queensland sei Neuseeland zu Dank verpflichtet: „Sie haben uns geholfen.“": a sentence
    whose quote in marks follows a colon; the clause before the colon, in the writer's words,
    may still go on reporting (the colon's index, or None)."""
    colon = next((k for k in range(first + 3, last) if words[k].text == ":"), None)
    if colon is None or any(w.text in QUOTE_MARKS for w in words[first:colon]):
        return None
    start, end = words[first].start, words[colon].end
    if any(q.span.start < end and q.span.end > start and not term(q) for q in quotes):
        return None
    return colon


def term(quote: Quote) -> bool:
    return quote.kind is QuoteKind.PARTIAL and len(quote.span) <= _TERM_CHARS


def mostly_quoted(words: list[Word], first: int, last: int) -> bool:
    """Marks around more than a short phrase and most of the sentence: the sentence is a
    quotation of its own, not the writer's report around a phrase in marks."""
    inside = False
    count = total = 0
    for i in range(first, last):
        if words[i].text in QUOTE_MARKS:
            inside = not inside
        elif not words[i].punct:
            total += 1
            count += inside
    return count > _TERM_WORDS and 2 * count > total
