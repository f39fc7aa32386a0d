"""Speakers from the context, for quotes whose own sentence names none.

News goes on quoting the person it has just quoted or introduced: "…, sagte Ratzinger. Der
Rücktritt sei ein „natürlicher Vorgang“." or "Oettinger will die Fächer straffen. „Nicht jede
Formel ist notwendig.“" A quote in marks without speaker and cue takes the speaker of the quote
right before it (at most one sentence between them, in the same or the next paragraph), else
the person the sentence before it opens with.
"""

from __future__ import annotations

from lagebild.analyse.entities_words import Word
from lagebild.analyse.quotes_clause import Attribution, Speakers
from lagebild.model import EntityType, Quote, Span

__all__ = ["from_earlier", "from_neighbours", "previous_subject"]

_GAP = 2  # sentences from the end of the earlier quote to the start of this one
_CONTEXT_SENTENCES = 2  # how far back a quote in marks without a cue looks for its speaker


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


def _sentence_range(words: list[Word], i: int) -> tuple[int, int]:
    first = last = i
    sentence = words[i].sentence
    while first > 0 and words[first - 1].sentence == sentence:
        first -= 1
    while last < len(words) and words[last].sentence == sentence:
        last += 1
    return first, last


def from_earlier(speakers: Speakers, inside: list[bool], quotes: list[Quote]) -> list[Quote]:
    """Speakers for quotes without a cue: the nearest earlier speaker in the same paragraph."""
    words = speakers.words
    result = []
    for position, quote in enumerate(quotes):
        if quote.speaker is not None or quote.speaker_span is not None or quote.cue is not None:
            result.append(quote)
            continue
        at = speakers.word_at(quote.span.start)
        if at is None:
            result.append(quote)
            continue
        block, sentence = words[at].block, words[at].sentence
        # (position in text, entity, the words that named the speaker there)
        best: tuple[int, int | None, Span | None] | None = None
        for earlier in result[:position]:
            end_at = speakers.word_at(max(earlier.span.end - 1, 0))
            if (
                (earlier.speaker is not None or earlier.speaker_span is not None)
                and end_at is not None
                and words[end_at].block == block
                and sentence - words[end_at].sentence <= _CONTEXT_SENTENCES
            ):
                best = (earlier.span.end, earlier.speaker, earlier.speaker_span)
        j = at - 1
        while j >= 0 and words[j].block == block and sentence - words[j].sentence <= _CONTEXT_SENTENCES:
            if not inside[j] and speakers.is_cue(j):
                first, last = _sentence_range(words, j)
                who = speakers.around(j, first, last)
                named = who.speaker is not None or who.speaker_span is not None
                if named and (best is None or words[j].start > best[0]):
                    best = (words[j].start, who.speaker, who.speaker_span)
                break
            j -= 1
        # "…, sagte der Papst. Sein Bruder Georg war eingeweiht. „Mein Bruder will Ruhe.“": the
        # person the sentence right before opens with, over a speaker further back
        if best is None or sentence - words[speakers.word_at(best[0] - 1) or 0].sentence > 1:
            person = previous_subject(speakers, at)
            if person is not None:
                best = (at, person.speaker, person.speaker_span)
        result.append(quote if best is None else Quote(quote.span, quote.kind, best[1], best[2], None))
    return result
