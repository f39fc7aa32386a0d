"""Helpers of the store tests (a plain module: conftest.py and the tests import it)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from lagebild.model import Article, Block, BlockKind, Entity, EntityType, Span, Tag, TagKind
from lagebild.store import Store

__all__ = ["Backend", "make_article"]


@dataclass
class Backend:
    name: str
    open: Callable[[], Store]  # opens the same collection again on every call
    reopens: bool  # whether a second open() sees what the first one stored


def make_article(
    title: str,
    *paragraphs: str,
    source: str | None = "Alpenblick",
    published: datetime | None = None,
    tags: tuple[str, ...] = (),
    entities: tuple[str, ...] = (),
    **fields: object,
) -> Article:
    """An article whose text is its title and paragraphs, with blocks and a content-hash id."""
    parts = [title, *paragraphs]
    text = "\n\n".join(parts)
    blocks, at = [], 0
    for i, part in enumerate(parts):
        kind = BlockKind.TITLE if i == 0 else BlockKind.BODY
        blocks.append(Block(kind, Span(at, at + len(part))))
        at += len(part) + 2
    return Article(
        id=hashlib.sha256(text.encode()).hexdigest()[:16],
        text=text,
        blocks=tuple(blocks),
        title=title,
        source=source,
        published=published,
        language="de",
        tags=tuple(Tag(label, TagKind.KEYWORD) for label in tags),
        entities=tuple(Entity(name, EntityType.PER) for name in entities),
        **fields,  # type: ignore[arg-type]
    )
