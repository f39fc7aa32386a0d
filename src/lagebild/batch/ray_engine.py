"""The Ray engine: the same shard and band functions, run as Ray Data map stages.

Install with ``pip install lagebild[ray]``; Ray is imported only when this
engine starts. Shards become one block each (explicit block count), mapped by
a pool of ``workers`` actors that each load the lagebild engine once. Without
``address`` a private local Ray starts with ``workers`` CPUs, no dashboard, and
its node address on 127.0.0.1; with ``address`` (``ray://host:10001`` or
``host:6379``, or ``auto``) the work goes to that cluster, whose nodes must
have lagebild installed and see the input and output paths (a shared file
system). See docs/batch.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import ModuleType, TracebackType
from typing import Any, Self

from lagebild.batch.neardup import Pair, band_pairs
from lagebild.batch.shards import Shard
from lagebild.batch.work import BatchOptions, ShardResult, run_shard
from lagebild.errors import ConfigError

__all__ = ["RayEngine"]


def _ray() -> ModuleType:
    try:
        import ray
        import ray.data  # Ray Data is an extra of its own: ray[data]
    except ImportError:
        raise ConfigError(
            'the Ray engine needs Ray Data; install it with `pip install "lagebild[ray]"` '
            "or run with --engine local"
        ) from None
    return ray


class RayEngine:
    name = "ray"

    def __init__(self, workers: int = 1, address: str | None = None) -> None:
        self.workers = workers
        self.address = address
        self._started = False

    def __enter__(self) -> Self:
        ray = _ray()
        if not ray.is_initialized():
            quiet: dict[str, Any] = {"log_to_driver": False, "configure_logging": False}
            if self.address:
                ray.init(address=self.address, **quiet)
            else:
                ray.init(
                    num_cpus=self.workers,
                    include_dashboard=False,
                    _node_ip_address="127.0.0.1",  # nothing of the private cluster on the network
                    **quiet,
                )
            self._started = True
        context = ray.data.DataContext.get_current()
        context.enable_progress_bars = False
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._started:
            _ray().shutdown()
            self._started = False

    def map_shards(self, shards: Sequence[Shard], out: Path, options: BatchOptions) -> Iterator[ShardResult]:
        if not shards:
            return
        ray = _ray()
        items = [{"shard": shard.to_json()} for shard in shards]
        dataset = ray.data.from_items(items, override_num_blocks=len(items)).map_batches(
            _ShardMapper,
            fn_constructor_kwargs={"out": str(out), "options": options},
            batch_size=1,
            compute=ray.data.ActorPoolStrategy(size=min(self.workers, len(items))),
            num_cpus=1,
        )
        for row in dataset.iter_rows():
            yield ShardResult.from_json(str(row["result"]))

    def map_bands(self, files: Sequence[str], bands: int) -> Iterable[list[Pair]]:
        ray = _ray()
        items = [{"band": band} for band in range(bands)]
        dataset = ray.data.from_items(items, override_num_blocks=min(bands, self.workers)).map_batches(
            _bands_of,
            fn_kwargs={"files": list(files)},
            batch_size=None,  # a whole block of bands per task
            compute=ray.data.TaskPoolStrategy(size=self.workers),
            num_cpus=1,
        )
        return [[(int(row["x"]), int(row["y"])) for row in dataset.iter_rows()]]


class _ShardMapper:
    """One actor: keeps its lagebild engine between shards (loaded on the first one)."""

    def __init__(self, out: str, options: BatchOptions) -> None:
        self.out = Path(out)
        self.options = options

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        results = [run_shard(Shard.from_json(str(text)), self.out, self.options) for text in batch["shard"]]
        return {"result": [r.to_json() for r in results]}


def _bands_of(batch: dict[str, Any], files: list[str]) -> dict[str, Any]:
    import numpy as np

    pairs = [pair for band in batch["band"] for pair in band_pairs(int(band), files)]
    return {
        "x": np.array([x for x, _ in pairs], dtype=np.int64),
        "y": np.array([y for _, y in pairs], dtype=np.int64),
    }
