"""The one query set of the search benchmarks (bench/store.py and bench/web.py import it).

What people type into a news search box: mostly one or two words, sometimes a
phrase or a filter, now and then a combination. The collection is made by
:mod:`generate` from the examples' eight stories, so a story's word matches about
one article in eight (12,500 at 100,000) and a word of many stories far more: the
hard case for ranking, which scores every match. Match counts at 100,000 are noted
beside each query (``total`` of the search; from ``python bench/queries.py DB``).
"""

from __future__ import annotations

__all__ = ["QUERIES", "QUERY_SET"]

#: ``(kind, query)``: the kind is what the query stands for in a user's mix.
QUERY_SET: tuple[tuple[str, str], ...] = (
    ("word, very common", "Schweiz"),
    ("word, common", "Hochwasser"),
    ("word, common", "Streik"),
    ("word, lemma", "Soldaten"),
    ("word, only in compounds", "Militär"),
    ("word, rare", "Kaffeebecher"),
    ("word, no match", "Zeppelin"),
    ("two words", "Soldaten Armee"),
    ("two words", "Lawine Bergführer"),
    ("two words, two stories", "Klimaziel Atomkraft"),
    ("three words", "Nato Ukraine Milliarden"),
    ("phrase", '"Deutsche Bahn"'),
    ("phrase, rare", '"rund 450 Menschen"'),
    ("exclusion", "Streik -Köln"),
    ("entity", 'entity:"Noah Bürgi"'),
    ("tag", "tag:Streik"),
    ("source", "source:Ostseeblatt"),
    ("since", "since:2026-11-01"),
    ("word + source", "Lawine source:Ostseeblatt"),
    ("word + since", "Bürgi since:2026-06-01"),
    ("word + entity", "Ukraine entity:Nato"),
    ("word + tag", "Hafen tag:Cyberangriff"),
    ("combination", 'Hochwasser source:"Limmat Zeitung" since:2026-03-01 -Luzern'),
    ("empty (newest first)", ""),
)
QUERIES: tuple[str, ...] = tuple(query for _, query in QUERY_SET)


def main() -> None:
    """Print each query's match count in a collection: ``python bench/queries.py FILE.db``."""
    import sys

    from lagebild.store import SqliteStore

    with SqliteStore(sys.argv[1]) as store:
        for kind, query in QUERY_SET:
            print(f"{store.search(query, limit=1).total:7d}  {kind:24} {query}")


if __name__ == "__main__":
    main()
