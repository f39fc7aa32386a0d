"""The collection: articles and rejects behind one :class:`Store` protocol, with search.

Backends: :class:`MemoryStore` (reference, tests), :class:`SqliteStore` (the
embedded default, one file) and :class:`PostgresStore` (a server). Pick one with
:func:`open_store`::

    with open_store("lagebild.db") as store:
        store.add(article)
        results = store.search('Truppen Litauen since:2024-01-01')

The query language is described in :mod:`lagebild.store.query`; how words become
searchable terms (lemmas, compound parts) in :mod:`lagebild.store.terms`.
"""

from __future__ import annotations

from pathlib import Path

from lagebild.store.base import (
    FACET_SAMPLE,
    MARK_END,
    MARK_START,
    Facet,
    Facets,
    SearchHit,
    SearchResults,
    Store,
    StoreError,
)
from lagebild.store.memory import MemoryStore
from lagebild.store.postgres import PostgresStore
from lagebild.store.query import Query, QueryError, parse_query
from lagebild.store.sqlite import SqliteStore

__all__ = [
    "FACET_SAMPLE",
    "MARK_END",
    "MARK_START",
    "Facet",
    "Facets",
    "MemoryStore",
    "PostgresStore",
    "Query",
    "QueryError",
    "SearchHit",
    "SearchResults",
    "SqliteStore",
    "Store",
    "StoreError",
    "open_store",
    "parse_query",
]

_POSTGRES = ("postgresql://", "postgres://")


def open_store(url_or_path: str | Path) -> Store:
    """The backend a ``--db`` value names.

    ``"memory:"`` -> MemoryStore; ``"postgresql://..."`` -> PostgresStore; anything
    else is the path of a SQLite file (created when missing).
    """
    target = str(url_or_path)
    if target == "memory:":
        return MemoryStore()
    if target.startswith(_POSTGRES):
        return PostgresStore(target)
    if not target.strip():
        raise StoreError('the collection location is empty; give a file path, "memory:" or postgresql://...')
    return SqliteStore(target)
