"""The SQL of :class:`~lagebild.store.sqlite.SqliteStore`: schema migrations and query building.

Kept apart from the class so that each stays small; nothing here touches a connection.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from lagebild.store.base import Facet, utc
from lagebild.store.query import Phrase, Query, Term
from lagebild.store.story_rows import STORY_TABLES

__all__ = [
    "BM25_WEIGHTS",
    "ENTITY_DAY_ADD",
    "ENTITY_DAY_SQL",
    "FACET_SQL",
    "MIGRATIONS",
    "NEWEST",
    "NEWEST_HINT",
    "SOURCE_COUNT_SQL",
    "SOURCE_DAY_SQL",
    "UNDATED",
    "Matching",
    "fts_match",
    "iso",
    "matching",
    "source_day_facets",
]

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
    (
        # 4: an entity page's timeline reads its days here instead of counting every article
        # that names it; the outlet counts of the sources page read the index alone
        """CREATE TABLE entity_days (
            name TEXT NOT NULL,
            day TEXT NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (name, day)
        ) WITHOUT ROWID""",
        "INSERT INTO entity_days (name, day, n) SELECT e.name, substr(a.published, 1, 10), count(*) "
        "FROM article_entities e JOIN articles a ON a.seq = e.article "
        "WHERE a.published IS NOT NULL GROUP BY 1, 2",
        "CREATE INDEX articles_source_shown ON articles (source_folded, source)",
        "DROP INDEX articles_source",
        # facets read an article's names from the index alone (migration 3 pointed to the rows)
        "CREATE INDEX article_entities_cover ON article_entities (article, name, shown)",
        "DROP INDEX article_entities_article",
        "CREATE INDEX article_tags_cover ON article_tags (article, label, shown)",
        "DROP INDEX article_tags_article",
    ),
    (
        # 5: search at 100,000 articles. An articles row is mostly its JSON (every token and
        # span, ~45 kB): filtering, counting facets or showing a hit read pages of it per match.
        # article_meta holds what filters and facets read, ~100 bytes a row, so it stays in the
        # cache; its ``facets`` column lists the article's entities and tags as ids of
        # facet_values ("e12 t3"), so facets over 1,000 matches are one read of 1,000 small
        # rows instead of joins over ~30,000 index rows (18 ms -> 3 ms at 100,000).
        """CREATE TABLE facet_values (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            value TEXT NOT NULL,
            shown TEXT,
            UNIQUE (kind, value)
        )""",
        """CREATE TABLE article_meta (
            seq INTEGER PRIMARY KEY,
            source_folded TEXT,
            source TEXT,
            published TEXT,
            facets TEXT NOT NULL
        )""",
        "CREATE INDEX article_meta_published ON article_meta (published)",
        "CREATE INDEX article_meta_source ON article_meta (source_folded)",
        # what a hit shows: the text for its snippet, without parsing the article JSON
        """CREATE TABLE article_texts (
            seq INTEGER PRIMARY KEY,
            published TEXT,
            start INTEGER NOT NULL,
            text TEXT NOT NULL
        )""",
        "INSERT INTO facet_values (kind, value, shown) "
        "SELECT 'e', name, min(shown) FROM article_entities GROUP BY name",
        "INSERT INTO facet_values (kind, value, shown) "
        "SELECT 't', label, min(shown) FROM article_tags GROUP BY label",
        "INSERT INTO article_meta (seq, source_folded, source, published, facets) "
        "SELECT a.seq, a.source_folded, a.source, a.published, trim(coalesce(("
        "SELECT group_concat('e' || f.id, ' ') FROM article_entities e JOIN facet_values f "
        "ON f.kind = 'e' AND f.value = e.name WHERE e.article = a.seq), '') || ' ' || coalesce(("
        "SELECT group_concat('t' || f.id, ' ') FROM article_tags t JOIN facet_values f "
        "ON f.kind = 't' AND f.value = t.label WHERE t.article = a.seq), '')) FROM articles a",
        "INSERT INTO article_texts (seq, published, start, text) "
        "SELECT a.seq, json_extract(a.json, '$.published'), coalesce(("
        "SELECT json_extract(b.value, '$.span.start') FROM json_each(a.json, '$.blocks') b "
        "WHERE json_extract(b.value, '$.kind') <> 'title' LIMIT 1), 0), json_extract(a.json, '$.text') "
        "FROM articles a",
    ),
    # 6: the stories found at ingest (lagebild.collection.stories), so pages read them
    STORY_TABLES,
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


def _filters(query: Query, seq: str, *, text: bool) -> tuple[list[str], list[object]]:
    """The conditions of the filters; ``seq`` names the article's rowid (``a.seq`` or ``fts.rowid``).

    With words (``text``), the full-text index must choose the rows: the unary ``+``
    keeps SQLite from starting at a filter (an index of sources, dates, entities)
    and then asking FTS5 about each of those rows, a full-text query each (100 ms
    for "Lawine source:Ostseeblatt", 330 ms for "Streik tag:Streik" at 20,000).
    """
    where: list[str] = []
    params: list[object] = []
    plus = "+" if text else ""
    if query.sources:
        where.append(f"{plus}a.source_folded IN ({', '.join('?' * len(query.sources))})")
        params += query.sources
    # IN, not EXISTS: SQLite can then start from the few articles of a rare entity
    for label in query.tags:
        where.append(f"{plus}{seq} IN (SELECT article FROM article_tags WHERE label = ?)")
        params.append(label)
    for name in query.entities:
        where.append(f"{plus}{seq} IN (SELECT article FROM article_entities WHERE name = ?)")
        params.append(name)
    if query.since is not None:
        where.append(f"{plus}a.published >= ?")
        params.append(iso(query.since))
    if query.until is not None:
        where.append(f"{plus}a.published < ?")
        params.append(iso(query.until))
    if query.exclude_terms or query.exclude_phrases:
        where.append(f"{seq} NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?)")
        params.append(fts_match(query.exclude_terms, query.exclude_phrases, joiner="OR"))
    return where, params


@dataclass(frozen=True, slots=True)
class Matching:
    """The articles a query matches: ``SELECT {seq} FROM {source} WHERE {condition}``.

    A query with words ranks by ``score``; one with filters only (``text`` false)
    lists the newest first: :data:`NEWEST` and :data:`UNDATED` read that order from
    the index on ``published`` instead of sorting every match.
    """

    source: str
    condition: str
    params: list[object]
    score: str
    order: str
    seq: str = "a.seq"  # the article's rowid in ``source``
    text: bool = True


def matching(query: Query) -> Matching:
    if not query.has_text:
        where, params = _filters(query, "a.seq", text=False)
        return Matching("article_meta a", " AND ".join(where) or "1", params, "0.0", "", text=False)
    # article_meta only when a filter reads its columns: joining it costs a row per match
    seq = "a.seq" if query.sources or query.since or query.until else "fts.rowid"
    where, params = _filters(query, seq, text=True)
    where.insert(0, "fts MATCH ?")
    params.insert(0, fts_match(query.terms, query.phrases, joiner="AND"))
    weights = ", ".join(str(w) for w in BM25_WEIGHTS)
    source = "fts JOIN article_meta a ON a.seq = fts.rowid" if seq == "a.seq" else "fts"
    return Matching(source, " AND ".join(where), params, f"-bm25(fts, {weights})", f"score DESC, {seq}", seq)


#: The newest dated matches of a filters-only Matching (``{hint}``, ``{condition}``; then the limit).
#: ``{hint}`` forces the index on ``published`` when matches are many (the first thousand come
#: soon), else is empty and SQLite starts from the filter (the few articles of a rare entity).
NEWEST = (
    "SELECT a.seq, 0.0 FROM article_meta a {hint} WHERE ({condition}) AND a.published IS NOT NULL "
    "ORDER BY a.published DESC, a.seq LIMIT ?"
)
NEWEST_HINT = "INDEXED BY article_meta_published"
#: The undated matches after them, in the order they were added.
UNDATED = (
    "SELECT a.seq, 0.0 FROM article_meta a WHERE ({condition}) AND a.published IS NULL ORDER BY a.seq LIMIT ?"
)


#: Facet queries over ``{best}``, a subquery of the counted articles' ``seq``; then one ``?`` for the
#: size. The (article, name, shown) indexes of migration 4 answer them without the tables' rows.
FACET_SQL = {
    "entity": "SELECT coalesce(min(e.shown), e.name), count(*) AS n FROM ({best}) b "
    "JOIN article_entities e ON e.article = b.seq GROUP BY e.name ORDER BY n DESC, 1 LIMIT ?",
    "tag": "SELECT coalesce(min(t.shown), t.label), count(*) AS n FROM ({best}) b "
    "JOIN article_tags t ON t.article = b.seq GROUP BY t.label ORDER BY n DESC, 1 LIMIT ?",
}
#: The source and the day of the counted articles, read once for both facets.
SOURCE_DAY_SQL = (
    "SELECT a.source_folded, a.source, substr(a.published, 1, 10) FROM ({best}) b "
    "JOIN articles a ON a.seq = b.seq"
)


def source_day_facets(
    rows: Sequence[tuple[str | None, str | None, str | None]], size: int
) -> tuple[list[Facet], list[Facet]]:
    """The source and day facets of ``(source_folded, source, day)`` rows, ordered as SQL would.

    Sources: the most first, ties by the shown spelling (the smallest of an outlet's
    spellings, as ``min()`` picks it); days: the newest first.
    """
    sources: Counter[str] = Counter()
    shown: dict[str, str] = {}
    days: Counter[str] = Counter()
    for folded, source, day in rows:
        if folded is not None and source is not None:
            sources[folded] += 1
            shown[folded] = min(shown.get(folded, source), source)
        if day is not None:
            days[day] += 1
    by_source = sorted((Facet(shown[k], n) for k, n in sources.items()), key=lambda f: (-f.count, f.value))
    by_day = [Facet(d, days[d]) for d in sorted(days, reverse=True)]
    return by_source[:size], by_day[:size]


#: Articles per outlet: the index (source_folded, source) answers it without the rows.
SOURCE_COUNT_SQL = (
    "SELECT min(source), count(*) AS n FROM articles WHERE source_folded IS NOT NULL "
    "GROUP BY source_folded ORDER BY n DESC, 1"
)
ENTITY_DAY_SQL = "SELECT day, n FROM entity_days WHERE name = ? ORDER BY day"
#: One more article of ``name`` on ``day`` (run for each entity of a new dated article).
ENTITY_DAY_ADD = (
    "INSERT INTO entity_days (name, day, n) VALUES (?, ?, 1) ON CONFLICT (name, day) DO UPDATE SET n = n + 1"
)
