"""ROUGE-N F1 for German text: a small, dependency-free scorer for key points.

Tokens are lowercased words with umlauts and ß kept as they are (``"Straße"`` and
``"Strasse"`` stay different words: folding would hide a spelling the system
changed). Swiss thousands separators stay inside a number (``11'000``), decimal
commas too (``2,4``). Clipped n-gram counts as in Lin (2004).

>>> round(rouge_n_f1("Die Lawine traf Zermatt", "Eine Lawine traf Zermatt", 1), 2)
0.75
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["rouge_n_f1", "tokens"]

_TOKEN = re.compile(r"\d+(?:['’]\d{3})*(?:[.,]\d+)?|\w+(?:-\w+)*", re.UNICODE)


def tokens(text: str) -> list[str]:
    """Lowercased German words and numbers of ``text``; punctuation dropped."""
    return [t.lower() for t in _TOKEN.findall(text)]


def _ngrams(words: list[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def rouge_n_f1(candidate: str, reference: str, n: int) -> float:
    """F1 of clipped n-gram overlap between ``candidate`` and ``reference`` (0 when either is empty)."""
    if n < 1:
        raise ValueError(f"n must be 1 or more, not {n}")
    cand = _ngrams(tokens(candidate), n)
    ref = _ngrams(tokens(reference), n)
    if not cand or not ref:
        return 0.0
    overlap = sum((cand & ref).values())
    if overlap == 0:
        return 0.0
    precision = overlap / sum(cand.values())
    recall = overlap / sum(ref.values())
    return 2 * precision * recall / (precision + recall)
