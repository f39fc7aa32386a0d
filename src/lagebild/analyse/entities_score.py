"""Precision, recall and F1 for entities and quote speakers, for eval/ and ad hoc checks.

Items are compared as multisets, so the same gold item twice needs two predictions. Names are
compared after :func:`name_key` (case, ß/ss and spacing ignored).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass

from lagebild.analyse.entities_lexicon import norm
from lagebild.model import Article

__all__ = ["Score", "article_entities", "name_key", "score", "score_entities"]


@dataclass(frozen=True, slots=True)
class Score:
    true_positives: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.true_positives + other.true_positives,
            self.predicted + other.predicted,
            self.gold + other.gold,
        )


def name_key(name: str) -> str:
    return " ".join(norm(name).casefold().split())


def score(gold: Iterable[Hashable], predicted: Iterable[Hashable]) -> Score:
    """Multiset overlap of any hashable items (spans with types, names with types, ...)."""
    gold_counts, predicted_counts = Counter(gold), Counter(predicted)
    hits = sum((gold_counts & predicted_counts).values())
    return Score(hits, sum(predicted_counts.values()), sum(gold_counts.values()))


def article_entities(article: Article) -> set[tuple[str, str]]:
    """(normalised name, type) of every entity of an analysed article."""
    return {(name_key(e.name), e.type.value) for e in article.entities}


def score_entities(gold: Iterable[tuple[str, str]], article: Article) -> Score:
    """Entity-level score of one article against gold (name, type) pairs, e.g. from a sidecar.

    >>> score_entities([("Antony Blinken", "PER")], article).recall  # doctest: +SKIP
    1.0
    """
    wanted = {(name_key(name), kind) for name, kind in gold}
    return score(wanted, article_entities(article))
