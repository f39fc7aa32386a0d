"""Checks on the clause after a speech verb: a purpose ("um ... zu") or an adverbial clause
("wenn der Kandidat feststehe") is not what is said; a source named before the clause ("Laut CNN
hat X verkündet, ...") reports the whole sentence."""

from __future__ import annotations

from lagebild.analyse.entities_lexicon import Lexicon
from lagebild.analyse.entities_words import Word
from lagebild.analyse.quotes_clause import Speakers
from lagebild.analyse.quotes_grammar import subjunctive
from lagebild.analyse.quotes_reported import reported
from lagebild.model import Quote

__all__ = ["PURPOSE", "adverbial", "source_outside"]

# infinitive clauses of purpose or manner, never what is said
PURPOSE = frozenset({"um", "ohne", "statt", "anstatt"})
# conjunctions of adverbial clauses ("als" and "während" also open phrases: "als Präsident")
_ADVERBIAL = frozenset({"wenn", "als", "während", "weil", "obwohl", "nachdem", "bevor", "sobald", "falls"})


def adverbial(words: list[Word], k: int, end: int) -> bool:
    """The clause ``k`` .. ``end`` after a speech verb is an adverbial clause that says when or
    why, not what: its conjunction first, its Konjunktiv last, no comma before a main clause
    ("äußern, wenn der Kandidat feststehe"; not "sagte, wenn es regne, werde es verschoben",
    "sagte, während der Sitzung sei es laut gewesen")."""
    while end > k and words[end - 1].punct:
        end -= 1
    return (
        words[k].text in _ADVERBIAL
        and end - k > 2
        and subjunctive(words[end - 1].text)
        and not any(w.text == "," for w in words[k:end])
    )


def source_outside(
    quote: Quote | None, speakers: Speakers, lex: Lexicon, sentence: tuple[int, int]
) -> Quote | None:
    """ "Laut CNN hat Panetta verkündet, der Rat wolle ...", "X kam der Meldung zufolge zu dem
    Schluss, dass ...": a source named before the reported clause tells the whole sentence, the
    speech act included; one inside the clause ("sagte, nach neuen Erkenntnissen habe ...") does not."""
    if quote is None or quote.cue is None:
        return quote
    sources = reported(speakers.words, speakers, lex, *sentence)
    if len(sources) != 1 or sources[0].cue is None or sources[0].cue.end > quote.span.start:
        return quote
    k = speakers.word_at(sources[0].cue.start)
    # ", so vermutet die Zeitung, ...": "so" opens the speech verb's own insertion, no source
    return quote if k is None or speakers.words[k].text == "so" else sources[0]
