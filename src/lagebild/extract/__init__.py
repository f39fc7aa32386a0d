"""RawDocument -> Article. PLACEHOLDER: to be replaced by the real readers."""

from __future__ import annotations

import hashlib

from lagebild.model import Article, Block, BlockKind, RawDocument, Span

__all__ = ["extract"]


def extract(raw: RawDocument, *, max_bytes: int) -> Article:
    text = raw.content.decode("utf-8").strip()
    blocks = []
    pos = 0
    parts = [p.strip() for p in text.split("\n") if p.strip()]
    out = "\n\n".join(parts)
    for p in parts:
        blocks.append(Block(BlockKind.BODY, Span(pos, pos + len(p))))
        pos += len(p) + 2
    return Article(
        id=hashlib.sha256(out.encode()).hexdigest()[:16], text=out, blocks=tuple(blocks), location=raw.location
    )
