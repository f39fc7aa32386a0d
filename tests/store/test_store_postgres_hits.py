"""PostgreSQL's hit texts (migration 4): filled for an old database, the same hits as before."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest

from lagebild.model import Article
from lagebild.store import PostgresStore
from lagebild.store.postgres_sql import MIGRATIONS

PG_URL = os.environ.get("LAGEBILD_TEST_PG", "")
pytestmark = pytest.mark.skipif(
    not PG_URL, reason="LAGEBILD_TEST_PG is not set: `bash scripts/postgres.sh` prints a server URL"
)
Factory = Callable[..., Article]


@pytest.fixture
def schema() -> Iterator[str]:
    import psycopg
    from psycopg import sql

    name = f"lagebild_test_{uuid.uuid4().hex[:12]}"
    yield name
    with psycopg.connect(PG_URL, autocommit=True) as db:
        db.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(name)))


def test_migration_4_fills_the_hit_texts(schema: str, article_factory: Factory) -> None:
    zurich = timezone(timedelta(hours=1))
    with PostgresStore(PG_URL, schema=schema) as store:
        store.add_many(
            [
                article_factory(
                    f"Hochwasser am Sarnersee, Meldung {i}",
                    f"Der Pegel des Sarnersees stieg am {i}. Juli um zehn Zentimeter.",
                    source="Limmat Zeitung",
                    published=datetime(2026, 7, i + 1, 8, tzinfo=zurich if i % 2 else UTC),
                )
                for i in range(3)
            ]
        )
        before = store.search("Pegel")
        store._db.execute("DROP TABLE article_texts")
        # back to schema 3: the tsvector in articles again (migration 6 moved it out)
        store._db.execute("ALTER TABLE articles ADD COLUMN tsv tsvector")
        store._db.execute("UPDATE articles a SET tsv = r.tsv FROM article_rank r WHERE r.seq = a.seq")
        store._db.execute("CREATE INDEX articles_tsv ON articles USING gin (tsv)")
        store._db.execute("DROP TABLE article_rank")
        store._db.execute("DROP TABLE story_articles")
        store._db.execute("DROP TABLE stories")
        store._db.execute("DELETE FROM schema_version WHERE version >= 4")
    with PostgresStore(PG_URL, schema=schema) as store:
        assert store.schema_version == len(MIGRATIONS)
        after = store.search("Pegel")
    assert after == before
    assert {h.published.utcoffset() for h in after.hits if h.published} == {timedelta(0), timedelta(hours=1)}
