"""Fixtures of the store tests: one store per backend, and hand-made German articles.

The ``backend`` fixture runs each contract test against memory, SQLite and, when
LAGEBILD_TEST_PG holds a server URL (``bash scripts/postgres.sh`` prints one),
PostgreSQL, each test in its own schema.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from store_support import Backend, make_article

from lagebild.model import Article
from lagebild.store import MemoryStore, PostgresStore, SqliteStore, Store

PG_URL = os.environ.get("LAGEBILD_TEST_PG", "")
NO_PG = (
    "LAGEBILD_TEST_PG is not set: start a server with `bash scripts/postgres.sh` and export "
    "the URL it prints as LAGEBILD_TEST_PG to test the PostgreSQL backend"
)


def _drop_schema(schema: str) -> None:
    import psycopg
    from psycopg import sql

    with psycopg.connect(PG_URL, autocommit=True) as db:
        db.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema)))


@pytest.fixture(params=["memory", "sqlite", "postgres"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Backend]:
    name = request.param
    if name == "memory":
        yield Backend(name, MemoryStore, reopens=False)
    elif name == "sqlite":
        path = tmp_path / "collection.db"
        yield Backend(name, lambda: SqliteStore(path), reopens=True)
    else:
        if not PG_URL:
            pytest.skip(NO_PG)
        schema = f"lagebild_test_{uuid.uuid4().hex[:12]}"
        yield Backend(name, lambda: PostgresStore(PG_URL, schema=schema), reopens=True)
        _drop_schema(schema)


@pytest.fixture
def store(backend: Backend) -> Iterator[Store]:
    with backend.open() as opened:
        yield opened


@pytest.fixture
def article_factory() -> Callable[..., Article]:
    return make_article
