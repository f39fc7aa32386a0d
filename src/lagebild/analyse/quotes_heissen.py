"""Documents that "heißt es" quotes when they stand far from it: "In der Vorabversion des
Berichts, der ins Netz gestellt wurde, heißt es, ...", "In der Ankündigung des Komitees von
heute Mittag heißt es, ...", "eine Erklärung der Behörde, in der es heißt, ...". Each finder
gives the words of the document (start and end index); :func:`document_source` the speaker
words for a "heißt es" or a passive speech verb ("In einer Mitteilung wurde verkündet").
"""

from __future__ import annotations

from lagebild.analyse.quotes_speaker import Attribution, SpeakerWords
from lagebild.analyse.quotes_subject import (
    _FILLERS,
    _HABEN,
    _PREPOSITIONS,
    _after_phrase,
    _phrase,
    prefield_verb,
)
from lagebild.analyse.quotes_words import _DETERMINERS, _INFLECTED

__all__ = ["document_before", "document_source", "passive_document", "relative_document"]

# words inside a document's name besides nouns and adjectives ("der Behörde für Informations-
# und Kommunikationstechnologie")
_LINKS = _DETERMINERS | {"für", "und", "dieser", "diese", "dieses", "diesem", "seiner", "ihrer"}


_IN = frozenset({"in", "im"})
_RELATIVES = frozenset({"der", "die", "das", "dem", "denen", "welcher", "welchem"})
# nouns of a document a passive speech verb quotes: "In einer Presseerklärung wurde verkündet"
_CARRIERS = (
    "erklärung",
    "mitteilung",
    "bericht",
    "berichten",
    "schreiben",
    "brief",
    "studie",
    "papier",
    "meldung",
    "stellungnahme",
    "kommuniqué",
    "communiqué",
    "dokument",
    "protokoll",
)
_DOCUMENT_WORDS = 14  # words of "In der Ankündigung des Komitees von heute Mittag"


def document_before(sp: SpeakerWords, cue: int, first: int) -> tuple[int, int] | None:
    """ "In der Vorabversion des Berichts, der ins Netz gestellt wurde, heißt es": the document
    before a relative clause, or a long one ("In der Ankündigung des Komitees von heute Mittag
    heißt es"), when "In" opens the sentence and nothing but the document stands before the verb."""
    if sp.words[first].text.lower() not in _IN or cue - first > 2 * _DOCUMENT_WORDS:
        return None
    comma = next((k for k in range(first, cue) if sp.words[k].text == ","), None)
    if comma is None:
        if cue - first > _DOCUMENT_WORDS or any(sp.words[k].punct or sp.quoted[k] for k in range(first, cue)):
            return None
        return first, cue
    if sp.words[cue - 1].text != "," or comma + 1 >= cue or sp.words[comma + 1].text not in _RELATIVES:
        return None
    return first, comma


def relative_document(sp: SpeakerWords, es: int, first: int) -> tuple[int, int] | None:
    """ "eine Erklärung der Behörde, in der es heißt, ...": the phrase before ", in der" is the
    document the relative clause quotes."""
    if es - 3 < first or sp.words[es - 1].text not in _RELATIVES or sp.words[es - 2].text not in _IN:
        return None
    comma = es - 3
    if sp.words[comma].text != ",":
        return None
    start = comma
    while (
        start > first
        and comma - start < _DOCUMENT_WORDS
        and not sp.words[start - 1].punct
        and (
            sp.words[start - 1].capitalised
            or sp.words[start - 1].text.lower() in _LINKS
            or sp.words[start - 1].text.endswith(_INFLECTED)
        )
    ):
        start -= 1
    while (
        start < comma and sp.words[start].text.lower() not in _DETERMINERS and not sp.words[start].capitalised
    ):
        start += 1
    if start >= comma:
        return None
    return start, comma


def passive_document(sp: SpeakerWords, aux: int, first: int) -> tuple[int, int] | None:
    """ "In einer Presseerklärung, die am Mittwoch veröffentlicht wurde, wurde verkündet, dass":
    a passive speech verb without an agent quotes the document the clause opens with."""
    found = document_before(sp, aux, first)
    if found is None:
        return None
    start, end = found
    if not any(sp.words[k].text.lower().endswith(_CARRIERS) for k in range(start, end)):
        return None
    return found


