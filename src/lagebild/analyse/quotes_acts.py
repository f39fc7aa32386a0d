"""Speech acts told in the writer's words: a sentence whose verb is a speech act and that reports
no clause ("Die Ministerin kritisierte die Entscheidung.", "Der Wetterdienst warnte vor Sturm."):
the whole sentence, its subject the speaker; a second main clause with its own speaker after a
comma is a speech act of its own.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from lagebild.analyse.entities_words import Word
from lagebild.analyse.quotes_clause import Attribution, Speakers
from lagebild.analyse.quotes_front import DECISIONS, welcomes_decision
from lagebild.analyse.quotes_grammar import has_subjunctive, trim_end, vote
from lagebild.analyse.quotes_passive import passive_speaker, reported_act
from lagebild.language.de import lemmatize
from lagebild.language.de.lexicon import word_list
from lagebild.model import Quote, QuoteKind, Span

__all__ = ["speech_act"]

_NOTHING = frozenset({"nichts", "Nichts"})
# verbs that report speech only with a clause of their own ("Die Partei begrüßte, dass ..."); a
# sentence around them alone is the writer's account ("Der Präsident begrüßte die Gäste."), save
# "begrüßen" with a decision for object ("Der Verband begrüßte den Entscheid": welcomes_decision)
_CLAUSE_ONLY = frozenset(
    {"begrüßen", "befürworten", "prangern", "anprangern", "streiten", "abstreiten", "beantragen", "zeigen"}
)


@functools.cache
def _not_acts() -> frozenset[str]:
    return frozenset(word_list("quotes_not_speech_acts.txt"))


def speech_act(
    cue: Callable[[int], bool],
    speakers: Speakers,
    first: int,
    last: int,
    following: list[Word],
    *,
    earlier: Attribution | None = None,
) -> Quote | tuple[Quote, Quote] | None:
    """A sentence told around a speech verb, with no clause of its own: "Die Ministerin kritisierte
    die Entscheidung.", "Der Wetterdienst warnte vor Sturm." Only with a named speaker, except
    a passive without agent, which ``earlier`` speaks, if anyone. Verbs that mostly tell an
    action ("bestätigte den Eingang") count only when Konjunktiv follows (in the ``following``
    sentence): "Die Behörde bestätigte den Fund. Es handle sich um ..."."""
    words = speakers.words
    for i in range(first, last):
        if not cue(i):
            continue
        if words[i].capitalised:
            return None  # "Auf die Frage ...": a noun
        if lemmatize(words[i].text) in _CLAUSE_ONLY and not welcomes_decision(words, i, first, last):
            continue  # "Sie begrüßten die Ankündigung, fordern aber ...": a later verb may still tell it
        if _left_open(words, i, last):
            continue  # "Die Regierung liess die Tür offen.": no question left open
        # "nun hoffe sie auf ...": in Konjunktiv the verb itself is reported
        # "Der Bauunternehmer ist überzeugt: Die Preise werden steigen.": a colon opens the clause
        colon = i + 2 < last and words[i + 1].text == ":" and words[i + 2].capitalised
        if lemmatize(words[i].text) in _not_acts() and not (
            colon
            or has_subjunctive(following)
            or has_subjunctive(words[first:last])
            or _statement(words, i, first, last)
        ):
            return None  # "Die Behörde bestätigte den Eingang."
        who = speakers.around(i, first, last)
        if (
            (who.speaker is None and who.speaker_span is None)
            or any(w.text in _NOTHING for w in words[first:last])
            or vote(words, i, last)
        ):
            return None  # "Sie sagte nichts weiter.", "Das Volk sagte Ja zur Vorlage" (a vote)
        who = passive_speaker(speakers, i, first, who, earlier)  # "Auch wurde ... bemängelt."
        who = reported_act(speakers, first, i, who, earlier)  # "Die Feuerwehr habe ... gewarnt."
        second = _second_act(cue, speakers, i, last, who)
        end = trim_end(words, first, last if second is None else second[0])
        if end <= first:
            return None
        span = Span(words[first].start, words[end - 1].end)
        quote = Quote(span, QuoteKind.REPORTED, who.speaker, who.speaker_span, who.cue)
        if second is None:
            return quote
        return quote, second[1]
    return None


# what one regrets in words: a decision or a loss ("bedauerte die Absage", "den Entscheid", "den
# Rücktritt"); not "bedauerte ihn" or "bedauert nichts"
_REGRETTED = (*DECISIONS, "absage", "rücktritt", "abgang", "abbau", "verlust", "vorfall", "wegfall")
# what one confirms or denies in words: a report or a claim ("bestätigte einen Bericht der
# «Aargauer Zeitung»", "dementierte Gerüchte"); not "bestätigte den Eingang"
_REPORTS = (
    "bericht", "berichte", "meldung", "meldungen", "angaben", "gerücht", "gerüchte", "vorwurf",
    "vorwürfe", "recherche", "recherchen", "darstellung", "spekulationen",
)  # fmt: skip
_REACH = 5  # words between the verb and its object ("bedauerte in einer Mitteilung den Entscheid")


def _statement(words: list[Word], i: int, first: int, last: int) -> bool:
    """Verbs that mostly tell an action but, in these shapes, state a view: "Die Polizei schliesst
    ein Verbrechen nicht aus" (not ruling out), "Die Präsidentin bedauerte die Absage" (regretting
    a decision or a loss, the first noun after the verb), "Die Bank dementierte einen Bericht der
    NZZ" (confirming or denying a report)."""
    lemma = lemmatize(words[i].text)
    if lemma == "schließen":
        end = trim_end(words, first, last)
        told = [w.text for w in words[i + 1 : end]]
        return bool(told) and told[-1] == "aus" and "nicht" in told
    after = [w for w in words[i + 1 : min(last, i + 1 + _REACH)] if w.capitalised]
    if lemma == "bedauern":
        return bool(after) and after[0].text.lower().endswith(_REGRETTED)
    if lemma in {"bestätigen", "dementieren"}:
        # any noun near: "bestätigte auf Anfrage einen Bericht"
        return any(w.text.lower().endswith(_REPORTS) for w in after)
    return False


