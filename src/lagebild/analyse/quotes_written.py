"""Words in marks that no one speaks but something carries: a document, a poster, a sign.

"Im Entwurf des Gesetzes steht der Passus: „…“", "Auf dem Transparent war „…“ zu lesen", "ein
Zettel, auf dem geschrieben stand: „…“", "Stoffbänder mit der Aufschrift „…“", "Darauf waren die
Worte zu lesen: „…“". The carrier is the source: a locative phrase ("in/auf" and a noun phrase),
the noun a relative clause "auf dem ..." reaches back to, or a pointer ("Darauf", "dort").
A sentence that names a person is left to the other finders ("Müller stand auf dem Podium").
"""

from __future__ import annotations

from lagebild.analyse.entities_words import Word
from lagebild.analyse.quotes_speaker import Attribution, SpeakerWords
from lagebild.analyse.quotes_subject import prefield_verb
from lagebild.analyse.quotes_words import _INFLECTED, _OPENING_MARKS, _PRONOUNS
from lagebild.model import EntityType, Quote, QuoteKind, Span

__all__ = ["document_after", "written_clause", "written_source"]

# documents a source "nach" names with an article ("Nach dem Artikel 65 des Grundgesetzes", "nach
# einem Bericht der BBC"); not "Urteil" or "Erklärung", after which "nach" is mostly a time
_DOCUMENTS = (
    "artikel",
    "paragraf",
    "paragraph",
    "gesetz",
    "gesetzes",
    "entwurf",
    "bericht",
    "berichten",
    "meldung",
)
_DOCUMENT_ARTICLES = frozenset({"dem", "einem", "den", "der", "einer"})

_STEHEN = frozenset({"steht", "stand", "standen", "stehen", "stehe", "stünde"})
_FINDEN = frozenset({"fand", "fanden", "findet", "finden"})
_ZU = frozenset({"lesen", "finden", "sehen"})  # "war „…“ zu lesen"
# "Stoffbänder mit der Aufschrift „…“": the noun before carries the words; not "Anhänger der
# Gruppe mit der Parole „…“", a slogan people chant
_INSCRIPTIONS = frozenset({"Aufschrift", "Inschrift", "Aufschriften"})
_LOCATIVES = frozenset({"in", "im", "auf"})
# dative articles after "in"/"auf": a place, not a direction ("auf die Frage")
_DATIVE = frozenset(
    {"dem", "der", "den", "einem", "einer", "ihrem", "ihrer", "seinem", "seiner", "diesem", "dieser", "deren"}
)
_ARTICLES = frozenset({"der", "die", "das", "dem", "den", "ein", "eine", "einem", "einen", "einer", "eines"})
_GENITIVES = frozenset({"des", "der", "eines", "einer"})
_RELATIVES = frozenset({"dem", "der", "denen", "welchem", "welcher"})
# "Darauf waren die Worte zu lesen": the pointer is the carrier's place in its own sentence
_POINTERS = frozenset({"darauf", "darin", "dort", "hierauf", "hierin", "daran"})
_PHRASE_WORDS = 8  # words of "einem internen Schreiben der Geschäftsleitung"


def document_after(words: list[Word], j: int, last: int) -> bool:
    """An article and a document noun at word ``j`` ("dem Gesetzesentwurf", "einem Bericht")."""
    if words[j].text.lower() not in _DOCUMENT_ARTICLES:
        return False
    k = j + 1
    while k < last - 1 and words[k].text[:1].islower() and words[k].text.endswith(_INFLECTED):
        k += 1  # "einem vertraulichen Bericht"
    return k < last and words[k].capitalised and words[k].text.lower().endswith(_DOCUMENTS)


