"""SqliteStore: the embedded default, one file, WAL, FTS5 with bm25() ranking.

The full-text table is contentless (``content=''``): it holds only the index of
the term strings of :mod:`lagebild.store.terms` (title, body, compound parts),
keyed by the article's rowid, so the text is stored once, in the article JSON.
Snippets are built from that text in Python (:mod:`lagebild.store.snippet`).

Migrations are numbered by ``PRAGMA user_version``; opening a file applies the
missing ones in one transaction, so opening twice (or from two processes) is safe.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from lagebild.model import Article, Reject, from_json
from lagebild.store.base import ContextStore, SearchHit, SearchResults, StoreError, check_page, utc
from lagebild.store.query import Phrase, Query, Term, parse_query
from lagebild.store.records import record, reject_at
from lagebild.store.snippet import snippet

__all__ = ["MIGRATIONS", "SqliteStore"]

#: bm25() weights of the FTS columns title, body, parts: a word in the title
#: counts as five in the body; a compound part less than the word itself.
BM25_WEIGHTS = (5.0, 1.0, 0.3)

#: Schema migrations; entry ``n`` brings a file from user_version ``n`` to ``n + 1``.
#: Never edit a released entry: append a new one.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE articles (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            url TEXT,
            source TEXT,
            source_folded TEXT,
            published TEXT,
            title TEXT,
            text_hash TEXT NOT NULL,
            json TEXT NOT NULL
        )""",
        "CREATE INDEX articles_published ON articles (published)",
        "CREATE INDEX articles_source ON articles (source_folded)",
        "CREATE INDEX articles_text_hash ON articles (text_hash)",
        """CREATE TABLE article_tags (
            label TEXT NOT NULL,
            article INTEGER NOT NULL REFERENCES articles (seq),
            PRIMARY KEY (label, article)
        ) WITHOUT ROWID""",
        """CREATE TABLE article_entities (
            name TEXT NOT NULL,
            article INTEGER NOT NULL REFERENCES articles (seq),
            PRIMARY KEY (name, article)
        ) WITHOUT ROWID""",
        """CREATE TABLE rejects (
            seq INTEGER PRIMARY KEY,
            location TEXT NOT NULL UNIQUE,
            reason TEXT NOT NULL,
            message TEXT NOT NULL,
            at TEXT
        )""",
        # the terms are ours (lemmas, case-folded): keep umlauts, which tell words apart
        """CREATE VIRTUAL TABLE fts USING fts5 (
            title, body, parts, content = '', tokenize = 'unicode61 remove_diacritics 0'
        )""",
    ),
)

_PAGE = 500  # articles read per query while iterating
# where a snippet without matches starts: the first block after the title
_SNIPPET_START = (
    "SELECT json_extract(b.value, '$.span.start') FROM json_each(a.json, '$.blocks') b "
    "WHERE json_extract(b.value, '$.kind') <> 'title' LIMIT 1"
)


def _iso(moment: datetime | None) -> str | None:
    """UTC ISO text of fixed width, so that text order is time order."""
    return None if moment is None else utc(moment).isoformat(timespec="microseconds")


def _fts_term(term: Term) -> str:
    return "(" + " OR ".join(f'"{form}"' for form in term.forms) + ")"


def _fts_phrase(phrase: Phrase) -> str:
    # a phrase is a run of body words; the title and parts columns never hold one
    return 'body : "' + " ".join(phrase.words) + '"'


def fts_match(terms: Sequence[Term], phrases: Sequence[Phrase], *, joiner: str) -> str:
    """An FTS5 MATCH expression. Terms are alphanumeric, so quoting them is safe."""
    return f" {joiner} ".join([_fts_term(t) for t in terms] + [_fts_phrase(p) for p in phrases])