def _left_open(words: list[Word], i: int, last: int) -> bool:
    """ "liess ... offen" is a statement only with a clause of its own ("liess offen, ob ..."); the
    sentence alone is no speech act ("Die Regierung liess die Tür offen")."""
    return lemmatize(words[i].text) == "lassen" and "offen" in {w.text for w in words[i + 1 : last]}


_SECOND_REACH = 10  # words from a comma to the speech verb of a second main clause


def _second_act(
    cue: Callable[[int], bool], speakers: Speakers, i: int, last: int, who: Attribution
) -> tuple[int, Quote] | None:
    """ "X nannte den Platzverweis „überzogen“, Trainer Y bezeichnete die Karten als „übertrieben“":
    a second main clause after a comma, opening with its own speaker before its speech verb, is a
    speech act of its own (not a clause opened by "als", "dass" or a relative pronoun); returns
    the comma and that quote."""
    words = speakers.words
    for k in range(i + 1, last - 2):
        if words[k].text != "," or speakers.quoted[k]:
            continue
        if not (words[k + 1].capitalised or words[k + 1].text in {"er", "sie"}):
            continue
        for c in range(k + 2, min(last, k + 1 + _SECOND_REACH)):
            if words[c].text == ",":
                break
            if not cue(c) or words[c].capitalised:
                continue
            other = speakers.around(c, k + 1, last)
            span = other.speaker_span
            if span is None or span.start < words[k + 1].start or span.end > words[c].start:
                break  # no subject of its own before the verb: the same speaker goes on
            if (other.speaker, other.speaker_span) == (who.speaker, who.speaker_span):
                break
            end = trim_end(words, k + 1, last)
            quote = Span(words[k + 1].start, words[end - 1].end)
            return k, Quote(quote, QuoteKind.REPORTED, other.speaker, other.speaker_span, other.cue)
    return None
