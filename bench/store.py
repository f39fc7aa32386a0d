"""Store benchmark: ingest (store only) throughput, search latency and index size.

    .venv/bin/python bench/store.py --n 20000 [--pg postgresql://...] [--baseline N]

Articles come from :mod:`generate` (analysed examples recombined, with all their
annotations), written in batches of 16 as ``lagebild ingest`` does. Targets (issue 6):
>= 200 articles/s into SQLite, search p95 <= 50 ms and the full-text index <= 3x
the raw text at 100,000 articles. ``--baseline N`` runs a second, smaller size in
the same run, so the two can be read side by side (how the figures scale).

"index" is the FTS5 tables (SQLite, from dbstat) or the tsvector column and its GIN
index (PostgreSQL); "file" is the whole collection: article JSON (with every
token and span), filter tables and index.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import analysed

from lagebild.collection.ingest import BATCH
from lagebild.model import Article
from lagebild.store import PostgresStore, SqliteStore, Store

QUERIES = (
    "Hochwasser",
    "Soldaten Armee",
    '"rund 450 Menschen"',
    "Streik -Köln",
    "Lawine source:Ostseeblatt",
    "Truppen",
    "Bürgi since:2026-06-01",
    "Nato Ukraine Milliarden",
    "tag:Streik",
    "Containerterminal Hacker",
    'entity:"Noah Bürgi"',
    "Klimaziel Atomkraft",
)


def _index_bytes_sqlite(store: SqliteStore) -> int:
    rows = store._db.execute("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'fts%'").fetchone()
    return int(rows[0] or 0)


def _index_bytes_pg(store: PostgresStore) -> int:
    tsv = store._db.execute("SELECT sum(pg_column_size(tsv)) FROM articles").fetchone()[0]
    gin = store._db.execute("SELECT pg_relation_size('articles_tsv')").fetchone()[0]
    return int(tsv or 0) + int(gin or 0)


def bench(name: str, store: Store, docs: list[Article], sizes: Callable[[], tuple[int, int]]) -> None:
    started = time.perf_counter()
    for i in range(0, len(docs), BATCH):
        store.add_batch([(f"bench/{a.id}", a) for a in docs[i : i + BATCH]])
    elapsed = time.perf_counter() - started
    for query in QUERIES:  # warm the page cache and the lemma cache once
        store.search(query)
    latencies = []
    for _ in range(5):
        for query in QUERIES:
            t = time.perf_counter()
            store.search(query)
            latencies.append((time.perf_counter() - t) * 1000)
    latencies.sort()
    p50 = statistics.median(latencies)
    p95 = latencies[round(0.95 * len(latencies)) - 1]
    raw = sum(len(a.text.encode()) for a in docs)
    index, whole = sizes()
    print(
        f"{name:8} n={len(docs):>6}  add {len(docs) / elapsed:6.0f} articles/s   "
        f"search p50 {p50:6.1f} ms  p95 {p95:6.1f} ms   index/raw {index / raw:4.2f}x  "
        f"file/raw {whole / raw:4.1f}x",
        flush=True,
    )


def run(n: int, pg: str | None) -> None:
    started = time.perf_counter()
    docs = [analysed(i) for i in range(n)]
    words = sum(len(a.text.split()) for a in docs) / len(docs)
    print(
        f"{n} articles generated in {time.perf_counter() - started:.0f} s, {words:.0f} words each", flush=True
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        with SqliteStore(path) as store:

            def sqlite_sizes() -> tuple[int, int]:
                store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                return _index_bytes_sqlite(store), path.stat().st_size

            bench("sqlite", store, docs, sqlite_sizes)
    if pg:
        schema = f"lagebild_bench_{os.getpid()}_{n}"
        with PostgresStore(pg, schema=schema) as store:

            def pg_sizes() -> tuple[int, int]:
                size = store._db.execute(
                    "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c "
                    "JOIN pg_namespace s ON s.oid = c.relnamespace "
                    "WHERE s.nspname = %s AND c.relkind = 'r'",
                    (schema,),
                ).fetchone()[0]
                return _index_bytes_pg(store), int(size or 0)

            try:
                bench("postgres", store, docs, pg_sizes)
            finally:
                store._db.execute(f"DROP SCHEMA {schema} CASCADE")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=20000)
    parser.add_argument("--baseline", type=int, default=0, help="also run this smaller size first")
    parser.add_argument("--pg", default=os.environ.get("LAGEBILD_TEST_PG"))
    options = parser.parse_args()
    if options.baseline:
        run(options.baseline, options.pg)
    run(options.n, options.pg)


if __name__ == "__main__":
    main()
