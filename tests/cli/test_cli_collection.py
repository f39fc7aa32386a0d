"""The collection commands, in process: ingest, rejects, search, brief, stories, entities, export."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from lagebild.cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TRANSFER = ("b13_limmat", "b14_hanse", "b15_donau", "b16_mittelland")


@pytest.fixture(scope="module")
def collection(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The four articles of the transfer story and one empty file, ingested by the CLI."""
    folder = tmp_path_factory.mktemp("eingang")
    for prefix in TRANSFER:
        (source,) = [p for p in EXAMPLES.glob(f"{prefix}_*") if p.suffix in (".txt", ".html")]
        shutil.copy(source, folder / source.name)
    (folder / "leer.txt").write_text("", encoding="utf-8")
    db = folder.parent / "transfer.db"
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "5 documents: 4 stored, 0 duplicates, 1 rejected (empty 1)" in result.output
    return folder, str(db)


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_ingest_again_adds_nothing(collection: tuple[Path, str]) -> None:
    folder, db = collection
    code, output = run("ingest", str(folder), "--db", db)
    assert code == 0
    assert "0 stored" in output
    assert "4 already stored" in output


def test_rejects(collection: tuple[Path, str]) -> None:
    code, output = run("rejects", "--db", collection[1])
    assert code == 0
    assert "empty" in output
    assert "leer.txt" in output
    code, output = run("rejects", "--db", collection[1], "--json")
    assert json.loads(output.splitlines()[0])["reason"] == "empty"


def test_search_text_and_json(collection: tuple[Path, str]) -> None:
    code, output = run("search", "Bürgi Stuttgart", "--db", collection[1], "--limit", "2")
    assert code == 0
    assert "1-2 of 4 articles" in output
    assert "Sources:" in output
    code, output = run("search", "Ablöse", "--db", collection[1], "--json", "--since", "2026-11-01")
    data = json.loads(output)
    assert data["query"] == "Ablöse since:2026-11-01"
    assert data["results"]["total"] >= 1
    assert "⟦" in data["results"]["hits"][0]["snippet"]
    assert data["facets"]["source"]


def test_brief_formats(collection: tuple[Path, str], tmp_path: Path) -> None:
    code, output = run("brief", "--db", collection[1])
    assert code == 0
    assert output.startswith("# Lagebild")
    assert "Bürgi" in output
    out = tmp_path / "lagebild.html"
    code, _ = run("brief", "--db", collection[1], "--format", "html", "--out", str(out))
    assert code == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    code, output = run("brief", "--db", collection[1], "--format", "json", "--since", "2026-11-01")
    assert json.loads(output)["entries"][0]["outlets"]


def test_stories_and_entities(collection: tuple[Path, str]) -> None:
    code, output = run("stories", "--db", collection[1])
    assert code == 0
    assert output.startswith("1. ")
    code, output = run("entities", "--db", collection[1], "--top", "5")
    assert code == 0
    assert "Noah Bürgi" in output
    code, output = run("entities", "Bürgi", "--db", collection[1])
    assert "mentions per day" in output
    code, output = run("stories", "--db", collection[1], "--json")
    assert json.loads(output)[0]["article_ids"]


def test_export(collection: tuple[Path, str], tmp_path: Path) -> None:
    code, output = run("export", "Bürgi", "--db", collection[1])
    assert code == 0
    assert len([line for line in output.splitlines() if line.startswith("{")]) == 4
    code, _ = run("export", "--db", collection[1], "--format", "csv", "--out", str(tmp_path / "a.csv"))
    assert code == 0
    assert (tmp_path / "a.csv").read_text(encoding="utf-8").startswith("id,published")
    code, output = run("export", "--db", collection[1], "--format", "parquet")
    assert code == 2
    assert "--out" in output


def test_user_mistakes_are_one_line(collection: tuple[Path, str]) -> None:
    code, output = run("brief", "--db", collection[1], "--since", "gestern")
    assert code == 2
    assert output.strip().count("\n") == 0
    assert "24h, 7d" in output
    code, output = run("search", '"Bürgi', "--db", collection[1])
    assert code == 2
    assert "unclosed quote" in output
    assert "Traceback" not in output


def test_db_from_the_environment(collection: tuple[Path, str]) -> None:
    result = CliRunner(env={"LAGEBILD_DB": collection[1]}).invoke(main, ["search", "Bürgi"])
    assert result.exit_code == 0
    assert "of 4 articles" in result.output
