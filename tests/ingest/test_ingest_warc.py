"""WARC and WARC.gz: response records in, everything else skipped or rejected with its offset."""

from __future__ import annotations

import gzip
import io
import sys
from pathlib import Path

import pytest
from warcio.recordloader import ArcWarcRecord  # type: ignore[import-untyped]
from warcio.statusandheaders import StatusAndHeaders  # type: ignore[import-untyped]
from warcio.warcwriter import WARCWriter  # type: ignore[import-untyped]

from lagebild.ingest.warc import Backend, read_warc
from lagebild.model import RawDocument, Reject

BACKENDS: list[Backend] = ["fastwarc", "warcio"]
MB = 1024 * 1024

UTF8_PAGE = (
    "<html><body><h1>Bundesrat senkt Zölle</h1><p>Bern – Der Bundesrat hat am Mittwoch entschieden.</p>"
    "</body></html>"
)
CP1252_PAGE = (
    "<html><body><h1>Grösste Überschwemmung</h1><p>Zürich – «Wir sind bereit», sagte sie.</p></body></html>"
)
GZIP_PAGE = "<html><body><h1>Wahl in Thüringen</h1><p>Erfurt – Die Stimmen sind ausgezählt.</p></body></html>"


def _response(
    writer: WARCWriter, url: str, body: bytes, headers: list[tuple[str, str]], status: str = "200 OK"
) -> None:
    http = StatusAndHeaders(status, headers, protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
    _write(writer, record)


def _write(writer: WARCWriter, record: ArcWarcRecord) -> None:
    writer.write_record(record)
    record.raw_stream.close()  # warcio buffers the payload in a temporary file it leaves open


def _chunked(body: bytes, size: int = 40) -> bytes:
    parts = [
        b"%x\r\n%s\r\n" % (len(body[i : i + size]), body[i : i + size]) for i in range(0, len(body), size)
    ]
    return b"".join(parts) + b"0\r\n\r\n"


def write_crawl(path: Path, *, gz: bool = True) -> Path:
    """Six records: three HTML responses, a request, a PNG and a 404 (one document each but the request)."""
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=gz)
        _response(
            writer,
            "https://www.example.ch/wirtschaft/zoelle",
            UTF8_PAGE.encode(),
            [("Content-Type", "text/html; charset=utf-8")],
        )
        request = writer.create_warc_record(
            "https://www.example.ch/wirtschaft/zoelle",
            "request",
            payload=io.BytesIO(b"GET /wirtschaft/zoelle HTTP/1.1\r\nHost: www.example.ch\r\n\r\n"),
        )
        _write(writer, request)
        _response(
            writer,
            "https://www.example.ch/zuerich/flut",
            CP1252_PAGE.encode("cp1252"),
            [("Content-Type", "text/html; charset=windows-1252")],
        )
        _response(
            writer,
            "https://www.example.ch/bild.png",
            b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
            [("Content-Type", "image/png")],
        )
        _response(
            writer,
            "https://www.example.de/thueringen/wahl",
            _chunked(gzip.compress(GZIP_PAGE.encode())),
            [("Content-Type", "text/html"), ("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")],
        )
        _response(
            writer,
            "https://www.example.ch/weg",
            b"<html><body>weg</body></html>",
            [("Content-Type", "text/html")],
            "404 Not Found",
        )
    return path


def _split(results: list[RawDocument | Reject]) -> tuple[list[RawDocument], list[Reject]]:
    return [r for r in results if isinstance(r, RawDocument)], [r for r in results if isinstance(r, Reject)]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("gz", [True, False])
