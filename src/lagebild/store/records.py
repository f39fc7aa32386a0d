"""What a backend writes for one article: the columns it filters on and its index terms."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from lagebild.model import Article, BlockKind, Reject, to_json
from lagebild.store.base import utc
from lagebild.store.terms import IndexFields, fold, index_fields

__all__ = ["Record", "record", "reject_at", "snippet_start"]


@dataclass(frozen=True, slots=True)
class Record:
    id: str
    url: str | None
    source: str | None
    source_folded: str | None
    published: datetime | None  # UTC
    title: str | None
    text_hash: str  # sha256 of Article.text, hex
    json: str  # the whole article, lagebild.model.to_json
    tags: tuple[str, ...]  # folded labels, each once
    entities: tuple[str, ...]  # folded names, each once
    fields: IndexFields


def _unique(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def record(article: Article) -> Record:
    return Record(
        id=article.id,
        url=article.url,
        source=article.source,
        source_folded=None if article.source is None else fold(article.source),
        published=None if article.published is None else utc(article.published),
        title=article.title,
        text_hash=hashlib.sha256(article.text.encode("utf-8")).hexdigest(),
        json=to_json(article),
        tags=_unique([fold(t.label) for t in article.tags]),
        entities=_unique([fold(e.name) for e in article.entities]),
        fields=index_fields(article.text, article.title),
    )


def snippet_start(article: Article) -> int:
    """Where a snippet without matches starts: after the title block, which hits show anyway."""
    for block in article.blocks:
        if block.kind is not BlockKind.TITLE:
            return block.span.start
    return 0


def reject_at(reject: Reject) -> str | None:
    """``Reject.at`` as stored: ISO text, naive or aware as given, so it reads back unchanged."""
    return None if reject.at is None else reject.at.isoformat()
