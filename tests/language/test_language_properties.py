"""Invariants of the tokenizer and the splitter on generated text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lagebild.language.de import split_sentences, tokenize

# Characters that make the rules work hard: German letters, digits, the
# separators of numbers and abbreviations, every quote style, line breaks.
_ALPHABET = "aAbBzZäÄöÖüÜßeEsSdDrRIVXmM0123 456789.,;:!?…'’-‑«»„“”‚‘\"()/@#&%\u00ad \n\t"
_WORDS = ["Dr.", "z. B.", "usw.", "12.", "März", "Die", "2014.", "«", "»", "Mio.", "www.nzz.ch", "\n\n", " "]
texts = st.one_of(
    st.text(alphabet=_ALPHABET, max_size=120),
    st.lists(st.sampled_from(_WORDS), max_size=30).map(" ".join),
)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_sentences_are_stripped_ordered_and_cover_all_non_space(text: str) -> None:
    spans = split_sentences(text)
    covered = set()
    previous_end = 0
    for span in spans:
        assert span.start >= previous_end
        assert len(span) > 0
        assert not text[span.start].isspace()
        assert not text[span.end - 1].isspace()
        covered.update(range(span.start, span.end))
        previous_end = span.end
    non_space = {i for i, char in enumerate(text) if not char.isspace()}
    assert non_space <= covered


@settings(max_examples=300, deadline=None)
@given(texts)
def test_tokens_are_ordered_without_space_and_cover_all_non_space(text: str) -> None:
    spans = tokenize(text)
    covered = set()
    previous_end = 0
    for span in spans:
        assert span.start >= previous_end
        assert len(span) > 0
        assert not any(char.isspace() for char in span.of(text))
        covered.update(range(span.start, span.end))
        previous_end = span.end
    assert {i for i, char in enumerate(text) if not char.isspace()} <= covered


@settings(max_examples=200, deadline=None)
@given(texts, st.data())
def test_ranges_are_respected(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for span in [*tokenize(text, start, end), *split_sentences(text, start, end)]:
        assert start <= span.start < span.end <= end
