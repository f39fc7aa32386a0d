"""Store benchmark: ingest (store only) throughput, search latency and index size.

    .venv/bin/python bench/store.py --n 20000 [--pg postgresql://...] [--baseline N] [--keep FILE]
    .venv/bin/python bench/store.py --search-only FILE.db [URL]    # time kept collections
    .venv/bin/python bench/store.py --grow FILE.db --n 3000        # ingest rate at their size

Articles come from :mod:`generate` (analysed examples recombined, with all their
annotations), written in batches of 16 as ``lagebild ingest`` does. Targets (issue 6):
>= 200 articles/s into SQLite, search p95 <= 50 ms and the full-text index <= 3x
the raw text at 100,000 articles. ``--baseline N`` runs a second, smaller size in
the same run, so the two can be read side by side (how the figures scale).

A search is what the search page asks: a page of hits and the facets of the same
query (over the best 1,000 matches, :data:`lagebild.store.FACET_SAMPLE`); before
each timed one the store's ranking cache is emptied, so the time includes ranking.

"index" is the FTS5 tables (SQLite, from dbstat) or the tsvector of article_rank and its
GIN index (PostgreSQL, schema 6); "file" is the whole collection: article JSON (with every
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
from queries import QUERIES

from lagebild.collection.ingest import BATCH
from lagebild.model import Article
from lagebild.store import PostgresStore, SqliteStore, Store, open_store

ROUNDS = 5  # timed passes over the query set


def _index_bytes_sqlite(store: SqliteStore) -> int:
    rows = store._db.execute("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'fts%'").fetchone()
    return int(rows[0] or 0)


def _index_bytes_pg(store: PostgresStore) -> int:
    tsv = store._rows("SELECT sum(pg_column_size(tsv)) FROM article_rank")[0][0]
    gin = store._rows("SELECT pg_relation_size('article_rank_tsv')")[0][0]
    return int(tsv or 0) + int(gin or 0)


def _raw_bytes(store: Store) -> int:
    """The article texts' UTF-8 bytes (what the index is compared with)."""
    if isinstance(store, SqliteStore):
        return int(store._rows("SELECT sum(length(CAST(text AS BLOB))) FROM article_texts")[0][0] or 0)
    if isinstance(store, PostgresStore):
        return int(store._rows("SELECT sum(octet_length(text)) FROM article_texts")[0][0] or 0)
    return 0


def index_ratio(store: Store) -> str:
    """index/raw of a kept collection (the --search-only report)."""
    raw = _raw_bytes(store)
    if isinstance(store, SqliteStore):
        index = _index_bytes_sqlite(store)
    elif isinstance(store, PostgresStore):
        index = _index_bytes_pg(store)
    else:
        return ""
    return f"  index/raw {index / raw:4.2f}x" if raw else ""


class Target:
    """One backend under test: the time its writes took, and how to measure its sizes."""

    def __init__(self, name: str, store: Store, sizes: Callable[[], tuple[int, int]]) -> None:
        self.name, self.store, self.sizes = name, store, sizes
        self.seconds = self.cpu = 0.0  # CPU: this process's (the PostgreSQL server's is not in it)

    def add(self, docs: list[Article]) -> None:
        started, cpu = time.perf_counter(), time.process_time()
        for i in range(0, len(docs), BATCH):
            self.store.add_batch([(f"bench/{a.id}", a) for a in docs[i : i + BATCH]])
        self.seconds += time.perf_counter() - started
        self.cpu += time.process_time() - cpu


def forget(store: Store) -> None:
    """Empty the store's ranking cache: each timed search ranks, as a new query would."""
    cache = getattr(store, "_ranked", None)
    if cache is not None:
        cache.clear()


