"""Stored HTTP responses: headers, chunked and compressed bodies, the writers' quirks."""

from __future__ import annotations

import gzip
import zlib

import pytest

from lagebild.ingest.http import HttpError, charset_of, decode_body, parse_response

PAGE = "<html><body><p>Lörrach – Die Grenze bleibt offen.</p></body></html>".encode()


def _message(headers: str, body: bytes) -> bytes:
    return f"HTTP/1.1 200 OK\r\n{headers}\r\n\r\n".encode("latin-1") + body


def test_headers_keep_order_and_folded_lines() -> None:
    message = parse_response(_message("Content-Type: text/html;\r\n charset=ISO-8859-1\r\nX-A: 1", b"x"))
    assert message.status == 200
    assert message.headers == (("Content-Type", "text/html; charset=ISO-8859-1"), ("X-A", "1"))
    assert charset_of(message.header("content-type")) == "iso-8859-1"
    assert message.body == b"x"


def test_lf_only_headers_are_read() -> None:
    message = parse_response(b"HTTP/1.0 200 OK\nContent-Type: text/html\n\n<html></html>")
    assert message.header("Content-Type") == "text/html"
    assert message.body == b"<html></html>"


@pytest.mark.parametrize(
    ("headers", "body"),
    [
        ("Content-Encoding: gzip", gzip.compress(PAGE)),
        ("Content-Encoding: deflate", zlib.compress(PAGE)),
        ("Content-Encoding: deflate", zlib.compress(PAGE)[2:-4]),  # raw deflate, as some servers send
        ("Content-Encoding: gzip", PAGE),  # stored decoded, header kept
        ("Transfer-Encoding: chunked", PAGE),  # stored dechunked, header kept
        (
            "Transfer-Encoding: chunked",
            b"10\r\n" + PAGE[:16] + b"\r\n" + b"%x\r\n" % (len(PAGE) - 16) + PAGE[16:] + b"\r\n0\r\n\r\n",
        ),
    ],
)
def test_bodies_are_decoded(headers: str, body: bytes) -> None:
    assert decode_body(parse_response(_message(headers, body)), max_bytes=10_000) == PAGE


def test_brotli_bodies_are_decoded() -> None:
    brotli = pytest.importorskip("brotli", reason="brotli comes with fastwarc; without it br is rejected")
    message = parse_response(_message("Content-Encoding: br", brotli.compress(PAGE)))
    assert decode_body(message, max_bytes=10_000) == PAGE


@pytest.mark.parametrize(
    ("headers", "body", "reason"),
    [
        ("Content-Encoding: gzip", gzip.compress(PAGE)[:-20], "truncated"),
        ("Content-Encoding: gzip", b"\x1f\x8b\x08\x00garbage-garbage", "bad_http"),
        ("Content-Encoding: compress", PAGE, "unsupported"),
        ("Content-Encoding: gzip", gzip.compress(b" " * 50_000), "too_large"),
        ("Transfer-Encoding: chunked", b"10\r\n" + PAGE[:16] + b"\r\nzz\r\n", "bad_http"),
    ],
)
def test_damaged_bodies_raise_with_a_reason(headers: str, body: bytes, reason: str) -> None:
    with pytest.raises(HttpError) as caught:
        decode_body(parse_response(_message(headers, body)), max_bytes=10_000)
    assert caught.value.reason == reason


@pytest.mark.parametrize("block", [b"", b"<html></html>", b"HTTP/1.1 200 OK\r\nContent-Type: text/html"])
def test_not_an_http_response(block: bytes) -> None:
    with pytest.raises(HttpError) as caught:
        parse_response(block)
    assert caught.value.reason == "bad_http"
