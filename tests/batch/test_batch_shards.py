"""Shard planning: containers alone, pages grouped, ids stable, bad inputs refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.batch import Shard, plan_shards
from lagebild.errors import InputError, NotAFileError


def test_container_files_are_one_shard_each_and_pages_are_grouped(batch_input: Path) -> None:
    shards = plan_shards([batch_input / "news.jsonl", batch_input / "seiten"], shard_size=2)
    assert [len(s.inputs) for s in shards] == [1, 2, 1]
    assert shards[0].id.startswith("news.jsonl-")
    assert [Path(i.path).name for s in shards[1:] for i in s.inputs] == ["maerz.html", "mai.html", "notiz.md"]
    assert all(not i.named for s in shards[1:] for i in s.inputs)


def test_ids_are_stable_and_fingerprints_follow_the_files(batch_input: Path, tmp_path: Path) -> None:
    page = tmp_path / "seite.txt"
    page.write_text("Ein kurzer Text.\n", encoding="utf-8")
    first = plan_shards([page, batch_input / "news.jsonl"])
    assert [s.id for s in first] == [s.id for s in plan_shards([page, batch_input / "news.jsonl"])]
    page.write_text("Ein etwas längerer Text.\n", encoding="utf-8")
    again = plan_shards([page, batch_input / "news.jsonl"])
    assert [s.id for s in again] == [s.id for s in first]
    assert again[1].fingerprint != first[1].fingerprint  # the page shard comes after the containers
    assert again[0].fingerprint == first[0].fingerprint


def test_shard_round_trips_through_json(batch_input: Path) -> None:
    shard = plan_shards([batch_input / "seiten"])[0]
    assert Shard.from_json(shard.to_json()) == shard


@pytest.mark.parametrize(
    ("inputs", "error", "words"),
    [
        (["-"], NotAFileError, "standard input"),
        (["fehlt.jsonl"], NotAFileError, "does not exist"),
    ],
)
def test_bad_inputs_say_what_to_do(inputs: list[str], error: type[Exception], words: str) -> None:
    with pytest.raises(error, match=words):
        plan_shards(inputs)


def test_the_same_input_twice_is_refused(batch_input: Path) -> None:
    with pytest.raises(InputError, match="given twice"):
        plan_shards([batch_input / "news.jsonl", batch_input / "news.jsonl"])


def test_shard_size_must_be_positive(batch_input: Path) -> None:
    with pytest.raises(InputError, match="at least 1"):
        plan_shards([batch_input], shard_size=0)
