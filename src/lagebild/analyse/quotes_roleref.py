"""A role noun that speaks ("Der Präsident sagte, ...") for the person who was given that role
in an apposition earlier, which the entity stage keeps no role for: "Der Präsident des
Fussballverbandes, Rolf Senn, trat zurück." / "Rolf Senn, der Präsident des Verbandes, ..."."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lagebild.analyse.entities_lexicon import norm
from lagebild.model import EntityType

if TYPE_CHECKING:
    from lagebild.analyse.quotes_words import Attribution, WordLookup

__all__ = ["apposed_name", "apposed_role"]

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
        after = apposed_name(sp, j)  # "Der Präsident des Verbandes, Rolf Senn, ..."
        if after is not None and after.speaker is not None:
            return after.speaker
        # "Rolf Senn, der Präsident des Verbandes": the name right before ", der"
        if j >= 3 and words[j - 1].text in _ARTICLES and words[j - 2].text == ",":
            index = sp.mention_at[j - 3]
            if index is not None and sp.article.mentions[index].type is EntityType.PER:
                return sp.article.mentions[index].entity
    return None


def apposed_name(sp: WordLookup, i: int) -> Attribution | None:
    """A person named after a comma behind the role and its genitive is the one who holds
    the role, not the place or body of the genitive: "sagte der Oberrabbiner Israels, Yona
    Metzger.", "der Sprecher des Kantons Uri, Hans Arnold, erklärte"."""
    sentence = sp.words[i].sentence
    j = i + 1
    while j < min(len(sp.words), i + 7) and sp.words[j].sentence == sentence:
        if sp.words[j].text == ",":
            break
        if sp.words[j].text == "(":
            # "der Präsident der Fraktion CSV (Chrëschtlech Sozial Vollekspartei), Michel Wolter"
            while j < len(sp.words) and sp.words[j].text != ")":
                j += 1
            j += 1
            continue
        if sp.words[j].punct or sp.quoted[j]:
            return None
        index = sp.mention_at[j]
        if index is not None and sp.article.mentions[index].type is EntityType.PER:
            return None  # "der Sprecher Hans Arnold": the name right after the role
        j += 1
    if j == i + 1 or j + 1 >= len(sp.words) or sp.words[j].text != ",":
        return None
    index = sp.mention_at[j + 1]
    if index is None or sp.article.mentions[index].type is not EntityType.PER:
        return None
    k = j + 1
    while k < len(sp.words) and sp.mention_at[k] == index:
        k += 1
    # the name ends the apposition; not "sagte der Sprecher der Polizei, Müller habe ..."
    if k < len(sp.words) and not sp.words[k].punct and sp.words[k].sentence == sentence:
        return None
    return sp._mention(j + 1)
