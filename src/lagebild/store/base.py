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

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import TracebackType
from typing import Protocol, Self, runtime_checkable

from lagebild.errors import StoreError
from lagebild.model import Article, Reject

__all__ = [
    "MARK_END",
    "MARK_START",
    "Facet",
    "Facets",
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


@dataclass(frozen=True, slots=True)
class Facet:
    """One value of a facet and how many matching articles have it."""

    value: str
    count: int


@dataclass(frozen=True, slots=True)
class Facets:
    """Counts over every match of a query (not only one page), the largest first.

    ``day`` is the UTC day of publication (``YYYY-MM-DD``), newest first; articles
    without a source or a date are left out of those facets.
    """

    source: list[Facet] = field(default_factory=list)
    entity: list[Facet] = field(default_factory=list)
    tag: list[Facet] = field(default_factory=list)
    day: list[Facet] = field(default_factory=list)


@runtime_checkable
class Store(Protocol):
    """A collection of articles and rejects with full-text search."""

    def add(self, article: Article) -> bool:
        """Store ``article``; ``False`` (and no change) when its id is already stored."""
        ...

    def add_many(self, articles: Sequence[Article]) -> int:
        """Add several articles in one transaction; returns how many were new."""
        ...

    def add_reject(self, reject: Reject) -> None:
        """Record an input that was not stored. One row per location: the latest wins."""
        ...

    def add_batch(self, stored: Sequence[tuple[str, Article]], rejects: Sequence[Reject] = ()) -> list[bool]:
        """One ingest step in one transaction, so a crash leaves all of it or none.

        Each ``(location, article)``: the article is stored (``True``) or was stored
        before (``False``: a duplicate of the same text), and the location is noted
        as ingested (see :meth:`ingested`) and leaves the rejects. Each reject is
        recorded as :meth:`add_reject` does.
        """
        ...

    def ingested(self, locations: Sequence[str]) -> set[str]:
        """Those of ``locations`` that an earlier :meth:`add_batch` stored: what a rerun skips."""
        ...

    def get(self, article_id: str) -> Article | None: ...

    def count(self) -> int: ...

    def articles(
        self, *, since: datetime | None = None, until: datetime | None = None, undated: bool = False
    ) -> Iterator[Article]:
        """Stored articles in the order they were added, ``since <= published < until``.

        ``undated=True`` adds the articles without a date (which a bound leaves out).
        """
        ...

    def newest(self) -> datetime | None:
        """The latest ``published`` in the collection (UTC), ``None`` when nothing has a date."""
        ...

    def rejects(self) -> list[Reject]: ...

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> SearchResults:
        """Articles matching ``query`` (see :mod:`lagebild.store.query`), best first.

        A query with filters only lists the newest first, with score 0.
        """
        ...

    def facets(self, query: str, *, size: int = 10) -> Facets:
        """Source, entity, tag and day counts over every match of ``query`` (``size`` each)."""
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
