"""PostgresStore: the server backend (psycopg 3), full text with tsvector and ts_rank.

The tsvector is built with the ``simple`` configuration (lower-casing only) over
the term strings of :mod:`lagebild.store.terms`, so PostgreSQL matches exactly
the lemmas the other backends match: title as weight A, body as B, compound
parts as C. Phrases are restricted to B, the body. Snippets come from
:mod:`lagebild.store.snippet` (ts_headline would show lemmas, not the text).

Migrations are numbered in the ``schema_version`` table and applied under an
advisory lock, so two processes opening a new database at once do not race.
``schema=`` keeps a collection in its own PostgreSQL schema (tests use one each).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from lagebild.model import Article, Reject, from_json
from lagebild.store.base import ContextStore, SearchHit, SearchResults, StoreError, check_page, utc
from lagebild.store.query import Phrase, Query, Term, parse_query
from lagebild.store.records import record, reject_at
from lagebild.store.snippet import snippet

if TYPE_CHECKING:
    import psycopg

__all__ = ["MIGRATIONS", "PostgresStore"]

#: Entry ``n`` brings a database from schema version ``n`` to ``n + 1``. Append only.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE articles (
            seq bigserial PRIMARY KEY,
            id text NOT NULL UNIQUE,
            url text,
            source text,
            source_folded text,
            published timestamptz,
            title text,
            text_hash text NOT NULL,
            doc json NOT NULL,
            tsv tsvector NOT NULL
        )""",
        "CREATE INDEX articles_tsv ON articles USING gin (tsv)",
        "CREATE INDEX articles_published ON articles (published)",
        "CREATE INDEX articles_source ON articles (source_folded)",
        "CREATE INDEX articles_text_hash ON articles (text_hash)",
        """CREATE TABLE article_tags (
            label text NOT NULL,
            article bigint NOT NULL REFERENCES articles (seq),
            PRIMARY KEY (label, article)
        )""",
        """CREATE TABLE article_entities (
            name text NOT NULL,
            article bigint NOT NULL REFERENCES articles (seq),
            PRIMARY KEY (name, article)
        )""",
        """CREATE TABLE rejects (
            seq bigserial PRIMARY KEY,
            location text NOT NULL UNIQUE,
            reason text NOT NULL,
            message text NOT NULL,
            at text
        )""",
    ),
)

_LOCK_KEY = 7_310_245_118  # advisory lock id of lagebild's migrations (any fixed number)
_PAGE = 500
_TSVECTOR = (
    "setweight(to_tsvector('simple', %s), 'A') || setweight(to_tsvector('simple', %s), 'B') "
    "|| setweight(to_tsvector('simple', %s), 'C')"
)
# ts_rank normalisation 1: divide by 1 + log(length), as bm25 does for long texts
_RANK = "ts_rank(a.tsv, to_tsquery('simple', %s), 1)"
_SNIPPET_START = (
    "SELECT (b -> 'span' ->> 'start')::int FROM json_array_elements(a.doc -> 'blocks') "
    "WITH ORDINALITY AS x (b, n) WHERE b ->> 'kind' <> 'title' ORDER BY n LIMIT 1"
)


def _ts_term(term: Term) -> str:
    return "(" + " | ".join(f"'{form}'" for form in term.forms) + ")"


def _ts_phrase(phrase: Phrase) -> str:
    return "(" + " <-> ".join(f"'{word}':B" for word in phrase.words) + ")"


def tsquery(terms: Sequence[Term], phrases: Sequence[Phrase], *, joiner: str) -> str:
    """A to_tsquery() expression; terms are alphanumeric, so quoting them is safe."""
    return f" {joiner} ".join([_ts_term(t) for t in terms] + [_ts_phrase(p) for p in phrases])


