"""Batch throughput: local process pool vs Ray at 1 and 2 workers, memory per worker, and a projection.

Usage::

    python bench/batch.py [--shards 8] [--docs 25] [--engines local,ray] [--json]

Builds synthetic input from ``examples/`` (half the shards JSONL, half WARC.gz,
``--docs`` articles each, every copy made distinct by a numbered closing line),
then runs ``lagebild.batch.run_batch`` once per engine and worker count, each in
a fresh process into a fresh output folder. Ray runs inside a loopback-only
network namespace (``unshare -n``) when this machine allows one, so the private
cluster never listens on the network; without it Ray is left out.

Figures:

- articles/s: articles over the wall time of ``run_batch`` (engine start-up,
  shards, near-duplicate stage), the figure a user waits for;
- articles per CPU second: articles over the CPU time the workers spent on
  their shards (no start-up; robust to other load on the machine), the
  per-core rate used for the projection;
- parallel efficiency: the 2-worker rate over twice the 1-worker rate;
- peak RSS per worker: the largest ``ru_maxrss`` of any worker process.

The projection divides an assumed article count of one month of German CC-NEWS
by the steady per-core rate. The count is an estimate (see ``MONTH_ARTICLES``),
not a measurement; pass ``--month-articles`` to use another.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

#: One month of German-language articles in CC-NEWS: an estimate, not a count.
#: Common Crawl's CC-NEWS collection publishes a few hundred WARC files a month
#: (on the order of 10-15 million HTML records in recent months, from its
#: public file listings); German pages are taken to be 7-10 % of them, by the
#: language shares Common Crawl reports for its crawls. 10 M x 0.1 = 1 M.
MONTH_ARTICLES = 1_000_000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shards", type=int, default=8, help="input shards (default 8)")
    parser.add_argument("--docs", type=int, default=25, help="articles per shard (default 25)")
    parser.add_argument("--engines", default="local,ray", help="comma-separated (default local,ray)")
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts (default 1,2)")
    parser.add_argument("--month-articles", type=int, default=MONTH_ARTICLES)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--run", nargs=4, metavar=("ENGINE", "WORKERS", "INPUT", "OUT"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.run:
        return _one_run(*args.run)

    load_before = os.getloadavg()[0]  # other work on the machine skews the wall-time figures
    work = Path(tempfile.mkdtemp(prefix="lagebild-bench-batch-"))
    try:
        inputs = make_input(work / "input", args.shards, args.docs)
        runs = []
        for engine in args.engines.split(","):
            for workers in (int(w) for w in args.workers.split(",")):
                run = _measure(engine, workers, inputs, work / f"out-{engine}-{workers}")
                if run is not None:
                    runs.append(run)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    figures = _figures(runs, args.month_articles)
    figures["machine"]["load_average_before"] = load_before
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        _print(figures)
    return 0


def make_input(folder: Path, shards: int, docs: int) -> Path:
    """``shards`` files of ``docs`` articles each, made from the example corpus."""
    folder.mkdir(parents=True)
    pages = sorted(p for p in (ROOT / "examples").iterdir() if p.suffix in {".txt", ".html"})
    html = [p for p in pages if p.suffix == ".html"]  # a WARC holds pages; text/plain is rejected
    number = 0
    for shard in range(shards):
        batch = []
        for _ in range(docs):
            choice = html if shard % 2 else pages
            page = choice[number % len(choice)]
            number += 1
            body = page.read_text(encoding="utf-8")
            closing = f"Dies ist die Meldung Nummer {number} der Messung."
            if page.suffix == ".html":
                body = body.replace("</body>", f"<p>{closing}</p></body>")
            else:
                body = f"{body.rstrip()}\n\n{closing}\n"
            batch.append((f"https://bench.example/{number}/{page.stem}", page.suffix, body))
        if shard % 2:
            _write_warc(folder / f"crawl-{shard:03d}.warc.gz", batch)
        else:
            _write_jsonl(folder / f"news-{shard:03d}.jsonl", batch)
    return folder


def _write_jsonl(path: Path, batch: list[tuple[str, str, str]]) -> None:
    with path.open("w", encoding="utf-8") as stream:
        for url, suffix, body in batch:
            key = "html" if suffix == ".html" else "text"
            stream.write(json.dumps({"url": url, key: body}, ensure_ascii=False) + "\n")


def _write_warc(path: Path, batch: list[tuple[str, str, str]]) -> None:
    """WARC/1.0 response records, one gzip member each (as crawlers write them)."""
    with path.open("wb") as stream:
        for url, suffix, body in batch:
            kind = "text/html" if suffix == ".html" else "text/plain"
            payload = body.encode("utf-8")
            http = (
                f"HTTP/1.1 200 OK\r\nContent-Type: {kind}; charset=utf-8\r\n"
                f"Content-Length: {len(payload)}\r\n\r\n"
            ).encode() + payload
            head = (
                "WARC/1.0\r\nWARC-Type: response\r\n"
                f"WARC-Record-ID: <urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, url)}>\r\n"
                f"WARC-Date: 2024-03-07T08:00:00Z\r\nWARC-Target-URI: {url}\r\n"
                f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
            ).encode()
            stream.write(gzip.compress(head + http + b"\r\n\r\n"))


def _namespace() -> list[str] | None:
    """A prefix that runs a command with loopback only, or None when this machine cannot."""
    if not (shutil.which("unshare") and shutil.which("ip")):
        return None
    for prefix in (["unshare", "-n"], ["unshare", "--net", "--map-root-user"]):
        if subprocess.run([*prefix, "true"], capture_output=True, check=False).returncode == 0:
            return prefix
    return None


def _measure(engine: str, workers: int, inputs: Path, out: Path) -> dict[str, Any] | None:
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--run",
        engine,
        str(workers),
        str(inputs),
        str(out),
    ]
    if engine == "ray":
        prefix = _namespace()
        if prefix is None:
            print("ray left out: no loopback-only network namespace here (needs unshare)", file=sys.stderr)
            return None
        command = [*prefix, "sh", "-c", 'ip link set lo up && exec "$@"', "sh", *command]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        print(f"{engine} x{workers} failed:\n{done.stderr[-2000:]}", file=sys.stderr)
        return None
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _one_run(engine: str, workers: str, inputs: str, out: str) -> int:
    """One measured run, in its own process; prints one JSON line."""
    from lagebild.batch import run_batch

    started = time.perf_counter()
    report = run_batch([inputs], out, engine=engine, workers=int(workers))  # type: ignore[arg-type]
    wall = time.perf_counter() - started
    done = [r for r in report.results if not r.skipped]
    line = {
        "engine": engine,
        "workers": int(workers),
        "articles": report.articles,
        "rejects": report.rejects,
        "failed": len(report.failed),
        "wall_seconds": wall,
        "shard_seconds": sum(r.seconds for r in done),
        "shard_cpu_seconds": sum(r.cpu_seconds for r in done),
        "peak_rss_per_worker_mb": max(r.max_rss for r in done) / 2**20,
        "worker_processes": len({r.pid for r in done}),
        "near_duplicate_pairs": report.near_duplicates,
    }
    print(json.dumps(line))
    return 0


def _figures(runs: list[dict[str, Any]], month_articles: int) -> dict[str, Any]:
    for run in runs:
        run["articles_per_second"] = run["articles"] / run["wall_seconds"]
        run["steady_articles_per_core_second"] = run["articles"] / run["shard_cpu_seconds"]
    efficiency = {}
    for engine in sorted({r["engine"] for r in runs}):
        rate = {r["workers"]: r["articles_per_second"] for r in runs if r["engine"] == engine}
        if 1 in rate and 2 in rate:
            efficiency[engine] = rate[2] / (2 * rate[1])
    base = next((r for r in runs if r["engine"] == "local" and r["workers"] == 1), runs[0] if runs else None)
    per_core = base["steady_articles_per_core_second"] if base else float("nan")
    core_hours = month_articles / per_core / 3600
    return {
        "machine": {"cpus": os.cpu_count(), "load_average_after": os.getloadavg()[0]},
        "runs": runs,
        "parallel_efficiency_2_workers": efficiency,
        "projection": {
            "month_articles_assumed": month_articles,
            "source": "estimate: CC-NEWS ~10-15 M HTML records a month x 7-10 % German (see MONTH_ARTICLES)",
            "per_core_articles_per_second": per_core,
            "core_hours": core_hours,
            "cores_for_24_hours": core_hours / 24,
            "hours_on_16_cores": core_hours / 16,
            "hours_on_64_cores": core_hours / 64,
        },
    }


def _print(figures: dict[str, Any]) -> None:
    machine = figures["machine"]
    print(
        f"{machine['cpus']} CPUs; load average {machine['load_average_before']:.1f} before, "
        f"{machine['load_average_after']:.1f} after (above the CPU count, wall-time figures are skewed)"
    )
    header = ("engine", "workers", "articles", "wall s", "art/s", "art/CPU s", "peak MB")
    print("{:<7} {:>7} {:>8} {:>7} {:>7} {:>11} {:>8}".format(*header))
    for r in figures["runs"]:
        print(
            f"{r['engine']:<7} {r['workers']:>7} {r['articles']:>8} {r['wall_seconds']:>7.1f} "
            f"{r['articles_per_second']:>7.1f} {r['steady_articles_per_core_second']:>11.1f} "
            f"{r['peak_rss_per_worker_mb']:>8.0f}"
        )
    for engine, value in figures["parallel_efficiency_2_workers"].items():
        print(f"parallel efficiency at 2 workers, {engine}: {value:.0%}")
    p = figures["projection"]
    print(
        f"projection: {p['month_articles_assumed']:,} German articles a month ({p['source']})\n"
        f"  at {p['per_core_articles_per_second']:.1f} articles/s per core: "
        f"{p['core_hours']:.0f} core-hours, {p['cores_for_24_hours']:.1f} cores for 24 h, "
        f"{p['hours_on_16_cores']:.1f} h on 16 cores, {p['hours_on_64_cores']:.1f} h on 64 cores"
    )


if __name__ == "__main__":
    sys.exit(main())
