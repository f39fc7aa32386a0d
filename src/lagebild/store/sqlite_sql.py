"""The SQL of :class:`~lagebild.store.sqlite.SqliteStore`: schema migrations and query building.

Kept apart from the class so that each stays small; nothing here touches a connection.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from lagebild.store.base import utc
from lagebild.store.query import Phrase, Query, Term

__all__ = ["BM25_WEIGHTS", "FACET_SQL", "MIGRATIONS", "Matching", "fts_match", "iso", "matching"]

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
    (
        # 2: the spelling facets show, and the ingest log that lets a rerun skip stored input
        "ALTER TABLE article_tags ADD COLUMN shown TEXT",
        "ALTER TABLE article_entities ADD COLUMN shown TEXT",
        """CREATE TABLE documents (
            location TEXT PRIMARY KEY,
            article TEXT NOT NULL,
            at TEXT
        ) WITHOUT ROWID""",
    ),
    (
        # 3: facets join the matching articles to their entities and tags; without an index
        # by article, each matching row scanned the whole table (627 ms -> 3 ms at 2,000)
        "CREATE INDEX article_tags_article ON article_tags (article)",
        "CREATE INDEX article_entities_article ON article_entities (article)",
    ),
)


def iso(moment: datetime | None) -> str | None:
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
        params.append(iso(query.since))
    if query.until is not None:
        where.append("a.published < ?")
        params.append(iso(query.until))
    if query.exclude_terms or query.exclude_phrases:
        where.append("a.seq NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?)")
        params.append(fts_match(query.exclude_terms, query.exclude_phrases, joiner="OR"))
    return where, params


@dataclass(frozen=True, slots=True)
class Matching:
    """The articles a query matches: ``SELECT ... FROM {source} WHERE {condition}``."""

    source: str  # names the articles table ``a``
    condition: str
    params: list[object]
    score: str
    order: str


def matching(query: Query) -> Matching:
    where, params = _filters(query)
    if query.has_text:
        where.insert(0, "fts MATCH ?")
        params.insert(0, fts_match(query.terms, query.phrases, joiner="AND"))
        weights = ", ".join(str(w) for w in BM25_WEIGHTS)
        return Matching(
            "fts JOIN articles a ON a.seq = fts.rowid",
            " AND ".join(where),
            params,
            f"-bm25(fts, {weights})",
            "score DESC, a.seq",
        )
    order = "a.published IS NULL, a.published DESC, a.seq"
    return Matching("articles a", " AND ".join(where) or "1", params, "0.0", order)


#: Facet queries over a Matching: ``{source}``, ``{condition}`` filled in; then one ``?`` for the size.
FACET_SQL = {
    "source": "SELECT min(a.source), count(*) AS n FROM {source} WHERE {condition} "
    "AND a.source_folded IS NOT NULL GROUP BY a.source_folded ORDER BY n DESC, 1 LIMIT ?",
    "entity": "SELECT coalesce(min(e.shown), e.name), count(*) AS n FROM {source} "
    "JOIN article_entities e ON e.article = a.seq WHERE {condition} GROUP BY e.name "
    "ORDER BY n DESC, 1 LIMIT ?",
    "tag": "SELECT coalesce(min(t.shown), t.label), count(*) AS n FROM {source} "
    "JOIN article_tags t ON t.article = a.seq WHERE {condition} GROUP BY t.label "
    "ORDER BY n DESC, 1 LIMIT ?",
    "day": "SELECT substr(a.published, 1, 10) AS d, count(*) FROM {source} WHERE {condition} "
    "AND a.published IS NOT NULL GROUP BY d ORDER BY d DESC LIMIT ?",
}