def _filters(query: Query) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if query.sources:
        where.append("a.source_folded = ANY(%s)")
        params.append(list(query.sources))
    for label in query.tags:
        where.append("EXISTS (SELECT 1 FROM article_tags t WHERE t.label = %s AND t.article = a.seq)")
        params.append(label)
    for name in query.entities:
        where.append("EXISTS (SELECT 1 FROM article_entities e WHERE e.name = %s AND e.article = a.seq)")
        params.append(name)
    if query.since is not None:
        where.append("a.published >= %s")
        params.append(query.since)
    if query.until is not None:
        where.append("a.published < %s")
        params.append(query.until)
    if query.exclude_terms or query.exclude_phrases:
        where.append("NOT a.tsv @@ to_tsquery('simple', %s)")
        params.append(tsquery(query.exclude_terms, query.exclude_phrases, joiner="|"))
    return where, params


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
        records = [record(a) for a in articles]
        added = 0
        with self._lock, self._db.transaction():
            for rec in records:
                row = self._db.execute(
                    "INSERT INTO articles (id, url, source, source_folded, published, title, "
                    f"text_hash, doc, tsv) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, {_TSVECTOR}) "
                    "ON CONFLICT (id) DO NOTHING RETURNING seq",
                    (
                        rec.id,
                        rec.url,
                        rec.source,
                        rec.source_folded,
                        rec.published,
                        rec.title,
                        rec.text_hash,
                        rec.json,
                        rec.fields.title,
                        rec.fields.body,
                        rec.fields.parts,
                    ),
                ).fetchone()
                if row is None:
                    continue
                added += 1
                with self._db.cursor() as cursor:
                    cursor.executemany(
                        "INSERT INTO article_tags (label, article) VALUES (%s, %s)",
                        [(label, row[0]) for label in rec.tags],
                    )
                    cursor.executemany(
                        "INSERT INTO article_entities (name, article) VALUES (%s, %s)",
                        [(name, row[0]) for name in rec.entities],
                    )
        return added

    def add_reject(self, reject: Reject) -> None:
        with self._lock:
            self._db.execute(
                "INSERT INTO rejects (location, reason, message, at) VALUES (%s, %s, %s, %s) "
                "ON CONFLICT (location) DO UPDATE SET reason = excluded.reason, "
                "message = excluded.message, at = excluded.at",
                (reject.location, reject.reason, reject.message, reject_at(reject)),
            )

    # -- reading -------------------------------------------------------------
    def get(self, article_id: str) -> Article | None:
        rows = self._rows("SELECT doc::text FROM articles WHERE id = %s", (article_id,))
        return from_json(Article, rows[0][0]) if rows else None

    def count(self) -> int:
        return int(self._rows("SELECT count(*) FROM articles")[0][0])

    def articles(self, *, since: datetime | None = None, until: datetime | None = None) -> Iterator[Article]:
        where, params = ["seq > %s"], []
        if since is not None:
            where.append("published >= %s")
            params.append(utc(since))
        if until is not None:
            where.append("published < %s")
            params.append(utc(until))
        query = f"SELECT seq, doc::text FROM articles WHERE {' AND '.join(where)} ORDER BY seq LIMIT {_PAGE}"
        last = 0
        while True:
            rows = self._rows(query, [last, *params])
            for seq, doc in rows:
                yield from_json(Article, doc)
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
        score_params: list[Any] = []
        if parsed.has_text:
            text_query = tsquery(parsed.terms, parsed.phrases, joiner="&")
            where.insert(0, "a.tsv @@ to_tsquery('simple', %s)")
            params.insert(0, text_query)
            score, order = _RANK, "score DESC, a.seq"
            score_params = [text_query]
        else:
            score, order = "0.0", "a.published DESC NULLS LAST, a.seq"
        condition = " AND ".join(where) or "true"
        total = int(self._rows(f"SELECT count(*) FROM articles a WHERE {condition}", params)[0][0])
        # rank first, read the page's texts after (see SqliteStore.search)
        page = self._rows(
            f"SELECT a.seq, {score} AS score FROM articles a WHERE {condition} "
            f"ORDER BY {order} LIMIT %s OFFSET %s",
            [*score_params, *params, limit, offset],
        )
        details = {
            row[0]: row[1:]
            for row in self._rows(
                "SELECT a.seq, a.id, a.title, a.source, a.url, a.doc ->> 'text', "
                f"a.doc ->> 'published', ({_SNIPPET_START}) FROM articles a WHERE a.seq = ANY(%s)",
                [[seq for seq, _ in page]],
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
