"""HTTP messages as a crawler stored them: status line, headers, body (chunked, gzip ...).

WARC writers disagree on whether a response body is stored as sent (chunked,
compressed) or already decoded with the original headers kept. The decoders
here therefore check the bytes before trusting the header: a body that does not
parse as chunked, or has no gzip magic, is taken as already decoded.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

__all__ = ["HttpError", "HttpMessage", "charset_of", "decode_body", "parse_response"]

_STATUS_LINE = re.compile(rb"^HTTP/\d(?:\.\d)?\s+(\d{3})")
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_CHUNK_SIZE = re.compile(rb"([0-9A-Fa-f]+)[ \t]*(?:;[^\r\n]*)?\r?\n")
_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.I)
# A header block larger than this is not one a real server sent.
_MAX_HEADER_BYTES = 64 * 1024


class HttpError(ValueError):
    """A stored HTTP message that cannot be read. ``reason`` is a Reject reason."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class HttpMessage:
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes

    def header(self, name: str) -> str | None:
        """The last value of header ``name`` (case-insensitive), like most clients use."""
        wanted = name.lower()
        found = None
        for key, value in self.headers:
            if key.lower() == wanted:
                found = value
        return found


def parse_response(block: bytes) -> HttpMessage:
    """Split a stored HTTP response into status, headers and the still-encoded body."""
    status = _STATUS_LINE.match(block)
    if status is None:
        raise HttpError("bad_http", "the record does not start with an HTTP status line")
    end = _HEADER_END.search(block, 0, _MAX_HEADER_BYTES)
    if end is None:
        raise HttpError("bad_http", "the HTTP header block has no end (truncated record?)")
    lines = block[: end.start()].decode("latin-1").splitlines()[1:]
    headers: list[tuple[str, str]] = []
    for line in lines:
        if line[:1] in (" ", "\t") and headers:  # obsolete line folding
            key, value = headers[-1]
            headers[-1] = (key, f"{value} {line.strip()}")
        elif ":" in line:
            key, _, value = line.partition(":")
            headers.append((key.strip(), value.strip()))
    return HttpMessage(int(status.group(1)), tuple(headers), block[end.end() :])


def decode_body(message: HttpMessage, *, max_bytes: int) -> bytes:
    """The body with transfer and content encodings undone, at most ``max_bytes`` long."""
    body = message.body
    transfer = (message.header("Transfer-Encoding") or "").lower()
    if "chunked" in transfer:
        body = _dechunk(body)
    for coding in reversed(_codings(message.header("Content-Encoding"))):
        body = _decompress(body, coding, max_bytes)
    if len(body) > max_bytes:
        raise HttpError("too_large", f"the body is larger than {max_bytes} bytes; raise the limit")
    return body


def charset_of(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a Content-Type value, lower-cased."""
    if not content_type:
        return None
    found = _CHARSET.search(content_type)
    return found.group(1).lower() if found else None


def _codings(value: str | None) -> list[str]:
    if not value:
        return []
    return [c.strip().lower() for c in value.split(",") if c.strip().lower() not in ("", "identity")]


def _dechunk(body: bytes) -> bytes:
    """Undo chunked transfer coding; a body that is not chunked is returned unchanged."""
    parts: list[bytes] = []
    pos = 0
    while True:
        size = _CHUNK_SIZE.match(body, pos)
        if size is None:
            if not parts:  # some writers store the dechunked body with the header kept
                return body
            raise HttpError("bad_http", f"the chunked HTTP body is damaged at byte {pos}")
        length = int(size.group(1), 16)
        start = size.end()
        if length == 0:
            return b"".join(parts)
        parts.append(body[start : start + length])
        if start + length > len(body):
            raise HttpError("truncated", "a chunk of the HTTP body is cut off (truncated record)")
        pos = start + length
        if body.startswith(b"\r\n", pos):
            pos += 2
        elif body.startswith(b"\n", pos):
            pos += 1


def _decompress(body: bytes, coding: str, max_bytes: int) -> bytes:
    if coding in ("gzip", "x-gzip"):
        if not body.startswith(b"\x1f\x8b"):
            return body  # stored already decoded
        return _inflate(body, zlib.MAX_WBITS | 16, max_bytes)
    if coding == "deflate":
        try:  # zlib-wrapped, as the RFC says ...
            return _inflate(body, zlib.MAX_WBITS, max_bytes)
        except HttpError:  # ... or raw deflate, as some servers send it
            return _inflate(body, -zlib.MAX_WBITS, max_bytes)
    if coding == "br":
        return _unbrotli(body, max_bytes)
    raise HttpError("unsupported", f"unknown Content-Encoding {coding!r}")


def _inflate(body: bytes, wbits: int, max_bytes: int) -> bytes:
    inflater = zlib.decompressobj(wbits)
    try:
        # max_length bounds the memory a decompression bomb could take.
        out = inflater.decompress(body, max_bytes + 1)
    except zlib.error as exc:
        raise HttpError("bad_http", f"the compressed HTTP body is damaged ({exc})") from None
    if len(out) > max_bytes:
        raise HttpError("too_large", f"the decompressed body is larger than {max_bytes} bytes")
    if not inflater.eof:
        raise HttpError("truncated", "the compressed HTTP body is cut off (truncated record)")
    return out


def _unbrotli(body: bytes, max_bytes: int) -> bytes:
    try:
        import brotli  # type: ignore[import-untyped, import-not-found, unused-ignore]
    except ImportError:
        raise HttpError("unsupported", "the body is brotli-compressed; install `brotli` to read it") from None
    try:
        # output_buffer_limit bounds the memory a decompression bomb could take.
        decompressor = brotli.Decompressor()
        out: bytes = decompressor.process(body, output_buffer_limit=max_bytes + 1)
    except brotli.error as exc:
        raise HttpError("bad_http", f"the brotli body is damaged ({exc})") from None
    if len(out) > max_bytes:
        raise HttpError("too_large", f"the decompressed body is larger than {max_bytes} bytes")
    if not decompressor.is_finished():
        raise HttpError("truncated", "the brotli body is cut off (truncated record)")
    return out
