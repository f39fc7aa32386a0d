"""Every example article in examples/ against its .expected.json sidecar."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from lagebild.extract import extract
from lagebild.ingest.files import read_path
from lagebild.model import Article, BlockKind

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SIDECARS = sorted(EXAMPLES.glob("*.expected.json")) if EXAMPLES.is_dir() else []
MAX = 10 * 1024 * 1024


def _source(sidecar: Path) -> Path:
    stem = sidecar.name.removesuffix(".expected.json")
    for suffix in (".txt", ".html"):
        if (sidecar.parent / f"{stem}{suffix}").exists():
            return sidecar.parent / f"{stem}{suffix}"
    raise FileNotFoundError(f"no .txt or .html next to {sidecar}")


def check(article: Article, expected: dict[str, Any]) -> list[str]:
    """The sidecar fields this article gets wrong (empty when all are right)."""
    wrong: list[str] = []
    blocks = [article.span_text(b.span) for b in article.blocks]
    box = [article.span_text(b.span) for b in article.blocks_of(BlockKind.KEY_POINT)]
    captions = [{"text": article.span_text(c.span), "credit": c.credit} for c in article.captions]
    if "title" in expected and article.title != expected["title"]:
        wrong.append(f"title {article.title!r}")
    if "lead" in expected and article.lead != expected["lead"]:
        wrong.append(f"lead {article.lead!r}")
    if "box" in expected and box != expected["box"]:
        wrong.append(f"box {box!r}")
    if "captions" in expected and captions != expected["captions"]:
        wrong.append(f"captions {captions!r}")
    if "tags" in expected and [t.label for t in article.tags] != expected["tags"]:
        wrong.append(f"tags {[t.label for t in article.tags]!r}")
    for junk in expected.get("boilerplate", []):
        if junk in blocks or (len(junk) > 12 and junk in article.text):
            wrong.append(f"boilerplate in text: {junk!r}")
    published = expected.get("published")
    if published and (article.published is None and "T" in published):
        wrong.append("published missing")
    return wrong


@pytest.mark.skipif(not SIDECARS, reason="no examples/*.expected.json in this checkout yet")
@pytest.mark.parametrize("sidecar", SIDECARS, ids=lambda p: p.name.removesuffix(".expected.json"))
def test_example(sidecar: Path) -> None:
    expected = json.loads(sidecar.read_text("utf-8"))
    article = extract(read_path(_source(sidecar), max_bytes=MAX), max_bytes=MAX)
    assert check(article, expected) == []
