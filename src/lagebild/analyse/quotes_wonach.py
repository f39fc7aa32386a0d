"""A clause after ", wonach" that tells what a named source says: "Ein Bericht der Agentur
Interfax, wonach der Oppositionsführer festgenommen worden sei, wurde dementiert." The quote is
the clause, its source the noun phrase before the comma.
"""

from __future__ import annotations

from lagebild.analyse.entities_words import Word
from lagebild.analyse.quotes_clause import Speakers
from lagebild.analyse.quotes_grammar import QUOTE_MARKS
from lagebild.model import Quote, QuoteKind, Span

__all__ = ["wonach"]

_PHRASE = 10  # words of the source before ", wonach"
_MIN_CLAUSE = 3
# lower-case words that go on inside the clause after a comma ("..., dass", "..., die")
_GOES_ON = frozenset(
    {"dass", "die", "der", "das", "den", "dem", "und", "weil", "wenn", "ob", "wie", "als", "was"}
)
_LINKS = frozenset(
    {"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "von", "vom"}
)


def wonach(speakers: Speakers, first: int, last: int) -> Quote | None:
    """The clause after ", wonach" with the noun phrase before the comma as its source."""
    words = speakers.words
    for w in range(first + 2, last - _MIN_CLAUSE):
        if words[w].text != "wonach" or words[w - 1].text != ",":
            continue
        source = _source(words, speakers, w - 1, first)
        if source is None:
            return None
        end = _clause_end(words, w + 1, last)
        if end - (w + 1) < _MIN_CLAUSE:
            return None
        span = Span(words[w + 1].start, words[end - 1].end)
        cue = Span(words[w].start, words[w].end)
        return Quote(span, QuoteKind.INDIRECT, source[0], source[1], cue)
    return None


def _source(words: list[Word], speakers: Speakers, comma: int, first: int) -> tuple[int | None, Span] | None:
    """The noun phrase right before the comma: "Ein Bericht der Agentur „Interfax“", "die
    Befunde des Untersuchungsamts"; its last entity, if it names one."""
    k = comma
    while k > max(first, comma - _PHRASE):
        word = words[k - 1]
        if not (
            word.capitalised or word.text in _LINKS or word.text in QUOTE_MARKS or word.text.endswith("en")
        ):
            break
        k -= 1
    nouns = [j for j in range(k, comma) if words[j].capitalised]
    if not nouns:
        return None
    start = k
    while start < comma and words[start].text.endswith("en") and not words[start].capitalised:
        start += 1  # "zitiert aus der Zeitung": no verb in the phrase
    entity = next(
        (speakers.mention_at[j] for j in reversed(range(start, comma)) if speakers.mention_at[j] is not None),
        None,
    )
    speaker = None if entity is None else speakers.article.mentions[entity].entity
    return speaker, Span(words[start].start, words[comma - 1].end)


def _clause_end(words: list[Word], start: int, last: int) -> int:
    """The clause runs to the end of the sentence, or to a comma after which the main clause
    goes on with its verb ("..., wurde dementiert")."""
    end = last
    while end > start and words[end - 1].punct and words[end - 1].text not in QUOTE_MARKS:
        end -= 1
    for j in range(start, end - 1):
        if words[j].text == "," and words[j + 1].text[:1].islower() and words[j + 1].text not in _GOES_ON:
            return j
    return end
