"""PostgreSQL writes in bulk: COPY instead of a statement per row.

An article has a dozen or more tag and entity rows; inserting them one by one
cost a round trip each, and PostgreSQL ingest fell from 234 to 173 articles/s
between 2,000 and 20,000 articles. Here a batch costs a fixed handful of
statements whatever its size:

1. the articles are copied into a temporary staging table (``COPY``), then moved
   into ``articles`` by one ``INSERT … SELECT … ON CONFLICT DO NOTHING RETURNING``,
   which says which ids were new; their tsvector is built on the server into
   ``article_rank`` (migration 6) from the same staging rows;
2. the tag and entity rows and the hit texts of the new articles are copied
   straight into their tables (a new article cannot conflict there);
3. the per-day entity counts are summed in Python and upserted in one statement.

The staging table is per connection and emptied at every commit.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from lagebild.store.records import Record

if TYPE_CHECKING:
    import psycopg

__all__ = ["DOCUMENTS_ADD", "copy_records"]

_STAGING = """CREATE TEMP TABLE IF NOT EXISTS lagebild_staging (
    ord integer, id text, url text, source text, source_folded text, published timestamptz,
    title text, text_hash text, doc text, t_title text, t_body text, t_parts text
) ON COMMIT DELETE ROWS"""
_COPY_STAGING = (
    "COPY lagebild_staging (ord, id, url, source, source_folded, published, title, text_hash, "
    "doc, t_title, t_body, t_parts) FROM STDIN"
)
# ORDER BY ord: seq follows the order of the batch, which articles() promises; of two
# copies of one id in a batch the first is stored and the second conflicts
_MOVE = """INSERT INTO articles (id, url, source, source_folded, published, title, text_hash, doc)
SELECT id, url, source, source_folded, published, title, text_hash, doc::json
FROM lagebild_staging ORDER BY ord
ON CONFLICT (id) DO NOTHING RETURNING id, seq"""
# the tsvector of the new articles, into the narrow table that matching and ranking read
_TSV = """INSERT INTO article_rank (seq, tsv)
SELECT n.seq, setweight(to_tsvector('simple', s.t_title), 'A')
    || setweight(to_tsvector('simple', s.t_body), 'B') || setweight(to_tsvector('simple', s.t_parts), 'C')
FROM unnest(%s::text[], %s::bigint[]) AS n(id, seq)
JOIN LATERAL (SELECT * FROM lagebild_staging s WHERE s.id = n.id ORDER BY s.ord LIMIT 1) s ON true"""
_ENTITY_DAYS = """INSERT INTO entity_days (name, day, n)
SELECT * FROM unnest(%s::text[], %s::text[], %s::integer[])
ON CONFLICT (name, day) DO UPDATE SET n = entity_days.n + excluded.n"""
#: The ingest log of a batch: ``(locations, article ids)`` as two arrays of one length.
DOCUMENTS_ADD = """INSERT INTO documents (location, article, at)
SELECT l, a, now() FROM unnest(%s::text[], %s::text[]) AS u(l, a)
ON CONFLICT (location) DO UPDATE SET article = excluded.article, at = excluded.at"""


def copy_records(db: psycopg.Connection[Any], records: Sequence[Record]) -> list[bool]:
    """Store ``records`` inside the caller's transaction; for each, whether it was new."""
    if not records:
        return []
    db.execute(_STAGING)
    with db.cursor() as cursor:
        with cursor.copy(_COPY_STAGING) as copy:
            for ord_, rec in enumerate(records):
                copy.write_row(
                    (
                        ord_,
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
                    )
                )
        cursor.execute(_MOVE)
        seqs: dict[str, int] = {str(id_): int(seq) for id_, seq in cursor.fetchall()}
        if seqs:
            # one staging row per new id: of two copies of an id in a batch, ord picks the first
            cursor.execute(_TSV, (list(seqs), list(seqs.values())))
    new: list[bool] = []
    added: list[tuple[int, Record]] = []
    for rec in records:
        seq = seqs.pop(rec.id, None)  # pop: a second copy of an id in the batch is not new
        new.append(seq is not None)
        if seq is not None:
            added.append((seq, rec))
    if added:
        _copy_names(db, added)
    return new


def _copy_names(db: psycopg.Connection[Any], added: list[tuple[int, Record]]) -> None:
    days: Counter[tuple[str, str]] = Counter()
    with db.cursor() as cursor:
        with cursor.copy("COPY article_tags (label, article, shown) FROM STDIN") as copy:
            for seq, rec in added:
                for label, shown in zip(rec.tags, rec.tag_labels, strict=True):
                    copy.write_row((label, seq, shown))
        with cursor.copy("COPY article_entities (name, article, shown) FROM STDIN") as copy:
            for seq, rec in added:
                for name, shown in zip(rec.entities, rec.entity_labels, strict=True):
                    copy.write_row((name, seq, shown))
                if rec.published is not None:
                    day = rec.published.date().isoformat()  # UTC already
                    days.update((name, day) for name in rec.entities)
        with cursor.copy("COPY article_texts (seq, published, start, text) FROM STDIN") as copy:
            for seq, rec in added:
                copy.write_row((seq, rec.shown_published, rec.start, rec.text))
        if days:
            # in key order, so two writers lock the rows in the same order and cannot deadlock
            keys = sorted(days)
            cursor.execute(
                _ENTITY_DAYS, ([k[0] for k in keys], [k[1] for k in keys], [days[k] for k in keys])
            )
