"""WARC and WARC.gz files: response records become RawDocuments, the rest is skipped.

Reading goes through fastwarc (fast, C++) or, when it is missing, warcio; both
are imported on first use. Neither reports every damage: fastwarc stops without
a word at a record whose header is cut off, and both stop at the first broken
gzip member. So after the library stops, :func:`read_warc` checks where it
stopped against the file: damage becomes a Reject at its byte offset, and
reading resumes at the next gzip member (or ``WARC/`` line) after it.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

from lagebild.ingest._common import parse_date, reject
from lagebild.ingest.http import HttpError, charset_of, decode_body, parse_response
from lagebild.model import RawDocument, Reject

__all__ = ["Backend", "read_warc"]

Backend = Literal["auto", "fastwarc", "warcio"]

_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"WARC/1."
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# HTTP headers on top of the article: a block may be this much larger than max_bytes.
_HEADER_ALLOWANCE = 64 * 1024
_CHUNK = 1 << 16


@dataclass(frozen=True, slots=True)
class _Record:
    offset: int  # where the record (its gzip member, in a .warc.gz) starts in the file
    type: str
    headers: tuple[tuple[str, str], ...]
    length: int | None  # the declared Content-Length
    block: bytes | None  # None when it was not read (not a response, or too large)

    def header(self, name: str) -> str | None:
        wanted = name.lower()
        return next((v for k, v in self.headers if k.lower() == wanted), None)


_Reader = Callable[[BinaryIO, int], Iterator[_Record]]


class _MissingBackend(Exception):
    pass


def read_warc(
    path: str | Path, *, max_bytes: int, backend: Backend = "auto"
) -> Iterator[RawDocument | Reject]:
    """Every response record of ``path`` as a RawDocument or a Reject, in file order."""
    location = str(path)
    try:
        reader = _reader(backend)
    except _MissingBackend as exc:
        yield reject(location, "missing_dependency", str(exc))
        return
    try:
        with open(path, "rb") as stream:
            yield from _read_all(stream, location, reader, max_bytes)
    except OSError as exc:
        yield reject(location, "not_a_file", f"{location}: cannot read it ({exc.strerror or exc})")


def _read_all(
    stream: BinaryIO, location: str, reader: _Reader, max_bytes: int
) -> Iterator[RawDocument | Reject]:
    gz = stream.read(3) == _GZIP_MAGIC
    size = stream.seek(0, 2)
    pos = 0
    while pos < size:
        stream.seek(pos)
        last: int | None = None
        failure: str | None = None
        records = reader(stream, max_bytes)
        while True:
            try:
                record = next(records, None)
            except Exception as exc:  # the libraries raise many types for damaged input
                failure = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
                break
            if record is None:
                break
            last = record.offset
            if record.type == "response":
                yield _document(record, location, max_bytes)
        stop = pos if last is None else _record_end(stream, last, gz, size)
        if stop is None:  # the last record ran into the end of the file, or is unreadable
            if last is not None and not _is_member_start(stream, last, gz):
                return  # one gzip stream for the whole file: offsets say nothing, trust the library
            resume = _find_next(stream, (last or pos) + 1, gz, size)
        else:
            if failure is None and not _has_data(stream, stop):
                return
            resume = _find_next(stream, stop + 1, gz, size)
            yield _damage(f"{location}#offset={stop}", stop, failure, at_end=resume is None)
        if resume is None:
            return
        pos = resume


def _damage(here: str, offset: int, failure: str | None, *, at_end: bool) -> Reject:
    if failure is None and at_end:
        return reject(here, "truncated", f"the file ends inside the WARC record at byte {offset}")
    why = failure or "not a WARC record"
    return reject(
        here,
        "broken_record",
        f"the WARC record at byte {offset} cannot be read ({why}); the records after it were read",
    )


def _document(record: _Record, location: str, max_bytes: int) -> RawDocument | Reject:
    here = f"{location}#offset={record.offset}"
    url = (record.header("WARC-Target-URI") or "").strip().strip("<>") or None
    if record.block is None:
        return reject(here, "too_large", f"the record is larger than {max_bytes} bytes; raise the limit")
    if not record.block:
        return reject(here, "broken_record", f"the record for {url} has no content block")
    if record.length is not None and len(record.block) < record.length:
        return reject(here, "truncated", f"the record for {url} is cut off: the file ends inside it")
    try:
        message = parse_response(record.block)
        if not 200 <= message.status < 300:
            return reject(here, "http_status", f"{url} answered HTTP {message.status}, not a page")
        content_type = message.header("Content-Type")
        media = (content_type or "").split(";")[0].strip().lower()
        body = decode_body(message, max_bytes=max_bytes)
    except HttpError as exc:
        return reject(here, exc.reason, f"{url}: {exc}")
    if media not in _HTML_TYPES and not (not media and _looks_like_html(body)):
        return reject(here, "unsupported", f"{url} is {media or 'of unknown type'}, not an HTML page")
    if not body.strip():
        return reject(here, "empty", f"{url} has an empty body")
    return RawDocument(
        content=body,
        location=here,
        url=url,
        media_type="text/html",
        encoding=charset_of(content_type),
        fetched_at=parse_date(record.header("WARC-Date")),
        headers=message.headers,
    )


def _looks_like_html(body: bytes) -> bool:
    head = body[:1024].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


# -- where the library stopped -------------------------------------------------


def _record_end(stream: BinaryIO, offset: int, gz: bool, size: int) -> int | None:
    """The offset just after the record at ``offset``; None if it cannot be told."""
    return _member_end(stream, offset) if gz else _plain_end(stream, offset, size)


def _member_end(stream: BinaryIO, offset: int) -> int | None:
    stream.seek(offset)
    inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
    consumed = 0
    while not inflater.eof:
        chunk = stream.read(_CHUNK)
        if not chunk:
            return None
        consumed += len(chunk)
        try:
            data = chunk
            while data and not inflater.eof:
                inflater.decompress(data, _CHUNK)  # output is not needed, only the end
                data = inflater.unconsumed_tail
        except zlib.error:
            return None
    return offset + consumed - len(inflater.unused_data)


def _plain_end(stream: BinaryIO, offset: int, size: int) -> int | None:
    stream.seek(offset)
    head = stream.read(_HEADER_ALLOWANCE)
    end = head.find(b"\r\n\r\n")
    if not head.startswith(_WARC_MAGIC) or end < 0:
        return None
    length = None
    for line in head[:end].split(b"\r\n"):
        key, _, value = line.partition(b":")
        if key.strip().lower() == b"content-length" and value.strip().isdigit():
            length = int(value.strip())
    if length is None:
        return None
    stop = offset + end + 4 + length
    return stop if stop <= size else None


def _is_member_start(stream: BinaryIO, offset: int, gz: bool) -> bool:
    stream.seek(offset)
    return stream.read(len(_GZIP_MAGIC if gz else _WARC_MAGIC)) == (_GZIP_MAGIC if gz else _WARC_MAGIC)


def _has_data(stream: BinaryIO, start: int) -> bool:
    """Anything but the blank lines that end a record between ``start`` and the end."""
    stream.seek(start)
    while chunk := stream.read(_CHUNK):
        if chunk.strip(b"\r\n\x00 \t"):
            return True
    return False


def _find_next(stream: BinaryIO, start: int, gz: bool, size: int) -> int | None:
    """The next place a record may start: a gzip member, or a ``WARC/1.`` line."""
    magic = _GZIP_MAGIC if gz else _WARC_MAGIC
    pos = start
    while pos < size:
        stream.seek(pos)
        window = stream.read(_CHUNK + len(magic))
        found = window.find(magic)
        if found >= 0:
            return pos + found
        pos += _CHUNK
    return None


# -- the two libraries ---------------------------------------------------------


def _reader(backend: Backend) -> _Reader:
    order = ("fastwarc", "warcio") if backend == "auto" else (backend,)
    for name in order:
        try:
            if name == "fastwarc":
                import fastwarc.warc  # noqa: F401

                return _fastwarc_records
            import warcio.archiveiterator  # type: ignore[import-untyped, unused-ignore]  # noqa: F401

            return _warcio_records
        except ImportError:
            continue
    raise _MissingBackend(
        "reading WARC files needs fastwarc or warcio: run `pip install fastwarc` "
        "(or `pip install warcio`) in lagebild's environment"
    )


def _fastwarc_records(stream: BinaryIO, max_bytes: int) -> Iterator[_Record]:
    from fastwarc.warc import ArchiveIterator

    for record in ArchiveIterator(stream, parse_http=False, fsspec_args=False):
        kind = str(record.record_type)
        length = int(record.content_length)
        block = None
        if kind == "response" and length <= max_bytes + _HEADER_ALLOWANCE:
            block = record.reader.read(length)
        yield _Record(int(record.stream_pos), kind, tuple(record.headers.items()), length, block)


def _warcio_records(stream: BinaryIO, max_bytes: int) -> Iterator[_Record]:
    from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped, unused-ignore]

    records = ArchiveIterator(stream, no_record_parse=True)
    for record in records:
        kind = str(record.rec_type)
        length = int(record.length) if record.length is not None else None
        block = None
        if kind == "response" and (length or 0) <= max_bytes + _HEADER_ALLOWANCE:
            block = record.raw_stream.read(max_bytes + _HEADER_ALLOWANCE)
        # warcio knows the offset only once the record is read (or skipped)
        offset = int(records.get_record_offset())
        yield _Record(offset, kind, tuple(record.rec_headers.headers), length, block)