def test_responses_become_documents_and_the_rest_rejects(tmp_path: Path, backend: Backend, gz: bool) -> None:
    path = write_crawl(tmp_path / ("crawl.warc.gz" if gz else "crawl.warc"), gz=gz)
    results = list(read_warc(path, max_bytes=MB, backend=backend))
    docs, rejects = _split(results)
    assert len(results) == 5  # 5 responses, the request record is no document
    assert [d.url for d in docs] == [
        "https://www.example.ch/wirtschaft/zoelle",
        "https://www.example.ch/zuerich/flut",
        "https://www.example.de/thueringen/wahl",
    ]
    assert sorted(r.reason for r in rejects) == ["http_status", "unsupported"]
    utf8, cp1252, unzipped = docs
    assert utf8.content.decode("utf-8") == UTF8_PAGE
    assert utf8.encoding == "utf-8"
    assert cp1252.encoding == "windows-1252"
    assert cp1252.content.decode("cp1252") == CP1252_PAGE
    assert unzipped.content.decode("utf-8") == GZIP_PAGE  # chunked and gzip undone
    for doc in docs:
        assert doc.media_type == "text/html"
        assert doc.fetched_at is not None
        assert doc.fetched_at.utcoffset() is not None
        assert ("Content-Type", doc.headers[0][1]) == doc.headers[0]
        assert doc.location is not None
        assert doc.location.startswith(f"{path}#offset=")
    assert len({r.location for r in results}) == 5  # every location points at its own record


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("cut", [30, 200, "header"])
def test_truncated_gzip_yields_the_good_records_then_a_reject(
    tmp_path: Path, backend: Backend, cut: int | str
) -> None:
    whole = write_crawl(tmp_path / "whole.warc.gz")
    data = whole.read_bytes()
    path = tmp_path / "cut.warc.gz"
    if cut == "header":  # keep only 20 bytes of the last record: its WARC header is cut off
        final = max(int(str(r.location).split("=")[1]) for r in read_warc(whole, max_bytes=MB))
        path.write_bytes(data[: final + 20])
    else:
        path.write_bytes(data[: -int(cut)])
    results = list(read_warc(path, max_bytes=MB, backend=backend))
    # the 404 is the last record: cutting its end loses it, nothing before it
    assert [type(r).__name__ for r in results] == [
        "RawDocument",
        "RawDocument",
        "Reject",
        "RawDocument",
        "Reject",
    ]
    last = results[-1]
    assert isinstance(last, Reject)
    assert last.reason in ("truncated", "broken_record")
    assert "#offset=" in last.location


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_broken_record_in_the_middle_is_rejected_and_reading_goes_on(
    tmp_path: Path, backend: Backend
) -> None:
    whole = write_crawl(tmp_path / "whole.warc.gz")
    offsets = [int(str(r.location).split("=")[1]) for r in read_warc(whole, max_bytes=MB)]
    data = bytearray(whole.read_bytes())
    start = offsets[1]  # the windows-1252 record: damage its compressed bytes
    data[start + 20 : start + 60] = b"\x00" * 40
    path = tmp_path / "damaged.warc.gz"
    path.write_bytes(bytes(data))
    results = list(read_warc(path, max_bytes=MB, backend=backend))
    reasons = [r.reason if isinstance(r, Reject) else "doc" for r in results]
    assert reasons == ["doc", "broken_record", "unsupported", "doc", "http_status"]
    assert str(results[1].location).endswith(f"#offset={start}")


def test_a_record_over_the_limit_is_rejected_as_too_large(tmp_path: Path) -> None:
    path = tmp_path / "big.warc.gz"
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        _response(
            writer,
            "https://www.example.ch/gross",
            b"<html><body>" + b"x" * 200_000 + b"</body></html>",
            [("Content-Type", "text/html")],
        )
        _response(writer, "https://www.example.ch/klein", UTF8_PAGE.encode(), [("Content-Type", "text/html")])
    results = list(read_warc(path, max_bytes=100_000))
    assert [r.reason if isinstance(r, Reject) else "doc" for r in results] == ["too_large", "doc"]


def test_a_gzip_bomb_body_is_rejected_without_inflating_it(tmp_path: Path) -> None:
    path = tmp_path / "bomb.warc.gz"
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        bomb = gzip.compress(b"<html><body>" + b" " * (20 * MB))
        _response(
            writer,
            "https://www.example.ch/bombe",
            bomb,
            [("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
        )
    (result,) = read_warc(path, max_bytes=MB)
    assert isinstance(result, Reject)
    assert result.reason == "too_large"


def test_a_file_that_is_no_warc_is_one_reject(tmp_path: Path) -> None:
    path = tmp_path / "falsch.warc"
    path.write_text("<html><body>Kein WARC</body></html>", encoding="utf-8")
    (result,) = read_warc(path, max_bytes=MB)
    assert isinstance(result, Reject)
    assert result.reason == "broken_record"


def test_missing_libraries_give_one_reject_saying_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_crawl(tmp_path / "crawl.warc.gz")
    for name in ("fastwarc", "fastwarc.warc", "warcio", "warcio.archiveiterator"):
        monkeypatch.setitem(sys.modules, name, None)  # import now raises ImportError
    (result,) = read_warc(path, max_bytes=MB)
    assert isinstance(result, Reject)
    assert result.reason == "missing_dependency"
    assert "pip install fastwarc" in result.message
