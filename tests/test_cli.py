"""The CLI in process: every bad input gives one line on stderr and a non-zero exit, no traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lagebild import __version__
from lagebild.cli import main

GERMAN = (
    "Berlin (dpa) – Die Stadtwerke wollen im kommenden Jahr 40 neue Elektrobusse kaufen.\n\n"
    "Das kündigte Betriebsleiterin Sabine Kröger am Dienstag in Berlin an. «Wir ersetzen damit "
    "die ältesten Dieselbusse der Flotte», sagte Kröger. Der Stadtrat muss dem Kauf noch zustimmen.\n\n"
    "Die Busse sollen ab dem Frühjahr auf den Linien im Osten der Stadt fahren.\n"
)


def _run(*args: str, stdin: str | bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def _assert_one_line_error(code: int, stderr: str, needle: str) -> None:
    assert code != 0
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("lagebild: error:")
    assert needle in lines[0].lower(), lines[0]


def test_version() -> None:
    code, out, _ = _run("--version")
    assert code == 0
    assert __version__ in out


def test_help_shows_examples() -> None:
    code, out, _ = _run("analyze", "--help")
    assert code == 0
    assert "Examples:" in out
    assert "lagebild analyze" in out


def test_analyze_markdown_and_json(tmp_path: Path) -> None:
    path = tmp_path / "busse.txt"
    path.write_text(GERMAN, encoding="utf-8")
    code, out, _ = _run("analyze", str(path))
    assert code == 0
    assert out.startswith("# ")
    assert "## Das Wichtigste in Kürze" in out
    code, out, _ = _run("analyze", str(path), "--json")
    assert code == 0
    data = json.loads(out)
    assert "Elektrobusse" in data["text"]
    assert data["language"] == "de"


def test_analyze_reads_stdin() -> None:
    code, out, _ = _run("analyze", "-", "--json", stdin=GERMAN)
    assert code == 0
    assert "Elektrobusse" in json.loads(out)["text"]


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "leer.txt"
    path.write_text("  \n\n ", encoding="utf-8")
    code, _, err = _run("analyze", str(path))
    _assert_one_line_error(code, err, "empty")


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "bild.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    code, _, err = _run("analyze", str(path))
    _assert_one_line_error(code, err, "binary")


def test_unknown_encoding(tmp_path: Path) -> None:
    path = tmp_path / "kaputt.txt"
    # bytes that are neither valid UTF-8 nor plausible text in any single-byte encoding
    path.write_bytes(bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 200)
    code, _, err = _run("analyze", str(path))
    assert code != 0
    assert "Traceback" not in err
    assert err.startswith("lagebild: error:")
    assert any(word in err.lower() for word in ("encoding", "binary")), err


def test_non_german_text(tmp_path: Path) -> None:
    path = tmp_path / "english.txt"
    path.write_text(
        "The city council approved the purchase of forty electric buses on Tuesday. "
        "The buses will replace the oldest diesel vehicles of the fleet next spring.\n",
        encoding="utf-8",
    )
    code, _, err = _run("analyze", str(path))
    _assert_one_line_error(code, err, "--lang")
    code, out, _ = _run("analyze", str(path), "--lang", "en", "--json")
    assert code == 0
    assert json.loads(out)["language"] == "en"


def test_file_too_large(tmp_path: Path) -> None:
    path = tmp_path / "gross.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # a sparse 50 MB file: cheap to make, never read
    code, _, err = _run("analyze", str(path))
    _assert_one_line_error(code, err, "mb")


def test_directory_instead_of_file(tmp_path: Path) -> None:
    code, _, err = _run("analyze", str(tmp_path))
    _assert_one_line_error(code, err, "directory")


def test_missing_file(tmp_path: Path) -> None:
    code, _, err = _run("analyze", str(tmp_path / "fehlt.txt"))
    _assert_one_line_error(code, err, "no such file")


@pytest.mark.parametrize("points", ["1", "6"])
def test_points_out_of_range(points: str, tmp_path: Path) -> None:
    path = tmp_path / "busse.txt"
    path.write_text(GERMAN, encoding="utf-8")
    code, _, err = _run("analyze", str(path), "--points", points)
    assert code == 2
    assert "Traceback" not in err


def test_analyze_jsonl_gives_one_json_line_per_article_and_reports_rejects(tmp_path: Path) -> None:
    second = GERMAN.replace("Elektrobusse", "Wasserstoffzüge").replace("Busse", "Züge")
    path = tmp_path / "artikel.jsonl"
    path.write_text(
        json.dumps({"text": GERMAN, "url": "https://example.org/a"}, ensure_ascii=False)
        + "\n{kaputt\n"
        + json.dumps({"text": second}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    code, out, err = _run("analyze", str(path), "--json")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 2
    assert "Elektrobusse" in rows[0]["text"]
    assert "Wasserstoffzüge" in rows[1]["text"]
    assert "rejected" in err
    assert "artikel.jsonl:2" in err
    assert "Traceback" not in err


def test_analyze_url_is_kept_as_provenance(tmp_path: Path) -> None:
    path = tmp_path / "busse.txt"
    path.write_text(GERMAN, encoding="utf-8")
    code, out, _ = _run("analyze", str(path), "--json", "--url", "https://www.example.ch/busse")
    assert code == 0
    assert json.loads(out)["url"] == "https://www.example.ch/busse"


def test_jsonl_title_and_published_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "artikel.jsonl"
    row = {"text": GERMAN, "title": "Neue Elektrobusse", "published": "2026-11-20T08:00:00+01:00"}
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    code, out, _ = _run("analyze", str(path), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["title"] == "Neue Elektrobusse"
    assert data["published"].startswith("2026-11-20T08:00:00")
