"""A role noun that speaks ("Der Präsident sagte, ...") for the person who was given that role
in an apposition earlier, which the entity stage keeps no role for: "Der Präsident des
Fussballverbandes, Rolf Senn, trat zurück." / "Rolf Senn, der Präsident des Verbandes, ..."."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lagebild.analyse.entities_lexicon import norm
from lagebild.model import EntityType

if TYPE_CHECKING:
    from lagebild.analyse.quotes_words import WordLookup

__all__ = ["apposed_role"]

_BACK = 400  # words searched back for the apposition
_ARTICLES = frozenset({"der", "die", "Der", "Die"})


def apposed_role(sp: WordLookup, i: int, wanted: str) -> int | None:
    """The person whose apposition gave the role noun at word ``i`` (``wanted``: its normalised
    base) in the most recent earlier sentence, or None."""
    words = sp.words
    for j in range(i - 1, max(-1, i - _BACK), -1):
        if words[j].sentence == words[i].sentence or sp.quoted[j] or not words[j].capitalised:
            continue
        base = norm(sp.lex.role_base(words[j].text) or words[j].text).lower()
        if not base.endswith(wanted):
            continue
        after = sp.apposed_name(j)  # "Der Präsident des Verbandes, Rolf Senn, ..."
        if after is not None and after.speaker is not None:
            return after.speaker
        # "Rolf Senn, der Präsident des Verbandes": the name right before ", der"
        if j >= 3 and words[j - 1].text in _ARTICLES and words[j - 2].text == ",":
            index = sp.mention_at[j - 3]
            if index is not None and sp.article.mentions[index].type is EntityType.PER:
                return sp.article.mentions[index].entity
    return None
