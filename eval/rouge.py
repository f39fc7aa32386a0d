"""ROUGE-N and ROUGE-L F1 for German text: a small, dependency-free scorer for key points.

Tokens are lowercased words with umlauts and ß kept as they are (``"Straße"`` and
``"Strasse"`` stay different words: folding would hide a spelling the system
changed; the rouge-score package's default tokenizer would drop "ä", "ö", "ü", "ß"
and split words there). Swiss thousands separators stay inside a number
(``11'000``), decimal commas too (``2,4``). Clipped n-gram counts as in Lin (2004).

With ``stem=True`` every word goes through :func:`stem`, a small German suffix
stripper written for this scorer (in the spirit of CISTEM, Weissweiler & Fraser
2017): "Truppen"/"Truppe", "verletzt"/"verletzte" then match. No lemmatiser is used
so that the metric does not share a component with the system it scores.

ROUGE-L is the LCS F1 of the two texts taken as one token sequence each (the key
points joined in order, the references joined in order).

>>> round(rouge_n_f1("Die Lawine traf Zermatt", "Eine Lawine traf Zermatt", 1), 2)
0.75
>>> stem("Verhandlungen"), stem("Truppen"), stem("verletzte")
('verhandlung', 'trupp', 'verletz')
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["rouge_l_f1", "rouge_n_f1", "rouge_scores", "stem", "tokens"]

_TOKEN = re.compile(r"\d+(?:['’]\d{3})*(?:[.,]\d+)?|\w+(?:-\w+)*", re.UNICODE)


# Longest first; a suffix goes only when at least _STEM_MIN letters remain, and at most
# _STEM_ROUNDS go ("verletzte" -> "verletzt" -> "verletz", like "verletzt" -> "verletz").
_SUFFIXES = ("ern", "em", "er", "en", "es", "st", "e", "s", "n", "t")
_STEM_MIN = 4
_STEM_ROUNDS = 2


def stem(word: str) -> str:
    """A light German stem: lowercase, then up to two inflection suffixes stripped.

    Up to two suffixes go, longest first each time, while four letters remain.
    Umlauts and ß stay (they tell words apart: "Bank"/"Bänke" is a real difference
    more often than an inflection in news text). Numbers come back unchanged.
    """
    out = word.lower()
    if not out.isalpha():
        return out
    for _ in range(_STEM_ROUNDS):
        for suffix in _SUFFIXES:
            if out.endswith(suffix) and len(out) - len(suffix) >= _STEM_MIN:
                out = out[: -len(suffix)]
                break
        else:
            break
    return out


def tokens(text: str, *, stemmed: bool = False) -> list[str]:
    """Lowercased German words and numbers of ``text``; punctuation dropped."""
    found = [t.lower() for t in _TOKEN.findall(text)]
    return [stem(t) for t in found] if stemmed else found


def _ngrams(words: list[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def _f1(overlap: int, n_cand: int, n_ref: int) -> float:
    if overlap == 0 or not n_cand or not n_ref:
        return 0.0
    precision, recall = overlap / n_cand, overlap / n_ref
    return 2 * precision * recall / (precision + recall)


def rouge_n_f1(candidate: str, reference: str, n: int, *, stemmed: bool = False) -> float:
    """F1 of clipped n-gram overlap between ``candidate`` and ``reference`` (0 when either is empty)."""
    if n < 1:
        raise ValueError(f"n must be 1 or more, not {n}")
    cand = _ngrams(tokens(candidate, stemmed=stemmed), n)
    ref = _ngrams(tokens(reference, stemmed=stemmed), n)
    if not cand or not ref:
        return 0.0
    overlap = sum((cand & ref).values())
    if overlap == 0:
        return 0.0
    precision = overlap / sum(cand.values())
    recall = overlap / sum(ref.values())
    return 2 * precision * recall / (precision + recall)


def _lcs(a: list[str], b: list[str]) -> int:
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            current.append(previous[j] + 1 if x == y else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


def rouge_l_f1(candidate: str, reference: str, *, stemmed: bool = False) -> float:
    """F1 of the longest common subsequence of the two token sequences.

    >>> round(rouge_l_f1("die Lawine traf gestern Zermatt", "die Lawine traf Zermatt"), 2)
    0.89
    """
    cand, ref = tokens(candidate, stemmed=stemmed), tokens(reference, stemmed=stemmed)
    return _f1(_lcs(cand, ref), len(cand), len(ref))


def rouge_scores(candidate: str, reference: str, *, stemmed: bool = False) -> dict[str, float]:
    """ROUGE-1, ROUGE-2 and ROUGE-L F1 as ``{"r1": ..., "r2": ..., "rl": ...}``."""
    return {
        "r1": rouge_n_f1(candidate, reference, 1, stemmed=stemmed),
        "r2": rouge_n_f1(candidate, reference, 2, stemmed=stemmed),
        "rl": rouge_l_f1(candidate, reference, stemmed=stemmed),
    }
