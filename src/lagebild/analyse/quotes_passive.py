"""Speech acts in the passive without an agent: the subject is what was said, not who said it.

"Auch wurde die Wartung der Maschinen bemängelt.", "Die Zahl der Verletzten wurde mit 14
angegeben.": the subject of a passive speech verb is its topic. With "von" the agent speaks
("wurde von Gemeinderat Brunner kritisiert", see ``passive_agent``); without it the sentence
goes on reporting the source just quoted ("Die Behörde kritisierte die Fluggesellschaft. Auch
wurde die Wartung bemängelt."), and names no one otherwise.
"""

from __future__ import annotations

from lagebild.analyse.entities_words import Word
from lagebild.analyse.quotes_bare import passive_agent
from lagebild.analyse.quotes_clause import Attribution, Speakers
from lagebild.analyse.quotes_grammar import subjunctive_i
from lagebild.model import Quote

__all__ = ["earlier_speaker", "passive_speaker", "reported_act", "speak_on", "unnamed_passive"]

_WERDEN = frozenset({"wird", "wurde", "wurden", "werden", "Wird", "Wurde", "Wurden"})
_SOURCE_PREPOSITIONS = frozenset({"aus", "von", "vom", "seitens", "Aus", "Von", "Vom", "Seitens"})
_PLACE_REACH = 5  # words from "aus" to the speaker words ("aus Bonn und dem Rhein-Sieg-Kreis")
_GAP = 2  # sentences from the end of the earlier quote to this one (one may stand between)


def _participle(text: str) -> bool:
    """ "bemängelt", "angegeben", "gelobt"; not the infinitive of the future ("wird kritisieren")."""
    if text.endswith("t"):
        return True
    return text.endswith("en") and "ge" in text[1:-2]


def _from_place(words: list[Word], at: int, first: int) -> bool:
    """ "wird aus Bonn und dem Rhein-Sieg-Kreis berichtet": the words at ``at`` follow "aus"."""
    for k in range(at, max(first, at - _PLACE_REACH) - 1, -1):
        if words[k].text in _WERDEN or words[k].text == ",":
            return False
        if words[k].text in _SOURCE_PREPOSITIONS:
            return True
    return False


def unnamed_passive(speakers: Speakers, cue: int, first: int, who: Attribution) -> bool:
    """The speech verb at ``cue`` is a participle of a passive clause from ``first`` ("Der
    Sachschaden wird auf 200 000 Franken geschätzt") and no "von" names its agent, nor "aus"
    the place ``who`` reports from ("wird aus Bern berichtet"). Not "zitiert": "X wird mit den
    Worten zitiert" quotes X."""
    words = speakers.words
    text = words[cue].text
    if words[cue].capitalised or text == "zitiert" or not _participle(text):
        return False
    at = speakers.word_at(who.speaker_span.start) if who.speaker_span is not None else None
    if at is not None and _from_place(words, at, first):
        return False
    if cue + 1 < len(words) and words[cue + 1].text in _WERDEN:
        return passive_agent(speakers, cue, first) is None  # "Kritisiert wird, dass ..."
    for k in range(cue - 1, first - 1, -1):
        if speakers.quoted[k]:
            continue
        if words[k].text == ",":
            return False
        if words[k].text in _WERDEN:
            return passive_agent(speakers, cue, first) is None
    return False


def earlier_speaker(
    words: list[Word], speakers: Speakers, found: list[Quote], first: int
) -> Attribution | None:
    """The speaker of the last quote in ``found`` when it ends at most one sentence before word
    ``first`` (same or next paragraph): "Die Behörde kritisierte die Fluggesellschaft. Auch wurde
    die Wartung bemängelt." speaks for "Die Behörde"."""
    if not found:
        return None
    quote = found[-1]
    if quote.speaker is None and quote.speaker_span is None:
        return None
    end = speakers.word_at(max(quote.span.end - 1, 0))
    if end is None or end >= first:
        return None
    if words[first].sentence - words[end].sentence > _GAP or words[first].block - words[end].block > 1:
        return None
    return Attribution(quote.speaker, quote.speaker_span, None)


