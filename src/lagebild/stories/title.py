"""The title of a story: the member title that says most about what the story is about."""

from __future__ import annotations

import math
from collections.abc import Sequence

from lagebild.model import Article
from lagebild.stories.features import Features, Vector, cosine

__all__ = ["display_title", "story_title"]

# A fallback title cut from a lead or sentence stops at a word boundary near this length.


def story_title(members: Sequence[Article], feats: Sequence[Features], centroid: Vector) -> str:
    """The member title closest to the story's text centroid (ties: the earliest);
    without titles, the first article's first key point, else its lead, else its start.
    """
    norm = math.sqrt(sum(w * w for w in centroid.values()))
    best: tuple[float, int] | None = None
    for position, (article, feat) in enumerate(zip(members, feats, strict=True)):
        if not article.title or not article.title.strip():
            continue
        score = cosine(feat.title, centroid, norm) if feat.title and norm else 0.0
        if best is None or score > best[0]:
            best = (score, position)
    if best is not None:
        return " ".join((members[best[1]].title or "").split())
    return display_title(members[0])


def display_title(article: Article) -> str:
    """The article's title, or a headline-length stand-in (see ``Article.headline``)."""
    return article.headline
