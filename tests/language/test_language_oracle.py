"""The splitter against SoMaJo on a German news corpus written for this project.

SoMaJo is GPL-3: it is a test-time oracle only and is never imported by src/.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.language.de import split_sentences

CORPUS = Path(__file__).parent / "fixtures" / "oracle_de.txt"


def _somajo_ends(text: str) -> set[int]:
    somajo = pytest.importorskip("somajo", reason="SoMaJo (dev extra) is the sentence oracle")
    tokenizer = somajo.SoMaJo("de_CMC", split_camel_case=False, split_sentences=True, character_offsets=True)
    ends: set[int] = set()
    position = 0
    for paragraph in text.split("\n\n"):
        start = text.index(paragraph, position)
        position = start + len(paragraph)
        for sentence in tokenizer.tokenize_text([paragraph]):
            ends.add(start + sentence[-1].character_offset[1])
    return ends


def test_splitter_agrees_with_somajo() -> None:
    text = CORPUS.read_text(encoding="utf-8")
    theirs = _somajo_ends(text)
    ours = {span.end for span in split_sentences(text)}
    assert len(theirs) >= 100, "the corpus should hold about 100 sentences"
    # agreement = shared boundaries / boundaries either side found (Jaccard);
    # 1.0 (112 of 112) when this test was written
    agreement = len(ours & theirs) / len(ours | theirs)
    disagreements = sorted(ours ^ theirs)
    context = [text[max(0, end - 30) : end + 15] for end in disagreements]
    assert agreement >= 0.95, f"agreement {agreement:.3f}; differing boundaries: {context}"
