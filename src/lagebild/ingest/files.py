"""Read one file (or standard input) into a RawDocument, refusing what cannot be a news text."""

from __future__ import annotations

import mimetypes
import sys
from pathlib import Path

from lagebild.errors import EmptyInputError, InputTooLargeError, NotAFileError
from lagebild.ingest.meta import with_meta
from lagebild.model import RawDocument

__all__ = ["read_path"]

_MEDIA_TYPES = {".html": "text/html", ".htm": "text/html", ".xhtml": "text/html", ".txt": "text/plain"}


def _media_type(path: Path) -> str | None:
    suffix = path.suffix.lower()
    return _MEDIA_TYPES.get(suffix) or mimetypes.guess_type(path.name)[0]


def read_path(path: str | Path, *, max_bytes: int) -> RawDocument:
    """Read ``path`` (``"-"`` is standard input) without reading more than ``max_bytes + 1``.

    Its metadata sidecar (``article.meta.json`` beside ``article.txt``), when there is one,
    fills ``source``, ``url``, ``title`` and ``published``; see :mod:`lagebild.ingest.meta`.
    """
    if str(path) == "-":
        content = sys.stdin.buffer.read(max_bytes + 1)
        if len(content) > max_bytes:
            raise InputTooLargeError(
                f"standard input is larger than {max_bytes // (1024 * 1024)} MB; "
                "raise LAGEBILD_MAX_INPUT_MB to read it"
            )
        if not content.strip():
            raise EmptyInputError("standard input is empty: pipe an article into it")
        return RawDocument(content=content, location="-")
    p = Path(path)
    if not p.exists():
        raise NotAFileError(f"{p}: no such file")
    if p.is_dir():
        raise NotAFileError(
            f"{p} is a directory; give one article file (or use `lagebild ingest` for folders)"
        )
    if not p.is_file():
        raise NotAFileError(f"{p} is not a regular file")
    size = p.stat().st_size
    if size > max_bytes:
        raise InputTooLargeError(
            f"{p} is {size / (1024 * 1024):.1f} MB, more than the limit of "
            f"{max_bytes / (1024 * 1024):.0f} MB for one article; raise LAGEBILD_MAX_INPUT_MB to read it"
        )
    try:
        content = p.read_bytes()
    except OSError as exc:
        raise NotAFileError(f"{p}: cannot read it ({exc.strerror})") from None
    if not content.strip():
        raise EmptyInputError(f"{p} is empty")
    # a sidecar (article.meta.json) names the outlet, URL and date the text cannot carry
    return with_meta(RawDocument(content=content, location=str(p), media_type=_media_type(p)), p)
