"""Speech verbs inside a relative clause that closes before the words in marks: "Urs Keller
kritisierte die Haltung Beats, der zum Boykott aufgerufen haben soll, als „Provokation“" – the
marks belong to the main clause's verb ("kritisierte"), not to "aufgerufen"."""

from __future__ import annotations

from lagebild.analyse.entities_words import Word

__all__ = ["in_closed_relative"]

# relative pronouns, also after a preposition (", mit dem er ...")
_RELATIVE = frozenset({"der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welcher", "welche"})
_PREPOSITIONS = frozenset({"mit", "von", "in", "an", "auf", "für", "gegen", "über", "bei", "zu", "nach"})


def in_closed_relative(words: list[Word], quoted: list[bool], cue: int, first: int, end: int) -> bool:
    """Word ``cue`` stands in a relative clause that opens after a comma and closes with a
    comma before word ``end`` (the opening mark), all of it in the sentence from ``first``."""
    k = cue + 1
    while k < end and not (words[k].punct and not quoted[k]):
        k += 1
    if k >= end or words[k].text != ",":
        return False  # the clause runs on into the marks: ", der sagte: „...“"
    p = cue - 1
    while p > first and not (words[p].punct and not quoted[p]):
        p -= 1
    if p <= first or words[p].text != ",":
        return False
    pronoun = p + 1
    if pronoun < cue and words[pronoun].text in _PREPOSITIONS:
        pronoun += 1
    if pronoun + 1 >= cue or words[pronoun].text not in _RELATIVE:
        return False
    # ", die Sprecherin ... erklärte": an article before a noun opens no relative clause
    return not words[pronoun + 1].capitalised
