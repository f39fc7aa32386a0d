"""Exports read back: JSONL is lossless, CSV has a row per article, Parquet has three tables."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from lagebild.collection.export import CSV_COLUMNS
from lagebild.engine import Engine
from lagebild.errors import ConfigError
from lagebild.model import Article, from_json


def test_jsonl_round_trips(examples_engine: Engine, tmp_path: Path) -> None:
    out = tmp_path / "lawine.jsonl"
    count = examples_engine.export("Lawine", "jsonl", out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert count == len(lines) >= 3
    for line in lines:
        article = from_json(Article, line)
        assert examples_engine.get(article.id) == article


def test_csv_has_a_row_per_article(examples_engine: Engine, tmp_path: Path) -> None:
    out = tmp_path / "alles.csv"
    assert examples_engine.export("", "csv", out) == 32
    with out.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == 32
    assert tuple(rows[0]) == CSV_COLUMNS
    assert all(row["text"] for row in rows)
    assert any("Hochwasser" in row["title"] for row in rows)


def test_parquet_has_articles_entities_and_quotes(examples_engine: Engine, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="Parquet export needs pyarrow")
    folder = tmp_path / "export"
    count = examples_engine.export("Bürgi", "parquet", folder)
    articles = pq.read_table(folder / "articles.parquet").to_pylist()
    entities = pq.read_table(folder / "entities.parquet").to_pylist()
    quotes = pq.read_table(folder / "quotes.parquet").to_pylist()
    assert count == len(articles) >= 3
    ids = {a["article_id"] for a in articles}
    assert {e["article_id"] for e in entities} <= ids
    assert {q["article_id"] for q in quotes} <= ids
    assert any(e["name"] == "Noah Bürgi" and e["mentions"] >= 1 for e in entities)
    assert any(q["speaker"] == "Noah Bürgi" for q in quotes)
    stored = examples_engine.get(articles[0]["article_id"])
    assert stored is not None
    assert articles[0]["text"] == stored.text


def test_unknown_format_and_bad_target(examples_engine: Engine, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="jsonl, csv, parquet"):
        examples_engine.export("", "xlsx", tmp_path / "x")
    with pytest.raises(ConfigError, match="folder exists"):
        examples_engine.export("", "jsonl", tmp_path / "fehlt" / "x.jsonl")


def test_export_of_nothing(examples_engine: Engine, tmp_path: Path) -> None:
    out = tmp_path / "leer.jsonl"
    assert examples_engine.export("Quantencomputer", "jsonl", out) == 0
    assert out.read_text(encoding="utf-8") == ""
    assert json.loads("[]") == []
