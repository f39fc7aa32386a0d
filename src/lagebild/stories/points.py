"""Merging the key points of a story's articles: each thing said once, the most reported first.

Two key points say the same when their content lemmas overlap enough (Jaccard, or
containment for a short point inside a longer one). The page's own key-point
boxes are written by editors, so their wording wins over generated points.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from lagebild.model import Article, KeyPoint, KeyPointOrigin
from lagebild.stories.text import lemma_key, words

__all__ = ["MAX_POINTS", "merge_key_points", "same_point"]

#: Key points per story in a briefing.
MAX_POINTS = 5
#: Lemma (and number) Jaccard at or above which two points say the same. Read off the
#: example stories (``/tmp``-free check: tests/stories/test_brief.py): rewordings of one
#: fact by two outlets mostly score 0.4-0.8, different facts of one story 0.3 and below.
SAME_JACCARD = 0.4
#: Lower Jaccard that suffices when both points give the same figure (two or more digits).
SAME_WITH_NUMBER = 0.1
#: Share of the shorter point's lemmas found in the longer one that also means "the same".
SAME_CONTAINMENT = 0.6
_MIN_CONTAINED = 3


def _lemmas(text: str) -> frozenset[str]:
    # numbers stay: "80 Prozent", "450 Menschen" and "bis 2031" pin down which fact is meant
    return frozenset(key for w in words(text) if (key := lemma_key(w) or (w if w.isdigit() else None)))


def same_point(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two key points (as lemma sets) say the same thing."""
    if not a or not b:
        return a == b
    inter = len(a & b)
    jaccard = inter / (len(a) + len(b) - inter)
    if jaccard >= SAME_JACCARD:
        return True
    # the same figures ("450 Menschen", "72 Prozent bis 2035") in other words
    shared_numbers = sum(1 for x in a & b if x.isdigit() and len(x) >= 2)
    if shared_numbers >= 2 or (shared_numbers == 1 and jaccard >= SAME_WITH_NUMBER):
        return True
    shorter = min(len(a), len(b))
    return shorter >= _MIN_CONTAINED and inter / shorter >= SAME_CONTAINMENT


@dataclass(slots=True)
class _Point:
    point: KeyPoint
    lemmas: frozenset[str]
    order: int
    articles: set[str] = field(default_factory=set)

    @property
    def score(self) -> float:
        # reported by more articles first; an editor's box bullet beats a generated sentence
        return len(self.articles) + (0.5 if self.point.origin is KeyPointOrigin.PAGE else 0.0)


def merge_key_points(articles: Sequence[Article], limit: int = MAX_POINTS) -> tuple[KeyPoint, ...]:
    """At most ``limit`` key points of ``articles``, no two saying the same."""
    groups: list[_Point] = []
    order = 0
    for article in articles:
        for point in (*article.page_key_points, *article.key_points):
            lemmas = _lemmas(point.text)
            if not lemmas:
                continue
            match = next((g for g in groups if same_point(g.lemmas, lemmas)), None)
            if match is None:
                match = _Point(point, lemmas, order)
                groups.append(match)
                order += 1
            elif point.origin is KeyPointOrigin.PAGE and match.point.origin is not KeyPointOrigin.PAGE:
                match.point, match.lemmas = point, lemmas
            match.articles.add(article.id)
    chosen: list[_Point] = []
    for group in sorted(groups, key=lambda g: (-g.score, g.order)):
        # the representative may have changed after grouping: check again against what is kept
        if not any(same_point(group.lemmas, kept.lemmas) for kept in chosen):
            chosen.append(group)
        if len(chosen) == limit:
            break
    return tuple(g.point for g in chosen)
