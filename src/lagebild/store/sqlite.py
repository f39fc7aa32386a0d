"""SqliteStore: the embedded default, one file, WAL, FTS5 with bm25() ranking.

The full-text table is contentless (``content=''``): it holds only the index of
the term strings of :mod:`lagebild.store.terms` (title, body, compound parts),
keyed by the article's rowid, so the text is stored once, in the article JSON.
Snippets are built from that text in Python (:mod:`lagebild.store.snippet`).

The schema and the query SQL live in :mod:`lagebild.store.sqlite_sql`. Migrations
are numbered by ``PRAGMA user_version``; opening a file applies the
missing ones in one transaction, so opening twice (or from two processes) is safe.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

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
)
from lagebild.store.query import Query, parse_query
from lagebild.store.ranked import Ranked, RankedCache
from lagebild.store.records import Record, load_article, period_where, record, reject_at
from lagebild.store.snippet import snippet
from lagebild.store.sqlite_facets import FACET_ROWS, FacetIds, entity_tag_facets
from lagebild.store.sqlite_sql import (
    ENTITY_DAY_ADD,
    ENTITY_DAY_SQL,
    FACET_SQL,
    MIGRATIONS,
    NEWEST,
    NEWEST_HINT,
    SOURCE_COUNT_SQL,
    SOURCE_DAY_SQL,
    UNDATED,
    Matching,
    iso,
    matching,
    source_day_facets,
)
from lagebild.store.story_rows import StoryRows
from lagebild.store.terms import fold

__all__ = ["MIGRATIONS", "SqliteStore"]

_PAGE = 500  # articles read per query while iterating
_CHUNK = 500  # locations asked about per query (well below SQLite's 32766 parameters)
#: SQLite's page cache per connection (KiB when negative): the compact tables of search
#: (article_meta, facet ids, FTS5 doclists of common words) stay in it at 100,000 articles
_CACHE_KIB = 65536


class SqliteStore(ContextStore):
    """A collection in one SQLite file (``":memory:"`` for a throwaway one)."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as error:
            raise StoreError(
                f"cannot open the SQLite collection {self.path!r} ({error}); "
                "check that its folder exists and is writable"
            ) from None
        self._lock = threading.RLock()
        self._ranked = RankedCache()
        self._facet_ids = FacetIds()
        self._writes = 0  # commits of this connection: with PRAGMA data_version, what the cache keys on
        self._db.execute("PRAGMA journal_mode = WAL")
        # NORMAL is durable across application crashes in WAL mode; only a power cut
        # may lose the last commits, which a re-ingest adds again (add is idempotent)
        self._db.execute("PRAGMA synchronous = NORMAL")
        self._db.execute("PRAGMA foreign_keys = ON")
        self._db.execute("PRAGMA busy_timeout = 10000")
        self._db.execute(f"PRAGMA cache_size = -{_CACHE_KIB}")
        self._migrate()

    # -- schema --------------------------------------------------------------
    def _migrate(self) -> None:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                version = int(self._db.execute("PRAGMA user_version").fetchone()[0])
                if version > len(MIGRATIONS):
                    raise StoreError(
                        f"{self.path!r} was written by a newer lagebild (schema {version}, this one "
                        f"knows {len(MIGRATIONS)}); upgrade lagebild to open it"
                    )
                for statements in MIGRATIONS[version:]:
                    for statement in statements:
                        self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {len(MIGRATIONS)}")
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    # -- writing -------------------------------------------------------------
    def add(self, article: Article) -> bool:
        return self.add_many([article]) == 1

    def add_many(self, articles: Sequence[Article]) -> int:
        """Add several articles in one transaction (faster); returns how many were new."""
        return sum(self._write([(None, a) for a in articles], ()))

    def add_batch(self, stored: Sequence[tuple[str, Article]], rejects: Sequence[Reject] = ()) -> list[bool]:
        return self._write(stored, rejects)

    def _write(self, stored: Sequence[tuple[str | None, Article]], rejects: Sequence[Reject]) -> list[bool]:
        records = [(location, record(a)) for location, a in stored]  # outside the lock: the slow part
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                new = [self._insert(rec) for _, rec in records]
                now = iso(datetime.now(UTC))
                for location, rec in records:
                    if location is None:
                        continue
                    self._db.execute(
                        "INSERT OR REPLACE INTO documents (location, article, at) VALUES (?, ?, ?)",
                        (location, rec.id, now),
                    )
                    self._db.execute("DELETE FROM rejects WHERE location = ?", (location,))
                for reject in rejects:
                    self._reject(reject)
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                self._facet_ids.forget()  # ids handed out in this transaction are gone
                raise
            finally:
                self._writes += 1
        return new

    def _insert(self, rec: Record) -> bool:
        cursor = self._db.execute(
            "INSERT INTO articles (id, url, source, source_folded, published, title, "
            "text_hash, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
            (
                rec.id,
                rec.url,
                rec.source,
                rec.source_folded,
                iso(rec.published),
                rec.title,
                rec.text_hash,
                rec.json,
            ),
        )
        if cursor.rowcount == 0:
            return False
        seq = cursor.lastrowid
        self._db.execute(
            "INSERT INTO fts (rowid, title, body, parts) VALUES (?, ?, ?, ?)",
            (seq, rec.fields.title, rec.fields.body, rec.fields.parts),
        )
        self._db.executemany(
            "INSERT INTO article_tags (label, article, shown) VALUES (?, ?, ?)",
            [(label, seq, shown) for label, shown in zip(rec.tags, rec.tag_labels, strict=True)],
        )
        self._db.executemany(
            "INSERT INTO article_entities (name, article, shown) VALUES (?, ?, ?)",
            [(name, seq, shown) for name, shown in zip(rec.entities, rec.entity_labels, strict=True)],
        )
        published = iso(rec.published)
        if published is not None:
            self._db.executemany(ENTITY_DAY_ADD, [(name, published[:10]) for name in rec.entities])
        self._db.execute(
            "INSERT INTO article_meta (seq, source_folded, source, published, facets) VALUES (?, ?, ?, ?, ?)",
            (seq, rec.source_folded, rec.source, published, self._facet_ids.encode(self._db, rec)),
        )
        self._db.execute(
            "INSERT INTO article_texts (seq, published, start, text) VALUES (?, ?, ?, ?)",
            (seq, rec.shown_published, rec.start, rec.text),
        )
        return True

    def _reject(self, reject: Reject) -> None:
        self._db.execute(
            "INSERT INTO rejects (location, reason, message, at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (location) DO UPDATE SET reason = excluded.reason, "
            "message = excluded.message, at = excluded.at",
            (reject.location, reject.reason, reject.message, reject_at(reject)),
        )

    def ingested(self, locations: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for i in range(0, len(locations), _CHUNK):
            chunk = list(locations[i : i + _CHUNK])
            marks = ", ".join("?" * len(chunk))
            found.update(
                r[0] for r in self._rows(f"SELECT location FROM documents WHERE location IN ({marks})", chunk)
            )
        return found

    def add_reject(self, reject: Reject) -> None:
        with self._lock:
            self._reject(reject)

    # -- reading -------------------------------------------------------------
    def _rows(self, sql: str, params: Sequence[object] = ()) -> list[Any]:
        with self._lock:
            return list(self._db.execute(sql, params).fetchall())

    def get(self, article_id: str) -> Article | None:
        rows = self._rows("SELECT json FROM articles WHERE id = ?", (article_id,))
        return load_article(rows[0][0]) if rows else None

    def count(self) -> int:
        return int(self._rows("SELECT count(*) FROM articles")[0][0])

    def articles(
        self, *, since: datetime | None = None, until: datetime | None = None, undated: bool = False
    ) -> Iterator[Article]:
        where, params = period_where(since, until, undated=undated, mark="?", value=iso)
        sql = f"SELECT seq, json FROM articles WHERE {where} ORDER BY seq LIMIT {_PAGE}"
        last = 0
        while True:  # pages by key, so no cursor stays open between two yields
            rows = self._rows(sql, [last, *params])
            for seq, text in rows:
                yield load_article(text)
                last = seq
            if len(rows) < _PAGE:
                return

    def newest(self) -> datetime | None:
        value = self._rows("SELECT max(published) FROM articles")[0][0]
        return None if value is None else datetime.fromisoformat(value)

    def rejects(self) -> list[Reject]:
        rows = self._rows("SELECT location, reason, message, at FROM rejects ORDER BY seq")
        return [
            Reject(loc, reason, msg, None if at is None else datetime.fromisoformat(at))
            for loc, reason, msg, at in rows
        ]

    def _version(self) -> tuple[int, int]:
        """Changes since the cache was filled: this connection's commits and everyone else's."""
        return self._writes, int(self._db.execute("PRAGMA data_version").fetchone()[0])

    def _rank(self, query: Query, m: Matching, enough: int) -> Ranked:
        """The total and the best ``enough`` (at least FACET_SAMPLE) matches, cached per query.

        A search page asks for a page of hits and for facets over the same matches:
        ranking them once serves both, and the next page too.
        """
        with self._lock:
            version = self._version()
            found = self._ranked.get(query, version, enough)
            if found is not None:
                return found
            count = f"SELECT count(*) FROM {m.source} WHERE {m.condition}"
            total = int(self._db.execute(count, m.params).fetchone()[0])
            want = max(enough, FACET_SAMPLE)
            if m.text:
                best = self._db.execute(
                    f"SELECT {m.seq}, {m.score} AS score FROM {m.source} WHERE {m.condition} "
                    f"ORDER BY {m.order} LIMIT ?",
                    [*m.params, want],
                ).fetchall()
            else:
                best = self._newest(m, total, want)
            ranked = Ranked(total, [(int(seq), float(score)) for seq, score in best])
            self._ranked.put(query, version, ranked)
            return ranked

    def _newest(self, m: Matching, total: int, want: int) -> list[Any]:
        """The newest ``want`` of ``total`` matches of a filters-only query, then the undated."""
        articles = int(self._db.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()[0])
        # walking the date index meets a match every articles/total rows; starting from the
        # filter reads all ``total``: walk when that is cheaper
        hint = NEWEST_HINT if total * total > articles * want else ""
        rows = self._db.execute(NEWEST.format(hint=hint, condition=m.condition), [*m.params, want]).fetchall()
        if len(rows) < want:
            rest = want - len(rows)
            rows += self._db.execute(UNDATED.format(condition=m.condition), [*m.params, rest]).fetchall()
        return rows

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> SearchResults:
        check_page(limit, offset)
        parsed = parse_query(query)
        ranked = self._rank(parsed, matching(parsed), offset + limit)
        page = ranked.best[offset : offset + limit]
        # the texts of the page only, from article_texts: the article JSON is ~15 times larger
        marks = ", ".join("?" * len(page))
        details = {
            row[0]: row[1:]
            for row in self._rows(
                "SELECT a.seq, a.id, a.title, a.source, a.url, x.text, x.published, x.start "
                f"FROM articles a JOIN article_texts x ON x.seq = a.seq WHERE a.seq IN ({marks})",
                [seq for seq, _ in page],
            )
        }
        hits = [_hit(details[seq], score, parsed) for seq, score in page]
        return SearchResults(total=ranked.total, hits=hits)

    def facets(self, query: str, *, size: int = 10, sample: int | None = FACET_SAMPLE) -> Facets:
        parsed = parse_query(query)
        m = matching(parsed)
        if sample is not None:
            seqs = [seq for seq, _ in self._rank(parsed, m, sample).best[:sample]]
            with self._lock:
                rows = self._db.execute(FACET_ROWS, [json.dumps(seqs)]).fetchall()
                entity, tag = entity_tag_facets(self._db, [row[3] for row in rows], size)
            source, day = source_day_facets([row[:3] for row in rows], size)
            return Facets(source=source, entity=entity, tag=tag, day=day, counted=len(seqs))
        # every match: grouped in SQL, in time that grows with their number
        best, params = f"SELECT {m.seq} AS seq FROM {m.source} WHERE {m.condition}", list(m.params)
        counted = self._rank(parsed, m, 0).total
        counts = {
            name: [Facet(str(v), int(n)) for v, n in self._rows(sql.format(best=best), [*params, size])]
            for name, sql in FACET_SQL.items()
        }
        source, day = source_day_facets(self._rows(SOURCE_DAY_SQL.format(best=best), params), size)
        return Facets(source=source, day=day, **counts, counted=counted)

    def source_counts(self) -> list[Facet]:
        return [Facet(str(value), int(n)) for value, n in self._rows(SOURCE_COUNT_SQL)]

    def entity_days(self, name: str) -> list[Facet]:
        return [Facet(str(day), int(n)) for day, n in self._rows(ENTITY_DAY_SQL, (fold(name),))]

    # -- stories (lagebild.store.story_rows) ------------------------------------
    def _story_rows(self) -> StoryRows:
        return StoryRows(self._rows, self._many, "?")

    def _many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self._db.executemany(sql, rows)

    def save_stories(self, stories: Sequence[Story], new: Mapping[str, str] | None = None) -> None:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._story_rows().save(stories, new)
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise

    def stories(self, *, since: datetime | None = None, until: datetime | None = None) -> list[Story]:
        return self._story_rows().stories(since, until)

    def story_of(self, article_id: str) -> Story | None:
        return self._story_rows().story_of(article_id)

    def unstoried(self) -> list[str]:
        return self._story_rows().unstoried()

    def close(self) -> None:
        with self._lock:
            # SQLite's advice for long-lived connections: refresh the planner's statistics where
            # they are missing or stale (cheap when nothing changed); a read-only or busy file
            # keeps them until the next close
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("PRAGMA optimize")
            self._db.close()


def _hit(row: Sequence[Any], score: float, query: Query) -> SearchHit:
    article_id, title, source, url, text, published, start = row
    return SearchHit(
        article_id=article_id,
        title=title,
        score=score,
        snippet=snippet(text, query, start=start or 0),
        source=source,
        published=None if published is None else datetime.fromisoformat(published),
        url=url,
    )
