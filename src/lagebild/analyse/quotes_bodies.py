"""Names of public bodies with "für": "das Bundesamt für Energie", "das Staatssekretariat für
Migration (SEM)", "das Eidgenössische Departement für auswärtige Angelegenheiten". The head noun
alone ("das Bundesamt") says little: the speaker words run to the end of the name, and an
abbreviation in brackets after it that the entity stage found ("(BAG)") is the speaker entity.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lagebild.model import EntityType, Span

if TYPE_CHECKING:
    from lagebild.analyse.quotes_words import Attribution, WordLookup

__all__ = ["body_at", "body_head", "body_name", "body_phrase"]

# heads of a body's name (lower case, matched at the end of the word: "Bundesamt", "Fachstelle")
_HEADS = (
    "amt",
    "amts",
    "amtes",
    "departement",
    "departements",
    "ministerium",
    "ministeriums",
    "sekretariat",
    "sekretariats",
    "behörde",
    "kommission",
    "institut",
    "instituts",
    "zentrum",
    "zentrums",
    "zentrale",
    "stiftung",
    "agentur",
    "direktion",
    "komitee",
    "komitees",
    "ausschuss",
    "ausschusses",
    "stelle",
    "anstalt",
    "konferenz",
    "büro",
    "büros",
    "verband",
    "verbands",
    "verbandes",
    "gesellschaft",
)
_ARTICLES = frozenset({"der", "die", "das", "den", "dem"})
_ENDINGS = ("e", "en", "er", "es", "em")
_REACH = 6  # words of the name after "für"


def body_head(text: str) -> bool:
    """ "Bundesamt", "Staatssekretariats", "Aufsichtsbehörde": a noun that heads a body's name."""
    return text[:1].isupper() and text.lower().endswith(_HEADS)


def body_name(lookup: WordLookup, j: int, stop: int) -> tuple[int, int | None] | None:
    """The last word of the name whose head is word ``j`` and the entity it names, when "für"
    follows the head ("Bundesamt für Gesundheit (BAG)" -> the ")" and the BAG); else None."""
    words = lookup.words
    sentence = words[j].sentence
    if not body_head(words[j].text) or j + 2 >= min(stop, len(words)) or words[j + 1].text != "für":
        return None
    last = None
    k = j + 2
    while k < min(stop, len(words), j + 2 + _REACH) and words[k].sentence == sentence:
        text = words[k].text
        if lookup.quoted[k] or (k > j + 2 and lookup.is_cue(k)):
            break
        if words[k].capitalised and not words[k].punct:
            last = k
        elif not (
            text in _ARTICLES
            or text == "und"
            or (text[:1].islower() and text.endswith(_ENDINGS))
            or (text == "," and _listed(lookup, k))
        ):
            break
        k += 1
    if last is None:
        return None
    entity = _entity_in(lookup, j, last)
    if last + 3 < len(words) and words[last + 1].text == "(" and words[last + 3].text == ")":
        # "(BAG)": the abbreviation the entity stage found
        index = lookup.mention_at[last + 2]
        if index is not None and lookup.article.mentions[index].type is EntityType.ORG:
            entity = lookup.article.mentions[index].entity
            last += 3
    return last, entity


def body_phrase(lookup: WordLookup, i: int, j: int, stop: int) -> Attribution | None:
    """The article at ``i`` and a body's name with "für" from word ``j`` ("Das Eidgenössische
    Departement für auswärtige Angelegenheiten"), or None when no such name stands there."""
    from lagebild.analyse.quotes_words import Attribution

    words = lookup.words
    if words[j].text.endswith(_ENDINGS) and j + 1 < stop and body_head(words[j + 1].text):
        j += 1  # "Das Eidgenössische Departement": the adjective opens the name
    body = body_name(lookup, j, stop)
    if body is None:
        return None
    return Attribution(body[1], Span(words[i].start, words[body[0]].end), None)


def body_at(lookup: WordLookup, j: int, stop: int) -> tuple[int, int | None] | None:
    """:func:`body_name` for a name from word ``j``, which may be its adjective
    ("Eidgenössischen Departements für auswärtige Angelegenheiten")."""
    words = lookup.words
    if words[j].text.endswith(_ENDINGS) and j + 1 < stop and body_head(words[j + 1].text):
        j += 1
    return body_name(lookup, j, stop)


def _listed(lookup: WordLookup, k: int) -> bool:
    """The comma at ``k`` lists parts of the name ("für Bildung, Forschung und Innovation")."""
    words = lookup.words
    return (
        k + 3 < len(words)
        and words[k + 1].capitalised
        and not words[k + 1].punct
        and "und" in (words[k + 2].text, words[k + 4].text if k + 4 < len(words) else "")
    )


def _entity_in(lookup: WordLookup, first: int, last: int) -> int | None:
    """The organisation mentioned by the words of the name, if the entity stage found it."""
    for k in range(first, last + 1):
        index = lookup.mention_at[k]
        if index is not None and lookup.article.mentions[index].type is EntityType.ORG:
            return lookup.article.mentions[index].entity
    return None
