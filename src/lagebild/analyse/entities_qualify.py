"""A generic institution with the words that make it one named organisation.

"die Polizei", "der Landtag", "das Aussenministerium" name no particular organisation on their
own (GermEval 2014 leaves them unannotated, and so does lagebild: see
:func:`lagebild.analyse.entities.link_entities`). With a place they do:

- a place after it: "Kantonspolizei Zürich", "Landeskriminalamt Hamburg";
- "des Kantons/Landes/der Stadt" and a place: "Staatsanwaltschaft des Kantons Wallis";
- a place adjective before it: "Tiroler Landtag", "Schweizer Armee" ("Tirol", "Schweiz");
- a country adjective before it: "das russische Aussenministerium" -> "Russisches
  Aussenministerium" (the adjective in its strong nominative form, see entities_forms).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from lagebild.analyse.entities_forms import national_adjective
from lagebild.analyse.entities_lexicon import norm
from lagebild.model import EntityType

if TYPE_CHECKING:
    from lagebild.analyse.entities_lookup import Finder

__all__ = ["Qualified", "place_adjective", "qualify"]

# "Staatsanwaltschaft des Kantons Wallis", "Polizei der Stadt Zürich"
_OF_PLACE = frozenset({"Kantons", "Landes", "Bundeslandes", "Stadt", "Gemeinde", "Bezirks", "Region"})


@dataclass(frozen=True, slots=True)
class Qualified:
    first: int  # first word, the adjective included
    last: int  # word after the last
    name: str  # canonical name: "Russisches Aussenministerium", "Kantonspolizei Zürich"


def _place(finder: Finder, j: int) -> tuple[int, str]:
    """Words and canonical name of an unambiguous place name at word ``j`` ((0, "") if none)."""
    if j >= len(finder.words) or not finder.words[j].capitalised:
        return 0, ""
    found = finder.gazetteer(j)
    if found is None or found[1].type is not EntityType.LOC or found[1].ambiguous:
        return 0, ""
    return found[0], found[1].canonical


def place_adjective(finder: Finder, j: int) -> bool:
    """ "Tiroler", "Schweizer", "Walliser": a place name with "-er", which does not inflect.
    Irregular ones ("Zürcher", "Basler") are not recognised."""
    word = finder.words[j].text
    if not word[:1].isupper() or not word.endswith("er") or len(word) < 5:
        return False
    entry = finder.lex.names.get((norm(word[:-2]),))
    return entry is not None and entry.type is EntityType.LOC and not entry.ambiguous


def qualify(finder: Finder, first: int, last: int, institution: str) -> Qualified | None:
    """The named organisation around the institution at words ``first:last``, or None."""
    words = finder.words
    head = institution.rsplit(maxsplit=1)[-1]
    start, prefix = first, ""
    if first and finder.same_sentence(first - 1, first):
        if place_adjective(finder, first - 1):
            start, prefix = first - 1, words[first - 1].text
        else:
            adjective = national_adjective(words[first - 1].text, head)
            if adjective is not None:
                start, prefix = first - 1, adjective
    stop, suffix = last, ""
    if finder.same_sentence(first, last):
        size, place = _place(finder, last)
        if size:
            stop, suffix = last + size, place
        elif (
            last + 2 < len(words)
            and words[last].text in {"des", "der"}
            and words[last + 1].text in _OF_PLACE
            and finder.same_sentence(first, last + 2)
        ):
            size, place = _place(finder, last + 2)
            if size:
                stop, suffix = last + 2 + size, f"{words[last].text} {words[last + 1].text} {place}"
    if start == first and stop == last:
        return None
    return Qualified(start, stop, " ".join(p for p in (prefix, institution, suffix) if p))
