"""What a speech noun reports: the clause after the noun and its comma.

"Auf den Vorwurf der Opposition, die Kantonsregierung habe gelogen, ...", "Die Gemeinde fasste
den Beschluss, die Brücke zu sanieren", "Der Bericht endet mit der Hoffnung, dass ...". Speech
nouns also stand in descriptive sentences ("die Forderung nach mehr Geld"), so the clause right
after the comma must be reported speech: "dass"/"ob", a Konjunktiv I, or a "zu"-infinitive. Its
speaker is the noun's owner in the genitive ("der Opposition", "von Regierungsrat Imhof"), a name
in the genitive before it ("Frankreichs Forderung"), else the noun phrase itself ("die
Behauptung").

The clause after "darauf," of a verb that insists ("Der Verband besteht darauf, dass ...") is
reported the same way, its speaker the verb's subject.
"""

from __future__ import annotations

import functools

from lagebild.analyse.entities_words import Word
from lagebild.analyse.quotes_clause import Attribution, Speakers
from lagebild.analyse.quotes_grammar import QUOTE_MARKS, infinitive, subjunctive, trim_end, zu_infinitive
from lagebild.language.de.lexicon import word_list
from lagebild.model import Quote, QuoteKind, Span

__all__ = ["insists_on", "noun_clause", "noun_owner"]

_OPENERS = frozenset({"dass", "ob"})
_MIN_CLAUSE = 3  # words a reported clause needs at least
_OWNER = 8  # words between the noun and its comma: the owner ("des Verbands Schweizer Bauern")
# words that open the noun's owner or addressee ("der Vorwurf der Regierung an die Zeitung")
_OWNER_LINKS = frozenset({"der", "des", "eines", "einer", "von", "vom", "an", "gegen", "seiner", "ihrer"})
_GENITIVES = frozenset({"der", "des", "eines", "einer", "von", "vom", "seiner", "ihrer"})
# words that may stand in the owner's phrase besides names and nouns
_PHRASE_WORDS = _OWNER_LINKS | {"die", "den", "dem", "das", "ein", "eine", "einem", "und", "für", "im"}
# a noun raised without an owner: "Vorwürfe werden laut, ...", "Es stehen Vorwürfe im Raum, ..."
_RAISED = frozenset({("laut",), ("werden", "laut"), ("wurden", "laut"), ("im", "Raum")})
# a relative pronoun opens a relative clause, no report ("die Forderung, die er stellte")
_RELATIVES = frozenset({"der", "die", "das", "den", "dem", "deren", "dessen", "denen", "welche", "welcher"})
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer"})
# a main clause goes on after the comma ("kein Problem mit einer Schuldzuweisung, jedoch war ...")
_COORDINATING = frozenset({"jedoch", "aber", "doch", "sondern", "und", "oder", "denn", "sowie", "also"})


@functools.cache
def _nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in word_list("quotes_speech_nouns.txt"))


def _speech_noun(text: str) -> bool:
    """ "Vorwurf", and compounds ending in one ("Korruptionsvorwurf", "Rücktrittsforderung")."""
    if not text[:1].isupper():
        return False
    lowered = text.lower()
    return lowered in _nouns() or any(len(n) > 6 and lowered.endswith(n) for n in _nouns())


def _relative(words: list[Word], k: int, last: int) -> bool:
    """ "..., die er stellte" / "..., in dem ...": a relative clause, not the noun's content. A
    noun after the article ("..., die Regierung sei ...", "..., in der Sache nachzugeben") makes
    it a phrase of the report."""
    r = k + 1 if words[k].text[:1].islower() and words[k].text not in _RELATIVES else k
    if r >= last or words[r].text not in _RELATIVES:
        return False
    j = r + 1  # "..., die neue Rebsorte werde ...": adjectives before the noun
    while (
        j < last
        and words[j].text[:1].islower()
        and len(words[j].text) > 3
        and words[j].text.endswith(_ADJECTIVE_ENDINGS)
    ):
        j += 1
    return not (j < last and words[j].capitalised)


