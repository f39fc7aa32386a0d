"""The Lagebild of a period: the store's articles, in their stored stories, ranked, made a page.

Articles without a date cannot be placed in a period. They are read with the
period's articles and join the stories they belong to; a story made only of
undated articles is left out of a bounded period (it may be old news).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime

from lagebild.collection.period import Period
from lagebild.model import Article, Story
from lagebild.render_brief import BriefEntry, BriefLink, BriefPage, BriefSaying
from lagebild.store import Store

__all__ = ["brief_page", "period_articles", "period_stories", "stored_period_stories"]


def period_articles(store: Store, period: Period) -> list[Article]:
    return list(store.articles(since=period.since, until=period.until, undated=True))


def period_stories(articles: Sequence[Article], period: Period) -> list[Story]:
    """The stories of ``articles``; in a bounded period, only those with a dated article."""
    from lagebild.stories import group_stories

    stories = group_stories(articles)
    if period.since is None and period.until is None:
        return stories
    dated = {a.id for a in articles if a.published is not None}
    return [s for s in stories if any(i in dated for i in s.article_ids)]


def stored_period_stories(store: Store, articles: Sequence[Article], period: Period) -> list[Story]:
    """The stored stories of ``articles`` (see :mod:`lagebild.collection.stories`), cut to them.

    A story keeps its id and title; its articles, outlets and first/last seen are
    those within the period. In a bounded period, only stories with a dated article.
    """
    from lagebild.collection.stories import ensure_stories
    from lagebild.stories.cluster import order_key

    ensure_stories(store)
    by_id = {a.id: a for a in articles}
    bounded = period.since is not None or period.until is not None
    stories = []
    for story in store.stories(since=period.since, until=period.until):
        members = sorted((by_id[i] for i in story.article_ids if i in by_id), key=order_key)
        dated = [a.published for a in members if a.published is not None]
        if not members or (bounded and not dated):
            continue
        stories.append(
            replace(
                story,
                article_ids=tuple(a.id for a in members),
                outlets=tuple(dict.fromkeys(a.source for a in members if a.source)),
                first_seen=dated[0] if dated else None,
                last_seen=dated[-1] if dated else None,
            )
        )
    return stories


def _link(article: Article) -> BriefLink:
    from lagebild.stories.title import display_title

    return BriefLink(
        article_id=article.id,
        title=display_title(article),
        source=article.source,
        url=article.url,
        location=article.location,
        published=article.published,
    )


def brief_page(store: Store, period: Period, *, top: int = 10, now: datetime | None = None) -> BriefPage:
    """Group, rank and summarise the period's stories (``now``: the clock the ranking ages from)."""
    from lagebild.stories import build_brief

    articles = period_articles(store, period)
    stories = stored_period_stories(store, articles, period)
    by_id: Mapping[str, Article] = {a.id: a for a in articles}
    brief = build_brief(stories, by_id, top=top, now=now if now is not None else period.anchor)
    entries = tuple(
        BriefEntry(
            rank=rank,
            title=item.story.title,
            score=item.score,
            key_points=tuple(point.text for point in item.key_points),
            actors=item.actors,
            quotes=tuple(BriefSaying(q.speaker, q.text, q.article_id, q.via) for q in item.quotes),
            outlets=item.outlets,
            articles=tuple(_link(by_id[i]) for i in item.article_ids if i in by_id),
            first_seen=item.story.first_seen,
            last_seen=item.story.last_seen,
        )
        for rank, item in enumerate(brief.items, start=1)
    )
    considered = len({i for s in stories for i in s.article_ids})
    # an open period ends at its anchor: the clock, or the newest article of an archive
    until = period.until or period.anchor
    return BriefPage(
        since=period.since,
        until=until,
        articles=considered,
        entries=entries,
        note=period.note,
        stories=len(stories),
    )
