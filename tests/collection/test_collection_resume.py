"""Resume after kill -9: a rerun adds what is missing, nothing twice, nothing lost."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from collection_support import load_generate

from lagebild.config import Config
from lagebild.engine import Engine

N = 48  # enough for several committed batches before the kill, and a rest after it


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:  # the table is not created yet
        return 0


@pytest.mark.slow
def test_rerun_after_sigkill_completes_without_duplicates(tmp_path: Path) -> None:
    generate = load_generate()
    paths = generate.write(tmp_path / "synthetic", N)
    db = tmp_path / "lagebild.db"
    command = [
        sys.executable,
        "-c",
        "from lagebild.cli import main; main()",
        "ingest",
        str(tmp_path / "synthetic"),
    ]
    process = subprocess.Popen(
        [*command, "--db", str(db)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 120
    while _stored(db) < 16 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, "the ingest ended before it could be killed; raise N"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    before = _stored(db)
    assert 16 <= before < N
    with Engine(Config(db=str(db))) as engine:
        report = engine.ingest([tmp_path / "synthetic"])
        assert report.skipped == before  # what was committed is not read again
        assert report.stored + report.duplicates + report.skipped == N
        assert report.rejected == 0
        assert engine.store.count() == N == len(paths)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(DISTINCT id) FROM articles").fetchone()[0] == N
        assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == N
        assert conn.execute("SELECT count(*) FROM fts").fetchone()[0] == N  # the index is complete too
