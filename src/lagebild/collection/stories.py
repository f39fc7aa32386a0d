"""Stories kept in the store: found once when articles arrive, read by every page.

Grouping a whole collection into stories costs minutes at 100,000 articles, so no
page does it. :func:`update_stories` places the articles that no stored story holds
yet (:meth:`~lagebild.store.Store.unstoried`) with
:func:`lagebild.stories.incremental.extend_stories`: in chunks of :data:`CHUNK` in the
order they were added (oldest first within a chunk), each against the stored
stories still open in the time window before it; existing stories keep their ids and articles.

Ingest calls it once at the end of a run (:func:`lagebild.collection.ingest.run_ingest`).
A run killed before that leaves articles without a story: the next ingest, brief,
``stories`` call or story page places them first (:func:`ensure_stories`), so a
store filled any other way (``lagebild load``, ``Store.add``) gets its stories too.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from itertools import islice

from lagebild.model import Article
from lagebild.store import Store

__all__ = ["CHUNK", "STORY_WINDOW", "ensure_stories", "update_stories"]

#: Articles placed per step: enough for the IDF of a step to be the collection's,
#: few enough that a step's articles fit in memory at any collection size.
CHUNK = 2000
#: Stored articles (at most) that give a small step the collection's IDF, from the
#: ``CONTEXT_SPAN`` before it: with the 16 articles of one step alone, the words two
#: strikes in two countries share would weigh as much as the ones that tell them apart.
CONTEXT = 1000
CONTEXT_SPAN = timedelta(days=30)
#: How long a story stays open without a new article (the window of group_stories).
STORY_WINDOW = timedelta(days=3)


def update_stories(store: Store, *, window: timedelta = STORY_WINDOW, chunk: int = CHUNK) -> int:
    """Place every article without a stored story; returns how many were placed."""
    from lagebild.stories.cluster import order_key
    from lagebild.stories.incremental import extend_stories

    placed = 0
    for new in _chunks(store, chunk):
        new.sort(key=order_key)
        first = next((a.published for a in new if a.published is not None), None)
        # the stories still open when the chunk's first article came (all of them for undated
        # ones), and the lone articles of the window before: their second pass may be due
        stored = store.stories(since=None if first is None else first - 2 * window)
        members = {a.id: a for s in stored for i in _newest(s.article_ids) if (a := store.get(i)) is not None}
        update = extend_stories(stored, members, new, window=window, context=_context(store, first))
        store.save_stories(update.stories, update.assigned)
        placed += len(new)
    return placed


def ensure_stories(store: Store) -> None:
    """Place articles a killed or store-only ingest left without a story (cheap when none)."""
    if store.unstoried():
        update_stories(store)


def _context(store: Store, first: datetime | None) -> list[Article]:
    """Stored articles of the weeks before ``first``: the IDF of a small step comes from them."""
    if first is None:
        return list(islice(store.articles(), CONTEXT))
    return list(islice(store.articles(since=first - CONTEXT_SPAN, until=first), CONTEXT))


def _newest(article_ids: tuple[str, ...]) -> tuple[str, ...]:
    """The members that seed a stored story (its newest; members are listed oldest first)."""
    from lagebild.stories.incremental import SEED

    return article_ids[-SEED:]


def _chunks(store: Store, size: int) -> Iterator[list[Article]]:
    """The articles without a story, ``size`` at a time, in the order they were added."""
    ids = store.unstoried()
    if len(ids) * 4 < store.count():
        for start in range(0, len(ids), size):
            yield [a for i in ids[start : start + size] if (a := store.get(i)) is not None]
        return
    # most of the collection: one pass over it beats one lookup per article
    wanted, batch = set(ids), []
    for article in store.articles():
        if article.id in wanted:
            batch.append(article)
            if len(batch) == size:
                yield batch
                batch = []
    if batch:
        yield batch
