"""Export the articles a search matches: JSONL (lossless), CSV (one row per article), Parquet.

JSONL holds each Article whole (:func:`lagebild.model.to_json`), so it reads back
with :func:`lagebild.model.from_json`. CSV is for spreadsheets: one row per
article, lists joined with `` | ``. Parquet (pyarrow) writes a folder of three
tables that join on ``article_id``: ``articles.parquet``, ``entities.parquet``
(one row per entity of an article, with its mention count) and ``quotes.parquet``
(one row per quote, with the speaker's canonical name and the words naming them).
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from lagebild.errors import ConfigError
from lagebild.model import Article, BlockKind, to_json
from lagebild.store import Store

__all__ = ["CSV_COLUMNS", "FORMATS", "export", "selected"]

FORMATS = ("jsonl", "csv", "parquet")
CSV_COLUMNS = (
    "id",
    "published",
    "source",
    "agency",
    "title",
    "url",
    "location",
    "authors",
    "lead",
    "key_points",
    "entities",
    "tags",
    "text",
)
_PAGE = 500  # search hits fetched per query while exporting


def selected(store: Store, query: str) -> Iterator[Article]:
    """The articles ``query`` matches, best first; every article for an empty query."""
    if not query.strip():
        yield from store.articles()
        return
    offset = 0
    while True:
        page = store.search(query, limit=_PAGE, offset=offset)
        for hit in page.hits:
            article = store.get(hit.article_id)
            if article is not None:
                yield article
        offset += _PAGE
        if offset >= page.total or not page.hits:
            return


def _joined(values: Iterator[str] | list[str] | tuple[str, ...]) -> str:
    return " | ".join(values)


def _csv_row(article: Article) -> list[str]:
    lead = next((article.span_text(b.span) for b in article.blocks_of(BlockKind.LEAD)), "")
    return [
        article.id,
        article.published.isoformat() if article.published else "",
        article.source or "",
        article.agency or "",
        article.title or "",
        article.url or "",
        article.location or "",
        _joined(article.authors),
        lead,
        _joined([k.text for k in article.key_points]),
        _joined([e.name for e in article.entities]),
        _joined([t.label for t in article.tags]),
        article.text,
    ]


def _text_out(out: str | Path) -> tuple[IO[str], bool]:
    if str(out) == "-":
        return sys.stdout, False
    try:
        return open(out, "w", encoding="utf-8", newline=""), True  # the caller closes it
    except OSError as error:
        raise ConfigError(f"cannot write {out} ({error.strerror}); check that its folder exists") from None


def export(store: Store, query: str, fmt: str, out: str | Path) -> int:
    """Write the articles ``query`` matches to ``out`` in format ``fmt``; returns how many.

    ``out`` is a file (``-`` for standard output) for jsonl and csv, a folder for parquet.
    """
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    articles = selected(store, query)
    if fmt == "parquet":
        from lagebild.collection.parquet import write_parquet

        return write_parquet(articles, Path(out))
    stream, close = _text_out(out)
    count = 0
    try:
        if fmt == "jsonl":
            for article in articles:
                stream.write(to_json(article) + "\n")
                count += 1
        else:
            writer = csv.writer(stream)
            writer.writerow(CSV_COLUMNS)
            for article in articles:
                writer.writerow(_csv_row(article))
                count += 1
    finally:
        if close:
            stream.close()
    return count
