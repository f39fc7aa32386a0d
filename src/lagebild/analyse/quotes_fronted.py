"""A speech verb that comes right after a long first phrase: its subject follows it.

German puts exactly one phrase before the finite verb of a main clause. When that phrase is a
subordinate clause ("Warum die Hochschule den Fehler nicht bemerkte, erklärte die Universität
so: …") or a chain of preposition phrases ("In einem Interview vor dem Konzert in Bern sagte
Luca Rossi: …"), the verb is inverted and the name inside the first phrase is no speaker.
"""

from __future__ import annotations

from lagebild.analyse.quotes_opening import AUXILIARIES
from lagebild.analyse.quotes_speaker import SpeakerWords
from lagebild.analyse.quotes_subject import _ARTICLES, _PREPOSITIONS
from lagebild.analyse.quotes_words import _INFLECTED

__all__ = ["SUBORDINATORS", "first_verb", "fronted_verb"]

# conjunctions that open a subordinate clause standing first in its sentence
SUBORDINATORS = frozenset(
    {
        "Als",
        "Wenn",
        "Nachdem",
        "Weil",
        "Obwohl",
        "Obgleich",
        "Da",
        "Während",
        "Wie",
        "Ob",
        "Bevor",
        "Ehe",
        "Seit",
        "Seitdem",
        "Sobald",
        "Solange",
        "Falls",
        "Damit",
        "Dass",
        "Indem",
        "Warum",
        "Weshalb",
        "Wieso",
    }
)
# prepositions besides those of the subject module: "Bei einer Debatte um die Praxis ..."
_MORE_PREPOSITIONS = frozenset(
    {
        "aufgrund",
        "infolge",
        "angesichts",
        "dank",
        "bezüglich",
        "anlässlich",
        "um",
        "ohne",
        "bis",
        "ab",
        "zusammen",
    }
)
_CHAIN_WORDS = _ARTICLES | _PREPOSITIONS | _MORE_PREPOSITIONS | {"und", "oder"}
_CLOSING = frozenset('“”«»"')
_MARKS = frozenset('„“”«»"')
_NO_VERBS = _ARTICLES | _PREPOSITIONS | _MORE_PREPOSITIONS | {"und", "oder", "sowie", "sich"}
_MAX_CHAIN = 16  # words of a chain of preposition phrases before the verb


def _subordinate_first(sp: SpeakerWords, first: int, cue: int) -> bool:
    """ "Als ein Fahrgast half, rief der Mann: …": the clause before the comma right before
    the verb is a subordinate clause the sentence opens with."""
    if cue - 2 <= first or sp.words[cue - 1].text != "," or sp.quoted[cue - 1]:
        return False
    if sp.words[first].text not in SUBORDINATORS:
        return False
    before = sp.words[cue - 2]
    return before.text[:1].islower() and not before.punct  # the clause ends in its verb


def _preposition_chain(sp: SpeakerWords, first: int, cue: int) -> bool:
    """ "Nach Gerüchten über eine Festnahme auf der Piste teilte …": only preposition phrases
    (prepositions, articles, adjectives, nouns) stand before the verb."""
    lowered = sp.words[first].text.lower()
    if lowered not in _PREPOSITIONS and lowered not in _MORE_PREPOSITIONS:
        return False
    if cue - first > _MAX_CHAIN or cue - first < 2:
        return False
    titled = False  # inside marks of a title the quote finder left out: "Unter dem Motto „…“"
    for k in range(first + 1, cue):
        word = sp.words[k]
        text = word.text.lower()
        if word.text in _MARKS:
            titled = word.text in "„«»" and not titled
            continue
        if sp.quoted[k] or titled:
            continue
        if word.punct:
            return False
        if word.capitalised or text[:1].isdigit() or text in _CHAIN_WORDS:
            continue
        if text.endswith(_INFLECTED) and text not in AUXILIARIES and text != "sie":
            continue  # an adjective: "vor dem Zürcher Konzert", "nach der letzten Sitzung"
        return False
    last = sp.words[cue - 1]
    return last.capitalised or last.text[:1].isdigit() or sp.quoted[cue - 1] or last.text in _CLOSING


def fronted_verb(sp: SpeakerWords, first: int, cue: int) -> bool:
    """The speech verb at ``cue`` follows a first phrase of a subordinate clause or of
    preposition phrases, so that its subject stands after it."""
    if not sp.words[cue].text[:1].islower() or sp.words[cue].text in _NO_VERBS:
        return False
    return _subordinate_first(sp, first, cue) or _preposition_chain(sp, first, cue)


def first_verb(sp: SpeakerWords, first: int, end: int) -> int | None:
    """The finite verb after such a first phrase in words ``first`` .. ``end``: "Als ein
    Fahrgast half, biss der Mann den Fahrgast und rief: …" (the verb before "und")."""
    for v in range(first + 1, end):
        marks = sum(1 for k in range(first, v) if sp.words[k].text in _MARKS)
        if sp.quoted[v] or marks % 2:
            continue  # a word in marks: „Freiheit statt Angst“
        if fronted_verb(sp, first, v):
            return v
    return None