def _cue(sp: SpeakerWords, k: int, first: int, last: int, colon: bool) -> bool:
    """A verb that tells where words are written: "steht:", "fand sich", "zu lesen", "die Rede"."""
    text = sp.words[k].text
    if text in _STEHEN:
        # "stand Müller Rede und Antwort": only before a colon or after "geschrieben"
        return colon or (k > first and sp.words[k - 1].text == "geschrieben")
    if text in _ZU and k > first and sp.words[k - 1].text == "zu":
        # "ist in der Behauptung zu finden „…“"; not "waren 50 Themen zu finden, darunter „…“"
        return text == "lesen" or colon or (k + 1 < last and sp.words[k + 1].text in _OPENING_MARKS)
    if text in _FINDEN:
        return any(sp.words[j].text == "sich" for j in range(max(first, k - 2), min(last, k + 3)))
    return text == "Rede" and k > first and sp.words[k - 1].text == "die"


def _phrase_end(sp: SpeakerWords, j: int, last: int) -> int | None:
    """The index after the noun phrase at ``j`` (an article, adjectives, nouns and genitives:
    "einem internen Schreiben der Geschäftsleitung"); None without a noun."""
    k = j
    noun = False
    while k < min(last, j + _PHRASE_WORDS):
        word = sp.words[k]
        if sp.quoted[k] or word.punct:
            break
        lowered = word.text.lower()
        if word.capitalised:
            noun = True
        elif noun and lowered not in _GENITIVES:
            break  # "dem Entwurf für": a preposition after the noun opens the next phrase
        elif not (
            k == j or lowered in _GENITIVES or word.text.endswith(_INFLECTED) or word.text[:1].isdigit()
        ):
            break
        k += 1
    while k > j and not sp.words[k - 1].capitalised:
        k -= 1  # "dem Gesetzentwurf des": a genitive article without its noun
    return k if noun else None


def _span(sp: SpeakerWords, start: int, end: int) -> Attribution:
    entity = None
    for k in range(start, end):
        index = sp.mention_at[k]
        if index is not None and sp.article.mentions[index].type is not EntityType.PER:
            entity = sp.article.mentions[index].entity
    return Attribution(entity, Span(sp.words[start].start, sp.words[end - 1].end), None)


def _locative(sp: SpeakerWords, first: int, last: int) -> Attribution | None:
    """The first "in/auf" and a noun phrase in the dative: "In der Zeitung", "auf dem Plakat"."""
    for k in range(first, last - 1):
        if sp.quoted[k] or sp.words[k].text.lower() not in _LOCATIVES:
            continue
        article = sp.words[k + 1].text.lower()
        if sp.words[k].text.lower() != "im" and article not in _DATIVE:
            continue
        end = _phrase_end(sp, k + 1, last)
        if end is not None:
            return _span(sp, k, end)
    return None


def _noun_start(sp: SpeakerWords, k: int, first: int) -> int:
    """The start of the noun phrase that ends with the noun at ``k``: its article and adjectives."""
    start = k
    while start - 1 >= first and not sp.quoted[start - 1] and not sp.words[start - 1].punct:
        before = sp.words[start - 1]
        if before.text.lower() in _ARTICLES:
            return start - 1  # "ein Zettel": the article opens the phrase
        if before.capitalised or not before.text.endswith(_INFLECTED):
            break
        start -= 1
    return start


def _antecedent(sp: SpeakerWords, first: int, cue: int) -> Attribution | None:
    """ "ein Zettel kleben, auf dem geschrieben stand": the noun before ", auf dem"."""
    for c in range(cue - 2, first, -1):
        if sp.words[c].text != ",":
            continue
        if sp.words[c + 1].text.lower() not in _LOCATIVES or sp.words[c + 2].text not in _RELATIVES:
            return None
        noun = c - 1
        if noun > first and not sp.words[noun].capitalised and sp.words[noun - 1].capitalised:
            noun -= 1  # "ein Zettel kleben, auf dem": the verb of the clause stands between
        if noun < first or not sp.words[noun].capitalised or sp.quoted[noun] or sp.words[noun].punct:
            return None
        return _span(sp, _noun_start(sp, noun, first), noun + 1)
    return None


def _names_person(sp: SpeakerWords, first: int, end: int) -> bool:
    for k in range(first, end):
        if sp.quoted[k]:
            continue
        if sp.words[k].text in _PRONOUNS:
            return True
        index = sp.mention_at[k]
        if index is not None and sp.article.mentions[index].type is EntityType.PER:
            return True
    return False


