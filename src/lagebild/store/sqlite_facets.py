"""Facets of a SQLite collection from its compact ``article_meta`` table (migration 5).

Each article's entities and tags are written once, at ingest, as ids of
``facet_values`` in one text column (``"e12 e40 t3"``). Facets over the best
1,000 matches then read 1,000 small rows and count in Python, instead of joining
~30,000 rows of the entity and tag indexes and grouping them in temporary trees.
The spelling a facet shows is the smallest one stored for the value (as ``min()``
picks it), over the whole collection.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Sequence

from lagebild.store.base import Facet
from lagebild.store.records import Record

__all__ = ["FACET_ROWS", "FacetIds", "entity_tag_facets"]

#: Source, day and facet ids of the articles whose seq is in the JSON array ``?``.
FACET_ROWS = (
    "SELECT source_folded, source, substr(published, 1, 10), facets FROM article_meta "
    "WHERE seq IN (SELECT value FROM json_each(?))"
)
_UPSERT = (
    "INSERT INTO facet_values (kind, value, shown) VALUES (?, ?, ?) ON CONFLICT (kind, value) "
    "DO UPDATE SET shown = min(coalesce(shown, excluded.shown), excluded.shown) RETURNING id"
)
#: Spellings kept in memory; past this the cache starts again (a value costs one upsert then).
_CACHED = 200_000


class FacetIds:
    """The ids of ``facet_values`` this connection wrote, so a known value costs no statement.

    Ids never change once committed (values are never deleted); :meth:`forget` must be
    called when a transaction rolls back, which takes back the ids it handed out.
    """

    def __init__(self) -> None:
        self._ids: dict[tuple[str, str, str], int] = {}

    def encode(self, db: sqlite3.Connection, rec: Record) -> str:
        """The ``facets`` column of ``rec``, adding its new values inside the caller's transaction."""
        tokens = []
        for kind, values, labels in (("e", rec.entities, rec.entity_labels), ("t", rec.tags, rec.tag_labels)):
            for value, shown in zip(values, labels, strict=True):
                key = (kind, value, shown)
                id_ = self._ids.get(key)
                if id_ is None:
                    if len(self._ids) >= _CACHED:
                        self._ids.clear()
                    id_ = int(db.execute(_UPSERT, key).fetchone()[0])
                    self._ids[key] = id_
                tokens.append(f"{kind}{id_}")
        return " ".join(tokens)

    def forget(self) -> None:
        self._ids.clear()


def _top(db: sqlite3.Connection, counts: Counter[int], size: int) -> list[Facet]:
    """The ``size`` largest counts, ties by shown spelling: only the candidates' spellings are read."""
    if size <= 0 or not counts:
        return []
    ranked = counts.most_common()
    floor = ranked[min(size, len(ranked)) - 1][1]
    candidates = [(id_, n) for id_, n in ranked if n >= floor]  # every tie at the cut
    shown: dict[int, str] = {}
    ids = [id_ for id_, _ in candidates]
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ", ".join("?" * len(chunk))
        sql = f"SELECT id, coalesce(shown, value) FROM facet_values WHERE id IN ({marks})"
        shown.update((int(id_), str(value)) for id_, value in db.execute(sql, chunk))
    facets = sorted((Facet(shown[id_], n) for id_, n in candidates), key=lambda f: (-f.count, f.value))
    return facets[:size]


def entity_tag_facets(
    db: sqlite3.Connection, facet_columns: Sequence[str], size: int
) -> tuple[list[Facet], list[Facet]]:
    """Entity and tag facets from the ``facets`` columns of the counted articles."""
    # counted as strings in one C-level pass; only the distinct tokens are parsed
    tokens = Counter(" ".join(facet_columns).split())
    entities: Counter[int] = Counter()
    tags: Counter[int] = Counter()
    for token, n in tokens.items():
        (entities if token[0] == "e" else tags)[int(token[1:])] = n
    return _top(db, entities, size), _top(db, tags, size)
