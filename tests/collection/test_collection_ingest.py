"""Ingest through the Engine: counts, idempotence, rejects with reasons, nothing lost."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from collection_support import example_articles

from lagebild.collection import IngestReport
from lagebild.collection.ingest import document_key
from lagebild.config import Config
from lagebild.engine import Engine
from lagebild.model import Article, RawDocument
from lagebild.store import MemoryStore

GERMAN = (
    "Lawine am Weissmies fordert ein Todesopfer\n\n"
    "Am Freitag hat eine Lawine am Weissmies im Wallis vier Skitourengeher verschüttet. "
    "Ein 58-jähriger Deutscher kam ums Leben, wie die Kantonspolizei Wallis mitteilte.\n\n"
    "Die Gruppe war gut ausgerüstet, sagte eine Sprecherin der Polizei. Die Staatsanwaltschaft "
    "hat eine Untersuchung eröffnet. Der Lawinendienst warnt vor erheblicher Gefahr.\n"
)
ENGLISH = (
    "Avalanche kills one skier in the Swiss Alps\n\n"
    "An avalanche buried four ski tourers on the Weissmies on Friday. One German man died, "
    "the police of the canton of Valais said. The group was well equipped and experienced.\n\n"
    "The public prosecutor has opened an investigation into the accident and its causes.\n"
)


def _counted(report: IngestReport) -> int:
    return report.stored + report.duplicates + report.rejected + report.skipped


def test_examples_are_stored_once(examples_db: tuple[Path, IngestReport]) -> None:
    path, report = examples_db
    assert (report.documents, report.stored, report.rejected, report.duplicates) == (32, 32, 0, 0)
    with Engine(Config(db=str(path))) as engine:
        assert engine.store.count() == 32
        again = engine.ingest(example_articles())
        assert (again.skipped, again.stored, again.duplicates) == (32, 0, 0)
        assert engine.store.count() == 32
    with sqlite3.connect(path) as db:  # every document is in the ingest log, once
        assert db.execute("SELECT count(*) FROM documents").fetchone()[0] == 32


def test_bad_files_become_rejects_with_reasons(tmp_path: Path) -> None:
    folder = tmp_path / "eingang"
    folder.mkdir()
    (folder / "gut.txt").write_text(GERMAN, encoding="utf-8")
    (folder / "kopie.txt").write_text(GERMAN, encoding="utf-8")  # same text: a duplicate
    (folder / "leer.txt").write_text("", encoding="utf-8")
    (folder / "bild.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (folder / "englisch.txt").write_text(ENGLISH, encoding="utf-8")
    lines = [
        json.dumps({"text": GERMAN.replace("Freitag", "Samstag"), "url": "https://x.example/1"}),
        "{kaputt",
    ]
    (folder / "meldungen.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "notizen.docx").write_bytes(b"PK\x03\x04")
    store = MemoryStore()
    report = Engine(store=store).ingest([folder])
    reasons = {Path(r.location).name: r.reason for r in store.rejects()}
    assert reasons == {
        "leer.txt": "empty",
        "bild.html": "binary",
        "englisch.txt": "language",
        "meldungen.jsonl:2": "bad_jsonl",
        "notizen.docx": "unsupported",
    }
    assert all(r.message and r.at is not None for r in store.rejects())
    assert (report.stored, report.duplicates, report.rejected) == (2, 1, 5)
    assert report.documents == _counted(report) == 8  # nothing lost
    assert store.count() == 2


def test_rejects_are_retried_and_leave_when_stored(tmp_path: Path) -> None:
    english = tmp_path / "englisch.txt"
    english.write_text(ENGLISH, encoding="utf-8")
    store = MemoryStore()
    assert Engine(store=store).ingest([english]).rejected == 1
    report = Engine(store=store).ingest([english], lang="en")
    assert (report.stored, report.rejected) == (1, 0)
    assert store.rejects() == []


def _page(text: str, published: str | None = None) -> str:
    title, *paragraphs = text.strip().split("\n\n")
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head>{meta}</head><body><article><h1>{title}</h1>{body}</article></body></html>"


def test_since_rejects_old_articles_and_keeps_undated(tmp_path: Path) -> None:
    folder = tmp_path / "seiten"
    folder.mkdir()
    (folder / "alt.html").write_text(_page(GERMAN, "2019-03-01T08:00:00+01:00"), encoding="utf-8")
    (folder / "neu.html").write_text(
        _page(GERMAN.replace("Freitag", "Montag"), "2026-11-20T08:00:00+01:00"), encoding="utf-8"
    )
    (folder / "ohne_datum.txt").write_text(GERMAN.replace("Freitag", "Dienstag"), encoding="utf-8")
    store = MemoryStore()
    report = Engine(store=store).ingest([folder], since="2026-01-01")
    assert (report.stored, report.rejected, report.reasons["too_old"]) == (2, 1, 1)
    (reject,) = store.rejects()
    assert reject.location.endswith("alt.html")
    assert "--since" in reject.message


def test_stdin_documents_are_named_by_their_content() -> None:
    one = RawDocument(content=b"Erster Text", location="-")
    two = RawDocument(content=b"Zweiter Text", location="-")
    assert document_key(one) != document_key(two)
    assert document_key(one).startswith("stdin:")
    assert document_key(RawDocument(content=b"x", location="a/b.txt")) == "a/b.txt"


@pytest.mark.slow
def test_workers_give_the_same_collection(tmp_path: Path) -> None:
    paths = example_articles()[:3]
    alone, pooled = MemoryStore(), MemoryStore()
    Engine(store=alone).ingest(paths)
    report = Engine(store=pooled).ingest(paths, workers=2)
    assert report.stored == 3
    assert sorted(a.id for a in pooled.articles()) == sorted(a.id for a in alone.articles())
    first = next(alone.articles())
    assert pooled.get(first.id) == first


def test_progress_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GERMAN, encoding="utf-8")
    seen: list[int] = []
    Engine(store=MemoryStore()).ingest([tmp_path], progress=lambda r: seen.append(r.documents))
    assert seen == [1]


def test_engine_get_search_rejects(examples_engine: Engine) -> None:
    results = examples_engine.search("Hochwasser Armee")
    assert results.total >= 3
    article = examples_engine.get(results.hits[0].article_id)
    assert isinstance(article, Article)
    assert "Hochwasser" in article.text
    assert examples_engine.rejects() == []
    assert examples_engine.get("keine-solche-id") is None
