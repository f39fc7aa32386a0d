"""Speakers from the context, for quotes whose own sentence names none.

News goes on quoting the person it has just quoted or introduced: "…, sagte Ratzinger. Der
Rücktritt sei ein „natürlicher Vorgang“." or "Oettinger will die Fächer straffen. „Nicht jede
Formel ist notwendig.“" A quote in marks without speaker and cue takes the speaker of the quote
right before it (at most one sentence between them, in the same or the next paragraph), else
the person the sentence before it opens with.
"""

from __future__ import annotations

from lagebild.analyse.quotes_clause import Attribution, Speakers
from lagebild.model import EntityType, Quote

__all__ = ["from_neighbours", "previous_subject"]

_GAP = 2  # sentences from the end of the earlier quote to the start of this one


def _named(quote: Quote) -> bool:
    return quote.speaker is not None or quote.speaker_span is not None


def previous_subject(speakers: Speakers, at: int) -> Attribution | None:
    """The person the sentence before word ``at`` opens with, in the same paragraph."""
    words = speakers.words
    last = at
    while last > 0 and words[last - 1].sentence == words[at].sentence:
        last -= 1
    if last == 0 or words[last - 1].block != words[at].block:
        return None
    first = last - 1
    while first > 0 and words[first - 1].sentence == words[last - 1].sentence:
        first -= 1
    found = speakers.clause_subject(first, last)
    if found is None or found.speaker is None:
        found = speakers.opening_person(first, last)
    if found is None or found.speaker is None or found.speaker_span is None:
        return None
    index = speakers.mention_at[speakers.word_at(found.speaker_span.start) or first]
    if index is not None and speakers.article.mentions[index].type is not EntityType.PER:
        return None  # "Die Bundesregierung hat beschlossen.": an organisation acts, a person speaks
    return found


def _source(speakers: Speakers, done: list[Quote], quote: Quote, at: int) -> Attribution | None:
    words = speakers.words
    source = next((q for q in reversed(done) if q.span.end <= quote.span.start), None)
    if source is not None and _named(source):
        end_at = speakers.word_at(max(source.span.end - 1, 0))
        if (
            end_at is not None
            and words[at].sentence - words[end_at].sentence <= _GAP
            and words[at].block - words[end_at].block <= 1
        ):
            return Attribution(source.speaker, source.speaker_span, None)
    return previous_subject(speakers, at)


def from_neighbours(speakers: Speakers, quotes: list[Quote], marked: set[Quote]) -> list[Quote]:
    """``quotes`` in text order, with speakers for those in ``marked`` (quotations in marks)
    that have neither a speaker nor a cue."""
    result: list[Quote] = []
    for quote in quotes:
        at = speakers.word_at(quote.span.start)
        found = None
        if quote in marked and not _named(quote) and quote.cue is None and at is not None:
            found = _source(speakers, result, quote, at)
        if found is None:
            result.append(quote)
        else:
            result.append(Quote(quote.span, quote.kind, found.speaker, found.speaker_span, None))
    return result
