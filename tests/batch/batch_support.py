"""Helpers for the batch tests: read a whole output folder as comparable rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

TABLES = ("articles", "entities", "quotes", "key_points", "rejects", "minhash")


def read_rows(out: Path) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """``{table: {shard file: rows}}`` plus the near-duplicate pairs, for exact comparison."""
    import pyarrow.parquet as pq

    rows: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for table in TABLES:
        rows[table] = {f.name: pq.read_table(f).to_pylist() for f in sorted((out / table).glob("*.parquet"))}
    rows["near_duplicates"] = {"all": pq.read_table(out / "near_duplicates.parquet").to_pylist()}
    return rows
