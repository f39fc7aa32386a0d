"""Stored stories: ingest places articles once; pages read them; later articles join them."""

from __future__ import annotations

from pathlib import Path

from lagebild.collection import IngestReport
from lagebild.collection.stories import update_stories
from lagebild.collection.views import story_of
from lagebild.engine import Engine
from lagebild.model import Article
from lagebild.store import MemoryStore
from lagebild.stories import group_stories
from lagebild.stories.cluster import order_key


def _pairs(groups: list[tuple[str, ...]]) -> set[tuple[str, str]]:
    return {(a, b) for g in groups for a in g for b in g if a < b}


def test_ingest_stores_the_stories_of_one_grouping(
    examples_engine: Engine, examples_db: tuple[Path, IngestReport]
) -> None:
    assert examples_db[1].storied == 32
    articles = list(examples_engine.store.articles())
    full = group_stories(articles)
    stored = examples_engine.store.stories()
    assert len(stored) == 8
    assert {s.id for s in stored} == {s.id for s in full}
    assert _pairs([s.article_ids for s in stored]) == _pairs([s.article_ids for s in full])
    assert examples_engine.store.unstoried() == []


def test_engine_stories_and_the_story_page_read_the_stored_ones(examples_engine: Engine) -> None:
    stored = {s.id: s for s in examples_engine.store.stories()}
    for story in examples_engine.brief().entries:
        assert story.articles
    some = next(iter(stored.values()))
    view = examples_engine.story_of(some.article_ids[-1])
    assert view is not None
    assert view.story.id == some.id
    assert [a.id for a in view.articles] == list(some.article_ids)


def _examples(examples_engine: Engine) -> list[Article]:
    return sorted(examples_engine.store.articles(), key=order_key)


def test_later_articles_join_stored_stories_that_keep_their_ids(examples_engine: Engine) -> None:
    articles = _examples(examples_engine)
    store = MemoryStore()
    store.add_many(articles[:20])
    assert update_stories(store) == 20
    before = {s.id: s.article_ids for s in store.stories()}
    store.add_many(articles[20:])
    assert update_stories(store) == 12
    assert update_stories(store) == 0  # nothing left to place
    after = {s.id: s.article_ids for s in store.stories()}
    for sid, ids in before.items():
        if len(ids) > 1:  # a stored story of several articles keeps its id and its articles
            assert set(ids) <= set(after[sid])
    full = group_stories(articles)
    assert _pairs(list(after.values())) == _pairs([s.article_ids for s in full])


def test_a_store_filled_without_ingest_gets_its_stories_on_first_read(examples_engine: Engine) -> None:
    articles = _examples(examples_engine)
    store = MemoryStore()
    store.add_many(articles)
    view = story_of(store, articles[0].id)
    assert view is not None
    assert store.unstoried() == []
    assert articles[0].id in view.story.article_ids
