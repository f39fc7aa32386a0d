"""The Parquet tables of a batch: their schemas and the rows of one article or reject.

Every table of a shard is a file ``<out>/<table>/<shard-id>.parquet``. Rows are
plain columns read straight from the data model (no analysis here); the
``articles`` table keeps the whole Article as JSON, so nothing is lost and
``lagebild load`` can rebuild every Article exactly.

Rows are sorted on their key columns before writing (per row group, see
writer.py), so that the same input gives the same rows whichever engine or
worker ran it. Reject times are left out
for the same reason (they say when a worker ran, not what the input was).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from lagebild.errors import ConfigError
from lagebild.model import Article, Reject, to_json
from lagebild.store.base import utc

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = [
    "SORT_KEYS",
    "TABLES",
    "article_rows",
    "reject_row",
    "require_batch_libraries",
    "schema",
    "to_table",
]

Row = dict[str, Any]

#: The tables of one shard, in the order they are written. ``minhash`` is in minhash.py.
TABLES = ("articles", "entities", "quotes", "key_points", "rejects", "minhash")

#: The columns each table is sorted on (the first columns of each row).
SORT_KEYS: dict[str, tuple[str, ...]] = {
    "articles": ("id", "location"),
    "entities": ("article_id", "location", "index"),
    "quotes": ("article_id", "location", "index"),
    "key_points": ("article_id", "location", "index"),
    "rejects": ("location", "reason"),
    "minhash": ("article_key", "article_id"),
}


def require_batch_libraries() -> None:
    """Fail early, with the fix, when pyarrow or datasketch is missing (both come with lagebild)."""
    import importlib.util

    missing = [name for name in ("pyarrow", "datasketch") if importlib.util.find_spec(name) is None]
    if missing:
        raise ConfigError(
            f"batch needs {' and '.join(missing)}; reinstall lagebild or `pip install {' '.join(missing)}`"
        )


@functools.cache
def schema(table: str) -> pa.Schema:
    """The Arrow schema of ``table`` (built on first use: pyarrow loads lazily)."""
    import pyarrow as pa

    from lagebild.batch.minhash import minhash_fields

    text, int32 = pa.string(), pa.int32()
    fields: dict[str, list[tuple[str, pa.DataType]]] = {
        "articles": [
            ("id", text),
            ("location", text),
            ("url", text),
            ("source", text),
            ("published", pa.timestamp("us", tz="UTC")),
            ("title", text),
            ("language", text),
            ("agency", text),
            ("shard", text),
            ("json", pa.large_string()),
        ],
        "entities": [
            ("article_id", text),
            ("location", text),
            ("index", int32),
            ("name", text),
            ("type", text),
            ("roles", pa.list_(text)),
            ("mentions", int32),
        ],
        "quotes": [
            ("article_id", text),
            ("location", text),
            ("index", int32),
            ("kind", text),
            ("text", text),
            ("speaker", text),
            ("source", text),
            ("start", int32),
            ("end", int32),
        ],
        "key_points": [
            ("article_id", text),
            ("location", text),
            ("index", int32),
            ("text", text),
            ("origin", text),
        ],
        "rejects": [("location", text), ("reason", text), ("message", text), ("shard", text)],
        "minhash": minhash_fields(),
    }
    return pa.schema(fields[table])


def article_rows(article: Article, shard: str) -> dict[str, list[Row]]:
    """The rows ``article`` adds to the articles, entities, quotes and key_points tables."""
    aid, where = article.id, article.location or ""
    mentions = [0] * len(article.entities)
    for mention in article.mentions:
        if 0 <= mention.entity < len(mentions):
            mentions[mention.entity] += 1
    return {
        "articles": [
            {
                "id": aid,
                "location": where,
                "url": article.url,
                "source": article.source,
                "published": None if article.published is None else utc(article.published),
                "title": article.title,
                "language": article.language,
                "agency": article.agency,
                "shard": shard,
                "json": to_json(article),
            }
        ],
        "entities": [
            {
                "article_id": aid,
                "location": where,
                "index": i,
                "name": e.name,
                "type": e.type.value,
                "roles": list(e.roles),
                "mentions": mentions[i],
            }
            for i, e in enumerate(article.entities)
        ],
        "quotes": [
            {
                "article_id": aid,
                "location": where,
                "index": i,
                "kind": q.kind.value,
                "text": q.span.of(article.text),
                "speaker": _speaker(article, q.speaker),
                "source": article.source_of(q),
                "start": q.span.start,
                "end": q.span.end,
            }
            for i, q in enumerate(article.quotes)
        ],
        "key_points": [
            {"article_id": aid, "location": where, "index": i, "text": k.text, "origin": k.origin.value}
            for i, k in enumerate(article.key_points)
        ],
    }


def _speaker(article: Article, index: int | None) -> str | None:
    if index is None or not 0 <= index < len(article.entities):
        return None
    return article.entities[index].name


def reject_row(reject: Reject, shard: str) -> Row:
    return {"location": reject.location, "reason": reject.reason, "message": reject.message, "shard": shard}


def to_table(table: str, rows: Sequence[Row]) -> pa.Table:
    """``rows`` as an Arrow table of ``table``'s schema, sorted on its key columns."""
    import pyarrow as pa

    keys = SORT_KEYS[table]
    ordered = sorted(rows, key=lambda r: tuple("" if r[k] is None else r[k] for k in keys))
    return pa.Table.from_pylist(ordered, schema=schema(table))
