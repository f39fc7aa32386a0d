"""Speakers of a partial quote in a sentence with no speech verb, before its plain subject.

- A passive clause speaks through its agent after "von": "In Graubünden wird die Gefahr vom
  Lawinendienst als „sehr hoch“ eingestuft", "Dörfer werden von Aktivisten durchquert, um auf
  „Dorfsterben“ aufmerksam zu machen". Its subject is what is done, never the speaker, so a
  passive without an agent names no one ("Vergleiche werden gezogen mit „Erpressung“").
- A relative clause speaks through the phrase its pronoun stands for: "Kritik kommt vom
  Verband Pro Bahn, der die Maßnahme als „Kapitulation“ sieht".
- A numbered provision of a law after "nach" is the source: "Nach Artikel 65 des Grundgesetzes
  bestimmt der Bundeskanzler „die Richtlinien der Politik“".
"""

from __future__ import annotations

from lagebild.analyse.quotes_bare import relative_subject
from lagebild.analyse.quotes_fuer import holder_inside
from lagebild.analyse.quotes_grammar import has_subjunctive
from lagebild.analyse.quotes_speaker import Attribution, SpeakerWords
from lagebild.analyse.quotes_subject import _phrase, prefield_verb
from lagebild.analyse.quotes_words import _DETERMINERS, _INFLECTED, _MARKS, _NAME_PREPOSITIONS
from lagebild.model import Span

__all__ = ["NO_ONE", "behind_preposition", "clause_speaker", "relative_speaker"]

# a passive clause without an agent: the sentence itself names no speaker
NO_ONE = Attribution(None, None, None)
_AGENT = frozenset({"von", "vom"})
_PASSIVE = frozenset({"wird", "wurde", "wurden", "werden", "worden"})
_RELATIVE = frozenset({"der", "die", "welcher", "welche"})
_PRONOUNS = frozenset({"er", "sie", "es", "man", "wir", "ich", "ihr"})
_AGENT_WORDS = 5  # words after "von" in which the agent's noun must stand
_ACCORDING = frozenset({"Nach", "Gemäß", "Gemäss"})
_PROVISIONS = frozenset({"Artikel", "Art.", "Paragraf", "Paragraph", "§", "Absatz"})


def _segment(sp: SpeakerWords, first: int, last: int, open_: int) -> tuple[int, int]:
    """The words between the unquoted commas around word ``open_``."""
    start = open_
    while start > first and not (sp.words[start - 1].text == "," and not sp.quoted[start - 1]):
        start -= 1
    stop = open_
    while stop < last and not (sp.words[stop].text == "," and not sp.quoted[stop]):
        stop += 1
    return start, stop


def _agent(sp: SpeakerWords, i: int, stop: int) -> Attribution | None:
    """The noun phrase after "von" at word ``i``: "vom Lawinendienst", "von Aktivisten"."""
    for j in range(i + 1, min(stop, i + 1 + _AGENT_WORDS)):
        word = sp.words[j]
        if sp.quoted[j] or word.punct or word.text in _MARKS:
            return None  # "von „erfolgreicher Erpressung“": the topic, in marks
        if sp.mention_at[j] is not None:
            k = j
            while k + 1 < stop and sp.mention_at[k + 1] == sp.mention_at[j]:
                k += 1
            return _phrase(sp, i + 1, k + 1)
        if word.capitalised:
            found = sp._speaker_word(j)
            if found is not None:
                return found
            k = j  # "vom Schweizer Lawinendienst": the capitalised words up to the noun
            while k + 1 < stop and sp.words[k + 1].capitalised and not sp.quoted[k + 1]:
                k += 1
            return Attribution(None, Span(sp.words[i + 1].start, sp.words[k].end), None)
        if not word.text.isalpha():
            return None
    return None