def _previous_locative(sp: SpeakerWords, first: int) -> Attribution | None:
    """ "Auf ihrer Homepage fanden sich Videos. Auch das Motiv fand sich dort": "dort" reaches
    back to the place the sentence before opens with."""
    if first == 0 or sp.words[first - 1].block != sp.words[first].block:
        return None
    start = first - 1
    while start > 0 and sp.words[start - 1].sentence == sp.words[first - 1].sentence:
        start -= 1
    if sp.words[start].text.lower() not in _LOCATIVES:
        return None
    return _locative(sp, start, first)


def written_source(sp: SpeakerWords, first: int, last: int, open_: int) -> Attribution | None:
    """The carrier and the carrier verb (or "Aufschrift") as the quote's source; None elsewhere."""
    found, cue = _carrier(sp, first, last, open_)
    if found is None or cue is None:
        return None
    return Attribution(found.speaker, found.speaker_span, Span(sp.words[cue].start, sp.words[cue].end))


def _other_cue(sp: SpeakerWords, first: int, last: int, cue: int) -> bool:
    """A speech verb besides the carrier verb: "sagte Müller, im Bericht stehe: „…“" is his."""
    return any(
        sp.is_cue(k) and not sp.quoted[k] and k != cue and sp.words[k].text != "geschrieben"
        for k in range(first, last)
    )


def _carrier(sp: SpeakerWords, first: int, last: int, open_: int) -> tuple[Attribution | None, int | None]:
    """The carrier of the words in marks opening at word ``open_`` in the sentence of words
    ``first`` to ``last``; None when no carrier verb or none of its carriers is there."""
    if open_ - 4 >= first and sp.words[open_ - 1].text in _INSCRIPTIONS and sp.words[open_ - 3].text == "mit":
        noun = open_ - 4
        if sp.words[noun].capitalised and not sp.words[noun].punct and not sp.quoted[noun]:
            return _span(sp, _noun_start(sp, noun, first), noun + 1), open_ - 1
    colon = open_ > first and sp.words[open_ - 1].text == ":"
    cue = next(
        (k for k in range(first, last) if not sp.quoted[k] and _cue(sp, k, first, last, colon)),
        None,
    )
    if cue is None or _names_person(sp, first, min(open_, cue)) or _other_cue(sp, first, last, cue):
        return None, None
    found = _antecedent(sp, first, cue)
    if found is None and sp.words[first].text.lower() in _POINTERS:
        found = _span(sp, first, first + 1)
    found = found or _locative(sp, first, max(open_, cue))
    pointer = next(
        (k for k in range(first, last) if sp.words[k].text in _POINTERS and not sp.quoted[k]), None
    )
    if found is None and pointer is not None:
        found = _previous_locative(sp, first) or _span(sp, pointer, pointer + 1)
    return found, cue


_MIN_CLAUSE = 3  # words of the clause after "steht, dass"


def written_clause(sp: SpeakerWords, inside: list[bool], first: int, last: int) -> Quote | None:
    """ "In einem Jahresbericht des Ministeriums steht, dass 42 Prozent ...": the clause after a
    document and "steht, dass" is what the document says, the document its source."""
    if sp.words[first].text.lower() not in _LOCATIVES:
        return None
    verb = prefield_verb(sp, first, last, frozenset())
    if verb is None or sp.words[verb].text not in _STEHEN or verb + 3 >= last:
        return None
    if sp.words[verb + 1].text != "," or sp.words[verb + 2].text != "dass":
        return None
    stop = last
    while stop > verb + 3 and sp.words[stop - 1].punct and not inside[stop - 1]:
        stop -= 1
    if stop - (verb + 3) < _MIN_CLAUSE or all(inside[verb + 3 : stop]):
        return None
    source = _span(sp, first, verb)
    span = Span(sp.words[verb + 3].start, sp.words[stop - 1].end)
    cue = Span(sp.words[verb].start, sp.words[verb].end)
    return Quote(span, QuoteKind.INDIRECT, source.speaker, source.speaker_span, cue)
