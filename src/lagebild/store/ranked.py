"""A small cache of ranked matches per query, shared by a search page and its facets.

A search page asks the store for one page of hits and for facets over the best
matches of the same query; paging asks again. Ranking is the costly part (every
match scored), so a store keeps the total and the best matches of its latest
queries, keyed by a version that changes with every write.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass, field

__all__ = ["Ranked", "RankedCache"]

#: Queries kept: a few people paging through a few searches each.
CACHED_QUERIES = 64


@dataclass(frozen=True, slots=True)
class Ranked:
    """Every match counted, the best of them ranked: ``(seq, score)``, best first."""

    total: int
    best: list[tuple[int, float]] = field(default_factory=list)

    def covers(self, enough: int) -> bool:
        """Whether the first ``enough`` matches are all here."""
        return len(self.best) >= min(enough, self.total)


class RankedCache:
    """The latest :data:`CACHED_QUERIES` rankings; one of another version is never returned.

    Keys are parsed queries (:class:`lagebild.store.query.Query`), so spellings of one
    query ("Streik  -Köln", "Streik -Köln") share an entry.
    """

    def __init__(self, size: int = CACHED_QUERIES) -> None:
        self._size = size
        self._version: Hashable = None
        self._entries: OrderedDict[Hashable, Ranked] = OrderedDict()

    def get(self, query: Hashable, version: Hashable, enough: int) -> Ranked | None:
        if version != self._version:
            self._entries.clear()
            self._version = version
            return None
        found = self._entries.get(query)
        if found is None or not found.covers(enough):
            return None
        self._entries.move_to_end(query)
        return found

    def clear(self) -> None:
        """Forget every ranking (benchmarks time a query as if it were new)."""
        self._entries.clear()

    def put(self, query: Hashable, version: Hashable, ranked: Ranked) -> None:
        if version != self._version:
            self._entries.clear()
            self._version = version
        self._entries[query] = ranked
        self._entries.move_to_end(query)
        while len(self._entries) > self._size:
            self._entries.popitem(last=False)
