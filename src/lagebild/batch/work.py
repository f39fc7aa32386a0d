"""One shard, start to finish: read -> analyse -> rows -> Parquet files -> completion marker.

These are the pure batch functions every engine runs (the local process pool and
Ray alike); they hold no analysis of their own: documents come from
:func:`lagebild.ingest.iter_sources`, articles from :meth:`lagebild.Engine.analyse`.

Files are written to a hidden temporary name and renamed into place, then the
marker ``_SUCCESS.<shard-id>`` is written (also by rename). A shard counts as
done only when its marker is there and names the same input fingerprint and
options, so a killed run leaves no half shard behind that a rerun would trust.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import resource
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from lagebild.batch.minhash import MinHashParams, minhash_row
from lagebild.batch.shards import Shard, ShardInput, is_supported_in_folder
from lagebild.batch.tables import article_rows, reject_row
from lagebild.batch.writer import ShardWriter
from lagebild.config import Config
from lagebild.engine import Engine
from lagebild.errors import InputError
from lagebild.ingest import SUPPORTED_SUFFIXES, iter_sources
from lagebild.model import Article, RawDocument, Reject
from lagebild.store.base import utc

__all__ = [
    "BatchOptions",
    "ShardResult",
    "is_done",
    "marker_path",
    "process_shard",
    "run_shard",
]

MARKER_PREFIX = "_SUCCESS."


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """What every worker needs to know; pickled to the workers, so keep it small and plain."""

    config: Config = field(default_factory=Config)
    since: datetime | None = None  # keep articles with since <= published < until
    until: datetime | None = None
    minhash: MinHashParams = field(default_factory=MinHashParams)

    @property
    def fingerprint(self) -> dict[str, Any]:
        """The options that change the rows; a marker with other values is not trusted."""
        return {
            "language": self.config.language,
            "key_points": self.config.key_points,
            "max_input_bytes": self.config.max_input_bytes,
            "since": None if self.since is None else utc(self.since).isoformat(),
            "until": None if self.until is None else utc(self.until).isoformat(),
            "minhash": [self.minhash.shingle, self.minhash.num_perm, self.minhash.bands, self.minhash.seed],
        }


@dataclass(frozen=True, slots=True)
class ShardResult:
    shard: str
    articles: int = 0
    rejects: int = 0
    seconds: float = 0.0  # wall time in the worker
    cpu_seconds: float = 0.0  # CPU time of the worker process on this shard
    max_rss: int = 0  # peak resident memory of the worker process, bytes
    pid: int = 0
    skipped: bool = False  # done in an earlier run
    error: str | None = None  # the shard failed; a rerun tries it again

    def to_json(self) -> str:
        return json.dumps({f: getattr(self, f) for f in self.__slots__})

    @classmethod
    def from_json(cls, text: str) -> ShardResult:
        return cls(**json.loads(text))


def marker_path(out: Path, shard_id: str) -> Path:
    return out / f"{MARKER_PREFIX}{shard_id}"


def is_done(out: Path, shard: Shard, options: BatchOptions) -> bool:
    """The shard's marker is there and was written for the same input and options."""
    try:
        marker = json.loads(marker_path(out, shard.id).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return bool(
        marker.get("fingerprint") == shard.fingerprint and marker.get("options") == options.fingerprint
    )


def run_shard(shard: Shard, out: Path, options: BatchOptions) -> ShardResult:
    """:func:`process_shard`, with any failure turned into a result, so that one bad shard
    never stops the others; a rerun retries it."""
    start = time.perf_counter()
    try:
        return process_shard(shard, out, options)
    except Exception as exc:  # the shard fails, the run goes on; the message names it
        message = f"{type(exc).__name__}: {exc}"
        return ShardResult(shard.id, seconds=time.perf_counter() - start, pid=os.getpid(), error=message)


def process_shard(shard: Shard, out: Path, options: BatchOptions) -> ShardResult:
    start, cpu = time.perf_counter(), time.process_time()
    engine = _engine(options.config)
    writer = ShardWriter(out, shard.id)
    articles = rejects = 0
    try:
        for item in _analysed(shard, engine, options):
            if isinstance(item, Reject):
                writer.add("rejects", [reject_row(item, shard.id)])
                rejects += 1
                continue
            for table, new in article_rows(item, shard.id).items():
                writer.add(table, new)
            signature = minhash_row(item, options.minhash)
            writer.add("minhash", [] if signature is None else [signature])
            articles += 1
            writer.article_done()
        writer.commit()
    except BaseException:
        writer.abort()
        raise
    result = ShardResult(
        shard.id,
        articles=articles,
        rejects=rejects,
        seconds=time.perf_counter() - start,
        cpu_seconds=time.process_time() - cpu,
        max_rss=peak_rss(),
        pid=os.getpid(),
    )
    _write_marker(out, shard, options, result)
    return result


def _analysed(shard: Shard, engine: Engine, options: BatchOptions) -> Iterator[Article | Reject]:
    for document in _documents(shard, engine.config.max_input_bytes):
        if isinstance(document, Reject):
            yield document
            continue
        try:
            article = engine.analyse(document)
        except InputError as exc:
            yield Reject(document.location or shard.id, exc.reason, str(exc))
            continue
        yield _in_range(article, options) or article


def _documents(shard: Shard, max_bytes: int) -> Iterator[RawDocument | Reject]:
    for item in shard.inputs:
        if item.named or is_supported_in_folder(item.path):
            for document in iter_sources([item.path], max_bytes=max_bytes):
                # no time stamp: the same input must give the same rows
                yield dataclasses.replace(document, at=None) if isinstance(document, Reject) else document
        else:
            yield _unsupported(item)


def _unsupported(item: ShardInput) -> Reject:
    return Reject(
        item.path,
        "unsupported",
        f"{item.path}: lagebild reads {', '.join(SUPPORTED_SUFFIXES)} files; rename it if it is one of these",
    )


def _in_range(article: Article, options: BatchOptions) -> Reject | None:
    """A reject when --since/--until leave the article out (undated ones too, as the store does)."""
    if options.since is None and options.until is None:
        return None
    published = None if article.published is None else utc(article.published)
    since = None if options.since is None else utc(options.since)
    until = None if options.until is None else utc(options.until)
    if (
        published is not None
        and (since is None or since <= published)
        and (until is None or published < until)
    ):
        return None
    when = "has no date" if published is None else f"was published {published.isoformat()}"
    return Reject(
        article.location or article.id, "out_of_range", f"left out: it {when}, outside --since/--until"
    )


@functools.cache
def _engine(config: Config) -> Engine:
    """One engine per worker process: its word lists and models load once."""
    return Engine(config)


def peak_rss() -> int:
    """Peak resident memory of this process in bytes (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak if sys.platform == "darwin" else peak * 1024)


def _write_marker(out: Path, shard: Shard, options: BatchOptions, result: ShardResult) -> None:
    marker = {
        "shard": shard.id,
        "fingerprint": shard.fingerprint,
        "options": options.fingerprint,
        "inputs": [i.path for i in shard.inputs],
        "articles": result.articles,
        "rejects": result.rejects,
        "finished": datetime.now(UTC).isoformat(),
    }
    path = marker_path(out, shard.id)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(marker, indent=1), encoding="utf-8")
    os.replace(tmp, path)
