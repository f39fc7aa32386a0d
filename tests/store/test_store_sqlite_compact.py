"""SQLite's compact search tables (migration 5): filled for old files, kept right on every write."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from lagebild.model import Article, Reject
from lagebild.store import Facet, SqliteStore
from lagebild.store.sqlite_sql import MIGRATIONS

Factory = Callable[..., Article]
DAY = datetime(2026, 5, 4, 7, 15, tzinfo=UTC)


def _lawinen(article_factory: Factory) -> list[Article]:
    return [
        article_factory(
            f"Lawine am Pass, Bericht {i}",
            f"Eine Lawine verschüttete am {i}. Mai zwei Skitourengeher im Wallis.",
            source="Alpenblick Online" if i % 2 else "Limmat Zeitung",
            published=DAY + timedelta(days=i),
            entities=("Air Zermatt", "SLF") if i % 2 else ("Air Zermatt",),
        )
        for i in range(5)
    ]


def _snapshot(store: SqliteStore) -> tuple[object, ...]:
    return (
        store.search("Lawine", limit=5),
        store.search("source:Alpenblick Online", limit=5),
        store.facets("Lawine"),
        store.facets("entity:SLF", sample=None),
    )


def test_migration_5_fills_the_compact_tables(tmp_path: Path, article_factory: Factory) -> None:
    path = tmp_path / "alt.db"
    with SqliteStore(path) as store:
        store.add_many(_lawinen(article_factory))
        before = _snapshot(store)
    db = sqlite3.connect(path, isolation_level=None)
    db.executescript(
        "DROP TABLE article_meta; DROP TABLE article_texts; DROP TABLE facet_values; "
        "DROP TABLE story_articles; DROP TABLE stories; PRAGMA user_version = 4;"
    )
    db.close()
    with SqliteStore(path) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert _snapshot(store) == before
        assert store.facets("Lawine").entity == [Facet("Air Zermatt", 5), Facet("SLF", 2)]


def test_facets_show_the_smallest_spelling(tmp_path: Path, article_factory: Factory) -> None:
    with SqliteStore(tmp_path / "c.db") as store:
        store.add(article_factory("Lawine im Wallis", "Die Lawine kam nachts.", entities=("slf",)))
        store.add(article_factory("Lawine Süd", "Noch eine Lawine.", entities=("SLF", "Bergwacht")))
        assert store.facets("Lawine").entity == [Facet("SLF", 2), Facet("Bergwacht", 1)]  # "SLF" < "slf"


def test_facet_ids_of_a_rolled_back_write_are_forgotten(
    tmp_path: Path, article_factory: Factory, monkeypatch: pytest.MonkeyPatch
) -> None:
    with SqliteStore(tmp_path / "c.db") as store:
        store.add(article_factory("Lawine im Wallis", "Die Lawine kam nachts.", entities=("SLF",)))

        def fail(reject: object) -> None:
            raise RuntimeError("Abbruch mitten im Schreiben")

        monkeypatch.setattr(store, "_reject", fail)
        failing = article_factory("Lawine am Pass", "Neue Lawine am Pass.", entities=("Neuschnee",))
        with pytest.raises(RuntimeError):
            store.add_batch([("a.txt", failing)], [Reject("b.txt", "leer", "kein Text")])
        monkeypatch.undo()
        # the id "Neuschnee" had is free again: "Bergwacht" takes it
        store.add(article_factory("Lawine Süd", "Noch eine Lawine.", entities=("Bergwacht",)))
        store.add(failing)
        expected = [Facet("Bergwacht", 1), Facet("Neuschnee", 1), Facet("SLF", 1)]
        assert store.facets("Lawine").entity == expected
