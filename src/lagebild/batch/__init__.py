"""Batch at scale: many inputs -> Parquet tables, on a local process pool or on Ray Data.

::

    report = run_batch(["crawl.warc.gz", "pages/"], "out/", engine="local", workers=4)
    with open_store("lagebild.db") as store:
        load_output("out/", store)

The layout of the output, resuming and the Ray cluster options are described
in docs/batch.md. The batch layer holds no analysis: every article comes from
:meth:`lagebild.Engine.analyse`.
"""

from __future__ import annotations

from lagebild.batch.load import LoadReport, load_output
from lagebild.batch.minhash import MinHashParams
from lagebild.batch.runner import BatchReport, EngineName, completed_shards, run_batch
from lagebild.batch.shards import DEFAULT_SHARD_SIZE, Shard, plan_shards
from lagebild.batch.work import BatchOptions, ShardResult

__all__ = [
    "DEFAULT_SHARD_SIZE",
    "BatchOptions",
    "BatchReport",
    "EngineName",
    "LoadReport",
    "MinHashParams",
    "Shard",
    "ShardResult",
    "completed_shards",
    "load_output",
    "plan_shards",
    "run_batch",
]