def _reported(words: list[Word], k: int, end: int) -> bool:
    """The clause at ``k`` is what is said: "dass"/"ob", Konjunktiv I in its first part ("die
    Regierung habe gelogen") or a "zu"-infinitive ("die Brücke zu sanieren")."""
    if words[k].text in _OPENERS:
        return True
    if words[k].text in _COORDINATING or _relative(words, k, end):
        return False
    first_part = k
    while first_part < end and words[first_part].text != ",":
        first_part += 1
    return any(subjunctive(w.text) for w in words[k:first_part]) or infinitive(words[k:end])


def _owner_phrase(words: list[Word], noun: int, comma: int) -> bool:
    """The words between the noun and its comma are its owner or addressee, no verb: "der
    Regierung an die Zeitung", "von Stadtpräsident Imhof"."""
    if comma == noun + 1 or tuple(w.text for w in words[noun + 1 : comma]) in _RAISED:
        return True
    if words[noun + 1].text not in _OWNER_LINKS:
        return False
    for w in words[noun + 1 : comma]:
        lower = w.text[:1].islower()
        if w.punct or w.text in QUOTE_MARKS:
            return False
        if lower and w.text not in _PHRASE_WORDS and not w.text.endswith((*_ADJECTIVE_ENDINGS, "-")):
            return False
    return True


def _owner(speakers: Speakers, first: int, noun: int, comma: int) -> Attribution:
    """Whose noun it is: a genitive after it, a genitive name before it, else the noun itself."""
    words = speakers.words
    if comma > noun + 1 and words[noun + 1].text in _GENITIVES:
        end = noun + 2
        while end < comma and words[end].text not in {"an", "gegen"}:
            end += 1
        found = speakers.source_after(noun, end)
        if found is not None:
            return found
    before = noun - 1
    if before >= first and speakers.mention_at[before] is not None and words[before].text.endswith("s"):
        found = speakers._speaker_word(before)  # "Frankreichs Forderung, ..."
        if found is not None:
            return found
    # the noun with its article and adjectives ("die neue Forderung"); a verb before a bare noun
    # stays out ("kommen Aufrufe")
    start, j = noun, noun - 1
    while j >= first and words[j].text[:1].islower() and words[j].text.lower() not in _ARTICLES:
        if not words[j].text.endswith(_ADJECTIVE_ENDINGS):
            break
        j -= 1
    if j >= first and words[j].text.lower() in _ARTICLES:
        start = j
    return _holder(speakers, first, start) or Attribution(
        None, Span(words[start].start, words[noun].end), None
    )


# words before the noun that make its holder someone else than the clause's subject: "Der Richter
# lehnte die Forderung ... ab", "Er wandte sich gegen die Behauptung", "trotz der Warnung"
_AGAINST = frozenset(
    {"ab", "zurück", "gegen", "entgegen", "trotz", "auf", "abgelehnt", "zurückgewiesen", "lehnte", "lehnten"}
    | {"wies", "wiesen", "widersprach", "widersprachen", "folgte", "folgten"}
)


def _holder(speakers: Speakers, first: int, start: int) -> Attribution | None:
    """ "Die Forscher formulierten die Hypothese, dass ...", "Die Gemeinde fasste den Beschluss":
    the clause's subject holds the noun it names; not when the noun is what the subject rejects."""
    words = speakers.words
    # "Da die Lage unklar war, erteilten sie den Befehl": the clause after the last comma
    first = max((k + 1 for k in range(first, start) if words[k].text == ","), default=first)
    if start <= first or any(w.text in _AGAINST or w.punct for w in words[first:start]):
        return None
    found = speakers.subject(first, start) or speakers.noun_phrase(first, start)
    if found is None and first + 2 < start and words[first + 1].text[:1].islower():
        found = speakers.noun_phrase(first + 2, start)  # "So fassten die Grünen den Beschluss"
    return found


