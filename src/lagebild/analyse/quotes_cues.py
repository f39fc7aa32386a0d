"""Whether a word is a speech verb that cues a quote.

A speech verb from the lexicon ("sagte", "betonte"), with its separable particle later in the
sentence ("gab ... bekannt", "stellte ... in Aussicht") or written apart right before it ("bekannt
gegeben"); also a claim to have learnt something ("Die Zeitung will aus Regierungskreisen erfahren
haben, dass ...") and what was to learn from a body ("Von der Staatsanwaltschaft war zu erfahren,
dass ..."). Not "so", and not a capitalised noun inside its sentence ("Nach Angaben des Amts").
The lookups over an article's words are :class:`lagebild.analyse.quotes_words.WordLookup`.
"""

from __future__ import annotations

from lagebild.analyse.entities_lexicon import Lexicon
from lagebild.analyse.entities_words import Word
from lagebild.analyse.quotes_grammar import QUOTE_MARKS
from lagebild.analyse.quotes_naming import names_only

__all__ = ["claims_to_know", "particle_before", "speech_cue", "to_learn"]

_SEIN = frozenset({"war", "ist", "waren", "sind"})
_LEARN_REACH = 4  # words between "war" and "zu erfahren"
_WANTS = frozenset({"will", "wollen", "wolle", "wollte", "wollten"})
_WANT_REACH = 10  # words from "will" to "erfahren" ("will aus Quellen nahe den Verhandlungen erfahren")


def speech_cue(words: list[Word], lex: Lexicon, i: int) -> bool:
    """A speech verb (not "so"), with its separable particle later in the sentence (or written
    apart right before it) if needed."""
    word = words[i]
    if word.text.lower() == "so" or _noun_inside(words, i) or names_only(words, i):
        return False
    particles = lex.speech_verb(word.text)
    if particles is None:
        return claims_to_know(words, i) is not None or to_learn(words, i)
    if "" in particles:
        return True
    sentence = word.sentence
    # The particle written apart right before a participle or a clause-final verb:
    # "hat bekannt gegeben, dass", "Wie die Gemeinde bekannt gab, ...".
    if i and words[i - 1].sentence == sentence and words[i - 1].text in particles:
        return True
    j = i + 1
    while j < len(words) and words[j].sentence == sentence:
        # "stellte eine Lösung in Aussicht" with its "in", not "stellte Bänke auf, die
        # Aussicht ist schön"
        if words[j].text in particles and (words[j].text != "Aussicht" or words[j - 1].text == "in"):
            return True
        j += 1
    return False


def claims_to_know(words: list[Word], i: int) -> int | None:
    """ "Die Zeitung will aus Regierungskreisen erfahren haben, dass ...": a claim to have
    learnt something, with a form of "wollen" before it in the clause, tells what a source
    reports; returns the index of the "will", whose subject is the source. (Not "will wissen,
    dass": it mostly frames a speaker's own words, whose quotes it would take over.)"""
    word = words[i]
    if word.text != "erfahren" or i + 1 >= len(words) or words[i + 1].text != "haben":
        return None
    for k in range(i - 1, max(-1, i - _WANT_REACH), -1):
        if words[k].sentence != word.sentence or words[k].punct:
            return None
        if words[k].text in _WANTS:
            return k
    return None


def to_learn(words: list[Word], i: int) -> bool:
    """ "Von der Staatsanwaltschaft war zu erfahren, dass ...", "Wie von der Gemeinde zu
    erfahren war, ...": what one could learn from a body is what it said; "von" names it."""
    if words[i].text != "erfahren" or i < 2 or words[i - 1].text != "zu":
        return False
    if i + 1 < len(words) and words[i + 1].text in _SEIN:
        return True
    for k in range(i - 2, max(-1, i - 2 - _LEARN_REACH), -1):  # "war am Freitag zu erfahren"
        if words[k].punct or words[k].sentence != words[i].sentence:
            return False
        if words[k].text in _SEIN:
            return True
    return False


def particle_before(words: list[Word], lex: Lexicon, i: int) -> bool:
    """Word ``i`` is a cue only by its particle written apart right before it ("bekannt
    gegeben"): without a clause such a sentence tells an event ("Das Ergebnis wird am Montag
    bekannt gegeben."), no speech act."""
    particles = lex.speech_verb(words[i].text)
    return (
        particles is not None
        and "" not in particles
        and i > 0
        and words[i - 1].sentence == words[i].sentence
        and words[i - 1].text in particles
    )


def _noun_inside(words: list[Word], i: int) -> bool:
    """A capitalised word inside its sentence is a noun, no verb: "Nach Angaben des Amts"
    ("angaben"), "die Frage" ("frage"), "Berichte" ("berichte")."""
    word = words[i]
    if not word.text[:1].isupper() or i == 0:
        return False
    before = words[i - 1]
    return before.sentence == word.sentence and before.text not in QUOTE_MARKS | {":", "("}
