"""A tiny batch input written for these tests: a JSONL file and a folder of pages.

The two Bahnstreik reports are one agency text printed twice (the second with
its own first line and a changed sentence), so they must come out as a
near-duplicate pair; the Hochwasser report is about something else.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lagebild.batch import BatchReport, run_batch

STREIK = (
    "Die Gewerkschaft der Lokführer hat für Donnerstag einen landesweiten Warnstreik angekündigt. "
    "Im Fernverkehr und im Regionalverkehr ist mit zahlreichen Ausfällen zu rechnen, teilte die "
    "Gewerkschaft am Dienstag in Frankfurt mit.\n"
    "Der Streik soll am Donnerstag um drei Uhr beginnen und bis Freitagmorgen dauern. Die Bahn "
    "rief ihre Fahrgäste auf, nicht notwendige Reisen zu verschieben.\n"
    "«Wir haben lange genug verhandelt», sagte der Vorsitzende der Gewerkschaft, Klaus Brenner. "
    "Die Arbeitgeber hätten kein verbessertes Angebot vorgelegt.\n"
    "Die Bahn kritisierte den Ausstand als unverhältnismässig. Eine Sprecherin sagte, man sei "
    "jederzeit zu Gesprächen bereit. Die nächste Verhandlungsrunde ist für den kommenden Montag "
    "in Berlin angesetzt.\n"
    "Pendler in den Ballungsräumen müssen sich auf volle Busse und lange Staus einstellen. Viele "
    "Unternehmen kündigten an, ihren Angestellten Arbeit von zu Hause zu erlauben."
)
STREIK_COPY = "Reisende müssen sich am Donnerstag auf einen schwierigen Tag einstellen.\n" + STREIK.replace(
    "Die Bahn kritisierte den Ausstand als unverhältnismässig.", "Die Bahn nannte den Ausstand überzogen."
)
HOCHWASSER = (
    "Nach tagelangem Regen sind im Tessin mehrere Flüsse über die Ufer getreten. In Locarno "
    "standen am Montagmorgen Keller und Tiefgaragen unter Wasser.\n"
    "Die Feuerwehr war die ganze Nacht im Einsatz, wie die Kantonspolizei mitteilte. Verletzt "
    "wurde nach ersten Angaben niemand.\n"
    "Der Wetterdienst erwartet für Dienstag weitere kräftige Niederschläge. Die Behörden raten, "
    "Ufergebiete zu meiden und Fahrzeuge aus gefährdeten Tiefgaragen zu holen.\n"
    "Besonders betroffen ist das Maggiatal, wo eine Kantonsstrasse wegen eines Erdrutsches "
    "gesperrt werden musste. Die Gemeinde richtete in der Turnhalle eine Notunterkunft ein."
)


def _page(title: str, published: str, body: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>\n" for p in body.split("\n"))
    return (
        '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">'
        f"<title>{title}</title>"
        f'<meta property="article:published_time" content="{published}"></head>'
        f"<body><article><h1>{title}</h1>\n{paragraphs}</article></body></html>\n"
    )


@pytest.fixture(scope="session")
def batch_input(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``news.jsonl`` (three articles and a broken line) and ``seiten/`` (two pages and a note)."""
    root = tmp_path_factory.mktemp("batch-input")
    lines = [
        {"text": STREIK, "title": "Lokführer kündigen Warnstreik an", "url": "https://a.example/streik"},
        {"text": STREIK_COPY, "title": "Warnstreik bei der Bahn", "url": "https://b.example/streik"},
        {"text": HOCHWASSER, "title": "Hochwasser im Tessin", "url": "https://a.example/hochwasser"},
    ]
    text = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines) + "{kaputt\n"
    (root / "news.jsonl").write_text(text, encoding="utf-8")
    pages = root / "seiten"
    pages.mkdir()
    (pages / "maerz.html").write_text(
        _page("Warnstreik legt Bahn lahm", "2024-03-07T08:00:00+01:00", STREIK), encoding="utf-8"
    )
    (pages / "mai.html").write_text(
        _page("Hochwasser im Tessin", "2024-05-13T09:30:00+02:00", HOCHWASSER), encoding="utf-8"
    )
    (pages / "notiz.md").write_text("Nur eine Notiz.\n", encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def one_worker(batch_input: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BatchReport]:
    """The input through the local engine in this process, one shard per file: the reference output."""
    out = tmp_path_factory.mktemp("one") / "out"
    return out, run_batch([batch_input], out, shard_size=1)
