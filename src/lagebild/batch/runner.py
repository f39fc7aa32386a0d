"""``run_batch``: plan the shards, skip the finished ones, run the rest, then find near-duplicates.

The engine (local process pool or Ray) only decides *where* the shard and band
functions run; *what* runs is the same, so both give the same rows.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Literal, Protocol, Self

from lagebild.batch.neardup import Pair, find_near_duplicates
from lagebild.batch.shards import DEFAULT_SHARD_SIZE, Shard, plan_shards
from lagebild.batch.tables import require_batch_libraries
from lagebild.batch.work import MARKER_PREFIX, BatchOptions, ShardResult, is_done, marker_path
from lagebild.errors import ConfigError

__all__ = ["BatchReport", "EngineName", "completed_shards", "run_batch"]

EngineName = Literal["local", "ray"]


class BatchEngine(Protocol):
    name: str

    def __enter__(self) -> Self: ...

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...

    def map_shards(
        self, shards: Sequence[Shard], out: Path, options: BatchOptions
    ) -> Iterator[ShardResult]: ...

    def map_bands(self, files: Sequence[str], bands: int) -> Iterable[list[Pair]]: ...


@dataclass(frozen=True, slots=True)
class BatchReport:
    engine: str
    workers: int
    results: tuple[ShardResult, ...]  # one per planned shard, in plan order
    near_duplicates: int
    seconds: float
    failed: tuple[ShardResult, ...] = field(default=())

    @property
    def articles(self) -> int:
        return sum(r.articles for r in self.results if not r.skipped)

    @property
    def rejects(self) -> int:
        return sum(r.rejects for r in self.results if not r.skipped)

    @property
    def skipped(self) -> int:
        return sum(r.skipped for r in self.results)


def run_batch(
    inputs: Sequence[str | Path],
    out: str | Path,
    *,
    options: BatchOptions | None = None,
    engine: EngineName = "local",
    workers: int = 1,
    shard_size: int = DEFAULT_SHARD_SIZE,
    address: str | None = None,
    progress: Callable[[ShardResult], None] | None = None,
) -> BatchReport:
    """Analyse ``inputs`` into Parquet tables under ``out``; see docs/batch.md for the layout.

    Shards finished by an earlier run with the same options are skipped. A shard
    that fails is reported in ``BatchReport.failed``; run again to retry it.
    """
    if workers < 1:
        raise ConfigError(f"--workers must be at least 1, not {workers}")
    require_batch_libraries()
    options = options or BatchOptions()
    start = time.perf_counter()
    root = Path(out)
    shards = plan_shards(inputs, shard_size=shard_size)
    root.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(root)
    done = {s.id for s in shards if is_done(root, s, options)}
    todo = [s for s in shards if s.id not in done]
    for shard in todo:  # a marker from other options or older input no longer holds
        marker_path(root, shard.id).unlink(missing_ok=True)
    results = {sid: ShardResult(sid, skipped=True) for sid in done}
    with _engine(engine, workers, address) as runner:
        for result in runner.map_shards(todo, root, options):
            results[result.shard] = result
            if progress is not None:
                progress(result)
        files = [str(root / "minhash" / f"{sid}.parquet") for sid in completed_shards(root)]
        pairs = find_near_duplicates(files, root, options.minhash, runner.map_bands)
    ordered = tuple(results[s.id] for s in shards)
    return BatchReport(
        engine=engine,
        workers=workers,
        results=ordered,
        near_duplicates=pairs,
        seconds=time.perf_counter() - start,
        failed=tuple(r for r in ordered if r.error is not None),
    )


def completed_shards(out: Path) -> list[str]:
    """Ids of the shards under ``out`` that have a completion marker, sorted."""
    return sorted(p.name[len(MARKER_PREFIX) :] for p in out.glob(f"{MARKER_PREFIX}*"))


def _engine(name: EngineName, workers: int, address: str | None) -> BatchEngine:
    if name == "ray":
        from lagebild.batch.ray_engine import RayEngine

        return RayEngine(workers, address)
    if name != "local":
        raise ConfigError(f"unknown engine {name!r}; use local or ray")
    if address:
        raise ConfigError("--address names a Ray cluster; add --engine ray")
    from lagebild.batch.local import LocalEngine

    return LocalEngine(workers)


def _remove_leftovers(root: Path) -> None:
    """Temporary files of a killed run (hidden, never read); their shards have no marker."""
    for tmp in root.glob("**/.*.tmp"):
        tmp.unlink(missing_ok=True)
