"""``load_output``: the Parquet output of a batch into a store (SQLite or PostgreSQL).

Only shards with a completion marker are read. Articles go in with
``add_many`` in chunks (one transaction each), rebuilt losslessly from the
``json`` column; rejects with ``add_reject``. Loading twice adds nothing: the
store keeps one article per id and one reject per location.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lagebild.batch.runner import completed_shards
from lagebild.batch.tables import require_batch_libraries
from lagebild.errors import InputError
from lagebild.model import Article, Reject, from_json
from lagebild.store import Store

__all__ = ["LoadReport", "load_output"]

#: Articles per add_many call: one transaction of a few MB of JSON.
CHUNK = 500


@dataclass(frozen=True, slots=True)
class LoadReport:
    shards: int
    articles: int  # read from the Parquet files
    added: int  # new in the store
    rejects: int


def load_output(out: str | Path, store: Store, *, chunk: int = CHUNK) -> LoadReport:
    require_batch_libraries()
    root = Path(out)
    shards = completed_shards(root) if root.is_dir() else []
    if not shards:
        raise InputError(
            f"{root} holds no finished batch shards; run `lagebild batch ... --out {root}` first"
        )
    read = added = rejects = 0
    for shard in shards:
        for articles in _article_chunks(root / "articles" / f"{shard}.parquet", chunk):
            read += len(articles)
            added += _add_many(store, articles)
        for row in _rows(root / "rejects" / f"{shard}.parquet", ["location", "reason", "message"], chunk):
            store.add_reject(Reject(row["location"], row["reason"], row["message"]))
            rejects += 1
    return LoadReport(shards=len(shards), articles=read, added=added, rejects=rejects)


def _add_many(store: Store, articles: list[Article]) -> int:
    add_many = getattr(store, "add_many", None)  # every backend but the in-memory one has it
    if add_many is not None:
        return int(add_many(articles))
    return sum(store.add(a) for a in articles)


def _article_chunks(path: Path, chunk: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for row in _rows(path, ["json"], chunk):
        batch.append(from_json(Article, row["json"]))
        if len(batch) >= chunk:
            yield batch
            batch = []
    if batch:
        yield batch


def _rows(path: Path, columns: list[str], chunk: int) -> Iterator[dict[str, Any]]:
    """The rows of one Parquet file, a record batch at a time (never the whole file in memory)."""
    import pyarrow.parquet as pq

    if not path.exists():
        raise InputError(f"{path} is missing though its shard is marked done; run the batch again")
    for batch in pq.ParquetFile(path).iter_batches(batch_size=chunk, columns=columns):
        yield from batch.to_pylist()
