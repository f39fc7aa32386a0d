"""The local engine: a process pool on this machine; nothing to install beyond lagebild.

With one worker everything runs in this process (no start-up cost, and the
tests can watch it); with more, each worker is a fresh ``spawn``-ed process that
loads the engine once and then takes shards in turn.
"""

from __future__ import annotations

import functools
import multiprocessing
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor, as_completed
from pathlib import Path
from types import TracebackType
from typing import Self

from lagebild.batch.neardup import Pair, band_pairs
from lagebild.batch.shards import Shard
from lagebild.batch.work import BatchOptions, ShardResult, run_shard

__all__ = ["LocalEngine"]


class LocalEngine:
    name = "local"

    def __init__(self, workers: int = 1) -> None:
        self.workers = workers
        self._pool: Executor | None = None

    def __enter__(self) -> Self:
        if self.workers > 1:
            # spawn, not fork: a forked child would inherit the parent's threads and locks
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=context)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def map_shards(self, shards: Sequence[Shard], out: Path, options: BatchOptions) -> Iterator[ShardResult]:
        """Each shard's result as soon as it is done (in no particular order)."""
        if self._pool is None:
            for shard in shards:
                yield run_shard(shard, out, options)
            return
        futures: dict[Future[ShardResult], Shard] = {
            self._pool.submit(run_shard, shard, out, options): shard for shard in shards
        }
        for future in as_completed(futures):
            try:
                yield future.result()
            except Exception as exc:  # a worker died (killed, out of memory): the shard is retried next run
                yield ShardResult(futures[future].id, error=f"worker died: {type(exc).__name__}: {exc}")

    def map_bands(self, files: Sequence[str], bands: int) -> Iterable[list[Pair]]:
        work = functools.partial(_band, files=tuple(files))
        if self._pool is None:
            return map(work, range(bands))
        return self._pool.map(work, range(bands))


def _band(band: int, files: tuple[str, ...]) -> list[Pair]:
    return band_pairs(band, files)
