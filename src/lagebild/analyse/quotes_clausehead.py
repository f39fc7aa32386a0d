"""The speaker a clause opens with, for words that no speech verb points at: the words before a
colon ("Schäuble: „...“", "Die Bewohner des Dorfes sehen es gelassen: „...“"), words in marks
without a cue ("Meteorologen rechnen mit „...“") and the subject that sentences in Konjunktiv
after it go on reporting ("Der Landwirt Beat Amrein verständigte die Polizei. Er habe ..."): a
person, a role with its person, or words that name no entity ("Beide Seiten hatten vereinbart").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lagebild.analyse.quotes_lead import lead_noun_source
from lagebild.analyse.quotes_subject import main_subject, subject_after_verb
from lagebild.analyse.quotes_words import Attribution
from lagebild.model import Span

if TYPE_CHECKING:
    from lagebild.analyse.quotes_clause import Speakers

__all__ = ["clause_subject", "named_subject"]

_NAME_WORDS = 4  # capitalised words a speaker named at the start of a clause may have
_ADVERB_ENDINGS = ("isch", "lich", "ig", "bar", "sam", "haft", "artig", "weise")
_QUANTIFIERS = frozenset({"Alle", "Beide", "Viele", "Einige", "Manche", "Mehrere", "Zahlreiche"})
_TIMES = frozenset({"Jahre", "Monate", "Wochen", "Tage", "Stunden", "Minuten", "Male", "Mal", "Zeit"})


def _quantified(sp: Speakers, j: int, end: int) -> Attribution | None:
    """ "Beide Seiten hatten vereinbart, „alle Truppen“ abzuziehen": a quantifier and its
    noun open the clause; not a time ("Einige Tage später")."""
    if sp.words[j].text not in _QUANTIFIERS:
        return None
    k = j + 1
    while k < min(end, j + 1 + _NAME_WORDS) and sp.words[k].capitalised and not sp.words[k].punct:
        k += 1
    if k == j + 1 or sp.quoted[j + 1] or sp.words[j + 1].text in _TIMES:
        return None
    return Attribution(None, Span(sp.words[j].start, sp.words[k - 1].end), None)


def _after_adverb(sp: Speakers, j: int, end: int) -> Attribution | None:
    """ "Höhnisch, wohl auf das Echo reagierend, veröffentlichte der Verfasser dazu: „…“": an
    adverb and an aside in commas open the clause, no name; the subject follows the verb."""
    if j + 1 >= end or sp.words[j + 1].text != ",":
        return None
    close = next((c for c in range(j + 2, end) if sp.words[c].text == ","), None)
    if close is None or close + 1 >= end or not sp.words[close + 1].text[:1].islower():
        return None
    return subject_after_verb(sp, close + 1, end)


def named_subject(sp: Speakers, first: int, end: int) -> Attribution | None:
    """The clause's subject with the person a role noun names ("Der Landwirt Beat Amrein
    verständigte ...": the words of both, the person's entity)."""
    found = sp.clause_subject(first, end)
    if found is None or found.speaker is not None or found.speaker_span is None:
        return found
    person = sp.subject(first, end)
    if (
        person is not None
        and person.speaker is not None
        and person.speaker_span is not None
        and person.speaker_span.start <= found.speaker_span.end + 1
    ):
        start = min(found.speaker_span.start, person.speaker_span.start)
        stop = max(found.speaker_span.end, person.speaker_span.end)
        return Attribution(person.speaker, Span(start, stop), None)
    return found


def clause_subject(sp: Speakers, first: int, end: int, starters: frozenset[str]) -> Attribution | None:
    """The speaker a clause opens with, even when it is no entity: "Schäuble: „...“",
    "Die Bewohner des Dorfes sehen es gelassen: „...“", "Meteorologen rechnen mit „...“",
    "Dabei griff sie den Präsidenten an: „...“" (after an adverb and the verb)."""
    j = first
    while j < end and sp.words[j].punct:
        j += 1
    if j >= end:
        return None
    found = lead_noun_source(sp, j, end) or main_subject(sp, j, end, starters)
    if found is not None:
        return found
    if sp.words[j].text in starters and j + 2 < end and sp.words[j + 1].text[:1].islower():
        j += 2  # "Dabei griff sie", "Zuvor hatte der Minister"
    found = sp._speaker_word(j) or sp.noun_phrase(j, end) or _quantified(sp, j, end)
    if found is not None or sp.words[j].text in starters:
        return found
    k = j
    while k < min(end, j + _NAME_WORDS) and sp.words[k].capitalised and not sp.words[k].punct:
        k += 1
    if k == j + 1 and sp.words[j].text.lower().endswith(_ADVERB_ENDINGS):
        return _after_adverb(sp, j, end)
    if k == j:
        return None
    return Attribution(None, Span(sp.words[j].start, sp.words[k - 1].end), None)