def _from_where(speakers: Speakers, cue: int, first: int) -> Attribution | None:
    """ "Am Freitag wurde aus Italien der Tod der Sängerin gemeldet", "Aus Regierungskreisen wurde
    bestätigt, ...": the place or circle a passive reports from is its source."""
    words = speakers.words
    for k in range(first, cue - 1):
        if words[k].text in {"aus", "Aus"} and not speakers.quoted[k] and words[k + 1].capitalised:
            return speakers.source_after(k, cue)
    return None


def passive_speaker(
    speakers: Speakers, cue: int, first: int, who: Attribution, earlier: Attribution | None
) -> Attribution:
    """``who`` for the speech verb at ``cue``, unless it is the topic of a passive without agent:
    then ``earlier`` (the source just quoted) or no one ("Der Schaden wird auf zwei Millionen
    Franken geschätzt.")."""
    if not unnamed_passive(speakers, cue, first, who):
        return who
    place = _from_where(speakers, cue, first)
    if place is not None:
        return Attribution(place.speaker, place.speaker_span, who.cue)
    if earlier is None:
        return Attribution(None, None, who.cue)
    return Attribution(earlier.speaker, earlier.speaker_span, who.cue)


def speak_on(
    words: list[Word], speakers: Speakers, found: list[Quote], first: int, quote: Quote | None
) -> Quote | None:
    """``quote`` (of the sentence from word ``first``), or, when it names no one and its cue is a
    passive without agent, the same quote spoken by the source quoted just before: "Der Verein
    kündigte an, die Halle zu schließen. Kritisiert wird, dass die Gemeinde nicht geholfen habe."."""
    if quote is None or quote.speaker is not None or quote.speaker_span is not None or quote.cue is None:
        return quote
    cue = speakers.word_at(quote.cue.start)
    if cue is None or cue < first or not unnamed_passive(speakers, cue, first, Attribution(None, None, None)):
        return quote
    earlier = _from_where(speakers, cue, first) or earlier_speaker(words, speakers, found, first)
    if earlier is None:
        return quote
    return Quote(quote.span, quote.kind, earlier.speaker, earlier.speaker_span, quote.cue)


_SUBORDINATORS = frozenset(
    {
        "der",
        "die",
        "das",
        "dem",
        "den",
        "deren",
        "dessen",
        "denen",
        "welche",
        "welcher",
        "dass",
        "weil",
        "wenn",
        "ob",
        "da",
    }
)
_PRONOUNS = frozenset({"er", "sie", "Er", "Sie", "man", "Man", "es", "Es"})


def reported_act(
    speakers: Speakers, first: int, cue: int, who: Attribution, earlier: Attribution | None
) -> Attribution:
    """``who``, the subject of the speech act at ``cue``, unless the clause before the cue is in
    Konjunktiv I right after a quote: then the sentence goes on reporting that quote's speaker,
    and its subject is what the speaker tells of ("Die Polizei teilte mit, der Fahrer habe die
    Kontrolle verloren. Die Feuerwehr habe die Anwohner gewarnt."); a pronoun ("Er habe ...
    kritisiert") stays the speaker's own."""
    if earlier is None or who.speaker_span is None or who.speaker == earlier.speaker is not None:
        return who
    words = speakers.words
    at = speakers.word_at(who.speaker_span.start)
    if at is None or words[at].text in _PRONOUNS:
        return who
    # a finite verb before the cue, outside quotes and a subordinate clause ("Die Gemeinde, die
    # Hilfe anbiete, kritisierte ...": the relative clause's own verb)
    inner = False
    for k in range(first, cue):
        text = words[k].text
        if text == ",":
            inner = k + 1 < cue and words[k + 1].text in _SUBORDINATORS
        elif not inner and not speakers.quoted[k] and subjunctive_i(text):
            return Attribution(earlier.speaker, earlier.speaker_span, who.cue)
    return who
