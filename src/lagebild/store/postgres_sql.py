"""The SQL of :class:`~lagebild.store.postgres.PostgresStore`: migrations and query building."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from lagebild.store.query import Phrase, Query, Term
from lagebild.store.story_rows import STORY_TABLES

__all__ = [
    "ENTITY_DAY_SQL",
    "FACET_SQL",
    "MIGRATIONS",
    "RANK",
    "SOURCE_COUNT_SQL",
    "Matching",
    "matching",
    "tsquery",
]

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
    (
        # 2: the spelling facets show, and the ingest log that lets a rerun skip stored input
        "ALTER TABLE article_tags ADD COLUMN shown text",
        "ALTER TABLE article_entities ADD COLUMN shown text",
        "CREATE INDEX article_tags_article ON article_tags (article)",
        "CREATE INDEX article_entities_article ON article_entities (article)",
        """CREATE TABLE documents (
            location text PRIMARY KEY,
            article text NOT NULL,
            at timestamptz
        )""",
    ),
    (
        # 3: an entity page's timeline reads its days here instead of counting every article
        # that names it; the outlet counts of the sources page read the index alone
        """CREATE TABLE entity_days (
            name text NOT NULL,
            day text NOT NULL,
            n integer NOT NULL,
            PRIMARY KEY (name, day)
        )""",
        "INSERT INTO entity_days (name, day, n) SELECT e.name, "
        "to_char(a.published AT TIME ZONE 'UTC', 'YYYY-MM-DD'), count(*) "
        "FROM article_entities e JOIN articles a ON a.seq = e.article "
        "WHERE a.published IS NOT NULL GROUP BY 1, 2",
        "CREATE INDEX articles_source_shown ON articles (source_folded, source)",
        "DROP INDEX articles_source",
    ),
    (
        # 4: what a search hit shows, without sending and parsing the article JSON (~45 kB,
        # every token and span) for each hit of a page
        """CREATE TABLE article_texts (
            seq bigint PRIMARY KEY REFERENCES articles (seq),
            published text,
            start integer NOT NULL,
            text text NOT NULL
        )""",
        "INSERT INTO article_texts (seq, published, start, text) "
        "SELECT a.seq, a.doc->>'published', coalesce((SELECT (b->'span'->>'start')::integer "
        "FROM json_array_elements(a.doc->'blocks') b WHERE b->>'kind' <> 'title' LIMIT 1), 0), "
        "a.doc->>'text' FROM articles a",
    ),
    # 5: the stories found at ingest (lagebild.collection.stories), so pages read them
    STORY_TABLES,
    (
        # 6: the tsvector in a narrow table of its own, stored inline and uncompressed. In
        # articles it lay out of line in TOAST (3.3 kB on average), and ts_rank fetched it
        # from there for every match: 116,000 buffer reads to rank "Schweiz" (27,000 matches
        # at 100,000 articles), 2 s cold. Rows up to 8160 bytes stay in the table's pages.
        "CREATE TABLE article_rank (seq bigint PRIMARY KEY REFERENCES articles (seq), "
        "tsv tsvector NOT NULL) WITH (toast_tuple_target = 8160)",
        "ALTER TABLE article_rank ALTER COLUMN tsv SET STORAGE MAIN",
        # || '' makes a new, plain value of the TOASTed one
        "INSERT INTO article_rank (seq, tsv) SELECT seq, tsv || ''::tsvector FROM articles",
        "CREATE INDEX article_rank_tsv ON article_rank USING gin (tsv)",
        "DROP INDEX articles_tsv",
        # the old column's TOAST space returns to the system with VACUUM FULL articles
        "ALTER TABLE articles DROP COLUMN tsv",
    ),
)

# ts_rank normalisation 1: divide by 1 + log(length), as bm25 does for long texts
RANK = "ts_rank(r.tsv, to_tsquery('simple', %s), 1)"


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
        where.append("NOT r.tsv @@ to_tsquery('simple', %s)")
        params.append(tsquery(query.exclude_terms, query.exclude_phrases, joiner="|"))
    return where, params


@dataclass(frozen=True, slots=True)
class Matching:
    """The articles a query matches: ``FROM {source} WHERE {condition}``."""

    condition: str
    params: list[Any]
    score: str
    score_params: list[Any]  # for ``score``, which comes before the condition in a SELECT
    order: str
    source: str = "articles a"  # with ``article_rank r`` when words are matched or excluded


_WITH_TEXT = "articles a JOIN article_rank r ON r.seq = a.seq"


def _article_filters(query: Query) -> bool:
    """Whether ``query`` filters on columns of ``articles`` (or its tag and entity rows)."""
    return bool(query.sources or query.tags or query.entities or query.since or query.until)


def matching(query: Query) -> Matching:
    where, params = _filters(query)
    if query.has_text:
        text_query = tsquery(query.terms, query.phrases, joiner="&")
        where.insert(0, "r.tsv @@ to_tsquery('simple', %s)")
        params.insert(0, text_query)
        condition = " AND ".join(where)
        if not _article_filters(query):
            # words alone: article_rank holds all a query reads (its seq is the article's),
            # and joining the 100,000 articles costs a third of a common word's count
            return Matching(
                condition.replace("r.tsv", "a.tsv"),
                params,
                RANK.replace("r.tsv", "a.tsv"),
                [text_query],
                "score DESC, a.seq",
                "article_rank a",
            )
        return Matching(condition, params, RANK, [text_query], "score DESC, a.seq", _WITH_TEXT)
    source = _WITH_TEXT if query.exclude_terms or query.exclude_phrases else "articles a"
    newest = "a.published DESC NULLS LAST, a.seq"
    return Matching(" AND ".join(where) or "true", params, "0.0", [], newest, source)


#: Facet queries over ``{best}``, a subquery of the counted articles' ``seq``; then one ``%s`` for
#: the size. Ties are ordered by code point (collation "C"), as SQLite and the memory store order them.
FACET_SQL = {
    "source": "SELECT min(a.source), count(*) AS n FROM ({best}) b JOIN articles a ON a.seq = b.seq "
    "WHERE a.source_folded IS NOT NULL GROUP BY a.source_folded "
    'ORDER BY n DESC, min(a.source) COLLATE "C" LIMIT %s',
    "entity": "SELECT coalesce(min(e.shown), e.name), count(*) AS n FROM ({best}) b "
    "JOIN article_entities e ON e.article = b.seq GROUP BY e.name "
    'ORDER BY n DESC, coalesce(min(e.shown), e.name) COLLATE "C" LIMIT %s',
    "tag": "SELECT coalesce(min(t.shown), t.label), count(*) AS n FROM ({best}) b "
    "JOIN article_tags t ON t.article = b.seq GROUP BY t.label "
    'ORDER BY n DESC, coalesce(min(t.shown), t.label) COLLATE "C" LIMIT %s',
    "day": "SELECT to_char(a.published AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS d, count(*) "
    "FROM ({best}) b JOIN articles a ON a.seq = b.seq WHERE a.published IS NOT NULL "
    "GROUP BY d ORDER BY d DESC LIMIT %s",
}

SOURCE_COUNT_SQL = (
    "SELECT min(source), count(*) AS n FROM articles WHERE source_folded IS NOT NULL "
    'GROUP BY source_folded ORDER BY n DESC, min(source) COLLATE "C"'
)
ENTITY_DAY_SQL = "SELECT day, n FROM entity_days WHERE name = %s ORDER BY day"
