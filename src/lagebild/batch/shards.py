"""Shards: the unit of work, of output files and of completion markers.

A container file (WARC, WARC.gz, JSONL, JSON, a feed) is one shard. Single pages
(``.html``, ``.txt`` ...) — named on the command line or found in a folder — are
grouped, in sorted order, into shards of ``shard_size`` files. A shard's id comes
from its paths only, so the same input gives the same ids on every run; its
``fingerprint`` also covers sizes and modification times, so a changed input
file is processed again instead of being skipped.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from lagebild.errors import InputError, NotAFileError
from lagebild.ingest import SUPPORTED_SUFFIXES

__all__ = ["DEFAULT_SHARD_SIZE", "Shard", "ShardInput", "plan_shards"]

#: Single pages per shard: large enough that reading and writing six Parquet files
#: per shard is a small part of the work, small enough that a failed shard is cheap.
DEFAULT_SHARD_SIZE = 500

# Files that hold many documents each; everything else is one page.
_CONTAINERS = (".warc", ".warc.gz", ".jsonl", ".json", ".xml", ".rss", ".atom")
_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")


@dataclass(frozen=True, slots=True)
class ShardInput:
    """One file of a shard. ``named``: given on the command line (its first bytes decide
    what it is), not found in a folder (where the file name ending decides)."""

    path: str
    named: bool
    size: int
    mtime_ns: int


@dataclass(frozen=True, slots=True)
class Shard:
    id: str
    inputs: tuple[ShardInput, ...]

    @property
    def fingerprint(self) -> str:
        """Changes when any input file changes (path, size or modification time)."""
        data = json.dumps([[i.path, i.named, i.size, i.mtime_ns] for i in self.inputs])
        return hashlib.sha256(data.encode()).hexdigest()[:16]

    def to_json(self) -> str:
        return json.dumps({"id": self.id, "inputs": [list(_fields(i)) for i in self.inputs]})

    @classmethod
    def from_json(cls, text: str) -> Shard:
        data = json.loads(text)
        return cls(data["id"], tuple(ShardInput(p, bool(n), s, m) for p, n, s, m in data["inputs"]))


def _fields(item: ShardInput) -> tuple[str, bool, int, int]:
    return (item.path, item.named, item.size, item.mtime_ns)


def plan_shards(paths: Iterable[str | Path], *, shard_size: int = DEFAULT_SHARD_SIZE) -> list[Shard]:
    """The shards of ``paths`` (files and folders), in input order; ids are unique."""
    if shard_size < 1:
        raise InputError(f"the shard size must be at least 1, not {shard_size}")
    shards: list[Shard] = []
    pages: list[ShardInput] = []
    for path in paths:
        if str(path) == "-":
            raise NotAFileError("batch reads files, not standard input; save the input to a file first")
        p = Path(path)
        if not p.exists():
            raise NotAFileError(f"{p} does not exist; check the path")
        files = [(f, False) for f in _walk(p)] if p.is_dir() else [(p, True)]
        for file, named in files:
            item = _input(file, named)
            if file.name.lower().endswith(_CONTAINERS):
                shards.append(Shard(_shard_id(file.name, [item]), (item,)))
            else:
                pages.append(item)
    for start in range(0, len(pages), shard_size):
        group = pages[start : start + shard_size]
        name = f"pages-{start // shard_size:06d}"
        shards.append(Shard(_shard_id(name, group), tuple(group)))
    _check_unique(shards)
    return shards


def _input(path: Path, named: bool) -> ShardInput:
    try:
        stat = path.stat()
    except OSError as exc:
        raise NotAFileError(f"{path}: cannot read it ({exc.strerror or exc})") from None
    return ShardInput(str(path), named, stat.st_size, stat.st_mtime_ns)


def _walk(folder: Path) -> Iterator[Path]:
    """Files under ``folder`` in sorted order, without hidden ones (the order ingest uses)."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(Path(root, name) for name in files if not name.startswith("."))
    yield from sorted(found, key=lambda p: p.relative_to(folder).parts)


def _shard_id(name: str, items: list[ShardInput]) -> str:
    """Readable and stable: the file name, then a hash of the absolute paths."""
    digest = hashlib.sha256("\0".join(os.path.abspath(i.path) for i in items).encode()).hexdigest()
    stem = _UNSAFE.sub("_", name)[:48].strip("._") or "shard"
    return f"{stem}-{digest[:10]}"


def _check_unique(shards: list[Shard]) -> None:
    seen: set[str] = set()
    for shard in shards:
        if shard.id in seen:
            raise InputError(f"{shard.inputs[0].path} is given twice; name each input once")
        seen.add(shard.id)


def is_supported_in_folder(path: str) -> bool:
    """Inside a folder only known endings are read; the rest is rejected as "unsupported"."""
    return path.lower().endswith(SUPPORTED_SUFFIXES)
