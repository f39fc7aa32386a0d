"""open_store picks the backend; SQLite files keep their schema version; errors say what to do."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from store_support import make_article

from lagebild.errors import LagebildError
from lagebild.store import MemoryStore, SqliteStore, StoreError, open_store
from lagebild.store.sqlite import MIGRATIONS


def test_open_store_picks_the_backend(tmp_path: Path) -> None:
    assert isinstance(open_store("memory:"), MemoryStore)
    with open_store(tmp_path / "c.db") as store:
        assert isinstance(store, SqliteStore)
        store.add(make_article("Föhnsturm", "Der Föhn weht."))
    with open_store(str(tmp_path / "c.db")) as store:
        assert store.count() == 1


def test_sqlite_file_uses_wal_and_user_version(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    SqliteStore(path).close()
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    SqliteStore(path).close()
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(StoreError, match="upgrade lagebild") as caught:
        SqliteStore(path)
    assert isinstance(caught.value, LagebildError)


def test_bad_locations_raise_store_errors(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="folder exists"):
        open_store(tmp_path / "missing" / "c.db")
    with pytest.raises(StoreError, match="empty"):
        open_store(" ")


def test_unreachable_postgres_says_what_to_check() -> None:
    pytest.importorskip("psycopg", reason="psycopg is the PostgreSQL driver; without it there is no backend")
    with pytest.raises(StoreError, match="check that the server runs"):
        open_store("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")


def test_negative_page_is_refused() -> None:
    with pytest.raises(ValueError, match="must not be negative"):
        MemoryStore().search("Föhn", limit=-1)
