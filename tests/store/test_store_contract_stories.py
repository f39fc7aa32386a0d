"""The contract of stored stories: save_stories, stories, story_of, unstoried (every backend)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone

from store_support import Backend

from lagebild.model import Article, Story
from lagebild.store import Store

Factory = Callable[..., Article]
DAY = datetime(2026, 11, 18, 8, 0, tzinfo=UTC)
CET = timezone(timedelta(hours=1))


def _three(article_factory: Factory) -> list[Article]:
    return [
        article_factory("Bahnstreik legt Fernverkehr lahm", "Die GDL streikt.", published=DAY),
        article_factory(
            "GDL-Streik: Pendler stranden", "Züge fallen aus.", published=DAY + timedelta(hours=3)
        ),
        article_factory(
            "Lawine am Weissmies", "Ein Skitourengeher stirbt.", published=DAY + timedelta(days=5)
        ),
        article_factory("Hafen nach Hackerangriff lahm", "Kein Datum bekannt."),
    ]


def _story(
    sid: str, ids: tuple[str, ...], title: str, first: datetime | None, last: datetime | None
) -> Story:
    return Story(sid, ids, title, ("Alpenblick",), first, last)


def test_unstoried_lists_articles_without_a_story(store: Store, article_factory: Factory) -> None:
    arts = _three(article_factory)
    store.add_many(arts)
    assert store.unstoried() == [a.id for a in arts]
    store.save_stories([_story("s1", (arts[1].id, arts[0].id), "Bahnstreik", DAY, DAY + timedelta(hours=3))])
    assert store.unstoried() == [arts[2].id, arts[3].id]


def test_stories_list_members_oldest_first_and_filter_by_period(
    store: Store, article_factory: Factory
) -> None:
    streik, pendler, lawine, hafen = _three(article_factory)
    store.add_many([streik, pendler, lawine, hafen])
    # given out of order, with a time in CET: read back oldest first, in UTC
    store.save_stories(
        [
            _story(
                "s-streik",
                (pendler.id, streik.id),
                "Bahnstreik",
                DAY.astimezone(CET),
                DAY + timedelta(hours=3),
            ),
            _story("s-lawine", (lawine.id,), "Lawine", DAY + timedelta(days=5), DAY + timedelta(days=5)),
            _story("s-hafen", (hafen.id,), "Hafen", None, None),
        ]
    )
    every = store.stories()
    assert [s.id for s in every] == ["s-streik", "s-lawine", "s-hafen"]  # undated last
    assert every[0].article_ids == (streik.id, pendler.id)
    assert every[0].first_seen == DAY
    assert every[0].first_seen.utcoffset() == timedelta(0)
    assert every[0].outlets == ("Alpenblick",)
    assert every[0].title == "Bahnstreik"
    assert [s.id for s in store.stories(since=DAY + timedelta(days=1))] == ["s-lawine"]
    assert [s.id for s in store.stories(until=DAY + timedelta(days=1))] == ["s-streik"]
    assert store.stories(since=DAY + timedelta(days=6)) == []


def test_story_of_and_new_links_join_a_story(store: Store, article_factory: Factory) -> None:
    streik, pendler, lawine, _ = _three(article_factory)
    store.add_many([streik, pendler, lawine])
    store.save_stories([_story("s-streik", (streik.id,), "Bahnstreik", DAY, DAY)])
    assert store.story_of(pendler.id) is None
    grown = _story(
        "s-streik", (streik.id, pendler.id), "Bahnstreik in Deutschland", DAY, DAY + timedelta(hours=3)
    )
    store.save_stories([grown], {pendler.id: "s-streik"})  # only the new link is written
    found = store.story_of(pendler.id)
    assert found is not None
    assert found.article_ids == (streik.id, pendler.id)
    assert found.title == "Bahnstreik in Deutschland"
    assert found.last_seen == DAY + timedelta(hours=3)
    assert store.story_of("unbekannt") is None


def test_an_article_moves_and_an_emptied_story_is_left_out(store: Store, article_factory: Factory) -> None:
    streik, pendler, _, _ = _three(article_factory)
    store.add_many([streik, pendler])
    store.save_stories(
        [_story("s-a", (streik.id,), "A", DAY, DAY), _story("s-b", (pendler.id,), "B", DAY, DAY)]
    )
    store.save_stories([_story("s-a", (streik.id, pendler.id), "A", DAY, DAY)], {pendler.id: "s-a"})
    assert [(s.id, s.article_ids) for s in store.stories()] == [("s-a", (streik.id, pendler.id))]


def test_stories_survive_reopening(backend: Backend, article_factory: Factory) -> None:
    if not backend.reopens:
        return  # a MemoryStore lives in its object only (test_store_contract covers reopening)
    streik, pendler, _, _ = _three(article_factory)
    with backend.open() as store:
        store.add_many([streik, pendler])
        store.save_stories([_story("s1", (streik.id, pendler.id), "Bahnstreik", DAY, DAY)])
    with backend.open() as store:
        assert [s.article_ids for s in store.stories()] == [(streik.id, pendler.id)]
        assert store.unstoried() == []
