"""Store benchmark: add() throughput and search latency on hand-made German articles.

Not a test (pytest does not collect it). Run:

    .venv/bin/python tests/store/bench_store.py [--n 2000] [--pg postgresql://...]

Articles of about 500 words are recombined from the sentences below, with random
places, numbers and compounds so that the vocabulary keeps growing (an index of
one repeated text would flatter the lemma cache).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from store_support import make_article

from lagebild.model import Article
from lagebild.store import MemoryStore, PostgresStore, SqliteStore, Store

SENTENCES = (
    "Die Regierung in {ort} hat am {tag} neue Maßnahmen gegen die {thema}krise angekündigt.",
    "Nach Angaben der Polizei wurden {zahl} Menschen verletzt, als Demonstranten die Straße blockierten.",
    "Der Verteidigungsminister sagte, die Truppen würden bis Ende Woche nach {ort} verlegt.",
    "Zusätzliche {zahl} Soldaten sollen die Sicherheit an der Grenze gewährleisten.",
    "Die Opposition kritisierte den Entscheid als überstürzt und verlangte eine Debatte im Parlament.",
    "Wie die Gewerkschaft mitteilte, dauert der Streik bei der Bahn mindestens bis {tag}.",
    "Pendlerinnen und Pendler in {ort} müssen mit erheblichen Verspätungen rechnen.",
    "Die {thema}preise sind im vergangenen Jahr um {zahl} Prozent gestiegen.",
    "Experten warnen vor den Folgen für die Wirtschaft, vor allem für kleine Betriebe.",
    "Der Bundesrat will das Gesetz noch vor der Sommerpause verabschieden.",
    "In {ort} kam es zu Hochwasser, nachdem es tagelang geregnet hatte.",
    "Die Feuerwehr evakuierte {zahl} Häuser in der Nähe des Flusses.",
    "Der Präsident traf seinen Amtskollegen zu einem Gespräch über die {thema}politik.",
    "Beide Seiten betonten, man habe konstruktive Verhandlungen geführt.",
    "Die Nato-Verpflichtung zu gegenseitigem Beistand sei unantastbar, sagte der Aussenminister.",
    "Laut einer Umfrage befürworten {zahl} Prozent der Befragten den Vorschlag.",
    "Die Kommission legte einen Bericht zur Lage der {thema}versorgung vor.",
    "Kritiker bemängeln, dass die Kosten für die Steuerzahler zu hoch seien.",
    "Die Truppenstärke in {ort} soll in den kommenden Monaten erhöht werden.",
    "Der Stadtrat von {ort} beschloss, die Mittel für den Verkehr zu kürzen.",
)
PLACES = ("Bern", "Zürich", "Vilnius", "Berlin", "Wien", "Basel", "Kiew", "Rukla", "Hamburg", "Genf")
TOPICS = ("Energie", "Strom", "Gas", "Miet", "Lebensmittel", "Gesundheit", "Klima", "Wasser", "Wohnungs")
DAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag")
SOURCES = ("Alpenblick", "Rheinische Post", "Wiener Zeitung", "Ostseeblatt")
QUERIES = (
    "Truppen",
    "Soldaten Grenze",
    '"Verspätungen rechnen"',
    "Streik -Bahn",
    "Hochwasser source:Alpenblick",
    "Energiekrise",
    "Präsident Gespräch since:2024-03-01",
    "Parlament Debatte Opposition",
    "tag:Bahn",
    "Wohnungsversorgung Bericht",
)


def _sentence(rng: random.Random) -> str:
    place = rng.choice(PLACES) + rng.choice(("", "", "-Nord", f" {rng.randint(1, 99)}"))
    return rng.choice(SENTENCES).format(
        ort=place, tag=rng.choice(DAYS), thema=rng.choice(TOPICS), zahl=rng.randint(2, 9000)
    )


def articles(n: int, seed: int = 7) -> list[Article]:
    rng = random.Random(seed)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    result = []
    for i in range(n):
        paragraphs = [" ".join(_sentence(rng) for _ in range(7)) for _ in range(6)]
        title = f"{_sentence(rng)[:60]} ({i})"
        result.append(
            make_article(
                title,
                *paragraphs,
                source=rng.choice(SOURCES),
                published=start + timedelta(hours=rng.randint(0, 24 * 120)),
                tags=(rng.choice(("Bahn", "NATO", "Klima", "Wahlen")),),
                entities=(rng.choice(("Antony Blinken", "Karin Keller-Sutter", "Olaf Scholz")),),
            )
        )
    return result


def bench(name: str, store: Store, docs: list[Article], size: Callable[[], int] | None) -> None:
    started = time.perf_counter()
    for article in docs:
        store.add(article)
    elapsed = time.perf_counter() - started
    latencies = []
    for _ in range(5):
        for query in QUERIES:
            t = time.perf_counter()
            store.search(query)
            latencies.append((time.perf_counter() - t) * 1000)
    latencies.sort()
    p50 = statistics.median(latencies)
    p95 = latencies[int(0.95 * len(latencies)) - 1]
    line = f"{name:8} add {len(docs) / elapsed:7.0f} articles/s   search p50 {p50:6.1f} ms  p95 {p95:6.1f} ms"
    if size is not None:
        raw = sum(len(a.text.encode()) for a in docs)
        line += f"   file/raw text {size() / raw:4.1f}x"
    print(line)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--pg", default=os.environ.get("LAGEBILD_TEST_PG"))
    options = parser.parse_args()
    docs = articles(options.n)
    words = sum(len(a.text.split()) for a in docs) / len(docs)
    print(f"{len(docs)} articles, {words:.0f} words each on average")
    bench("memory", MemoryStore(), docs, None)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        with SqliteStore(path) as store:
            store._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            bench("sqlite", store, docs, lambda: path.stat().st_size)
    if options.pg:
        schema = f"lagebild_bench_{os.getpid()}"
        with PostgresStore(options.pg, schema=schema) as store:
            bench("postgres", store, docs, None)
            store._db.execute(f"DROP SCHEMA {schema} CASCADE")


if __name__ == "__main__":
    main()
