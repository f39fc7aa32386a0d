"""Words inside a speaker's noun phrase that are neither article, adjective nor noun: an
adverb before the adjectives ("Ein nicht genannter Vertreter"), a name in marks after a genitive
article ("Ein Vertreter der „solventa ag“"); and the finite auxiliaries a phrase stops at.
"""

from __future__ import annotations

from lagebild.analyse.quotes_speaker import SpeakerWords
from lagebild.analyse.quotes_subject import _ARTICLES
from lagebild.analyse.quotes_words import _INFLECTED, _MARKS

__all__ = ["AUXILIARIES", "adverb_before_adjective", "quoted_name"]

_GENITIVES = frozenset({"der", "des", "einer", "eines"})
_NAME_IN_MARKS = 6  # words of a name in marks, the opening mark included: „con energy ag“
# finite auxiliaries after which a participle or infinitive speech verb ends the clause
AUXILIARIES = frozenset(
    [
        "hat",
        "hatte",
        "hatten",
        "haben",
        "habe",
        "hätte",
        "hätten",
        "ist",
        "war",
        "waren",
        "sind",
        "sei",
        "wurde",
        "wurden",
        "wird",
        "werden",
        "will",
        "wollte",
        "wollten",
        "soll",
        "sollte",
        "sollen",
        "kann",
        "konnte",
        "konnten",
        "muss",
        "musste",
        "mussten",
    ]
)


def quoted_name(sp: SpeakerWords, k: int, j: int, stop: int) -> int:
    """The index after a short name in marks that opens at word ``k`` right after a genitive
    article inside the phrase; ``k`` itself when there is none."""
    if k == j or sp.words[k].text not in _MARKS or sp.words[k - 1].text not in _GENITIVES:
        return k
    n = k + 1
    while n < min(stop, k + _NAME_IN_MARKS) and sp.quoted[n]:
        n += 1
    closed = n > k + 1 and n < stop and sp.words[n].text in _MARKS
    return n + 1 if closed else k


def adverb_before_adjective(sp: SpeakerWords, k: int, j: int, stop: int) -> bool:
    """Word ``k`` is an adverb right after the phrase's article and before an inflected
    adjective with its noun: "nicht" in "Ein nicht genannter Vertreter bezeichnete ..."."""
    if k == j or k + 2 >= stop or sp.words[k - 1].text.lower() not in _ARTICLES:
        return False
    text = sp.words[k].text
    if not (text.isalpha() and text.islower() and text not in AUXILIARIES):
        return False
    n = k + 1  # "Die staatlich kontrollierten chinesischen Medien": one or more adjectives
    while n < stop and sp.words[n].text.islower() and sp.words[n].text.endswith(_INFLECTED):
        if sp.words[n].text in AUXILIARIES:
            return False
        n += 1
    return k + 1 < n < stop and sp.words[n].capitalised and not sp.words[n].punct
