"""German language layer: tokens, sentences, lemmas, normalisation.

PLACEHOLDER: naive versions, to be replaced by the real tokenizer and splitter.
"""

from __future__ import annotations

import re

from lagebild.model import Span

__all__ = ["split_sentences", "tokenize"]

_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]", re.UNICODE)
_SENT = re.compile(r"[^.!?]+(?:[.!?]+[»«“”\"]?|$)")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    end = len(text) if end is None else end
    return [Span(m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    end = len(text) if end is None else end
    spans = []
    for m in _SENT.finditer(text, start, end):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append(Span(s, e))
    return spans
