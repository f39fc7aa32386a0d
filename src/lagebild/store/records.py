"""What a backend writes for one article: the columns it filters on and its index terms."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from lagebild.model import (
    Article,
    Block,
    BlockKind,
    EntityType,
    Mention,
    Reject,
    Sentence,
    Span,
    Token,
    from_dict,
    to_dict,
)
from lagebild.store.base import utc
from lagebild.store.terms import IndexFields, fold, index_fields

__all__ = ["Record", "article_json", "load_article", "record", "reject_at", "snippet_start"]

_string = json.encoder.encode_basestring  # the C encoder json.dumps uses


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
    tag_labels: tuple[str, ...]  # the first spelling of each of ``tags``, for facets
    entity_labels: tuple[str, ...]  # the first spelling of each of ``entities``
    fields: IndexFields
    text: str  # Article.text, kept apart from the JSON for search hits
    start: int  # where a snippet without matches starts (snippet_start)
    shown_published: str | None  # Article.published as the JSON has it (its own offset)


def _unique(values: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Folded values, each once, and the first spelling of each."""
    first: dict[str, str] = {}
    for value in values:
        first.setdefault(fold(value), value)
    return tuple(first), tuple(first.values())


@functools.cache
def _field_names(cls: type) -> tuple[tuple[str, str], ...] | None:
    """A dataclass's fields, each with its JSON key already encoded."""
    if dataclasses.is_dataclass(cls):
        return tuple((f.name, _string(f.name) + ": ") for f in dataclasses.fields(cls))
    return None


def _span(span: Span) -> str:
    return f'{{"start": {span.start}, "end": {span.end}}}'


def _token(token: Token) -> str:
    lemma = "null" if token.lemma is None else _string(token.lemma)
    return f'{{"span": {_span(token.span)}, "lemma": {lemma}}}'


def _sentence(sentence: Sentence) -> str:
    return f'{{"span": {_span(sentence.span)}, "block": {sentence.block}}}'


#: Writers for the small objects an analysed article holds by the thousand (a token a word).
_FAST: dict[type, Callable[[Any], str]] = {Span: _span, Token: _token, Sentence: _sentence}


def _encode(obj: Any) -> str:
    """``json.dumps(lagebild.model.to_dict(obj), ensure_ascii=False)``, several times faster.

    Ingest writes every article's JSON, and the generic to_dict + json.dumps over
    thousands of tokens was most of the time of a store write. Same text, byte for
    byte: tests/store/test_store_records.py compares the two.
    """
    kind: type = type(obj)
    fast = _FAST.get(kind)
    if fast is not None:
        return fast(obj)
    if kind is str:
        return _string(obj)
    if obj is None:
        return "null"
    if kind is bool:
        return "true" if obj else "false"
    if kind is int or kind is float:
        return json.dumps(obj)
    names = _field_names(kind)
    if names is not None:
        return "{" + ", ".join(key + _encode(getattr(obj, name)) for name, key in names) + "}"
    if kind is tuple or kind is list:
        return "[" + ", ".join([_encode(x) for x in obj]) + "]"
    return json.dumps(to_dict(obj), ensure_ascii=False)  # enums, datetimes, bytes


def article_json(article: Article) -> str:
    """The article exactly as :func:`lagebild.model.to_json` writes it."""
    return _encode(article)


def _span_of(data: dict[str, int]) -> Span:
    return Span(data["start"], data["end"])


def load_article(text: str) -> Article:
    """``lagebild.model.from_json(Article, text)``, several times faster.

    Every page reads whole articles, and the generic decoder looked up the type
    hints of each of an article's thousands of tokens and sentences: most of an
    entity page's time. Those (and blocks and mentions) are built here directly, the rest generically;
    the result is equal (tests/store/test_store_records.py compares the two).
    """
    data = json.loads(text)
    tokens = data.pop("tokens", None) or ()
    sentences = data.pop("sentences", None) or ()
    blocks = data.pop("blocks", None) or ()
    mentions = data.pop("mentions", None) or ()
    article = from_dict(Article, data)
    return dataclasses.replace(
        article,
        tokens=tuple(Token(_span_of(t["span"]), t.get("lemma")) for t in tokens),
        sentences=tuple(Sentence(_span_of(x["span"]), x["block"]) for x in sentences),
        blocks=tuple(Block(BlockKind(b["kind"]), _span_of(b["span"])) for b in blocks),
        mentions=tuple(Mention(_span_of(m["span"]), EntityType(m["type"]), m["entity"]) for m in mentions),
    )


def record(article: Article) -> Record:
    tags, tag_labels = _unique([t.label for t in article.tags])
    entities, entity_labels = _unique([e.name for e in article.entities])
    return Record(
        id=article.id,
        url=article.url,
        source=article.source,
        source_folded=None if article.source is None else fold(article.source),
        published=None if article.published is None else utc(article.published),
        title=article.headline,  # shown in search hits: a stand-in when the page had no title
        text_hash=hashlib.sha256(article.text.encode("utf-8")).hexdigest(),
        json=article_json(article),
        tags=tags,
        entities=entities,
        tag_labels=tag_labels,
        entity_labels=entity_labels,
        fields=index_fields(article.text, article.title),
        text=article.text,
        start=snippet_start(article),
        shown_published=None if article.published is None else article.published.isoformat(),
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


def period_where(
    since: datetime | None,
    until: datetime | None,
    *,
    undated: bool,
    mark: str,
    value: Callable[[datetime], Any],
) -> tuple[str, list[Any]]:
    """The WHERE clause that pages ``articles()`` by key within a period, and its parameters
    after the key: ``mark`` is the driver's placeholder ("?" or "%s"), ``value`` turns a
    datetime into what the column holds. ``undated`` also keeps articles without a date."""
    bounds, params = [], []
    if since is not None:
        bounds.append(f"published >= {mark}")
        params.append(value(since))
    if until is not None:
        bounds.append(f"published < {mark}")
        params.append(value(until))
    where = [f"seq > {mark}"]
    if bounds:
        dated = " AND ".join(bounds)
        where.append(f"(({dated}) OR published IS NULL)" if undated else dated)
    return " AND ".join(where), params
