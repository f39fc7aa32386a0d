"""The subject of a main clause that introduces a quote without a speech verb of its own:
"Der Bundestrainer zeigte sich zufrieden: „…“", "In der ARD zeigt sich der Bundestrainer
zufrieden: „…“", "Den Unmut brachte die Sprecherin der Fraktion, Annette Muster, zum Ausdruck:".

German puts one phrase before the finite verb. When that phrase is a preposition phrase, an
adverb or an object (an article in the dative or accusative), the subject follows the verb;
otherwise the first noun phrase is the subject.
"""

from __future__ import annotations

from lagebild.analyse.quotes_speaker import Attribution, SpeakerWords
from lagebild.analyse.quotes_words import _INFLECTED
from lagebild.language.de.lexicon import months
from lagebild.model import EntityType, Span

__all__ = ["main_subject", "prefield_verb", "subject_after_verb", "time_phrase_end"]

_PREPOSITIONS = frozenset(
    [
        "in",
        "im",
        "ins",
        "auf",
        "am",
        "an",
        "bei",
        "beim",
        "nach",
        "vor",
        "zu",
        "zum",
        "zur",
        "mit",
        "für",
        "gegenüber",
        "über",
        "unter",
        "aus",
        "von",
        "vom",
        "seit",
        "während",
        "trotz",
        "wegen",
        "gegen",
        "durch",
        "neben",
        "zwischen",
        "angesichts",
        "hinsichtlich",
        "bezüglich",
    ]
)
# articles of an object before the verb ("Den Unmut brachte ...", "Dem Sender sagte ...")
_OBJECT_ARTICLES = frozenset({"den", "dem", "einen", "einem"})
_ARTICLES = frozenset(
    [
        "der",
        "die",
        "das",
        "des",
        "dem",
        "den",
        "ein",
        "eine",
        "einer",
        "eines",
        "einem",
        "einen",
        "sein",
        "seine",
        "seiner",
        "seinem",
        "seinen",
        "ihr",
        "ihre",
        "ihrer",
        "ihrem",
        "ihren",
        "dieser",
        "diese",
        "dieses",
        "diesem",
        "diesen",
        "dessen",
        "deren",
    ]
)
# words between the verb and its subject: "äußerte sich jedoch der Minister"
_FILLERS = frozenset(
    [
        "sich",
        "auch",
        "jedoch",
        "nun",
        "dann",
        "bereits",
        "schon",
        "zudem",
        "dazu",
        "daher",
        "dabei",
        "ebenfalls",
        "allerdings",
        "indes",
        "unterdessen",
        "inzwischen",
        "jetzt",
        "heute",
        "gestern",
        "später",
        "zuvor",
        "erneut",
        "noch",
        "nur",
    ]
)
_HABEN = frozenset({"hat", "hatte", "hatten", "haben", "habe", "hätte", "hätten"})
_PREFIELD_WORDS = 10  # words a phrase before the verb may have
_DASHES = frozenset({"–", "—", "-"})
_ASIDE = 14  # words of an aside in dashes between the verb and its subject


# nouns of a view after "sein": "X ist der Ansicht, dass ..."
_VIEWS = frozenset({"Meinung", "Auffassung", "Überzeugung", "Ansicht", "Ansichten", "Einschätzung"})


# prepositions after a noun that begin an adverbial, not an attribute of the subject
_NOT_ATTRIBUTES = frozenset(
    {"am", "um", "seit", "während", "gegenüber", "vor", "nach", "bei", "beim", "durch", "ins", "mit"}
)


def _after_phrase(sp: SpeakerWords, j: int, end: int) -> int | None:
    """The index after a noun phrase beginning at ``j`` (articles, adjectives, nouns, a genitive
    attribute), or None when no capitalised noun follows."""
    noun = False
    k = j
    while k < min(end, j + _PREFIELD_WORDS):
        word = sp.words[k]
        lowered = word.text.lower()
        if word.punct and word.text not in "()":
            break
        # "der ai-Bericht": a compound after a lower-case abbreviation is a noun too
        compound = "-" in word.text and word.text.partition("-")[2][:1].isupper()
        if word.capitalised or compound or word.text[:1].isdigit() or word.text in "()":
            noun = noun or word.capitalised or compound
        elif lowered in _ARTICLES or lowered in _PREPOSITIONS:
            if noun and lowered not in {"des", "der", "eines", "einer"} | _PREPOSITIONS:
                break
            if noun and lowered in _NOT_ATTRIBUTES:
                break  # "der Minister am Freitag": a time, not part of the subject
        elif (not noun or sp.words[k - 1].text.lower() in _ARTICLES | _PREPOSITIONS) and word.text.endswith(
            _INFLECTED
        ):
            pass  # an adjective before the noun: "der abgesagten Parade", "aus Mangel an neuen Funden"
        else:
            break
        k += 1
    return k if noun else None


