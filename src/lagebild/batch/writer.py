"""Write the tables of one shard in row groups, so a large WARC never sits in memory whole.

Rows are collected per table and written as one Parquet row group every
``flush_every`` articles, each group sorted on the table's key columns (input
order between groups, which is the same for every engine). Files are written
under hidden temporary names; :meth:`ShardWriter.commit` renames them into
place, :meth:`ShardWriter.abort` removes them.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from lagebild.batch.tables import TABLES, to_table

__all__ = ["FLUSH_EVERY", "ShardWriter"]

#: Articles per row group: about 50 MB of article JSON, far below a worker's 1 GB.
FLUSH_EVERY = 1000


class ShardWriter:
    def __init__(self, out: Path, shard_id: str, *, flush_every: int | None = None) -> None:
        self.flush_every = flush_every or FLUSH_EVERY
        self._final = {table: out / table / f"{shard_id}.parquet" for table in TABLES}
        self._tmp = {t: p.with_name(f".{p.name}.{os.getpid()}.tmp") for t, p in self._final.items()}
        self._rows: dict[str, list[dict[str, Any]]] = {table: [] for table in TABLES}
        self._writers: dict[str, Any] = {}
        self._pending = 0

    def add(self, table: str, rows: list[dict[str, Any]]) -> None:
        self._rows[table].extend(rows)

    def article_done(self) -> None:
        self._pending += 1
        if self._pending >= self.flush_every:
            self._flush()

    def _flush(self) -> None:
        import pyarrow.parquet as pq

        for table in TABLES:
            if table not in self._writers:
                self._tmp[table].parent.mkdir(parents=True, exist_ok=True)
                data = to_table(table, self._rows[table])
                self._writers[table] = pq.ParquetWriter(self._tmp[table], data.schema, compression="zstd")
            else:
                data = to_table(table, self._rows[table])
            if data.num_rows:
                self._writers[table].write_table(data)
            self._rows[table] = []
        self._pending = 0

    def commit(self) -> None:
        """Write what is left, close the files and rename them into place."""
        self._flush()
        for writer in self._writers.values():
            writer.close()
        for table in TABLES:
            os.replace(self._tmp[table], self._final[table])

    def abort(self) -> None:
        for writer in self._writers.values():
            with contextlib.suppress(OSError):  # a broken file is removed below anyway
                writer.close()
        for tmp in self._tmp.values():
            tmp.unlink(missing_ok=True)
