"""Web benchmark: server time of the article, search and entity pages at N articles.

    .venv/bin/python bench/web.py --n 10000 --baseline 1000 [--db /tmp/web10k.db] [--pg URL]

Articles come from :mod:`generate` (the analysed examples recombined, with all
their annotations), stored in SQLite as ingest stores them. Each page is then
requested in process through the ASGI app (Starlette's TestClient: routing,
the Engine call, templates, headers; no network), so the time is the server's.
``--baseline N`` runs a smaller size first, for the two to be read side by side.
``--db`` keeps the collection in that file (made once, reused on the next run).
``--pg URL`` times the same pages over PostgreSQL too, in the schema
``lagebild_bench_N`` (filled from the SQLite file when it holds fewer articles;
``bench/store.py --keep`` leaves one behind). Before every timed request the
store's ranking cache is emptied, so a search is timed as a new query. The searches
are the query set of :mod:`queries`, shared with bench/store.py.
Stories are placed once after filling, as ``lagebild ingest`` places them at the
end of a run (timed apart); the story fragment reads the stored story.
Target (issue 7): <= 150 ms at 100,000 articles, median and p95.
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fastapi.testclient import TestClient
from generate import analysed
from queries import QUERIES

from lagebild.collection.ingest import BATCH
from lagebild.collection.stories import update_stories
from lagebild.config import Config
from lagebild.engine import Engine
from lagebild.model import Article
from lagebild.store import PostgresStore, SqliteStore, Store
from lagebild.web import create_app

ENTITIES = ("Noah Bürgi", "GDL", "Nato", "Schweizer Armee", "Deutschland", "Annalena Baerbock")
ROUNDS = 5


def fill(path: Path, n: int) -> None:
    """Store ``n`` generated articles in ``path`` (once; a file with n articles is reused)."""
    with SqliteStore(path) as store:
        have = store.count()
        if have >= n:
            return
        started = time.perf_counter()
        for start in range(have, n, BATCH):
            docs = [analysed(i) for i in range(start, min(n, start + BATCH))]
            store.add_batch([(f"bench/{a.id}", a) for a in docs])
        print(f"{n - have} articles stored in {time.perf_counter() - started:.0f} s", flush=True)
    place_stories(SqliteStore(path))


def place_stories(store: Store) -> None:
    """What ingest does at the end of a run: the stories of the articles without one."""
    with store:
        started = time.perf_counter()
        placed = update_stories(store)
        if placed:
            print(f"{placed} articles placed in stories in {time.perf_counter() - started:.0f} s", flush=True)


def fill_pg(url: str, path: Path, n: int) -> str:
    """The URL of a schema holding the first ``n`` articles of the SQLite file ``path``."""
    schema = f"lagebild_bench_{n}"
    with SqliteStore(path) as source, PostgresStore(url, schema=schema) as store:
        have = store.count()
        if have < n:
            started = time.perf_counter()
            batch: list[Article] = []
            # in the order they were added: a rerun resumes after the ones already copied
            for article in itertools.islice(source.articles(), have, n):
                batch.append(article)
                if len(batch) == BATCH:
                    store.add_batch([(f"bench/{a.id}", a) for a in batch])
                    batch = []
            store.add_batch([(f"bench/{a.id}", a) for a in batch])
            print(
                f"{store.count() - have} articles copied to {schema} in {time.perf_counter() - started:.0f} s"
            )
        if store.unstoried():
            # the same articles as the SQLite file: its stored stories are the ones ingest finds
            store.save_stories(source.stories())
    joiner = "&" if "?" in url else "?"
    return f"{url}{joiner}options=-csearch_path%3D{schema}"


def forget(engine: Engine) -> None:
    cache = getattr(engine.store, "_ranked", None)
    if cache is not None:
        cache.clear()


def timed(client: TestClient, engine: Engine, urls: list[str]) -> list[float]:
    for url in urls:  # warm caches (SQLite pages, lemmas, templates) once
        assert client.get(url).status_code == 200, url
    out = []
    for _ in range(ROUNDS):
        for url in urls:
            forget(engine)
            started = time.perf_counter()
            response = client.get(url)
            out.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, url
    return sorted(out)


def report(name: str, n: int, latencies: list[float]) -> None:
    p50 = statistics.median(latencies)
    p95 = latencies[max(0, round(0.95 * len(latencies)) - 1)]
    print(f"n={n:>7}  {name:17} median {p50:7.1f} ms   p95 {p95:7.1f} ms   ({len(latencies)} requests)")


def pages(name: str, n: int, db: str) -> None:
    with Engine(Config(db=db)) as engine:
        client = TestClient(create_app(engine))
        ids = [h.article_id for h in engine.search("", limit=200).hits[::20]]
        report(f"{name} article", n, timed(client, engine, [f"/article/{i}" for i in ids]))
        report(f"{name} search", n, timed(client, engine, ["/?q=" + quote(q) for q in QUERIES]))
        report(f"{name} entity", n, timed(client, engine, ["/entity/" + quote(e, safe="") for e in ENTITIES]))
        report(f"{name} story", n, timed(client, engine, [f"/article/{i}/story" for i in ids[:4]]))


def run(n: int, db: Path | None, pg: str | None) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = db or Path(folder) / "web.db"
        fill(path, n)
        pages("sqlite", n, str(path))
        if pg:
            pages("postgres", n, fill_pg(pg, path, n))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=10000)
    parser.add_argument("--baseline", type=int, default=0, help="also run this smaller size first")
    parser.add_argument("--db", type=Path, default=None, help="keep the --n collection in this file")
    parser.add_argument("--pg", default=None, help="a PostgreSQL URL: time the pages there too")
    options = parser.parse_args()
    if options.baseline:
        run(options.baseline, None, options.pg)
    run(options.n, options.db, options.pg)


if __name__ == "__main__":
    main()
