"""Collects what a reader found and lays it out as an Article with exact spans.

Readers never compute offsets: they append content parts in reading order and
record boilerplate; :meth:`Draft.build` joins the parts with a blank line, so a
block span always slices exactly the text it was made from.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime

from lagebild.errors import NoContentError
from lagebild.model import (
    CONTENT_KINDS,
    Article,
    Block,
    BlockKind,
    Caption,
    PageType,
    RawDocument,
    Removed,
    Span,
    Tag,
    TagKind,
)

__all__ = ["Draft", "Part", "article_id", "clean_inline"]

SEPARATOR = "\n\n"


def clean_inline(text: str) -> str:
    """One block's text on one line: runs of whitespace become one space."""
    return re.sub(r"\s+", " ", text).strip()


def article_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class Part:
    kind: BlockKind
    text: str
    credit: str | None = None  # captions only


@dataclass(slots=True)
class Draft:
    """A mutable article under construction; one per extraction, never shared."""

    parts: list[Part] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    agency: str | None = None
    key_points_label: str | None = None
    tags: list[str] = field(default_factory=list)
    published: datetime | None = None
    updated: datetime | None = None  # "Stand:", dateModified
    page_type: PageType = PageType.ARTICLE
    partial: bool = False  # paywall stub or consent wall
    source: str | None = None  # the outlet, when the page names it (og:site_name)
    kinds: set[BlockKind] = field(default_factory=set)  # kinds added so far, for O(1) checks

    def add(self, kind: BlockKind, text: str, credit: str | None = None) -> None:
        if kind not in CONTENT_KINDS:
            raise ValueError(f"{kind} is a boilerplate kind; record it with Draft.drop")
        text = clean_inline(text)
        if text:
            self.parts.append(Part(kind, text, credit))
            self.kinds.add(kind)

    def drop(self, kind: BlockKind, text: str, reason: str) -> None:
        text = text.strip()
        if text:
            self.removed.append(Removed(kind, text, reason))

    def add_tag(self, label: str) -> None:
        label = clean_inline(label)
        if label and label.casefold() not in {t.casefold() for t in self.tags}:
            self.tags.append(label)

    def add_author(self, name: str) -> None:
        name = clean_inline(name)
        if name and name not in self.authors:
            self.authors.append(name)

    def build(self, raw: RawDocument) -> Article:
        parts = list(self.parts)
        if self.title and not any(p.kind is BlockKind.TITLE for p in parts):
            parts.insert(0, Part(BlockKind.TITLE, clean_inline(self.title)))
        if not any(p.kind is not BlockKind.TITLE for p in parts):
            where = raw.location or "the input"
            raise NoContentError(
                f"no article text found in {where}: it may be an index page, a consent "
                "wall or a page that loads its text with JavaScript; give the article itself"
            )
        text, blocks, captions = _layout(parts)
        title = self.title or next((p.text for p in parts if p.kind is BlockKind.TITLE), None)
        return Article(
            id=article_id(text),
            text=text,
            blocks=blocks,
            title=title,
            url=raw.url,
            location=raw.location,
            source=raw.source or self.source,
            agency=self.agency,
            authors=tuple(self.authors),
            published=self.published,
            updated=self.updated,
            page_type=self.page_type,
            partial=self.partial,
            key_points_label=self.key_points_label,
            captions=captions,
            removed=tuple(self.removed),
            tags=tuple(Tag(label, TagKind.PAGE) for label in self.tags),
        )


def _layout(parts: list[Part]) -> tuple[str, tuple[Block, ...], tuple[Caption, ...]]:
    blocks: list[Block] = []
    captions: list[Caption] = []
    pieces: list[str] = []
    position = 0
    for part in parts:
        if pieces:
            position += len(SEPARATOR)
        span = Span(position, position + len(part.text))
        blocks.append(Block(part.kind, span))
        if part.kind is BlockKind.CAPTION:
            captions.append(Caption(span, part.credit))
        pieces.append(part.text)
        position = span.end
    return SEPARATOR.join(pieces), tuple(blocks), tuple(captions)
