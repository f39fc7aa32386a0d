"""Lead-ins that name a speech by its noun: "Zitat von Schröder: „…“", "Sein Fazit: „…“".

The noun is not the speaker: the one after "von" is, or the owner of the possessive, whose
words ("Seine Meinung") stand for the pronoun they hold. "Mit den Worten „…“ verliess X den
Saal": the words opening the clause are the subject's, who stands after the verb.
"""

from __future__ import annotations

import functools

from lagebild.analyse.quotes_speaker import Attribution, SpeakerWords
from lagebild.analyse.quotes_subject import subject_after_verb
from lagebild.analyse.quotes_words import _INFLECTED
from lagebild.language.de.lexicon import word_list
from lagebild.model import Span

__all__ = ["lead_noun_source", "with_words"]

_OF = frozenset({"von", "vom"})
_ARTICLES = frozenset({"das", "die", "der"})
_GENITIVE = frozenset({"des", "der", "eines", "einer"})
# possessive -> the personal pronoun whose owner it names
_POSSESSIVES = {"Sein": "er", "Seine": "er", "Ihr": "sie", "Ihre": "sie"}
# "Mit den Worten", "Mit dem Satz", "Mit dem Ausruf" before the marks
_WITH_WORDS = frozenset({("den", "Worten"), ("dem", "Satz"), ("dem", "Ausruf"), ("der", "Bemerkung")})


@functools.cache
def _nouns() -> frozenset[str]:
    return frozenset(word_list("quotes_lead_nouns.txt"))


def lead_noun_source(sp: SpeakerWords, first: int, end: int) -> Attribution | None:
    """The speaker of a lead-in opening at word ``first`` with a speech noun, else None."""
    j = first
    owner = _POSSESSIVES.get(sp.words[j].text)
    if owner is not None:
        j += 1
    elif sp.words[j].text.lower() in _ARTICLES and j + 1 < end:
        j += 1  # "Das Fazit des Berichts lautete: „…“", "…, so das Fazit der Betreiber."
    if j >= end or sp.words[j].text not in _nouns():
        return None
    if owner is not None:
        word = sp.words[first]
        entity = sp.refers_to(first, owner)  # "Seine" refers as "er" does
        return Attribution(entity, Span(word.start, sp.words[j].end), None)
    if j + 1 < end and sp.words[j + 1].text in _OF:
        for k in range(j + 2, min(end, j + 6)):
            found = sp._speaker_word(k)
            if found is not None:
                return found
            if sp.words[k].punct:
                break
    if j > first and j + 2 < end and sp.words[j + 1].text in _GENITIVE | _OF:
        # "des Berichts", "der Betreiber von Bürgerwatch": the source in the genitive
        k = j + 2
        while k < end and sp.words[k].text[:1].islower() and sp.words[k].text.endswith(_INFLECTED):
            k += 1
        if k < end and sp.words[k].capitalised and not sp.words[k].punct:
            start = sp.words[j + 1 if sp.words[j + 1].text in _GENITIVE else j + 2].start
            return sp._speaker_word(k) or Attribution(None, Span(start, sp.words[k].end), None)
    return None


def with_words(sp: SpeakerWords, first: int, open_: int, close: int, stop: int) -> Attribution | None:
    """ "Mit den Worten „Ich habe genug gehört“ verliess Grossrat Peter Hofstetter den Saal":
    the subject after the verb that follows the marks (``open_``, ``close``: the marks)."""
    if open_ - 3 != first or sp.words[first].text != "Mit" or close + 1 >= stop:
        return None
    if (sp.words[open_ - 2].text, sp.words[open_ - 1].text) not in _WITH_WORDS:
        return None
    return subject_after_verb(sp, close + 1, stop)
