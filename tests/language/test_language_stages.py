"""SentenceStage and TokenStage on an article with blocks."""

from __future__ import annotations

from lagebild.language.de.stages import SentenceStage, TokenStage
from lagebild.model import Article, Block, BlockKind, Span


def _article() -> Article:
    parts = [
        (BlockKind.TITLE, "Die USA wollen Truppen nach Europa verlegen"),
        (BlockKind.KEY_POINT, "Die USA wollen weitere Truppen nach Litauen schicken."),
        (BlockKind.BODY, "US-Aussenminister Antony Blinken kam am 12. März. Dies sagte er in Vilnius."),
    ]
    text = "\n\n".join(p for _, p in parts)
    blocks, position = [], 0
    for kind, part in parts:
        blocks.append(Block(kind, Span(position, position + len(part))))
        position += len(part) + 2
    return Article(id="t", text=text, blocks=tuple(blocks))


def test_sentences_never_cross_blocks() -> None:
    article = SentenceStage()(_article())
    texts = [article.sentence_text(s) for s in article.sentences]
    assert texts == [
        "Die USA wollen Truppen nach Europa verlegen",
        "Die USA wollen weitere Truppen nach Litauen schicken.",
        "US-Aussenminister Antony Blinken kam am 12. März.",
        "Dies sagte er in Vilnius.",
    ]
    assert [s.block for s in article.sentences] == [0, 1, 2, 2]
    for sentence in article.sentences:
        assert article.blocks[sentence.block].span.contains(sentence.span)


def test_tokens_carry_lemmas() -> None:
    article = TokenStage()(SentenceStage()(_article()))
    pairs = [(article.span_text(t.span), t.lemma) for t in article.tokens]
    assert ("Truppen", "Truppe") in pairs
    assert ("US-Aussenminister", "US-Aussenminister") in pairs
    assert ("12.", "12.") in pairs
    assert ("sagte", "sagen") in pairs
    assert all(t.lemma for t in article.tokens)
    starts = [t.span.start for t in article.tokens]
    assert starts == sorted(starts)


def test_stage_declarations() -> None:
    assert SentenceStage.requires == frozenset({"text", "blocks"})
    assert SentenceStage.provides == frozenset({"sentences"})
    assert TokenStage.requires == frozenset({"sentences"})
    assert TokenStage.provides == frozenset({"tokens", "lemmas"})
