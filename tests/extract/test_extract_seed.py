"""The seed article (a real Swiss page) and a fixture of the same shape."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from extract_helpers import check_layout, texts

from lagebild.model import Article, BlockKind, TagKind

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_f6fe3d9bbf771269.txt"

DATA = Path(__file__).parent / "data"
SAME_SHAPE = (DATA / "same_shape.txt").read_text("utf-8")


@pytest.fixture
def same_shape(read: Callable[..., Article]) -> Article:
    return read(SAME_SHAPE)


def test_fixture_lead_is_first_line(same_shape: Article) -> None:
    assert same_shape.lead == SAME_SHAPE.splitlines()[0]
    assert same_shape.title is None
    assert same_shape.blocks[0].kind is BlockKind.LEAD


def test_fixture_box_caption_tags(same_shape: Article) -> None:
    assert texts(same_shape, BlockKind.KEY_POINT) == [
        "Thun bekommt eine neue Brücke über die Aare.",
        "Der Kredit beträgt 14 Millionen Franken.",
        "Die alte Brücke wird während der Bauzeit gesperrt.",
    ]
    assert same_shape.key_points_label == "Das Wichtigste in Kürze"
    assert [same_shape.span_text(c.span) for c in same_shape.captions] == [
        "Die alte Holzbrücke über die Aare in Thun"
    ]
    assert [c.credit for c in same_shape.captions] == ["Keystone"]
    assert same_shape.text.count("Die alte Holzbrücke über die Aare in Thun") == 1
    assert [(t.label, t.kind) for t in same_shape.tags] == [
        ("Thun", TagKind.PAGE),
        ("Aare", TagKind.PAGE),
        ("SBB", TagKind.PAGE),
    ]
    assert texts(same_shape, BlockKind.HEADING) == ["Kritik aus der Altstadt"]


def test_fixture_boilerplate_out_of_text(same_shape: Article) -> None:
    lines = same_shape.text.split("\n")
    for marker in ("Ad", "Mehr zum Thema:", "ThunAareSBB", "Das Wichtigste in Kürze"):
        assert marker not in lines
    kinds = [r.kind for r in same_shape.removed]
    assert kinds.count(BlockKind.AD) == 3
    assert BlockKind.DUPLICATE in kinds
    assert BlockKind.TAG_LIST in kinds
    check_layout(same_shape)


@pytest.mark.shared
@pytest.mark.skipif(
    not SEED.exists(), reason="the seed article lives in ../shared/seed, absent in this checkout"
)
def test_seed(read: Callable[..., Article]) -> None:
    article = read(SEED.read_bytes())
    first_line = SEED.read_text("utf-8").splitlines()[0]
    assert article.lead == first_line
    assert article.title is None
    assert len(texts(article, BlockKind.KEY_POINT)) == 3
    assert texts(article, BlockKind.KEY_POINT)[0] == "Die USA wollen weitere Truppen nach Litauen schicken."
    assert [t.label for t in article.tags] == ["Aleppo", "EU", "NATO"]
    assert "Ad" not in article.text.split("\n")
    caption = "Die USA wollen Truppen aus North Carolina nach Europa verlegen"
    assert article.text.count(caption) == 1
    assert [(article.span_text(c.span), c.credit) for c in article.captions] == [(caption, "AFP")]
    assert texts(article, BlockKind.HEADING) == ["Litauen will die Ukraine fortlaufend unterstützen"]
    assert len(texts(article, BlockKind.BODY)) == 5
    check_layout(article)