def _passive(sp: SpeakerWords, start: int, stop: int) -> Attribution | None:
    """The agent of a passive clause in words ``start`` to ``stop``; NO_ONE when it has none."""
    outside = [k for k in range(start, stop) if not sp.quoted[k] and sp.words[k].text not in _MARKS]
    if not any(sp.words[k].text in _PASSIVE for k in outside):
        return None
    for k in reversed(outside):  # "die Gefahr von Bränden vom Wetterdienst": the last one
        if sp.words[k].text.lower() in _AGENT:
            found = _agent(sp, k, stop)
            if found is not None:
                return found
    return NO_ONE


def _relative(sp: SpeakerWords, first: int, start: int, open_: int) -> Attribution | None:
    """ "..., der die Maßnahme als „Kapitulation“ sieht": the pronoun opening the clause of the
    quote is its subject unless another subject follows it (", die er „absurd“ nennt") or the
    sentence is in Konjunktiv, reporting an earlier speaker."""
    if start <= first or start >= open_ or sp.words[start].text not in _RELATIVE:
        return None
    between = sp.words[start + 1 : open_]
    if not between or between[0].capitalised:
        return None  # ", die Regierung nennt es „absurd“": an article, not a pronoun
    if any(w.text in _PRONOUNS for w in between):
        return None
    if has_subjunctive([w for k, w in enumerate(sp.words[first:open_], first) if not sp.quoted[k]]):
        return None  # "sei eine Regierung nötig, die sich auf „...“ stützen könne": still reported
    return relative_subject(sp, start + 1, first)


def _provision(sp: SpeakerWords, first: int, open_: int) -> Attribution | None:
    """ "Nach Artikel 65 des Grundgesetzes bestimmt der Kanzler „die Richtlinien“": a numbered
    provision of a law opening the sentence after "nach" is the source, up to the finite verb."""
    if sp.words[first].text not in _ACCORDING or first + 3 >= open_:
        return None
    k = first + 1 + (sp.words[first + 1].text.lower() in {"dem", "den"})
    if sp.words[k].text not in _PROVISIONS or not sp.words[k + 1].text[:1].isdigit():
        return None
    verb = prefield_verb(sp, first, open_, frozenset())
    if verb is None or any(sp.quoted[j] for j in range(first, verb)):
        return None
    return _phrase(sp, first + 1, verb)


def clause_speaker(sp: SpeakerWords, first: int, last: int, open_: int) -> Attribution | None:
    """The agent of the passive clause or the antecedent of the relative clause that holds the
    quote opening at word ``open_``; an "um ... zu" clause goes with the clause before it."""
    start, stop = _segment(sp, first, last, open_)
    found = holder_inside(sp, start, stop, open_) or _passive(sp, start, stop)
    if found is None and start > first and sp.words[start].text == "um":
        found = _passive(sp, *_segment(sp, first, last, start - 2))
    return found or _relative(sp, first, start, open_) or _provision(sp, first, open_)


def relative_speaker(sp: SpeakerWords, first: int, last: int, open_: int) -> Attribution | None:
    """ "Der Rat verabschiedete eine Resolution, welche die Lage in Olten mit «grosser Sorge» zur
    Kenntnis nimmt und die Regierung auffordert, ...": the words in marks in a relative clause
    are its antecedent's, before any speech verb later in the sentence."""
    start, _ = _segment(sp, first, last, open_)
    return _relative(sp, first, start, open_)


_BEHIND = _NAME_PREPOSITIONS | {"durch", "gegenüber", "unter", "neben"}


def behind_preposition(sp: SpeakerWords, found: Attribution | None) -> bool:
    """The speaker words ``found`` stand in a preposition's phrase ("wegen der durch Papst Leo
    betriebenen Berufung", "mit Minister Keller"): the one named there does not speak."""
    if found is None or found.speaker_span is None:
        return False
    k = sp.word_at(found.speaker_span.start)
    if k is None:
        return False
    for _ in range(3):  # "mit dem neuen Minister Peter Keller": article, adjective, role
        before = sp.words[k - 1] if k > 0 else None
        if before is None or sp.quoted[k - 1] or before.punct:
            return False
        if before.text.lower() in _BEHIND:
            return True
        lowered = before.text.lower()
        if not (lowered in _DETERMINERS or before.capitalised or lowered.endswith(_INFLECTED)):
            return False
        k -= 1
    return False
