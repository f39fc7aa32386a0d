"""The grouped LSH stage: buckets to pairs, big buckets kept linear, agreement with stories."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lagebild.batch import run_batch
from lagebild.batch.minhash import MinHashParams, band_column
from lagebild.batch.neardup import MAX_BUCKET, band_pairs
from lagebild.model import Article, from_json
from lagebild.stories import near_duplicates

pa = pytest.importorskip("pyarrow", reason="the batch output is Parquet: pip install pyarrow")
pq = pytest.importorskip("pyarrow.parquet", reason="the batch output is Parquet: pip install pyarrow")

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _minhash_file(path: Path, keys: list[int], band_keys: list[int]) -> str:
    rows = {"article_key": keys, band_column(0): band_keys}
    pq.write_table(pa.table(rows), path)
    return str(path)


def test_articles_sharing_a_bucket_become_pairs(tmp_path: Path) -> None:
    first = _minhash_file(tmp_path / "a.parquet", [5, 1, 9], [7, 7, 3])
    second = _minhash_file(tmp_path / "b.parquet", [4, 1], [7, 7])  # article 1 again: counted once
    assert band_pairs(0, [first, second]) == [(1, 4), (1, 5), (4, 5)]


def test_a_huge_bucket_pairs_its_members_with_the_first_only(tmp_path: Path) -> None:
    keys = list(range(10, 10 + MAX_BUCKET + 5))
    path = _minhash_file(tmp_path / "a.parquet", keys, [1] * len(keys))
    assert band_pairs(0, [path]) == [(10, k) for k in keys[1:]]


def test_parameters_are_those_of_the_stories_module() -> None:
    from lagebild.stories import dedup

    params = MinHashParams()
    assert (params.shingle, params.num_perm, params.threshold) == (
        dedup.SHINGLE,
        dedup.NUM_PERM,
        dedup.THRESHOLD,
    )


@pytest.mark.slow
def test_batch_pairs_agree_with_the_in_memory_near_duplicates(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for page in sorted(EXAMPLES.glob("*")):
        if page.suffix in {".txt", ".html"}:
            shutil.copy(page, pages / page.name)
    report = run_batch([pages], tmp_path / "out", shard_size=8)
    assert report.articles == len(list(pages.iterdir()))
    rows = pq.read_table(tmp_path / "out" / "articles", columns=["json"])["json"].to_pylist()
    expected = {(a, b) for a, b, _ in near_duplicates([from_json(Article, r) for r in rows])}
    found = {
        (p["a"], p["b"]) for p in pq.read_table(tmp_path / "out" / "near_duplicates.parquet").to_pylist()
    }
    assert expected  # the corpus has agency copies
    assert found == expected
