"""A sentence that names the source of the sentence before it: "Die Partei schließt eine Koalition
aus. Dies bestätigte der Vorsitzende am Abend." The statement is the previous sentence, its
speaker the subject of "Dies bestätigte ...", and "Dies" belongs to the quote as well.
"""

from __future__ import annotations

from collections.abc import Callable

from lagebild.analyse.entities_words import Word
from lagebild.analyse.quotes_clause import Speakers
from lagebild.model import Quote, QuoteKind, Span

__all__ = ["points_back"]

# demonstratives that take up a whole statement ("Das sagte ...", "Dies teilte ... mit")
_BACK = frozenset({"Dies", "Das", "Dieses"})
_MIN_STATEMENT = 4  # words the previous sentence needs to be a statement of its own


def points_back(
    cue: Callable[[int], bool],
    speakers: Speakers,
    sentence: tuple[int, int],
    previous: tuple[int, int] | None,
) -> Quote | None:
    """The previous sentence as an indirect quote when this one is "Dies/Das <speech verb> X ...";
    the span runs from the previous sentence to "Dies" so that both parts are covered."""
    words: list[Word] = speakers.words
    first, last = sentence
    if previous is None or last - first < 3 or words[first].text not in _BACK:
        return None
    if not cue(first + 1) or words[first + 1].capitalised:
        return None  # "Das Gericht sagte ...": "Das" is an article there
    start, stop = previous
    while stop > start and words[stop - 1].punct:
        stop -= 1
    if stop - start < _MIN_STATEMENT:
        return None
    who = speakers.around(first + 1, first, last)
    if who.speaker is None and who.speaker_span is None:
        return None
    span = Span(words[start].start, words[first].end)
    return Quote(span, QuoteKind.INDIRECT, who.speaker, who.speaker_span, who.cue)
