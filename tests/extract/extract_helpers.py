"""Helpers shared by the extract tests (imported by name: tests/ has no packages)."""

from __future__ import annotations

from lagebild.model import Article, BlockKind


def texts(article: Article, kind: BlockKind) -> list[str]:
    return [article.span_text(b.span) for b in article.blocks_of(kind)]


def check_layout(article: Article) -> None:
    """Blocks tile the text in order, separated by one blank line, and never overlap."""
    position = 0
    for index, block in enumerate(article.blocks):
        if index:
            assert article.text[position : block.span.start] == "\n\n"
        else:
            assert block.span.start == 0
        assert block.span.end > block.span.start
        position = block.span.end
    assert position == len(article.text)
