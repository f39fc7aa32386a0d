"""Who speaks for whom: an unnamed spokesperson speaks for the body named after the noun.

"sagte ein Sprecher der Stadtpolizei Zürich", "teilte eine Vertreterin von Stadler Rail mit",
"Wie eine Sprecherin des Bundesamts für Gesundheit (BAG) sagte": no person is named, so the
statement is the organisation's; the speaker words are the whole phrase. A named spokesperson
("sagte SBB-Sprecher Reto Schärli") stays the speaker (see :mod:`lagebild.analyse.quotes_words`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lagebild.model import EntityType, Span

if TYPE_CHECKING:
    from lagebild.analyse.quotes_words import Attribution, WordLookup

__all__ = ["spokes_for", "spokesperson"]

# nouns for one who speaks for a body ("Mediensprecherin", "Vertreter"); lower-cased
_SUFFIXES = ("sprecher", "sprecherin")
_NOUNS = frozenset({"vertreter", "vertreterin", "repräsentant", "repräsentantin"})
# what links the noun to its body: genitive ("der Polizei", "des Bundesamts") or "von"
_LINKS = frozenset({"der", "des", "von", "vom"})
# articles that introduce a new, unnamed person ("ein Sprecher"): the body speaks at once
INDEFINITE = frozenset({"ein", "eine", "einer", "einem", "eines"})
_DETERMINERS = INDEFINITE | {"der", "die", "dem", "den", "des"}
# words of a body's name between the link and its mention ("des Bundesamts für Gesundheit (BAG)")
_INSIDE = frozenset({"für", "und", "der", "des", "die", "dem", "(", "&"})
_ENDINGS = ("e", "en", "er", "es", "em")  # adjectives ("der kantonalen Polizei")
# a place or addressee follows the body: the name after it is no longer the body
_STOPS = frozenset({"in", "im", "aus", "nach", "bei", "beim", "am", "gegenüber", "vor", "auf", "zu"})
_REACH = 7  # words from the link to the body's mention


def spokesperson(word: str) -> bool:
    """ "Sprecher", "Polizeisprecherin", "Vertreter": one who speaks for a body."""
    low = word.lower()
    return low.endswith(_SUFFIXES) or low in _NOUNS


def spokes_for(lookup: WordLookup, i: int) -> Attribution | None:
    """The body the spokesperson at word ``i`` speaks for ("ein Sprecher der Stadtpolizei
    Zürich" -> the Stadtpolizei), or None when no organisation is named right after the noun."""
    from lagebild.analyse.quotes_words import Attribution

    words = lookup.words
    sentence = words[i].sentence
    j = i + 1
    if j >= len(words) or words[j].sentence != sentence or words[j].text not in _LINKS:
        return None
    if words[j].text == "von" and j + 1 < len(words) and words[j + 1].text in {"der", "dem", "den"}:
        j += 1  # "ein Sprecher von der Polizei"
    for k in range(j + 1, min(len(words), j + 1 + _REACH)):
        word = words[k]
        if word.sentence != sentence or lookup.quoted[k]:
            return None
        index = lookup.mention_at[k]
        if index is not None:
            mention = lookup.article.mentions[index]
            if mention.type is not EntityType.ORG:
                return None
            end = mention.span.end
            last = k
            while last + 1 < len(words) and words[last + 1].start < end:
                last += 1
            # "des Bundesamts für Gesundheit (BAG)": the abbreviation closes the name
            if k and words[k - 1].text == "(" and last + 1 < len(words) and words[last + 1].text == ")":
                last += 1
                end = words[last].end
            elif _abbreviation_after(lookup, last, mention.entity):
                # "des Bundesamts für Gesundheit (BAG)" found as one name, the BAG as its alias
                last += 3
                end = words[last].end
            named = _named_after(lookup, last)
            if named is not None:
                # "sagte ein Sprecher der Kantonspolizei Bern, Reto Muster": the person speaks
                person = lookup.article.mentions[named]
                return Attribution(person.entity, Span(_start(lookup, i), person.span.end), None)
            return Attribution(mention.entity, Span(_start(lookup, i), end), None)
        text = word.text
        if text in _STOPS or lookup.is_cue(k):
            return None
        if word.punct and text not in _INSIDE:
            return None
        if not (word.capitalised or text in _INSIDE or text.endswith(_ENDINGS)):
            return None
    return None


def _abbreviation_after(lookup: WordLookup, last: int, entity: int) -> bool:
    """Whether "(" , a mention of ``entity`` in one word and ")" follow word ``last``."""
    words = lookup.words
    if last + 3 >= len(words) or words[last + 1].text != "(" or words[last + 3].text != ")":
        return False
    index = lookup.mention_at[last + 2]
    return index is not None and lookup.article.mentions[index].entity == entity


def _named_after(lookup: WordLookup, last: int) -> int | None:
    """The person mention apposed after the body's name (", Reto Muster"), if any."""
    words = lookup.words
    k = last + 2
    if k >= len(words) or words[last + 1].text != "," or words[k].sentence != words[last].sentence:
        return None
    index = lookup.mention_at[k]
    if index is None or lookup.article.mentions[index].type is not EntityType.PER:
        return None
    return index


def _start(lookup: WordLookup, i: int) -> int:
    """Start of the phrase: its article ("ein Sprecher") when there is one."""
    words = lookup.words
    if i and words[i - 1].sentence == words[i].sentence and words[i - 1].text.lower() in _DETERMINERS:
        return words[i - 1].start
    return words[i].start