def _latencies(store: Store) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of each timed search (ROUNDS over the query set)."""
    for query in QUERIES:  # warm the page cache and the lemma cache once
        store.search(query)
    wall, cpu = [], []
    for _ in range(ROUNDS):
        for query in QUERIES:
            forget(store)
            t, c = time.perf_counter(), time.process_time()
            store.search(query)
            store.facets(query)
            wall.append((time.perf_counter() - t) * 1000)
            cpu.append((time.process_time() - c) * 1000)
    return sorted(wall), sorted(cpu)


def _p(values: list[float], q: float) -> float:
    return values[max(0, round(q * len(values)) - 1)]


def load() -> str:
    return "load " + " ".join(f"{x:.1f}" for x in os.getloadavg())


def report_search(name: str, n: int, store: Store) -> str:
    wall, cpu = _latencies(store)
    return (
        f"search+facets p50 {statistics.median(wall):5.1f} ms  p95 {_p(wall, 0.95):5.1f} ms "
        f"(CPU p50 {statistics.median(cpu):5.1f} p95 {_p(cpu, 0.95):5.1f} ms; "
        f"{len(QUERIES)} queries x {ROUNDS}; {load()})"
    )


def report(target: Target, n: int, raw: int) -> None:
    searched = report_search(target.name, n, target.store)
    index, whole = target.sizes()
    print(
        f"{target.name:8} n={n:>6}  add {n / target.seconds:5.0f} articles/s "
        f"(CPU {n / target.cpu:5.0f}/CPU-s)  {searched}  index/raw {index / raw:4.2f}x  "
        f"file/raw {whole / raw:4.1f}x",
        flush=True,
    )


def _sqlite(path: Path) -> Target:
    store = SqliteStore(path)

    def sizes() -> tuple[int, int]:
        store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return _index_bytes_sqlite(store), path.stat().st_size

    return Target("sqlite", store, sizes)


def _postgres(url: str, schema: str) -> Target:
    store = PostgresStore(url, schema=schema)

    def sizes() -> tuple[int, int]:
        size = store._rows(
            "SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c "
            "JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = %s AND c.relkind = 'r'",
            (schema,),
        )[0][0]
        return _index_bytes_pg(store), int(size or 0)

    return Target("postgres", store, sizes)


def run(n: int, pg: str | None, keep: Path | None) -> None:
    """Articles are made batch by batch (100,000 at once would not fit in memory) and
    written to every backend; only the writes are timed."""
    with tempfile.TemporaryDirectory() as folder:
        path = keep or Path(folder) / "bench.db"
        path.unlink(missing_ok=True)
        schema = f"lagebild_bench_{n}" if keep else f"lagebild_bench_{os.getpid()}_{n}"
        targets = [_sqlite(path)]
        if pg:
            drop_schema(pg, schema)
            targets.append(_postgres(pg, schema))
        started = time.perf_counter()
        raw = words = 0
        for start in range(0, n, 1000):
            docs = [analysed(i) for i in range(start, min(n, start + 1000))]
            raw += sum(len(a.text.encode()) for a in docs)
            words += sum(len(a.text.split()) for a in docs)
            for target in targets:
                target.add(docs)
        print(
            f"{n} articles of {words / n:.0f} words made and stored in "
            f"{time.perf_counter() - started:.0f} s ({load()})",
            flush=True,
        )
        try:
            if pg:  # what autovacuum does soon after a bulk load: statistics, and the GIN pending list merged
                targets[-1].store._db.execute("VACUUM ANALYZE")  # type: ignore[attr-defined]
            for target in targets:
                report(target, n, raw)
        finally:
            for target in targets:
                target.store.close()
            if pg and not keep:
                drop_schema(pg, schema)


def grow(db: str, n: int) -> None:
    """Write ``n`` new articles into a kept collection; the rate is that of a store of its size."""
    store = open_store(db)
    target = Target(db, store, lambda: (0, 0))
    try:
        before = store.count()
        docs = [analysed(i) for i in range(before, before + n)]  # ids past the kept ones: all new
        target.add(docs)
        added = store.count() - before
        print(
            f"{db}  n={before}  add {added} articles: {added / target.seconds:.0f} articles/s "
            f"({added / target.cpu:.0f} per CPU-s; {load()})",
            flush=True,
        )
    finally:
        store.close()


def drop_schema(url: str, schema: str) -> None:
    import psycopg
    from psycopg import sql

    with psycopg.connect(url, autocommit=True) as db:
        db.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema)))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=20000)
    parser.add_argument("--baseline", type=int, default=0, help="also run this smaller size first")
    parser.add_argument("--pg", default=os.environ.get("LAGEBILD_TEST_PG"))
    parser.add_argument(
        "--keep",
        type=Path,
        default=None,
        help="keep the --n collection in this SQLite file "
        "(and in the PostgreSQL schema lagebild_bench_N) for bench/web.py",
    )
    parser.add_argument(
        "--search-only",
        nargs="+",
        default=None,
        metavar="DB",
        help="time the query set on collections kept before (SQLite files or PostgreSQL URLs), no ingest",
    )
    parser.add_argument(
        "--grow",
        nargs="+",
        default=None,
        metavar="DB",
        help="add --n more generated articles to collections kept before and time only the writes: "
        "the ingest rate at the size they already have (e.g. --grow big.db --n 3000 at 100,000)",
    )
    options = parser.parse_args()
    if options.grow:
        for db in options.grow:
            grow(db, options.n)
        return
    if options.search_only:
        for db in options.search_only:
            with open_store(db) as store:
                searched = report_search(db, store.count(), store)
                print(f"{db}  n={store.count()}  {searched}{index_ratio(store)}", flush=True)
        return
    if options.baseline:
        run(options.baseline, options.pg, None)
    run(options.n, options.pg, options.keep)


if __name__ == "__main__":
    main()
