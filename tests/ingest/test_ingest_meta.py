"""Metadata sidecars: ``artikel.meta.json`` names the outlet and date a scraped text cannot carry."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from lagebild import Engine
from lagebild.errors import MetadataError
from lagebild.ingest import iter_sources
from lagebild.ingest.files import read_path
from lagebild.model import RawDocument, Reject

MB = 1024 * 1024
TEXT = (
    "Sarnen – Nach tagelangem Regen ist der Sarnersee über die Ufer getreten.\n\n"
    "Die Feuerwehr pumpte in der Nacht Keller aus. Der Kanton rief die Bevölkerung auf, "
    "Uferwege zu meiden.\n"
)


def _article(folder: Path, meta: object | None, name: str = "see.txt") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(TEXT, encoding="utf-8")
    if meta is not None:
        sidecar = path.with_name(path.stem + ".meta.json")
        body = meta if isinstance(meta, str) else json.dumps(meta)
        sidecar.write_text(body, encoding="utf-8")
    return path


def test_a_sidecar_fills_source_url_title_and_date(tmp_path: Path) -> None:
    path = _article(
        tmp_path,
        {
            "source": "Obwaldner Bote",
            "url": "https://bote.example/see",
            "title": "Sarnersee tritt über die Ufer",
            "published": "2026-11-25T08:30:00+01:00",
        },
    )
    raw = read_path(path, max_bytes=MB)
    assert raw.source == "Obwaldner Bote"
    assert raw.url == "https://bote.example/see"
    assert raw.title == "Sarnersee tritt über die Ufer"
    assert raw.published == datetime(2026, 11, 25, 7, 30, tzinfo=UTC)


def test_other_keys_are_left_to_their_owner(tmp_path: Path) -> None:
    path = _article(tmp_path, {"source": "Obwaldner Bote", "story": "hochwasser", "rubrik": None})
    assert read_path(path, max_bytes=MB).source == "Obwaldner Bote"


def test_without_a_sidecar_nothing_is_invented(tmp_path: Path) -> None:
    raw = read_path(_article(tmp_path, None), max_bytes=MB)
    assert (raw.source, raw.url, raw.title, raw.published) == (None, None, None, None)


def test_the_sidecar_reaches_the_article_and_the_folder_walk_skips_it(tmp_path: Path) -> None:
    _article(tmp_path / "eingang", {"source": "Obwaldner Bote", "published": "2026-11-25"})
    results = list(iter_sources([tmp_path / "eingang"], max_bytes=MB))
    assert len(results) == 1
    assert isinstance(results[0], RawDocument)
    article = Engine().analyse(results[0])
    assert article.source == "Obwaldner Bote"
    assert article.published == datetime(2026, 11, 25, tzinfo=UTC)


@pytest.mark.parametrize(
    ("meta", "needle"),
    [
        ("{kein json", "not UTF-8 JSON"),
        ("[1, 2]", "expected a JSON object"),
        ({"source": 7}, '"source" must be a string'),
        ({"published": "gestern"}, '"published" must be an ISO 8601 date'),
    ],
)
def test_a_broken_sidecar_rejects_its_document_with_the_reason(
    tmp_path: Path, meta: object, needle: str
) -> None:
    path = _article(tmp_path / "eingang", meta)
    with pytest.raises(MetadataError, match=needle):
        read_path(path, max_bytes=MB)
    [result] = list(iter_sources([tmp_path / "eingang"], max_bytes=MB))
    assert isinstance(result, Reject)
    assert result.reason == "bad_meta"
    assert needle in result.message
    assert result.location == str(path)


def test_every_example_text_page_has_an_outlet(tmp_path: Path) -> None:
    examples = Path(__file__).resolve().parents[2] / "examples"
    texts = sorted(examples.glob("*.txt"))
    assert texts
    for path in texts:
        assert read_path(path, max_bytes=MB).source, f"{path.name} has no .meta.json with a source"
