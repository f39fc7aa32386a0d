"""Dispatch: turn paths (files, folders, feeds, WARCs, JSONL) into RawDocuments and Rejects.

Bad input never raises here: every document that cannot be read becomes a
:class:`~lagebild.model.Reject` whose ``location`` pinpoints it, and the run
goes on with the next one.
"""

from __future__ import annotations

import gzip
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from lagebild.errors import InputError
from lagebild.ingest._common import reject
from lagebild.ingest.feeds import is_feed, read_feed
from lagebild.ingest.files import read_path
from lagebild.ingest.jsonl import read_json, read_jsonl
from lagebild.ingest.meta import META_SUFFIX
from lagebild.ingest.warc import read_warc
from lagebild.model import RawDocument, Reject

__all__ = ["SUPPORTED_SUFFIXES", "iter_sources"]

#: File name endings read inside a folder; anything else there is rejected as "unsupported".
SUPPORTED_SUFFIXES = (
    ".html",
    ".htm",
    ".xhtml",
    ".txt",
    ".json",
    ".jsonl",
    ".xml",
    ".rss",
    ".atom",
    ".warc",
    ".warc.gz",
)
_FEED_SUFFIXES = (".rss", ".atom")


def iter_sources(paths: Iterable[str | Path], *, max_bytes: int) -> Iterator[RawDocument | Reject]:
    """Every document under ``paths``, each as exactly one RawDocument or one Reject.

    A folder is read recursively in sorted order (hidden files and folders are
    skipped); ``"-"`` is standard input. A file named on its own is read even
    when its ending is unknown: its first bytes decide what it is.
    """
    for path in paths:
        if str(path) == "-":
            yield _plain(path, max_bytes)
            continue
        p = Path(path)
        if p.is_dir():
            yield from _folder(p, max_bytes)
        else:
            yield from _file(p, max_bytes, named=True)


def _folder(folder: Path, max_bytes: int) -> Iterator[RawDocument | Reject]:
    for path in _walk(folder):
        if path.name.lower().endswith(SUPPORTED_SUFFIXES):
            yield from _file(path, max_bytes, named=False)
        else:
            yield reject(
                str(path),
                "unsupported",
                f"{path}: lagebild reads {', '.join(SUPPORTED_SUFFIXES)} files; "
                "rename it if it is one of these",
            )


#: Expected-result sidecars (``article.expected.json`` beside ``article.txt``, as in
#: ``examples/``) describe a document; they are not documents, so folder walks skip them.
SIDECAR_SUFFIX = ".expected.json"


def _walk(folder: Path) -> Iterator[Path]:
    """Files under ``folder`` in sorted order, without hidden ones and sidecars (expected results,
    metadata: read with their document); symlinked folders are not followed."""

    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(
            Path(root, name)
            for name in files
            if not name.startswith(".") and not name.endswith((SIDECAR_SUFFIX, META_SUFFIX))
        )
    yield from sorted(found, key=lambda p: p.relative_to(folder).parts)


def _file(path: Path, max_bytes: int, *, named: bool) -> Iterator[RawDocument | Reject]:
    name = path.name.lower()
    if not path.is_file():
        yield _plain(path, max_bytes)  # read_path says precisely what is wrong
    elif name.endswith((".warc", ".warc.gz")) or (named and _is_warc(path)):
        yield from read_warc(path, max_bytes=max_bytes)
    elif name.endswith(".jsonl"):
        yield from read_jsonl(path, max_bytes=max_bytes)
    elif name.endswith(".json"):
        yield from read_json(path, max_bytes=max_bytes)
    elif name.endswith(_FEED_SUFFIXES) or ((name.endswith(".xml") or named) and is_feed(path)):
        yield from read_feed(path, max_bytes=max_bytes)
    elif name.endswith(".xml"):
        yield reject(str(path), "unsupported", f"{path} is XML but not an RSS or Atom feed")
    else:
        yield _plain(path, max_bytes)


def _plain(path: str | Path, max_bytes: int) -> RawDocument | Reject:
    try:
        return read_path(path, max_bytes=max_bytes)
    except InputError as exc:
        return reject(str(path), exc.reason, str(exc))


def _is_warc(path: Path) -> bool:
    """The file starts with a WARC version line, gzipped or not."""
    try:
        with open(path, "rb") as stream:
            head = stream.read(512)
        if head.startswith(b"\x1f\x8b"):
            with gzip.open(path, "rb") as unzipped:
                head = unzipped.read(16)
    except (OSError, EOFError):
        return False
    return head.startswith(b"WARC/")
