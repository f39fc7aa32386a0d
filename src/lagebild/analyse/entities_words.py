"""Words as the entity and quote rules see them, built from ``Article.tokens``.

Tokenizers differ on hyphens: one keeps "US-Aussenminister" whole, another splits it into
"US", "-", "Aussenminister". The rules should not care, so tokens that touch each other
across a hyphen are joined into one word here ("EU-" in "EU- und Nato-Land" stays one word
with its trailing hyphen).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lagebild.model import Article

__all__ = ["Word", "sentence_ranges", "words_of"]

_HYPHENS = "-‐‑"  # hyphen-minus, hyphen, non-breaking hyphen


@dataclass(frozen=True, slots=True)
class Word:
    start: int
    end: int
    text: str
    sentence: int  # index into Article.sentences
    block: int  # index into Article.blocks
    initial: bool  # first word of its sentence (quote marks and dashes do not count)

    @property
    def capitalised(self) -> bool:
        # "eBay hält es für möglich": a brand written with a lower-case first letter is a name too
        return self.text[:1].isupper() or (self.text[:1].islower() and self.text[1:2].isupper())

    @property
    def punct(self) -> bool:
        return not any(ch.isalnum() for ch in self.text)

    @property
    def bare(self) -> str:
        """The word without a trailing hyphen ("EU-" -> "EU") or a final abbreviation dot."""
        return self.text.rstrip(_HYPHENS)


def _joins(text: str, left_end: int, right_start: int, left: str, right: str) -> bool:
    if left_end != right_start:
        return False
    return left[-1:] in _HYPHENS or right[:1] in _HYPHENS


def _clock(text: str, left: tuple[int, int], mid: tuple[int, int], right: tuple[int, int]) -> bool:
    """ "15:36", "2:1": a colon between digits, with no space, joins a time or a score; it opens
    no quotation and ends no clause."""
    return (
        left[1] == mid[0]
        and mid[1] == right[0]
        and text[mid[0] : mid[1]] == ":"
        and text[left[1] - 1 : left[1]].isdigit()
        and text[right[0] : right[0] + 1].isdigit()
    )


def words_of(article: Article) -> list[Word]:
    """The words of every sentence, in text order."""
    text = article.text
    words: list[Word] = []
    sentences = article.sentences
    tokens = sorted(article.tokens, key=lambda t: t.span.start)
    position = 0
    for index, sentence in enumerate(sentences):
        spans: list[tuple[int, int]] = []
        while position < len(tokens) and tokens[position].span.start < sentence.span.start:
            position += 1
        while position < len(tokens) and tokens[position].span.end <= sentence.span.end:
            span = tokens[position].span
            if len(spans) > 1 and _clock(text, spans[-2], spans[-1], (span.start, span.end)):
                spans[-2:] = [(spans[-2][0], span.end)]  # "um 15:36 Uhr": one word, no colon
            elif spans and _joins(
                text, spans[-1][1], span.start, text[spans[-1][0] : spans[-1][1]], text[span.start : span.end]
            ):
                spans[-1] = (spans[-1][0], span.end)
            else:
                spans.append((span.start, span.end))
            position += 1
        initial = True
        for start, end in spans:
            word_text = text[start:end]
            words.append(Word(start, end, word_text, index, sentence.block, initial))
            if any(ch.isalnum() for ch in word_text):
                initial = False
    return words


def sentence_ranges(words: Sequence[Word]) -> list[tuple[int, int]]:
    """(first word, word after the last) of every sentence in ``words``."""
    ranges: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(words) + 1):
        if i == len(words) or words[i].sentence != words[start].sentence:
            ranges.append((start, i))
            start = i
    return ranges
