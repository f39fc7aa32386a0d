"""Bad input never stops a run: each broken document becomes a Reject with a reason, the rest is read.

End to end through ``Engine.analyse_sources`` and ``lagebild analyze``.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lagebild import Engine
from lagebild.cli import main
from lagebild.model import Article, Reject

PAGE = (
    '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Fähre fällt aus</title></head>'
    "<body><article><h1>Fähre zwischen Konstanz und Meersburg fällt aus</h1>"
    "<p>Die Fähre zwischen Konstanz und Meersburg fährt wegen eines Motorschadens bis Freitag nicht. "
    "Pendler müssen den Umweg über Radolfzell nehmen, teilten die Stadtwerke am Montag mit.</p>"
    "<p>Ein Ersatzschiff sei bestellt, sagte ein Sprecher. Es soll ab Mittwoch im Stundentakt fahren "
    "und bis zu vierzig Autos mitnehmen. Die Stadtwerke entschuldigten sich für die Umstände.</p>"
    "</article></body></html>"
)


def _warc_record(url: str, body: bytes) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Target-URI: {url}\r\nWARC-Date: 2024-05-02T06:30:00Z\r\n"
        "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    good = _warc_record("https://www.example.de/faehre", PAGE.encode())
    (tmp_path / "a_good.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b_truncated.warc.gz").write_bytes(gzip.compress(good)[:-40])
    broken = good.replace(b"Content-Length: ", b"Content-Length: x")
    (tmp_path / "c_broken.warc").write_bytes(broken + good)
    (tmp_path / "d_no_body.html").write_text("<!doctype html><html><head><title>Leer</title></head></html>")
    (tmp_path / "e_huge.html").write_bytes(
        b"<html><body><p>" + b"Wort " * (4 * 1024 * 1024) + b"</p></body></html>"
    )
    (tmp_path / "f_binary.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    (tmp_path / "g_garbage.txt").write_bytes(bytes(range(0x80, 0x100)) * 10)
    latin = PAGE.encode("cp1252")
    (tmp_path / "h_wrong_charset.html").write_bytes(latin)  # says utf-8, is Windows-1252
    return tmp_path


def _results(folder: Path) -> list[Article | Reject]:
    return list(Engine().analyse_sources([folder]))


@pytest.mark.slow
def test_every_bad_document_is_rejected_with_a_reason_and_the_run_goes_on(folder: Path) -> None:
    results = _results(folder)
    articles = [r for r in results if isinstance(r, Article)]
    rejects = {Path(r.location.split("#")[0].split(":")[0]).name: r for r in results if isinstance(r, Reject)}
    # the good page, the good WARC record after the broken one, the page in the wrong charset
    assert len(articles) == 3
    assert all("Fähre" in a.text for a in articles)
    wrong = [a for a in articles if (a.location or "").endswith("h_wrong_charset.html")]
    assert wrong
    assert "Fähre zwischen Konstanz" in wrong[0].text  # umlauts decoded right
    assert {"b_truncated.warc.gz", "c_broken.warc", "d_no_body.html", "e_huge.html", "f_binary.html"} <= set(
        rejects
    )
    assert rejects["e_huge.html"].reason == "too_large"
    assert rejects["f_binary.html"].reason == "binary"
    assert rejects["d_no_body.html"].reason == "no_content"
    assert rejects["g_garbage.txt"].reason == "encoding"
    assert all(r.message and "\n" not in r.message for r in rejects.values())


@pytest.mark.slow
def test_analyze_reports_rejects_on_stderr_and_prints_the_articles(folder: Path) -> None:
    for name in ("a_good.html", "d_no_body.html", "f_binary.html"):
        result = CliRunner().invoke(main, ["analyze", str(folder / name), "--json"])
        assert "Traceback" not in result.stderr
        if name == "a_good.html":
            assert result.exit_code == 0
            assert json.loads(result.stdout)["title"].startswith("Fähre")
        else:
            assert result.exit_code != 0
            assert len(result.stderr.strip().splitlines()) == 1