_HEISSEN = frozenset({"heißt", "hieß", "heisst", "hiess", "geheißen"})
_PASSIVES = frozenset({"wurde", "wird", "wurden", "werden"})
_ASIDES = frozenset({("unter", "anderem"), ("unter", "anderen"), ("zum", "Beispiel")})
_PURPOSES = frozenset({"zu", "zum", "zur", "für", "über", "mit", "gegen", "wegen", "trotz"})


def document_source(sp: SpeakerWords, cue: int, first: int, stop: int) -> Attribution | None:
    """ "heißt es in einer Mitteilung der Polizei", "Auf der Homepage heißt es": the document
    named by the preposition phrase after or before "heißt es" is the source."""
    es = cue - 1
    if (
        sp.words[cue].text in _HEISSEN
        and es - 2 > first
        and (sp.words[es - 1].text, sp.words[es].text) in _ASIDES
    ):
        es -= 2  # "des Gesetzes, in dem es unter anderem heißt"
    if sp.words[cue].text in _HEISSEN and es > first and sp.words[es].text == "es":
        found = relative_document(sp, es, first)  # "eine Erklärung, in der es heißt"
        if (
            found is None
            and sp.words[es - 1].text in _HABEN
            and sp.words[first].text.lower() in _PREPOSITIONS
        ):
            # "In den ersten Berichten hatte es geheißen, ...": the phrase before the auxiliary
            verb = prefield_verb(sp, first, es, frozenset())
            found = (first, verb) if verb == es - 1 else None
        return None if found is None else _phrase(sp, *found)
    if sp.words[cue - 1].text in _PASSIVES:
        found = passive_document(sp, cue - 1, first)  # "In einer Mitteilung wurde verkündet"
        return None if found is None else _phrase(sp, *found)
    if sp.words[cue].text not in _HEISSEN or cue + 1 >= stop or sp.words[cue + 1].text != "es":
        return None
    j = cue + 2
    while j < stop and sp.words[j].text in _FILLERS | {"dazu", "weiter", "wörtlich", "darin"}:
        j += 1
    # "heißt es in einer Mitteilung", not "heißt es zur Begründung" (what for, not where)
    if j < stop and sp.words[j].text.lower() in _PREPOSITIONS - _PURPOSES:
        end = _after_phrase(sp, j + 1, stop)
        if end is not None:
            return _phrase(sp, j, end)
    verb = prefield_verb(sp, first, cue + 1, frozenset())
    if verb == cue and sp.words[first].text.lower() in _PREPOSITIONS:
        return _phrase(sp, first, cue)
    found = document_before(sp, cue, first)  # "In der Vorabversion des Berichts, der ..., heißt es"
    if found is None and cue - first <= 1 and sp.words[first].initial and (j >= stop or sp.words[j].punct):
        found = previous_document(sp, first)  # "Die Zeitung brachte einen Bericht. So heißt es, ..."
    return None if found is None else _phrase(sp, *found)


_OPENERS = frozenset(
    {"der", "die", "das", "dem", "den", "des", "ein", "eine", "einen", "einem", "einer", "eines"}
    | {"sein", "seinen", "seinem", "seiner", "ihr", "ihren", "ihrem", "ihrer", "dieser", "diesen", "diesem"}
)


def previous_document(sp: SpeakerWords, first: int) -> tuple[int, int] | None:
    """The last document the sentence before names ("brachten viele Medien seinen Bericht"), for
    a "So heißt es, ..." that names none of its own."""
    if first == 0 or sp.words[first - 1].block != sp.words[first].block:
        return None
    k = first - 1
    sentence = sp.words[k].sentence
    while k >= 0 and sp.words[k].sentence == sentence:
        word = sp.words[k]
        if word.capitalised and not sp.quoted[k] and word.text.lower().endswith(_CARRIERS):
            start = k
            while start - 1 >= 0 and sp.words[start - 1].sentence == sentence and not sp.quoted[start - 1]:
                before = sp.words[start - 1].text
                if before.lower() in _OPENERS:
                    start -= 1
                    break
                if before[:1].isupper() or not before.endswith(_INFLECTED):
                    break
                start -= 1
            return start, k + 1
        k -= 1
    return None
