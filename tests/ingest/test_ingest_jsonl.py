"""JSONL and JSON documents: the schema of docs/ingest.md, bad lines rejected with their number."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lagebild.ingest.jsonl import read_json, read_jsonl
from lagebild.model import RawDocument, Reject

MB = 1024 * 1024

LINES = [
    json.dumps(
        {
            "text": "Bern – Der Nationalrat hat das Gesetz angenommen.\nDie Vorlage geht an den Ständerat.",
            "title": "Nationalrat sagt Ja",
            "url": "https://www.example.ch/politik/ja",
            "published": "2024-03-14T09:12:00+01:00",
            "source": "Beispiel-Zeitung",
            "id": "a-1",
            "lang": "de",
        },
        ensure_ascii=False,
    ),
    "",  # blank lines are no documents
    '{"html": "<html><body><p>Graz – Die Mur führt Hochwasser.</p></body></html>", "source": "Beispiel AT"}',
    "das ist kein JSON",
    '{"title": "Ohne Text", "url": "https://www.example.de/x"}',
    '["eine", "Liste"]',
    '{"text": "Text", "published": "letzten Dienstag"}',
    '{"text": 42}',
    '{"text": "   "}',
]


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_every_line_is_one_document_or_one_reject(tmp_path: Path) -> None:
    path = _write(tmp_path / "daten.jsonl", LINES)
    results = list(read_jsonl(path, max_bytes=MB))
    assert len(results) == len([line for line in LINES if line.strip()])
    assert [(r.location, r.reason) for r in results if isinstance(r, Reject)] == [
        (f"{path}:4", "bad_jsonl"),
        (f"{path}:5", "bad_jsonl"),
        (f"{path}:6", "bad_jsonl"),
        (f"{path}:7", "bad_jsonl"),
        (f"{path}:8", "bad_jsonl"),
        (f"{path}:9", "empty"),
    ]
    text, page = (r for r in results if isinstance(r, RawDocument))
    assert text.location == f"{path}:1"
    assert text.media_type == "text/plain"
    assert text.url == "https://www.example.ch/politik/ja"
    assert text.source == "Beispiel-Zeitung"
    assert text.content.decode("utf-8").startswith("Nationalrat sagt Ja\n\nBern – Der Nationalrat")
    assert page.media_type == "text/html"
    assert "Mur führt Hochwasser" in page.content.decode("utf-8")
    assert page.location == f"{path}:3"


def test_messages_name_the_problem(tmp_path: Path) -> None:
    path = _write(tmp_path / "daten.jsonl", LINES)
    messages = {
        r.location.rsplit(":", 1)[1]: r.message
        for r in read_jsonl(path, max_bytes=MB)
        if isinstance(r, Reject)
    }
    assert "not JSON" in messages["4"]
    assert '"text" or "html"' in messages["5"]
    assert "ISO 8601" in messages["7"]
    assert '"text" must be a string' in messages["8"]


def test_a_line_over_the_limit_is_skipped_and_the_next_is_read(tmp_path: Path) -> None:
    big = json.dumps({"text": "x" * 5000})
    path = _write(tmp_path / "gross.jsonl", [big, '{"text": "Kurz und gut."}'])
    results = list(read_jsonl(path, max_bytes=1000))
    assert [r.reason if isinstance(r, Reject) else "doc" for r in results] == ["too_large", "doc"]
    assert results[1].location == f"{path}:2"


def test_invalid_utf8_and_a_bom_are_handled(tmp_path: Path) -> None:
    path = tmp_path / "bytes.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"text": "Mit BOM"}\n{"text": "Z\xfcrich"}\n')
    results = list(read_jsonl(path, max_bytes=MB))
    assert isinstance(results[0], RawDocument)
    assert isinstance(results[1], Reject)
    assert results[1].reason == "bad_jsonl"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"text": "Ein Dokument"}', ["doc"]),
        ('[{"text": "Eins"}, {"html": "<p>Zwei</p>"}, {"url": "ohne Text"}]', ["doc", "doc", "bad_jsonl"]),
        ("{kaputt", ["bad_jsonl"]),
    ],
)
def test_json_files_hold_one_object_or_a_list(tmp_path: Path, content: str, expected: list[str]) -> None:
    path = tmp_path / "daten.json"
    path.write_text(content, encoding="utf-8")
    results = list(read_json(path, max_bytes=MB))
    assert [r.reason if isinstance(r, Reject) else "doc" for r in results] == expected
