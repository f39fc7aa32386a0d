"""The contract of the ingest and facet methods: add_batch, ingested, add_many, facets."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from store_support import Backend

from lagebild.model import Article, Reject
from lagebild.store import Facet, Store

Factory = Callable[..., Article]
AT = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def test_add_many_counts_new_articles(store: Store, article_factory: Factory) -> None:
    one = article_factory("Föhnsturm im Rheintal", "Der Föhn deckt Dächer ab.")
    two = article_factory("Lawine am Weissmies", "Ein Skitourengeher wurde verschüttet.")
    assert store.add_many([one, two, one]) == 2
    assert store.add_many([two]) == 0
    assert store.count() == 2


def test_add_batch_notes_locations_and_clears_their_rejects(store: Store, article_factory: Factory) -> None:
    streik = article_factory("Bahnstreik in Deutschland", "Die GDL legt den Verkehr lahm.")
    store.add_reject(Reject("a.txt", "language", "English, not German; use --lang en", AT))
    new = store.add_batch(
        [("a.txt", streik), ("kopie/a.txt", streik)],
        [Reject("leer.txt", "empty", "the file is empty; nothing to do", AT)],
    )
    assert new == [True, False]  # the second is a duplicate of the same text
    assert store.count() == 1
    assert store.ingested(["a.txt", "kopie/a.txt", "leer.txt", "neu.txt"]) == {"a.txt", "kopie/a.txt"}
    assert [r.location for r in store.rejects()] == ["leer.txt"]
    assert store.ingested([]) == set()


def test_ingested_survives_reopening(backend: Backend, article_factory: Factory) -> None:
    if not backend.reopens:
        return  # a MemoryStore lives in its object only; the other test covers it
    article = article_factory("Hochwasser in Luzern", "Die Reuss tritt über die Ufer.")
    with backend.open() as first:
        first.add_batch([("luzern.txt", article)])
    with backend.open() as second:
        assert second.ingested(["luzern.txt"]) == {"luzern.txt"}
        many = [f"datei-{i}.txt" for i in range(1200)]  # more than one query's worth
        assert second.ingested([*many, "luzern.txt"]) == {"luzern.txt"}


def test_facets_count_every_match(store: Store, article_factory: Factory) -> None:
    store.add_many(
        [
            article_factory(
                "Nato sagt Ukraine Hilfe zu",
                "Die Aussenminister beraten in Brüssel über die Ukraine.",
                source="Hanse Nachrichten",
                published=datetime(2026, 11, 25, 16, 48, tzinfo=UTC),
                tags=("Nato", "Ukraine"),
                entities=("Antony Blinken", "Mark Rutte"),
            ),
            article_factory(
                "Milliarden für die Ukraine",
                "Die Nato will der Ukraine 16 Milliarden Euro geben.",
                source="Donau Zeitung",
                published=datetime(2026, 11, 25, 17, 20, tzinfo=UTC),
                tags=("Nato",),
                entities=("Mark Rutte",),
            ),
            article_factory(
                "Ukraine-Gipfel in Brüssel",
                "Auch die Ukraine war in Brüssel vertreten.",
                source="hanse nachrichten",
                published=datetime(2026, 11, 26, 9, 0, tzinfo=UTC),
            ),
            article_factory("Lawine im Wallis", "Ein Skitourengeher stirbt.", source="Donau Zeitung"),
        ]
    )
    facets = store.facets("Ukraine")
    assert facets.source == [Facet("Hanse Nachrichten", 2), Facet("Donau Zeitung", 1)]
    assert facets.entity == [Facet("Mark Rutte", 2), Facet("Antony Blinken", 1)]
    assert facets.tag == [Facet("Nato", 2), Facet("Ukraine", 1)]
    assert facets.day == [Facet("2026-11-26", 1), Facet("2026-11-25", 2)]
    assert store.facets("Ukraine", size=1).source == [Facet("Hanse Nachrichten", 2)]
    assert store.facets("source:donau*").source == []  # source: is exact
    assert [f.value for f in store.facets("").source] == ["Donau Zeitung", "Hanse Nachrichten"]
    assert store.facets("Quantencomputer").entity == []


def test_undated_articles_and_newest(store: Store, article_factory: Factory) -> None:
    assert store.newest() is None
    old = article_factory(
        "Wahl in Tirol", "Die ÖVP bleibt vorne.", published=datetime(2026, 11, 23, tzinfo=UTC)
    )
    new = article_factory(
        "Transfer", "Bürgi wechselt nach Stuttgart.", published=datetime(2026, 11, 26, 13, 37)
    )
    undated = article_factory("Ohne Datum", "Ein Text ohne Datum.")
    store.add_many([old, undated, new])
    assert store.newest() == datetime(2026, 11, 26, 13, 37, tzinfo=UTC)
    since = datetime(2026, 11, 24, tzinfo=UTC)
    assert [a.title for a in store.articles(since=since)] == ["Transfer"]
    assert [a.title for a in store.articles(since=since, undated=True)] == ["Ohne Datum", "Transfer"]
    assert len(list(store.articles(undated=True))) == 3
