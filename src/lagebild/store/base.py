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

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import TracebackType
from typing import Protocol, Self, runtime_checkable

from lagebild.errors import StoreError
from lagebild.model import Article, Reject, Story

__all__ = [
    "FACET_SAMPLE",
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

#: How many matches :meth:`Store.facets` counts by default: the best ones, as
#: :meth:`Store.search` ranks them. Counting every match of a common word costs
#: time in proportion to the collection (seconds at 100,000 articles); the best
#: thousand say the same about what a result list holds, in a bounded time.
FACET_SAMPLE = 1000


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
    """Counts over the best ``counted`` matches of a query (not only one page), the largest first.

    ``counted`` is every match, or :data:`FACET_SAMPLE` of them when there are more
    (see :meth:`Store.facets`). ``day`` is the UTC day of publication
    (``YYYY-MM-DD``), newest first; articles without a source or a date are left
    out of those facets.
    """

    source: list[Facet] = field(default_factory=list)
    entity: list[Facet] = field(default_factory=list)
    tag: list[Facet] = field(default_factory=list)
    day: list[Facet] = field(default_factory=list)
    counted: int = 0  # how many matches the counts cover


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

    def facets(self, query: str, *, size: int = 10, sample: int | None = FACET_SAMPLE) -> Facets:
        """Source, entity, tag and day counts (``size`` each) over the best ``sample`` matches.

        The best: the first ``sample`` that :meth:`search` lists for ``query``
        (ranked; the newest first for a query with filters only). ``sample=None``
        counts every match, in time that grows with their number.
        """
        ...

    def source_counts(self) -> list[Facet]:
        """Articles per outlet over the whole collection, the most first (ties by name).

        Exact, unlike the sampled :meth:`facets`; articles without a source are left out.
        """
        ...

    def entity_days(self, name: str) -> list[Facet]:
        """Articles naming the entity ``name`` (as ``entity:`` matches it) per UTC day, oldest first.

        Exact and kept up to date on every add, so an entity page's timeline costs
        one small read however many articles name it. Undated articles are left out.
        """
        ...

    def save_stories(self, stories: Sequence[Story], new: Mapping[str, str] | None = None) -> None:
        """Store ``stories`` (insert or replace each by id) in one transaction.

        ``new`` maps the articles to (re)assign to their story; ``None`` assigns every
        ``article_ids`` of each story. An article belongs to one story: the latest
        assignment wins. The story grouping itself is :mod:`lagebild.collection.stories`.
        """
        ...

    def stories(self, *, since: datetime | None = None, until: datetime | None = None) -> list[Story]:
        """Stored stories seen in the period (``last_seen >= since``, ``first_seen < until``).

        Ordered by ``first_seen`` (undated last, only without bounds), then id; each
        with all its articles, oldest first (undated last, ties by id); times in UTC.
        """
        ...

    def story_of(self, article_id: str) -> Story | None:
        """The stored story of the article, None when it has none (yet)."""
        ...

    def unstoried(self) -> list[str]:
        """Ids of the articles that no stored story holds, in the order they were added."""
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
