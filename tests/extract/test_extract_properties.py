"""Property: whatever paragraphs come in, block spans slice the text exactly."""

from __future__ import annotations

from extract_helpers import check_layout
from hypothesis import given, settings
from hypothesis import strategies as st

from lagebild.errors import NoContentError
from lagebild.extract import extract
from lagebild.model import RawDocument

_WORDS = st.sampled_from(
    ["Die", "Regierung", "hat", "am", "Montag", "entschieden.", "«Gut»,", "sagte", "er.", "Ad", "•", "-",
     "Mehr", "zum", "Thema:", "AFP", "Von", "Anna", "(dpa)", "–", "Bern", "EU", "NATO", "Das", "Wichtigste",
     "in", "Kürze", "+++", "1.", "Foto:", "Keystone", "?", "Zürich", "Ärger", "über", "Straße."]
)  # fmt: skip
_LINE = st.lists(_WORDS, min_size=1, max_size=18).map(" ".join)
_PARAGRAPHS = st.lists(_LINE, min_size=1, max_size=12)


@settings(max_examples=200, deadline=None)
@given(_PARAGRAPHS, st.sampled_from(["\n", "\n\n", "\n \n"]))
def test_spans_slice_text_exactly(paragraphs: list[str], separator: str) -> None:
    try:
        article = extract(RawDocument(separator.join(paragraphs).encode()), max_bytes=1_000_000)
    except NoContentError:
        return  # only boilerplate lines: refusing them is right
    check_layout(article)
    for block in article.blocks:
        piece = article.span_text(block.span)
        assert piece == piece.strip()
        assert "\n" not in piece
    for caption in article.captions:
        assert any(b.span == caption.span for b in article.blocks)
    for a, b in zip(article.blocks, article.blocks[1:], strict=False):
        assert not a.span.overlaps(b.span)
