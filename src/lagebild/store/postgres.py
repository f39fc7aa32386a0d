"""PostgresStore: the server backend (psycopg 3), full text with tsvector and ts_rank.

The tsvector is built with the ``simple`` configuration (lower-casing only) over
the term strings of :mod:`lagebild.store.terms`, so PostgreSQL matches exactly
the lemmas the other backends match: title as weight A, body as B, compound
parts as C. Phrases are restricted to B, the body. Snippets come from
:mod:`lagebild.store.snippet` (ts_headline would show lemmas, not the text).

The schema and the query SQL live in :mod:`lagebild.store.postgres_sql`. Migrations
are numbered in the ``schema_version`` table and applied under an
advisory lock, so two processes opening a new database at once do not race.
``schema=`` keeps a collection in its own PostgreSQL schema (tests use one each).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from lagebild.model import Article, Reject, Story
from lagebild.store.base import (
    FACET_SAMPLE,
    ContextStore,
    Facet,
    Facets,
    SearchHit,
    SearchResults,
    StoreError,
    check_page,
    utc,
)
from lagebild.store.postgres_copy import DOCUMENTS_ADD, copy_records
from lagebild.store.postgres_sql import (
    ENTITY_DAY_SQL,
    FACET_SQL,
    MIGRATIONS,
    SOURCE_COUNT_SQL,
    Matching,
    matching,
)
from lagebild.store.query import Query, parse_query
from lagebild.store.ranked import Ranked, RankedCache
from lagebild.store.records import Record, load_article, period_where, record, reject_at
from lagebild.store.snippet import snippet
from lagebild.store.story_rows import StoryRows
from lagebild.store.terms import fold

if TYPE_CHECKING:
    import psycopg

__all__ = ["MIGRATIONS", "PostgresStore"]

_LOCK_KEY = 7_310_245_118  # advisory lock id of lagebild's migrations (any fixed number)
_PAGE = 500


def _connect(url: str) -> psycopg.Connection[Any]:
    try:
        import psycopg
    except ImportError:
        raise StoreError('PostgreSQL collections need psycopg 3: pip install "psycopg[binary]"') from None
    try:
        return psycopg.connect(url, autocommit=True)
    except psycopg.Error as error:
        raise StoreError(
            f"cannot connect to {url!r}: {str(error).strip()}; check that the server runs "
            "and that the URL names its host, port, user and database"
        ) from None


class PostgresStore(ContextStore):
    """A collection in a PostgreSQL database, optionally in its own ``schema``."""

    def __init__(self, url: str, *, schema: str | None = None) -> None:
        from psycopg import sql

        self.url = url
        self._db = _connect(url)
        self._lock = threading.RLock()
        self._ranked = RankedCache()
        self._writes = 0  # commits of this connection, part of the ranking cache's key
        if schema is not None:
            name = sql.Identifier(schema)
            self._db.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(name))
            self._db.execute(sql.SQL("SET search_path TO {}").format(name))
        self._migrate()

    def _migrate(self) -> None:
        with self._lock, self._db.transaction():
            self._db.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK_KEY,))
            self._db.execute("CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)")
            row = self._db.execute("SELECT max(version) FROM schema_version").fetchone()
            version = int(row[0]) if row and row[0] is not None else 0
            if version > len(MIGRATIONS):
                raise StoreError(
                    f"the database was written by a newer lagebild (schema {version}, this one "
                    f"knows {len(MIGRATIONS)}); upgrade lagebild to open it"
                )
            for number, statements in enumerate(MIGRATIONS[version:], start=version + 1):
                for statement in statements:
                    self._db.execute(statement)
                self._db.execute("INSERT INTO schema_version (version) VALUES (%s)", (number,))

    @property
    def schema_version(self) -> int:
        return int(self._rows("SELECT max(version) FROM schema_version")[0][0])

    def _rows(self, query: str, params: Sequence[Any] = ()) -> list[Any]:
        with self._lock:
            return self._db.execute(query, params).fetchall()

    # -- writing -------------------------------------------------------------
    def add(self, article: Article) -> bool:
        return self.add_many([article]) == 1

    def add_many(self, articles: Sequence[Article]) -> int:
        """Add several articles in one transaction; returns how many were new."""
        return sum(self._write([(None, a) for a in articles], ()))

    def add_batch(self, stored: Sequence[tuple[str, Article]], rejects: Sequence[Reject] = ()) -> list[bool]:
        return self._write(stored, rejects)

    def _write(self, stored: Sequence[tuple[str | None, Article]], rejects: Sequence[Reject]) -> list[bool]:
        records = [(location, record(a)) for location, a in stored]
        with self._lock:
            self._writes += 1
            return self._write_records(records, rejects)

    def _write_records(
        self, records: list[tuple[str | None, Record]], rejects: Sequence[Reject]
    ) -> list[bool]:
        with self._db.transaction():
            new = copy_records(self._db, [rec for _, rec in records])
            done = [(loc, rec.id) for loc, rec in records if loc is not None]
            if done:
                locations = [loc for loc, _ in done]
                self._db.execute(DOCUMENTS_ADD, (locations, [article for _, article in done]))
                self._db.execute("DELETE FROM rejects WHERE location = ANY(%s)", (locations,))
            for reject in rejects:
                self._reject(reject)
        return new

    def _reject(self, reject: Reject) -> None:
        self._db.execute(
            "INSERT INTO rejects (location, reason, message, at) VALUES (%s, %s, %s, %s) "
            "ON CONFLICT (location) DO UPDATE SET reason = excluded.reason, "
            "message = excluded.message, at = excluded.at",
            (reject.location, reject.reason, reject.message, reject_at(reject)),
        )

    def add_reject(self, reject: Reject) -> None:
        with self._lock:
            self._reject(reject)

    def ingested(self, locations: Sequence[str]) -> set[str]:
        rows = self._rows("SELECT location FROM documents WHERE location = ANY(%s)", [list(locations)])
        return {row[0] for row in rows}

    # -- reading -------------------------------------------------------------
    def get(self, article_id: str) -> Article | None:
        rows = self._rows("SELECT doc::text FROM articles WHERE id = %s", (article_id,))
        return load_article(rows[0][0]) if rows else None

    def count(self) -> int:
        return int(self._rows("SELECT count(*) FROM articles")[0][0])

    def articles(
        self, *, since: datetime | None = None, until: datetime | None = None, undated: bool = False
    ) -> Iterator[Article]:
        where, params = period_where(since, until, undated=undated, mark="%s", value=utc)
        query = f"SELECT seq, doc::text FROM articles WHERE {where} ORDER BY seq LIMIT {_PAGE}"
        last = 0
        while True:
            rows = self._rows(query, [last, *params])
            for seq, doc in rows:
                yield load_article(doc)
                last = seq
            if len(rows) < _PAGE:
                return

    def newest(self) -> datetime | None:
        value = self._rows("SELECT max(published) FROM articles")[0][0]
        return None if value is None else utc(value)

    def rejects(self) -> list[Reject]:
        rows = self._rows("SELECT location, reason, message, at FROM rejects ORDER BY seq")
        return [
            Reject(loc, reason, msg, None if at is None else datetime.fromisoformat(at))
            for loc, reason, msg, at in rows
        ]

    def _rank(self, query: Query, m: Matching, enough: int) -> Ranked:
        """The total and the best ``enough`` (at least FACET_SAMPLE) matches, cached per query.

        The cache is keyed by the server's snapshot (which changes when any write
        begins or commits) and this connection's writes, so it never answers stale.
        """
        with self._lock:
            version = (self._writes, self._rows("SELECT pg_current_snapshot()::text")[0][0])
            found = self._ranked.get(query, version, enough)
            if found is not None:
                return found
            total = int(self._rows(f"SELECT count(*) FROM {m.source} WHERE {m.condition}", m.params)[0][0])
            rows = self._rows(
                f"SELECT a.seq, {m.score} AS score FROM {m.source} WHERE {m.condition} "
                f"ORDER BY {m.order} LIMIT %s",
                [*m.score_params, *m.params, max(enough, FACET_SAMPLE)],
            )
            ranked = Ranked(total, [(int(seq), float(score)) for seq, score in rows])
            self._ranked.put(query, version, ranked)
            return ranked

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> SearchResults:
        check_page(limit, offset)
        parsed = parse_query(query)
        ranked = self._rank(parsed, matching(parsed), offset + limit)
        page = ranked.best[offset : offset + limit]
        # from article_texts: the article JSON is ~15 times larger than what a hit shows
        details = {
            row[0]: row[1:]
            for row in self._rows(
                "SELECT a.seq, a.id, a.title, a.source, a.url, x.text, x.published, x.start "
                "FROM articles a JOIN article_texts x ON x.seq = a.seq WHERE a.seq = ANY(%s)",
                [[seq for seq, _ in page]],
            )
        }
        hits = [_hit(details[seq], score, parsed) for seq, score in page]
        return SearchResults(total=ranked.total, hits=hits)

    def facets(self, query: str, *, size: int = 10, sample: int | None = FACET_SAMPLE) -> Facets:
        parsed = parse_query(query)
        m = matching(parsed)
        if sample is None:
            best, params = f"SELECT a.seq FROM {m.source} WHERE {m.condition}", list(m.params)
            counted = self._rank(parsed, m, 0).total
        else:
            seqs = [seq for seq, _ in self._rank(parsed, m, sample).best[:sample]]
            best, params, counted = "SELECT unnest(%s::bigint[]) AS seq", [seqs], len(seqs)
        counts = {
            name: [Facet(str(v), int(n)) for v, n in self._rows(sql.format(best=best), [*params, size])]
            for name, sql in FACET_SQL.items()
        }
        return Facets(**counts, counted=counted)

    def source_counts(self) -> list[Facet]:
        return [Facet(str(value), int(n)) for value, n in self._rows(SOURCE_COUNT_SQL)]

    def entity_days(self, name: str) -> list[Facet]:
        return [Facet(str(day), int(n)) for day, n in self._rows(ENTITY_DAY_SQL, (fold(name),))]

    # -- stories (lagebild.store.story_rows) ------------------------------------
    def _many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            with self._db.cursor() as cursor:
                cursor.executemany(sql, rows)

    def save_stories(self, stories: Sequence[Story], new: Mapping[str, str] | None = None) -> None:
        with self._lock, self._db.transaction():
            StoryRows(self._rows, self._many, "%s").save(stories, new)

    def stories(self, *, since: datetime | None = None, until: datetime | None = None) -> list[Story]:
        return StoryRows(self._rows, self._many, "%s").stories(since, until)

    def story_of(self, article_id: str) -> Story | None:
        return StoryRows(self._rows, self._many, "%s").story_of(article_id)

    def unstoried(self) -> list[str]:
        return StoryRows(self._rows, self._many, "%s").unstoried()

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _hit(row: Sequence[Any], score: float, query: Query) -> SearchHit:
    article_id, title, source, url, text, published, start = row
    return SearchHit(
        article_id=article_id,
        title=title,
        score=score,
        snippet=snippet(text, query, start=start),
        source=source,
        published=None if published is None else datetime.fromisoformat(published),
        url=url,
    )
