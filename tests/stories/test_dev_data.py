"""The dev reprints in eval/data/stories/: well-formed, and grouped as their sidecars say."""

from __future__ import annotations

import itertools
import json
from datetime import datetime
from pathlib import Path

import pytest

from lagebild import Engine
from lagebild.stories import group_stories, near_duplicates

DEV = Path(__file__).resolve().parents[2] / "eval" / "data" / "stories"
KEYS = {"source", "published", "story", "agency_copy"}


def _pages() -> list[tuple[Path, dict[str, str | None]]]:
    return [
        (page, json.loads(page.with_suffix(".meta.json").read_text("utf-8")))
        for page in sorted(DEV.glob("*.txt"))
    ]


def test_every_dev_article_has_a_sidecar_with_its_labels() -> None:
    pages = _pages()
    assert len(pages) >= 10
    for page, meta in pages:
        assert set(meta) == KEYS, page.name
    copies = [meta["agency_copy"] for _, meta in pages if meta["agency_copy"]]
    assert len(copies) > len(set(copies))  # there are reprints of one agency text


@pytest.mark.slow
def test_dev_reprints_are_found_and_stories_are_not_mixed() -> None:
    engine = Engine()
    articles, labels = [], {}
    for page, meta in _pages():
        article = engine.analyse_path(page)
        article = article.replace(source=meta["source"], published=_time(meta["published"]))
        articles.append(article)
        labels[article.id] = meta
    gold = {
        (a, b)
        for a, b in itertools.combinations(sorted(labels), 2)
        if labels[a]["agency_copy"] and labels[a]["agency_copy"] == labels[b]["agency_copy"]
    }
    assert {(a, b) for a, b, _ in near_duplicates(articles)} == gold
    found = {frozenset(s.article_ids) for s in group_stories(articles)}
    expected: dict[str | None, set[str]] = {}
    for article_id, meta in labels.items():
        expected.setdefault(meta["story"], set()).add(article_id)
    assert found == {frozenset(ids) for ids in expected.values()}


def _time(value: str | None) -> datetime:
    assert value is not None
    return datetime.fromisoformat(value)
