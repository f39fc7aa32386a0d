"""Run the Ray engine on a batch input; started by test_batch_ray.py inside a loopback-only
network namespace. While Ray runs, it records every listening socket (``ss``) to
``<out>/../listeners.txt``, so the test can check that nothing listens beyond loopback.

Usage: python ray_job.py INPUT... OUT
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from lagebild.batch import ShardResult, run_batch


def main(argv: list[str]) -> int:
    *inputs, out = argv
    listeners = Path(out).parent / "listeners.txt"

    def record(result: ShardResult) -> None:
        if not listeners.exists():  # once, while the cluster and its workers are up
            found = subprocess.run(["ss", "-ltunH"], capture_output=True, text=True, check=True).stdout
            listeners.write_text(found, encoding="utf-8")

    report = run_batch(inputs, out, engine="ray", workers=2, shard_size=1, progress=record)
    print(f"{report.articles} articles, {report.rejects} rejects, {len(report.failed)} failed")
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
