"""Grouped side of near-duplicate detection: LSH banding over the minhash tables.

Each band is a separate unit of work (the engines run them in parallel): it
reads two columns of every minhash file (``article_key`` and its band key),
groups the keys, and emits the pairs of articles that share a bucket. Memory
per band is about 16 bytes per article, so a month of news fits in one worker.
The candidate pairs of all bands are then checked against the full signatures
(only the signatures of candidates are read) and the pairs at or above the
threshold are written to ``near_duplicates.parquet`` with their estimated
Jaccard similarity and a ``group`` (connected components: the smallest article
id of the group), the first step from copies to stories.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lagebild.batch.minhash import MinHashParams, band_column

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["MAX_BUCKET", "band_pairs", "find_near_duplicates", "near_duplicates_schema"]

Pair = tuple[int, int]

#: A bucket this big is boilerplate shared by many pages (a cookie banner, an empty
#: template), not copies of one story: its members are paired with its first member
#: only, so the pairs grow linearly, not quadratically.
MAX_BUCKET = 100


def near_duplicates_schema() -> pa.Schema:
    import pyarrow as pa

    return pa.schema(
        [("a", pa.string()), ("b", pa.string()), ("jaccard", pa.float64()), ("group", pa.string())]
    )


def band_pairs(band: int, files: Sequence[str]) -> list[Pair]:
    """Candidate pairs ``(smaller key, larger key)`` of one band, sorted."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    column = band_column(band)
    if not files:
        return []
    parts = [pq.read_table(f, columns=["article_key", column]) for f in files]
    table = pa.concat_tables(parts).group_by([column, "article_key"]).aggregate([])
    buckets = table.group_by(column).aggregate([("article_key", "list")])
    many = pc.greater(pc.list_value_length(buckets["article_key_list"]), 1)
    lists = buckets.filter(many)["article_key_list"]
    pairs: set[Pair] = set()
    for members in lists.to_pylist():
        keys = sorted(members)
        if len(keys) > MAX_BUCKET:
            pairs.update((keys[0], k) for k in keys[1:])
        else:
            pairs.update((x, y) for i, x in enumerate(keys) for y in keys[i + 1 :])
    return sorted(pairs)


def find_near_duplicates(
    files: Sequence[str],
    out: Path,
    params: MinHashParams,
    run_bands: Callable[[Sequence[str], int], Iterable[list[Pair]]],
) -> int:
    """Write ``out/near_duplicates.parquet`` from the minhash ``files``; returns the pair count.

    ``run_bands(files, bands)`` runs :func:`band_pairs` for every band (in parallel
    under the engine that calls this) and yields each band's pairs.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    candidates: set[Pair] = set()
    for pairs in run_bands(files, params.bands):
        candidates.update(pairs)
    rows = _verified(files, candidates, params)
    table = pa.Table.from_pylist(rows, schema=near_duplicates_schema())
    path = out / "near_duplicates.parquet"
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)
    return len(rows)


def _verified(files: Sequence[str], candidates: set[Pair], params: MinHashParams) -> list[dict[str, Any]]:
    """The candidate pairs whose signatures agree on at least ``threshold`` of their values."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    wanted = pa.array(sorted({k for pair in candidates for k in pair}), pa.int64())
    ids: dict[int, str] = {}
    signatures: dict[int, Any] = {}
    for f in files if len(wanted) else ():
        part = pq.read_table(f, columns=["article_key", "article_id", "signature"])
        part = part.filter(pc.is_in(part["article_key"], value_set=wanted))
        for key, aid, sig in zip(*(part[c].to_pylist() for c in part.column_names), strict=True):
            ids.setdefault(key, aid)
            signatures.setdefault(key, np.asarray(sig, dtype=np.uint32))
    found: list[tuple[str, str, float]] = []
    for x, y in sorted(candidates):
        jaccard = float(np.count_nonzero(signatures[x] == signatures[y])) / params.num_perm
        if jaccard >= params.threshold and ids[x] != ids[y]:
            a, b = sorted((ids[x], ids[y]))
            found.append((a, b, jaccard))
    groups = _components([(a, b) for a, b, _ in found])
    return [{"a": a, "b": b, "jaccard": j, "group": groups[a]} for a, b, j in sorted(found)]


def _components(edges: list[tuple[str, str]]) -> dict[str, str]:
    """Each node's group, named by the smallest id in it (union-find)."""
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for a, b in edges:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {node: root(node) for node in list(parent)}
