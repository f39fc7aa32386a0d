"""The local engine on the tiny input: tables, markers, reruns, resume, filters, workers."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from batch_support import read_rows

from lagebild.batch import BatchOptions, BatchReport, Shard, ShardResult, completed_shards, run_batch
from lagebild.batch import work as batch_work
from lagebild.model import Article, from_json

pq = pytest.importorskip("pyarrow.parquet", reason="the batch output is Parquet: pip install pyarrow")


def test_every_shard_writes_its_tables_and_a_marker(one_worker: tuple[Path, BatchReport]) -> None:
    out, report = one_worker
    assert report.failed == ()
    assert (report.articles, report.rejects) == (5, 2)
    ids = [r.shard for r in report.results]
    assert sorted(ids) == completed_shards(out)
    for table in ("articles", "entities", "quotes", "key_points", "rejects", "minhash"):
        assert sorted(p.stem for p in (out / table).glob("*.parquet")) == sorted(ids)
    marker = json.loads((out / f"_SUCCESS.{ids[0]}").read_text(encoding="utf-8"))
    assert marker["articles"] == 3
    assert marker["rejects"] == 1


def test_articles_keep_the_whole_article_and_flat_columns(one_worker: tuple[Path, BatchReport]) -> None:
    out, _ = one_worker
    rows = pq.read_table(out / "articles").to_pylist()
    assert len(rows) == 5
    for row in rows:
        article = from_json(Article, row["json"])
        assert (row["id"], row["title"], row["url"], row["language"]) == (
            article.id,
            article.title,
            article.url,
            "de",
        )
    dated = {r["title"]: r["published"] for r in rows if r["published"] is not None}
    assert dated["Warnstreik legt Bahn lahm"] == datetime.fromisoformat("2024-03-07T07:00:00+00:00")


def test_entities_quotes_and_key_points_point_back_to_their_article(
    one_worker: tuple[Path, BatchReport],
) -> None:
    out, _ = one_worker
    ids = set(pq.read_table(out / "articles", columns=["id"])["id"].to_pylist())
    quotes = pq.read_table(out / "quotes").to_pylist()
    assert any(q["text"] == "Wir haben lange genug verhandelt" and q["kind"] == "direct" for q in quotes)
    for table in ("entities", "quotes", "key_points"):
        assert set(pq.read_table(out / table, columns=["article_id"])["article_id"].to_pylist()) <= ids
    names = set(pq.read_table(out / "entities", columns=["name"])["name"].to_pylist())
    assert "Klaus Brenner" in names


def test_rejects_say_why_and_carry_no_time(one_worker: tuple[Path, BatchReport]) -> None:
    out, _ = one_worker
    rejects = pq.read_table(out / "rejects").to_pylist()
    assert sorted(r["reason"] for r in rejects) == ["bad_jsonl", "unsupported"]
    assert "at" not in pq.read_table(out / "rejects").column_names


def test_the_copy_of_an_agency_text_is_a_near_duplicate(one_worker: tuple[Path, BatchReport]) -> None:
    out, _ = one_worker
    titles = {r["id"]: r["title"] for r in pq.read_table(out / "articles").to_pylist()}
    pairs = {
        frozenset((titles[p["a"]], titles[p["b"]]))
        for p in pq.read_table(out / "near_duplicates.parquet").to_pylist()
    }
    assert frozenset(("Lokführer kündigen Warnstreik an", "Warnstreik bei der Bahn")) in pairs
    assert not any("Hochwasser im Tessin" in p and len(p & {"Warnstreik bei der Bahn"}) for p in pairs)


def test_a_rerun_skips_every_finished_shard(batch_input: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_batch([batch_input], out, shard_size=2)
    before = {p: p.stat().st_mtime_ns for p in out.glob("articles/*.parquet")}
    again = run_batch([batch_input], out, shard_size=2)
    assert again.skipped == len(again.results) == 3
    assert (again.articles, again.rejects) == (0, 0)
    assert {p: p.stat().st_mtime_ns for p in out.glob("articles/*.parquet")} == before


def test_a_failed_shard_is_retried_by_the_next_run(
    batch_input: Path, tmp_path: Path, one_worker: tuple[Path, BatchReport], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = batch_work.process_shard

    def failing(shard: Shard, out: Path, options: BatchOptions) -> ShardResult:
        if "maerz" in shard.inputs[0].path:
            raise OSError("disk full")
        return real(shard, out, options)

    monkeypatch.setattr(batch_work, "process_shard", failing)
    out = tmp_path / "out"
    first = run_batch([batch_input], out, shard_size=1)
    assert [r.error for r in first.failed] == ["OSError: disk full"]
    assert len(completed_shards(out)) == len(first.results) - 1
    monkeypatch.setattr(batch_work, "process_shard", real)
    second = run_batch([batch_input], out, shard_size=1)
    assert second.failed == ()
    assert second.skipped == len(second.results) - 1
    assert read_rows(out) == read_rows(one_worker[0])


def test_a_half_written_shard_without_marker_is_redone(batch_input: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    report = run_batch([batch_input], out, shard_size=1)
    shard = report.results[0].shard
    (out / f"_SUCCESS.{shard}").unlink()  # killed after writing the tables, before the marker
    (out / "articles" / f"{shard}.parquet").write_bytes(b"kaputt")
    (out / "articles" / f".{shard}.parquet.123.tmp").write_bytes(b"halb")
    again = run_batch([batch_input], out, shard_size=1)
    assert [r.shard for r in again.results if not r.skipped] == [shard]
    assert pq.read_table(out / "articles" / f"{shard}.parquet").num_rows == 3
    assert not list(out.glob("**/.*.tmp"))


def test_since_until_leave_articles_out_as_rejects_and_change_the_markers(
    batch_input: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    run_batch([batch_input], out, shard_size=1)
    options = BatchOptions(since=datetime(2024, 3, 1), until=datetime(2024, 4, 1))
    report = run_batch([batch_input], out, options=options, shard_size=1)
    assert report.skipped == 0  # other options: nothing of the first run is trusted
    titles = pq.read_table(out / "articles", columns=["title"])["title"].to_pylist()
    assert titles == ["Warnstreik legt Bahn lahm"]
    reasons = pq.read_table(out / "rejects", columns=["reason"])["reason"].to_pylist()
    assert reasons.count("out_of_range") == 4


@pytest.mark.slow
def test_two_worker_processes_write_the_same_rows_as_one(
    batch_input: Path, tmp_path: Path, one_worker: tuple[Path, BatchReport]
) -> None:
    report = run_batch([batch_input], tmp_path / "out", shard_size=1, workers=2)
    assert report.failed == ()
    assert all(0 < r.max_rss < 1 << 30 for r in report.results)  # under 1 GB per worker
    assert read_rows(tmp_path / "out") == read_rows(one_worker[0])


def test_row_groups_keep_a_large_shard_out_of_memory_and_the_rows_the_same(
    batch_input: Path, tmp_path: Path, one_worker: tuple[Path, BatchReport], monkeypatch: pytest.MonkeyPatch
) -> None:
    from lagebild.batch import writer

    monkeypatch.setattr(writer, "FLUSH_EVERY", 1)
    out = tmp_path / "out"
    run_batch([batch_input], out, shard_size=1)
    news = next(out.glob("articles/news.jsonl-*.parquet"))
    assert pq.ParquetFile(news).metadata.num_row_groups == 3
    for table, files in read_rows(out).items():  # the same rows; sorted within each row group
        expected = read_rows(one_worker[0])[table]
        assert {name: sorted(map(repr, rows)) for name, rows in files.items()} == {
            name: sorted(map(repr, rows)) for name, rows in expected.items()
        }