def subject_after_verb(sp: SpeakerWords, verb: int, end: int) -> Attribution | None:
    """The subject right after a finite verb, behind "sich", adverbs and an aside in dashes
    ("Dies gab heute – nach der Sitzung – der Gemeinderat bekannt")."""
    j = verb + 1
    while j < end and sp.words[j].text in _FILLERS:
        j += 1
    if j < end and sp.words[j].text in _DASHES:
        close = next(
            (k for k in range(j + 1, min(end, j + _ASIDE)) if sp.words[k].text == sp.words[j].text), None
        )
        j = j if close is None else close + 1
    if j >= end:
        return None
    found = sp._speaker_word(j)
    if found is not None:
        return found
    titled = _title_after_article(sp, j, end)
    if titled is not None:
        return titled
    # "sprechen Medienberichte von ...", "haben Anhänger der Organisation gedroht": after a
    # speech verb or "haben" a plural noun without an article is a subject too; not after
    # "wurde" ("wurde Alkohol im Blut festgestellt")
    speaks = sp.words[verb].text in _HABEN or sp.is_cue(verb)
    bare = speaks and sp.words[j].capitalised and not sp.words[j].punct and not sp.quoted[j]
    # "Das berichten arabische Medien": an adjective before the bare plural noun
    bare = bare or (
        speaks
        and j + 1 < end
        and sp.words[j].text[:1].islower()
        and sp.words[j].text.endswith(("e", "en"))
        and sp.words[j].text.lower() not in _ARTICLES
        and sp.words[j + 1].capitalised
        and not sp.words[j + 1].punct
        and not sp.quoted[j + 1]
    )
    if not bare and (
        sp.words[j].text.lower() not in _ARTICLES or sp.words[j].text.lower() in _OBJECT_ARTICLES
    ):
        return None
    stop = _after_phrase(sp, j if bare else j + 1, end)
    if stop is None or sp.words[stop - 1].text in _VIEWS:
        return None  # "ist der Ansicht, dass": the view, not who holds it
    while stop - 1 > j and sp.words[stop - 1].text in _PREPOSITIONS:
        stop -= 1  # "dessen Stellvertreter über die ...": the preposition opens the next phrase
    span = Span(sp.words[j].start, sp.words[stop - 1].end)
    # "die Sprecherin der Fraktion, Annette Muster,": the name in apposition is the entity
    if stop + 1 < end and sp.words[stop].text == ",":
        index = sp.mention_at[stop + 1]
        if index is not None and sp.article.mentions[index].type is EntityType.PER:
            return Attribution(sp.article.mentions[index].entity, span, None)
    for k in range(j, stop):
        index = sp.mention_at[k]
        if index is not None and sp.article.mentions[index].type is EntityType.PER:
            return Attribution(sp.article.mentions[index].entity, span, None)
    return Attribution(None, span, None)


_TITLE_WORDS = 5  # words of a newspaper's name in marks: „Oltner Anzeiger“


def _title_after_article(sp: SpeakerWords, j: int, end: int) -> Attribution | None:
    """ "Den Schaden beziffert der „Oltner Anzeiger“ auf ...": an article and a short name in
    marks after the verb is its subject (a newspaper, a programme)."""
    if j + 2 >= end or sp.words[j].text not in {"der", "die", "das"} or sp.words[j + 1].text not in "„»“":
        return None
    close = next((k for k in range(j + 2, min(end, j + 3 + _TITLE_WORDS)) if sp.words[k].text in "“«”"), None)
    if close is None or close == j + 2 or not sp.words[j + 2].capitalised:
        return None
    return _phrase(sp, j, close + 1)


def prefield_verb(sp: SpeakerWords, first: int, end: int, starters: frozenset[str]) -> int | None:
    """The finite verb after a phrase that is no subject (a preposition phrase, an adverb, an
    object) at the start of words ``first`` to ``end``; None when the clause opens otherwise."""
    j = first
    while j < end and sp.words[j].punct:
        j += 1
    if j >= end:
        return None
    lowered = sp.words[j].text.lower()
    verb: int | None = None
    if lowered in _PREPOSITIONS or lowered in _OBJECT_ARTICLES:
        start = j + 1 if lowered in _PREPOSITIONS else j
        if start < end and sp.words[start].text.lower() in _ARTICLES:
            start += 1
        verb = _after_phrase(sp, start, end)
    elif sp.words[j].text in starters and sp.mention_at[j] is None:
        verb = j + 1
    else:
        verb = time_phrase_end(sp, j, end)
    if verb is None or verb >= end:
        return None
    if not sp.words[verb].text[:1].islower() or sp.words[verb].text.lower() in _ARTICLES:
        return None
    return verb


_PARTS = frozenset({"Ende", "Anfang", "Mitte"})


def time_phrase_end(sp: SpeakerWords, j: int, end: int) -> int | None:
    """The index after a time opening the clause ("Ende Januar 2006 verkündete der Verband"),
    which is no subject; None when the clause opens otherwise."""
    if sp.words[j].text not in _PARTS or j + 1 >= end:
        return None
    following = sp.words[j + 1].text
    if following not in months() and not following.isdigit():
        return None
    k = j + 2
    while k < end and sp.words[k].text.isdigit():
        k += 1
    return k


def main_subject(sp: SpeakerWords, first: int, end: int, starters: frozenset[str]) -> Attribution | None:
    """The subject after the verb of a clause that opens with another phrase; None when the
    clause opens with its subject or no subject is found."""
    verb = prefield_verb(sp, first, end, starters)
    return None if verb is None else subject_after_verb(sp, verb, end)


def _phrase(sp: SpeakerWords, start: int, end: int) -> Attribution:
    """Words ``start`` to ``end`` as speaker words, with the organisation or person they name."""
    entity = None
    for k in range(start, end):
        index = sp.mention_at[k]
        if index is not None:
            entity = sp.article.mentions[index].entity
    return Attribution(entity, Span(sp.words[start].start, sp.words[end - 1].end), None)
