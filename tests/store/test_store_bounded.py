"""The contract of the bounded reads: sampled facets, outlet counts, entity timelines, the ranking cache."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from store_support import Backend

from lagebild.model import Article
from lagebild.store import FACET_SAMPLE, Facet, SqliteStore, Store
from lagebild.store.sqlite_sql import MIGRATIONS

Factory = Callable[..., Article]
DAY = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def _streiks(article_factory: Factory, n: int) -> list[Article]:
    """``n`` strike reports, one a day, the newest last; every third names Claus Weselsky too."""
    return [
        article_factory(
            f"Bahnstreik Tag {i}",
            f"Die GDL streikt am {i}. Tag im Güterverkehr.",
            source="Hanse Nachrichten" if i % 2 else "Donau Zeitung",
            published=DAY + timedelta(days=i),
            entities=("GDL", "Claus Weselsky") if i % 3 == 0 else ("GDL",),
        )
        for i in range(n)
    ]


def test_facets_count_the_best_matches_only(store: Store, article_factory: Factory) -> None:
    store.add_many(_streiks(article_factory, 9))
    every = store.facets("Streik")
    assert every.counted == 9
    assert sum(f.count for f in every.source) == 9
    newest = store.facets("entity:GDL", sample=4)  # filters only: the newest four
    assert newest.counted == 4
    assert newest.day == [Facet((DAY + timedelta(days=i)).date().isoformat(), 1) for i in (8, 7, 6, 5)]
    assert newest.entity == [Facet("GDL", 4), Facet("Claus Weselsky", 1)]  # day 6 of 5..8
    assert store.facets("entity:GDL", sample=None).counted == 9
    assert store.facets("Quantencomputer").counted == 0


def test_facets_sample_follows_the_ranking(store: Store, article_factory: Factory) -> None:
    store.add_many(
        [
            article_factory("Hochwasser in Luzern", "Das Hochwasser steigt, Hochwasser überall.", source="A"),
            article_factory("Regen im Tessin", "Kein Hochwasser erwartet.", source="B"),
        ]
    )
    best = store.search("Hochwasser", limit=1).hits[0]
    assert store.facets("Hochwasser", sample=1).source == [Facet(best.source or "", 1)]


def test_source_counts_cover_the_whole_collection(store: Store, article_factory: Factory) -> None:
    assert store.source_counts() == []
    store.add_many(
        [
            *_streiks(article_factory, 5),
            article_factory("Ohne Quelle", "Ein Text ohne Herkunft.", source=None),
        ]
    )
    assert store.source_counts() == [Facet("Donau Zeitung", 3), Facet("Hanse Nachrichten", 2)]


def test_entity_days_count_every_article(store: Store, article_factory: Factory) -> None:
    store.add_many(_streiks(article_factory, 4))
    store.add_many(
        [
            article_factory("Noch ein Streik", "Die GDL macht weiter.", published=DAY, entities=("GDL",)),
            article_factory("Streik ohne Datum", "Die GDL droht.", entities=("GDL",)),
        ]
    )
    first = DAY.date().isoformat()
    days = store.entity_days("gdl")  # as entity: matches it, whatever the case
    assert days[0] == Facet(first, 2)
    assert [f.count for f in days] == [2, 1, 1, 1]
    assert store.entity_days("Claus Weselsky") == [Facet(first, 1), Facet("2026-03-05", 1)]
    assert store.entity_days("Niemand") == []
    store.add(_streiks(article_factory, 1)[0])  # already stored: counts nothing twice
    assert store.entity_days("GDL")[0] == Facet(first, 2)


def test_search_sees_new_articles_after_a_cached_ranking(backend: Backend, article_factory: Factory) -> None:
    with backend.open() as store:
        store.add(article_factory("Lawine am Weissmies", "Ein Skitourengeher wurde verschüttet."))
        assert store.search("Lawine").total == 1
        assert store.facets("Lawine").counted == 1
        store.add(article_factory("Lawine im Wallis", "Zwei Lawinen gingen nieder."))
        assert store.search("Lawine").total == 2
        assert store.facets("Lawine").counted == 2
        if backend.reopens:  # another connection writes: this one must not answer from its cache
            with backend.open() as other:
                other.add(article_factory("Lawine in Graubünden", "Die Strasse ist gesperrt."))
            assert store.search("Lawine").total == 3
            assert store.facets("Lawine").counted == 3


def test_pages_beyond_the_cached_ranking(store: Store, article_factory: Factory) -> None:
    assert FACET_SAMPLE >= 100  # facets say something about a result list only over many matches
    store.add_many(_streiks(article_factory, 12))
    everything = [h.article_id for h in store.search("entity:GDL", limit=12).hits]
    paged = [h.article_id for p in range(4) for h in store.search("entity:GDL", limit=3, offset=3 * p).hits]
    assert paged == everything
    assert store.search("entity:GDL", limit=5, offset=10).total == 12


def test_sqlite_migration_4_fills_an_old_file(tmp_path: Path, article_factory: Factory) -> None:
    path = tmp_path / "alt.db"
    with SqliteStore(path) as store:
        store.add_many(_streiks(article_factory, 3))
    # back to schema 3, as a file written before the timeline table existed
    db = sqlite3.connect(path, isolation_level=None)
    db.executescript(
        "DROP TABLE entity_days; DROP INDEX articles_source_shown; "
        "CREATE INDEX articles_source ON articles (source_folded); "
        "DROP INDEX article_entities_cover; DROP INDEX article_tags_cover; "
        "CREATE INDEX article_tags_article ON article_tags (article); "
        "CREATE INDEX article_entities_article ON article_entities (article); "
        "DROP TABLE article_meta; DROP TABLE article_texts; DROP TABLE facet_values; "
        "DROP TABLE story_articles; DROP TABLE stories; PRAGMA user_version = 3;"
    )
    db.close()
    with SqliteStore(path) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert [f.count for f in store.entity_days("GDL")] == [1, 1, 1]
        assert store.source_counts() == [Facet("Donau Zeitung", 2), Facet("Hanse Nachrichten", 1)]
        assert store.facets("entity:GDL").entity == [Facet("GDL", 3), Facet("Claus Weselsky", 1)]


def test_sqlite_lets_the_full_text_index_choose_the_rows(tmp_path: Path, article_factory: Factory) -> None:
    """A filter beside words must not make SQLite ask FTS5 about one rowid at a time."""
    from lagebild.store.query import parse_query
    from lagebild.store.sqlite_sql import matching

    with SqliteStore(tmp_path / "plan.db") as store:
        store.add_many(_streiks(article_factory, 3))
        for query in ("Streik tag:Streik entity:GDL", "Streik source:Ostseeblatt since:2026-01-01"):
            m = matching(parse_query(query))
            plan = store._rows(
                f"EXPLAIN QUERY PLAN SELECT {m.seq}, {m.score} AS score FROM {m.source} "
                f"WHERE {m.condition} ORDER BY {m.order}",
                m.params,
            )
            steps = [str(row[3]) for row in plan]
            assert steps[0].startswith("SCAN fts"), steps
            assert not any("fts" in step and ":=" in step for step in steps), steps  # a rowid probe
