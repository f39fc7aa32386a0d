"""The ``Store`` protocol every backend implements, and the types it returns.

A store keeps analysed articles whole (lossless JSON, :func:`lagebild.model.to_json`)
plus the columns it filters on, the rejects of ingest, and a full-text index of
the terms of :mod:`lagebild.store.terms`. ``add`` is idempotent on ``Article.id``
(a content hash), so re-ingesting the same input adds nothing.

Dates: ``published`` is compared in UTC; a naive datetime is taken to be UTC.
``articles(since=, until=)`` keeps ``since <= published < until``; articles
without a date are left out as soon as either bound is given.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import TracebackType
from typing import Protocol, Self, runtime_checkable

from lagebild.errors import StoreError
from lagebild.model import Article, Reject

__all__ = [
    "MARK_END",
    "MARK_START",
    "SearchHit",
    "SearchResults",
    "Store",
    "StoreError",
    "utc",
]

#: Highlight markers in :attr:`SearchHit.snippet`. Characters that news text never
#: holds, so renderers can replace them (``<mark>``, bold) without escaping games.
MARK_START = "⟦"
MARK_END = "⟧"


@dataclass(frozen=True, slots=True)
class SearchHit:
    article_id: str
    title: str | None
    score: float  # higher is better; comparable within one result list only
    snippet: str  # a stretch of the text with matches between MARK_START and MARK_END
    source: str | None = None
    published: datetime | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class SearchResults:
    total: int  # every match, not only this page
    hits: list[SearchHit] = field(default_factory=list)


@runtime_checkable
class Store(Protocol):
    """A collection of articles and rejects with full-text search."""

    def add(self, article: Article) -> bool:
        """Store ``article``; ``False`` (and no change) when its id is already stored."""
        ...

    def add_reject(self, reject: Reject) -> None:
        """Record an input that was not stored. One row per location: the latest wins."""
        ...

    def get(self, article_id: str) -> Article | None: ...

    def count(self) -> int: ...

    def articles(self, *, since: datetime | None = None, until: datetime | None = None) -> Iterator[Article]:
        """Stored articles in the order they were added, ``since <= published < until``."""
        ...

    def rejects(self) -> list[Reject]: ...

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> SearchResults:
        """Articles matching ``query`` (see :mod:`lagebild.store.query`), best first.

        A query with filters only lists the newest first, with score 0.
        """
        ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...


def utc(moment: datetime) -> datetime:
    """``moment`` in UTC; a naive datetime is taken to be UTC already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


class ContextStore:
    """Mixin: ``with store:`` closes the store at the end of the block."""

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def check_page(limit: int, offset: int) -> None:
    if limit < 0 or offset < 0:
        raise ValueError(f"limit and offset must not be negative (got limit={limit}, offset={offset})")
