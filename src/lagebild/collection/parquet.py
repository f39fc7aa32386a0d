"""Parquet export (pyarrow): articles, entities and quotes as three tables joined on article_id."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from lagebild.errors import ConfigError
from lagebild.model import Article, BlockKind

__all__ = ["TABLES", "write_parquet"]

TABLES = ("articles", "entities", "quotes")
_ROWS = 2000  # rows per row group: bounded memory however large the export


def _pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ConfigError('Parquet export needs pyarrow: pip install "pyarrow>=14"') from None
    return pa, pq


def _schemas(pa: Any) -> dict[str, Any]:
    text, strings = pa.string(), pa.list_(pa.string())
    return {
        "articles": pa.schema(
            [
                ("article_id", text),
                ("published", pa.timestamp("us", tz="UTC")),
                ("source", text),
                ("agency", text),
                ("title", text),
                ("url", text),
                ("location", text),
                ("language", text),
                ("authors", strings),
                ("lead", text),
                ("key_points", strings),
                ("tags", strings),
                ("text", text),
            ]
        ),
        "entities": pa.schema(
            [
                ("article_id", text),
                ("name", text),
                ("type", text),
                ("roles", strings),
                ("mentions", pa.int32()),
            ]
        ),
        "quotes": pa.schema(
            [
                ("article_id", text),
                ("text", text),
                ("kind", text),
                ("speaker", text),
                ("speaker_words", text),
                ("source", text),
                ("start", pa.int32()),
                ("end", pa.int32()),
            ]
        ),
    }


def _rows(article: Article) -> dict[str, list[dict[str, Any]]]:
    lead = next((article.span_text(b.span) for b in article.blocks_of(BlockKind.LEAD)), None)
    mentions = [0] * len(article.entities)
    for mention in article.mentions:
        if 0 <= mention.entity < len(mentions):
            mentions[mention.entity] += 1
    quotes = []
    for quote in article.quotes:
        speaker = None
        if quote.speaker is not None and 0 <= quote.speaker < len(article.entities):
            speaker = article.entities[quote.speaker].name
        quotes.append(
            {
                "article_id": article.id,
                "text": " ".join(article.span_text(quote.span).split()),
                "kind": quote.kind.value,
                "speaker": speaker,
                "speaker_words": None
                if quote.speaker_span is None
                else article.span_text(quote.speaker_span),
                "source": article.source_of(quote),
                "start": quote.span.start,
                "end": quote.span.end,
            }
        )
    return {
        "articles": [
            {
                "article_id": article.id,
                "published": article.published,
                "source": article.source,
                "agency": article.agency,
                "title": article.title,
                "url": article.url,
                "location": article.location,
                "language": article.language,
                "authors": list(article.authors),
                "lead": lead,
                "key_points": [k.text for k in article.key_points],
                "tags": [t.label for t in article.tags],
                "text": article.text,
            }
        ],
        "entities": [
            {
                "article_id": article.id,
                "name": e.name,
                "type": e.type.value,
                "roles": list(e.roles),
                "mentions": mentions[i],
            }
            for i, e in enumerate(article.entities)
        ],
        "quotes": quotes,
    }


def write_parquet(articles: Iterable[Article], folder: Path) -> int:
    """Write ``folder``/articles.parquet, entities.parquet and quotes.parquet; returns the article count."""
    pa, pq = _pyarrow()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ConfigError(
            f"cannot create the folder {folder} ({error.strerror}); give another --out"
        ) from None
    schemas = _schemas(pa)
    writers = {name: pq.ParquetWriter(folder / f"{name}.parquet", schemas[name]) for name in TABLES}
    buffers: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    count = 0

    def flush(name: str) -> None:
        writers[name].write_table(pa.Table.from_pylist(buffers[name], schema=schemas[name]))
        buffers[name].clear()

    try:
        for article in articles:
            count += 1
            for name, rows in _rows(article).items():
                buffers[name].extend(rows)
                if len(buffers[name]) >= _ROWS:
                    flush(name)
        for name in TABLES:
            flush(name)  # also writes the schema of an empty table
    finally:
        for writer in writers.values():
            writer.close()
    return count