def _filters(query: Query) -> tuple[list[str], list[object]]:
    where: list[str] = []
    params: list[object] = []
    if query.sources:
        where.append(f"a.source_folded IN ({', '.join('?' * len(query.sources))})")
        params += query.sources
    for label in query.tags:
        where.append("EXISTS (SELECT 1 FROM article_tags t WHERE t.label = ? AND t.article = a.seq)")
        params.append(label)
    for name in query.entities:
        where.append("EXISTS (SELECT 1 FROM article_entities e WHERE e.name = ? AND e.article = a.seq)")
        params.append(name)
    if query.since is not None:
        where.append("a.published >= ?")
        params.append(_iso(query.since))
    if query.until is not None:
        where.append("a.published < ?")
        params.append(_iso(query.until))
    if query.exclude_terms or query.exclude_phrases:
        where.append("a.seq NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?)")
        params.append(fts_match(query.exclude_terms, query.exclude_phrases, joiner="OR"))
    return where, params


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
        self._db.execute("PRAGMA journal_mode = WAL")
        # NORMAL is durable across application crashes in WAL mode; only a power cut
        # may lose the last commits, which a re-ingest adds again (add is idempotent)
        self._db.execute("PRAGMA synchronous = NORMAL")
        self._db.execute("PRAGMA foreign_keys = ON")
        self._db.execute("PRAGMA busy_timeout = 10000")
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
        records = [record(a) for a in articles]  # outside the lock: the slow part
        added = 0
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for rec in records:
                    cursor = self._db.execute(
                        "INSERT INTO articles (id, url, source, source_folded, published, title, "
                        "text_hash, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                        (
                            rec.id,
                            rec.url,
                            rec.source,
                            rec.source_folded,
                            _iso(rec.published),
                            rec.title,
                            rec.text_hash,
                            rec.json,
                        ),
                    )
                    if cursor.rowcount == 0:
                        continue
                    seq = cursor.lastrowid
                    added += 1
                    self._db.execute(
                        "INSERT INTO fts (rowid, title, body, parts) VALUES (?, ?, ?, ?)",
                        (seq, rec.fields.title, rec.fields.body, rec.fields.parts),
                    )
                    self._db.executemany(
                        "INSERT INTO article_tags (label, article) VALUES (?, ?)",
                        [(label, seq) for label in rec.tags],
                    )
                    self._db.executemany(
                        "INSERT INTO article_entities (name, article) VALUES (?, ?)",
                        [(name, seq) for name in rec.entities],
                    )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return added

    def add_reject(self, reject: Reject) -> None:
        with self._lock:
            self._db.execute(
                "INSERT INTO rejects (location, reason, message, at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (location) DO UPDATE SET reason = excluded.reason, "
                "message = excluded.message, at = excluded.at",
                (reject.location, reject.reason, reject.message, reject_at(reject)),
            )

    # -- reading -------------------------------------------------------------
    def _rows(self, sql: str, params: Sequence[object] = ()) -> list[Any]:
        with self._lock:
            return list(self._db.execute(sql, params).fetchall())

    def get(self, article_id: str) -> Article | None:
        rows = self._rows("SELECT json FROM articles WHERE id = ?", (article_id,))
        return from_json(Article, rows[0][0]) if rows else None

    def count(self) -> int:
        return int(self._rows("SELECT count(*) FROM articles")[0][0])

    def articles(self, *, since: datetime | None = None, until: datetime | None = None) -> Iterator[Article]:
        where, params = ["seq > ?"], []
        if since is not None:
            where.append("published >= ?")
            params.append(_iso(since))
        if until is not None:
            where.append("published < ?")
            params.append(_iso(until))
        sql = f"SELECT seq, json FROM articles WHERE {' AND '.join(where)} ORDER BY seq LIMIT {_PAGE}"
        last = 0
        while True:  # pages by key, so no cursor stays open between two yields
            rows = self._rows(sql, [last, *params])
            for seq, text in rows:
                yield from_json(Article, text)
                last = seq
            if len(rows) < _PAGE:
                return

    def rejects(self) -> list[Reject]:
        rows = self._rows("SELECT location, reason, message, at FROM rejects ORDER BY seq")
        return [
            Reject(loc, reason, msg, None if at is None else datetime.fromisoformat(at))
            for loc, reason, msg, at in rows
        ]

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> SearchResults:
        check_page(limit, offset)
        parsed = parse_query(query)
        where, params = _filters(parsed)
        if parsed.has_text:
            where.insert(0, "fts MATCH ?")
            params.insert(0, fts_match(parsed.terms, parsed.phrases, joiner="AND"))
            source = "fts JOIN articles a ON a.seq = fts.rowid"
            weights = ", ".join(str(w) for w in BM25_WEIGHTS)
            score, order = f"-bm25(fts, {weights})", "score DESC, a.seq"
        else:
            source, score, order = "articles a", "0.0", "a.published IS NULL, a.published DESC, a.seq"
        condition = " AND ".join(where) or "1"
        total = int(self._rows(f"SELECT count(*) FROM {source} WHERE {condition}", params)[0][0])
        # rank first, read the 20 texts after: columns computed in the ranking query
        # would be computed for every match, not only for the page
        page = self._rows(
            f"SELECT a.seq, {score} AS score FROM {source} WHERE {condition} "
            f"ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        marks = ", ".join("?" * len(page))
        details = {
            row[0]: row[1:]
            for row in self._rows(
                "SELECT a.seq, a.id, a.title, a.source, a.url, json_extract(a.json, '$.text'), "
                f"json_extract(a.json, '$.published'), ({_SNIPPET_START}) "
                f"FROM articles a WHERE a.seq IN ({marks})",
                [seq for seq, _ in page],
            )
        }
        hits = [_hit(details[seq], float(score), parsed) for seq, score in page]
        return SearchResults(total=total, hits=hits)

    def close(self) -> None:
        with self._lock:
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
