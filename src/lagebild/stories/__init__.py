"""The collection view: agency copies, stories and the Lagebild briefing.

>>> from lagebild.stories import near_duplicates, group_stories
>>> from lagebild.stories.brief import build_brief
>>> stories = group_stories(articles)  # doctest: +SKIP
>>> brief = build_brief(stories, {a.id: a for a in articles})  # doctest: +SKIP

Every function is deterministic: the same articles give the same pairs, stories,
ids and briefing, in the same order.
"""

from __future__ import annotations

from lagebild.stories.brief import Brief, BriefItem, BriefQuote, build_brief
from lagebild.stories.cluster import group_stories
from lagebild.stories.dedup import near_duplicates
from lagebild.stories.entities import CollectionEntity, canonical_entities

__all__ = [
    "Brief",
    "BriefItem",
    "BriefQuote",
    "CollectionEntity",
    "build_brief",
    "canonical_entities",
    "group_stories",
    "near_duplicates",
]
