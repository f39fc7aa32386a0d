""" "heißen" without "es" names something and reports no words: "Der neue Trainer heißt Peter
Zeidler", "Damals hieß das Lokal «Zur Tabakspfeife»", "das heißt" (that is). Only "heißt es",
"wie es hieß", "in dem es heißt" tell what someone said or wrote."""

from __future__ import annotations

from lagebild.analyse.entities_words import Word

__all__ = ["names_only"]

_HEISSEN = frozenset({"heisst", "heißt", "hiess", "hieß", "heissen", "heißen", "hiessen", "hießen"})
_ES = frozenset({"es", "Es"})


def names_only(words: list[Word], i: int) -> bool:
    """Word ``i`` is a form of "heißen" with no "es" right after it nor before it in its clause."""
    if words[i].text.lower() not in _HEISSEN:
        return False
    sentence = words[i].sentence
    if i + 1 < len(words) and words[i + 1].sentence == sentence and words[i + 1].text in _ES:
        return False
    k = i - 1
    while k >= 0 and words[k].sentence == sentence and words[k].text not in {",", ";", ":"}:
        if words[k].text in _ES:
            return False
        k -= 1
    return True