def noun_clause(speakers: Speakers, inside: list[bool], first: int, last: int) -> Quote | None:
    """The clause after a speech noun and its comma, with the noun's owner as its speaker."""
    words = speakers.words
    for noun in range(first, last - _MIN_CLAUSE):
        if inside[noun] or not _speech_noun(words[noun].text):
            continue
        if noun > first and words[noun - 1].text == "im":
            continue  # "Serbien stand im Verdacht, ... zu haben": a state, nothing said
        comma = next(
            (c for c in range(noun + 1, min(last, noun + 2 + _OWNER)) if words[c].text in {",", ":"}), None
        )
        if comma is None or inside[comma] or not _owner_phrase(words, noun, comma):
            continue
        k = comma + 1
        end = _clause_end(words, k, last)
        # a partial quote inside the clause is part of the report ("es handle sich um „Willkür“")
        if end - k < _MIN_CLAUSE or 2 * sum(inside[k:end]) > end - k or not _reported(words, k, end):
            continue
        if words[k].text in _OPENERS:
            k += 1
        who = _owner(speakers, first, noun, comma)
        cue = Span(words[noun].start, words[noun].end)
        span = Span(words[k].start, words[end - 1].end)
        return Quote(span, QuoteKind.INDIRECT, who.speaker, who.speaker_span, cue)
    return None


def noun_owner(speakers: Speakers, first: int, open_: int) -> Attribution | None:
    """ "Auf den Vorwurf der SVP, es handle sich um einen «sozialistischen Antrag», entgegneten
    die Befürworter ...": words in marks inside the reported clause after a speech noun and its
    comma are the noun's owner's words, not those of the speech verb that answers them."""
    words = speakers.words
    for noun in range(first, open_ - 2):
        if speakers.quoted[noun] or not _speech_noun(words[noun].text):
            continue
        if noun > first and words[noun - 1].text == "im":
            continue  # "im Verdacht, ...": a state, nothing said
        comma = next(
            (c for c in range(noun + 1, min(open_, noun + 2 + _OWNER)) if words[c].text == ","), None
        )
        if comma is None or speakers.quoted[comma] or not _owner_phrase(words, noun, comma):
            continue
        k = comma + 1
        if k >= open_ or not _reported(words, k, open_):
            continue
        if any(not speakers.quoted[j] and speakers.is_cue(j) for j in range(k, open_)):
            continue  # "..., erklärte der Minister, dass «...»": the verb's subject speaks
        who = _owner(speakers, first, noun, comma)
        return Attribution(who.speaker, who.speaker_span, Span(words[noun].start, words[noun].end))
    return None


def _clause_end(words: list[Word], k: int, last: int) -> int:
    """ "Dem Appell der Polizei, sich zu stellen, folgte er nicht": an infinitive ends at its
    comma, where the main clause goes on; other clauses run to the end of the sentence."""
    for c in range(k + 1, last):
        if words[c].text == ",":
            if zu_infinitive(words, c - 1):
                return c
            break
    return trim_end(words, k, last)


# verbs that insist on what "darauf" announces: "Die Gemeinde besteht darauf, dass ...", "Der
# Verband beruft sich darauf, dass ...", "Beide Kantone legten Wert darauf, dass ..."
_INSISTS = frozenset(
    {"besteht", "bestehen", "bestand", "bestanden", "beharrt", "beharren", "beharrte", "beharrten"}
    | {"beruft", "berufen", "berief", "beriefen", "Wert"}
)
_INSIST_REACH = 6  # words from the verb to "darauf" ("bestehen jedoch weiterhin darauf")


def insists_on(speakers: Speakers, inside: list[bool], first: int, last: int) -> Quote | None:
    """The clause after "besteht darauf," / "beruft sich darauf," / "legt Wert darauf,", its
    speaker the subject of the verb."""
    words = speakers.words
    for d in range(first + 1, last - _MIN_CLAUSE):
        if words[d].text != "darauf" or words[d + 1].text != "," or inside[d]:
            continue
        verb = next(
            (v for v in range(d - 1, max(first, d - _INSIST_REACH) - 1, -1) if words[v].text in _INSISTS),
            None,
        )
        if verb is None:
            continue
        if words[verb].text == "Wert":
            verb -= 1  # "legten Wert": the verb before the noun
            if verb < first or not words[verb].text[:1].islower():
                continue
        k = d + 2
        end = _clause_end(words, k, last)
        if end - k < _MIN_CLAUSE or any(inside[k:end]) or not _reported(words, k, end):
            continue
        if words[k].text in _OPENERS:
            k += 1
        who = speakers.around(verb, first, d)
        span = Span(words[k].start, words[end - 1].end)
        return Quote(span, QuoteKind.INDIRECT, who.speaker, who.speaker_span, who.cue)
    return None
