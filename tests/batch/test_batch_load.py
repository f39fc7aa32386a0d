"""``load_output`` and the two commands: Parquet into SQLite, twice without duplicates."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from lagebild.batch import BatchReport, load_output, run_batch
from lagebild.cli import main
from lagebild.errors import ConfigError, InputError
from lagebild.model import Article, from_json
from lagebild.store import SqliteStore

pq = pytest.importorskip("pyarrow.parquet", reason="the batch output is Parquet: pip install pyarrow")


def test_load_puts_every_article_and_reject_into_sqlite_once(
    one_worker: tuple[Path, BatchReport], tmp_path: Path
) -> None:
    out, _ = one_worker
    with SqliteStore(tmp_path / "news.db") as store:
        first = load_output(out, store, chunk=2)
        second = load_output(out, store)
        rows = pq.read_table(out / "articles").to_pylist()
        expected: dict[str, list[Article]] = {}
        for row in rows:
            expected.setdefault(row["id"], []).append(from_json(Article, row["json"]))
        assert (first.articles, second.articles) == (5, 5)
        assert first.added == store.count() == len(expected) == 4  # two pages hold the same text
        assert second.added == 0
        assert first.rejects == 2
        for article_id, articles in expected.items():
            assert store.get(article_id) in articles  # the same text twice: the first one stays
        assert sorted(r.reason for r in store.rejects()) == ["bad_jsonl", "unsupported"]


def test_load_of_a_folder_without_batch_output_says_what_to_run(tmp_path: Path) -> None:
    with SqliteStore(tmp_path / "news.db") as store, pytest.raises(InputError, match="lagebild batch"):
        load_output(tmp_path, store)


def test_batch_and_load_commands(batch_input: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out, db = tmp_path / "out", tmp_path / "news.db"
    result = runner.invoke(main, ["batch", str(batch_input), "--out", str(out), "--shard-size", "2"])
    assert result.exit_code == 0, result.output
    assert "5 articles, 2 rejects, 0 shards already done" in result.output
    result = runner.invoke(main, ["load", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("4 new of 5 articles, 2 rejects from 3 shards")
    again = runner.invoke(main, ["batch", str(batch_input), "--out", str(out), "--shard-size", "2"])
    assert "0 articles, 0 rejects, 3 shards already done" in again.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--engine", "local", "--address", "ray://kopf:10001"], "add --engine ray"),
        (["--lang", "xx", "--workers", "0"], "--workers"),
    ],
)
def test_batch_mistakes_are_one_line_without_traceback(
    batch_input: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    result = CliRunner().invoke(main, ["batch", str(batch_input), "--out", str(tmp_path / "out"), *args])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_help_shows_examples() -> None:
    for command in ("batch", "load"):
        result = CliRunner().invoke(main, [command, "--help"])
        assert result.exit_code == 0
        assert "Examples:" in result.output


def test_a_missing_pyarrow_says_how_to_install_it(
    batch_input: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # find_spec now says it is not installed
    with pytest.raises(ConfigError, match="pip install pyarrow"):
        run_batch([batch_input], tmp_path / "out")
