"""The contract every Store backend keeps: memory, SQLite and PostgreSQL run the same tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone

import pytest
from store_support import Backend

from lagebild.model import (
    Article,
    Block,
    BlockKind,
    Caption,
    Entity,
    EntityType,
    Event,
    EventSlot,
    KeyPoint,
    Mention,
    Quote,
    QuoteKind,
    Reject,
    Removed,
    Sentence,
    Span,
    StageRecord,
    Tag,
    TagKind,
    Token,
)
from lagebild.store import MARK_END, MARK_START, QueryError, SearchResults, Store

Factory = Callable[..., Article]
CET = timezone(timedelta(hours=1))


def _rich_article() -> Article:
    title = "Blinken kündigt mehr US-Truppen für Litauen an"
    lead = "Zusätzliche 400 Soldaten sollen «in den kommenden Tagen» ankommen."
    body = "«Die Nato-Verpflichtung ist unantastbar», sagte Blinken am Montag in Vilnius."
    text = f"{title}\n\n{lead}\n\n{body}"
    t, lead_at, body_at = 0, len(title) + 2, len(title) + len(lead) + 4
    blinken = text.index("Blinken", body_at)
    quote_start = body_at + 1
    quote_end = text.index("»", body_at)
    return Article(
        id="rich-0001",
        text=text,
        blocks=(
            Block(BlockKind.TITLE, Span(t, len(title))),
            Block(BlockKind.LEAD, Span(lead_at, lead_at + len(lead))),
            Block(BlockKind.BODY, Span(body_at, len(text))),
        ),
        title=title,
        url="https://alpenblick.example/ausland/blinken-litauen",
        location="/daten/blinken.html",
        source="Alpenblick",
        agency="SDA",
        authors=("Anna Muster", "Beat Beispiel"),
        published=datetime(2024, 3, 4, 18, 30, tzinfo=CET),
        language="de",
        key_points_label="Das Wichtigste in Kürze",
        captions=(Caption(Span(lead_at, lead_at + 10), "Keystone"),),
        removed=(Removed(BlockKind.AD, "Ad", "ad marker"),),
        sentences=(Sentence(Span(lead_at, lead_at + len(lead)), 1), Sentence(Span(body_at, len(text)), 2)),
        tokens=(Token(Span(lead_at, lead_at + 11), "zusätzlich"), Token(Span(blinken, blinken + 7))),
        entities=(Entity("Antony Blinken", EntityType.PER, ("US-Aussenminister",)),),
        mentions=(Mention(Span(blinken, blinken + 7), EntityType.PER, 0),),
        quotes=(Quote(Span(quote_start, quote_end), QuoteKind.DIRECT, 0, Span(blinken, blinken + 7)),),
        key_points=(KeyPoint("Die USA schicken 400 Soldaten nach Litauen.", (Span(lead_at, len(text)),)),),
        event=Event(
            who=EventSlot("Antony Blinken", Span(body_at, len(text)), Span(blinken, blinken + 7)),
            when=EventSlot("am Montag", Span(body_at, len(text)), value="2024-03-04"),
        ),
        tags=(Tag("NATO", TagKind.PAGE), Tag("Litauen", TagKind.KEYWORD, 0.75)),
        stages=(StageRecord("sentences", "1"), StageRecord("entities", "2")),
    )


# -- storing and reading ---------------------------------------------------------------


def test_rich_article_round_trips_unchanged(store: Store) -> None:
    article = _rich_article()
    assert store.add(article) is True
    assert store.get(article.id) == article
    assert list(store.articles()) == [article]


def test_add_is_idempotent(store: Store, article_factory: Factory) -> None:
    article = article_factory("Streik bei der Bahn", "Die Gewerkschaft ruft zum Streik auf.")
    assert store.add(article) is True
    assert store.add(article) is False
    assert store.count() == 1
    assert store.get("no-such-id") is None


def test_rejects_keep_one_row_per_location(store: Store) -> None:
    at = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)
    store.add_reject(Reject("feed.xml#item-3", "empty", "item 3 has no text; nothing to do"))
    store.add_reject(Reject("bild.jpg", "binary", "an image, not text; leave it out", at))
    store.add_reject(Reject("feed.xml#item-3", "language", "English, not German; use --lang", at))
    assert store.rejects() == [
        Reject("feed.xml#item-3", "language", "English, not German; use --lang", at),
        Reject("bild.jpg", "binary", "an image, not text; leave it out", at),
    ]


def test_articles_since_until(store: Store, article_factory: Factory) -> None:
    jan = article_factory("Januar", "Schnee in Bern.", published=datetime(2024, 1, 10, 9, 0))
    feb = article_factory("Februar", "Föhn in Chur.", published=datetime(2024, 2, 10, 23, 30, tzinfo=CET))
    mar = article_factory("März", "Regen in Basel.", published=datetime(2024, 3, 10, tzinfo=UTC))
    undated = article_factory("Ohne Datum", "Nebel in Zürich.")
    for article in (mar, undated, jan, feb):
        store.add(article)
    assert [a.title for a in store.articles()] == ["März", "Ohne Datum", "Januar", "Februar"]
    since = datetime(2024, 2, 1, tzinfo=UTC)
    assert [a.title for a in store.articles(since=since)] == ["März", "Februar"]
    # until is exclusive; 23:30 at UTC+1 is 22:30 UTC, before the bound
    until = datetime(2024, 2, 10, 23, 0, tzinfo=UTC)
    assert [a.title for a in store.articles(until=until)] == ["Januar", "Februar"]
    assert [a.title for a in store.articles(since=since, until=until)] == ["Februar"]


def test_reopening_runs_migrations_safely(backend: Backend, article_factory: Factory) -> None:
    if not backend.reopens:
        pytest.skip("a MemoryStore lives in its object only; there is nothing to reopen")
    article = article_factory("Hochwasser am Rhein", "Der Pegel steigt weiter.")
    with backend.open() as first:
        first.add(article)
        version = first.schema_version  # type: ignore[attr-defined]
    with backend.open() as second, backend.open() as third:
        assert second.schema_version == version >= 1  # type: ignore[attr-defined]
        assert second.get(article.id) == article
        assert third.add(article) is False
        assert second.count() == third.count() == 1
        assert [h.article_id for h in third.search("Pegel").hits] == [article.id]


# -- search ------------------------------------------------------------------------------


@pytest.fixture
def news(store: Store, article_factory: Factory) -> Store:
    articles = [
        article_factory(
            "Blinken kündigt mehr Truppen für Litauen an",
            "US-Aussenminister Antony Blinken hat die Verlegung weiterer Truppen nach Litauen "
            "angekündigt. Zusätzliche 400 Soldaten sollen in den kommenden Tagen ankommen.",
            "Die Truppen nach Litauen sollen die Nato-Ostgrenze sichern.",
            source="Alpenblick",
            published=datetime(2024, 3, 4, 17, 0, tzinfo=UTC),
            tags=("NATO",),
            entities=("Antony Blinken",),
        ),
        article_factory(
            "Bundeswehr erhöht Truppenstärke in Rukla",
            "Die Bundeswehr hat die Truppenstärke auf dem Stützpunkt Rukla erhöht.",
            "Ein Soldat sagte, die Lage in Litauen sei ruhig. Ein Manöver ist für den Sommer geplant.",
            source="Rheinische Post",
            published=datetime(2024, 2, 10, 12, 0, tzinfo=UTC),
            tags=("Bundeswehr",),
            entities=("Boris Pistorius",),
        ),
        article_factory(
            "Bahnstreik legt Verkehr lahm",
            "Die Gewerkschaft hat den Streik verlängert. Züge werden auf andere Strecken verlegt.",
            "Pendler in Wien müssen mit Verspätungen rechnen.",
            source="Wiener Zeitung",
            published=datetime(2024, 1, 15, 6, 0, tzinfo=UTC),
            tags=("Streik",),
            entities=("Claus Weselsky",),
        ),
        article_factory(
            "Übung im Baltikum",
            "Deutsche Truppen üben in Litauen den Ernstfall. Das Manöver dauert zwei Wochen.",
            source="Ostseeblatt",
        ),
    ]
    for article in articles:
        store.add(article)
    return store


def titles(results: SearchResults) -> list[str | None]:
    return [hit.title for hit in results.hits]


def found(store: Store, query: str) -> set[str | None]:
    results = store.search(query)
    assert results.total == len(results.hits)
    return set(titles(results))


BLINKEN = "Blinken kündigt mehr Truppen für Litauen an"
RUKLA = "Bundeswehr erhöht Truppenstärke in Rukla"
STREIK = "Bahnstreik legt Verkehr lahm"
UEBUNG = "Übung im Baltikum"


def test_words_match_their_lemmas(news: Store) -> None:
    assert found(news, "Soldaten") == {BLINKEN, RUKLA}  # "Soldat" in RUKLA
    assert found(news, "soldat") == {BLINKEN, RUKLA}
    assert found(news, "verlegen") == {STREIK}  # "verlegt"; "Verlegung" is another word
    assert found(news, "verlegt Züge") == {STREIK}


def test_compound_part_finds_the_compound(news: Store) -> None:
    assert found(news, "Truppen") == {BLINKEN, RUKLA, UEBUNG}
    assert found(news, "Truppen Rukla") == {RUKLA}
    assert found(news, "Truppenstärke") == {RUKLA}


def test_phrase_needs_the_words_in_order(news: Store) -> None:
    assert found(news, '"Truppen nach Litauen"') == {BLINKEN}
    assert found(news, '"Litauen nach Truppen"') == set()
    assert found(news, '"400 Soldaten" Nato') == {BLINKEN}


def test_exclusion(news: Store) -> None:
    assert found(news, "Litauen") == {BLINKEN, RUKLA, UEBUNG}
    assert found(news, "Litauen -Manöver") == {BLINKEN}
    assert found(news, 'Litauen -"Truppen nach Litauen"') == {RUKLA, UEBUNG}


def test_filters(news: Store) -> None:
    assert found(news, "Truppen source:alpenblick") == {BLINKEN}
    assert found(news, 'source:"RHEINISCHE POST"') == {RUKLA}
    assert found(news, "Litauen tag:nato") == {BLINKEN}
    assert found(news, 'entity:"antony blinken"') == {BLINKEN}
    assert found(news, "entity:Blinken") == set()  # the full name, not a part of it
    assert found(news, "Truppen since:2024-02-10") == {BLINKEN, RUKLA}
    assert found(news, "until:2024-02-10") == {RUKLA, STREIK}  # until: includes its day
    assert found(news, "since:2024-02-11 until:2024-03-04") == {BLINKEN}


def test_filter_only_query_lists_newest_first(news: Store) -> None:
    results = news.search("since:2024-01-01")
    assert titles(results) == [BLINKEN, RUKLA, STREIK]
    assert all(hit.score == 0.0 for hit in results.hits)
    # no match to show: the snippet starts after the title block
    assert results.hits[0].snippet.startswith("US-Aussenminister Antony Blinken")


def test_snippets_mark_the_words_as_written(news: Store) -> None:
    hits = {hit.title: hit.snippet for hit in news.search("Soldaten").hits}
    assert f"{MARK_START}Soldaten{MARK_END} sollen" in hits[BLINKEN]
    assert f"Ein {MARK_START}Soldat{MARK_END} sagte" in hits[RUKLA]
    (rukla,) = news.search("Truppen Rukla").hits
    assert f"{MARK_START}Truppenstärke{MARK_END}" in rukla.snippet
    (blinken,) = news.search('"Truppen nach Litauen"').hits
    marked = f"{MARK_START}Truppen{MARK_END} {MARK_START}nach{MARK_END} {MARK_START}Litauen{MARK_END}"
    assert marked in blinken.snippet
    assert "\n" not in blinken.snippet


def test_ranking_prefers_title_and_frequency(news: Store, article_factory: Factory) -> None:
    results = news.search("Truppen")
    assert titles(results)[0] == BLINKEN
    assert results.hits[0].score > results.hits[-1].score
    assert [h.score for h in results.hits] == sorted((h.score for h in results.hits), reverse=True)


def test_ranking_of_similar_articles(store: Store, article_factory: Factory) -> None:
    once = article_factory(
        "Wetter im Tessin",
        "Im Tessin scheint die Sonne. In Lugano wird es warm.",
        "Das Hochwasser ist vorbei.",
    )
    thrice = article_factory(
        "Hochwasser im Tessin",
        "Das Hochwasser im Tessin steigt. In Lugano droht Hochwasser.",
        "Die Lage ist ernst.",
    )
    store.add(once)
    store.add(thrice)
    assert titles(store.search("Hochwasser")) == ["Hochwasser im Tessin", "Wetter im Tessin"]


def test_paging_and_total(news: Store) -> None:
    everything = news.search("Truppen", limit=10)
    first = news.search("Truppen", limit=2)
    rest = news.search("Truppen", limit=2, offset=2)
    assert first.total == rest.total == everything.total == 3
    assert [h.article_id for h in first.hits + rest.hits] == [h.article_id for h in everything.hits]
    assert news.search("Truppen", limit=0).hits == []


def test_no_match_and_bad_syntax(news: Store) -> None:
    assert news.search("Quantencomputer") == SearchResults(total=0, hits=[])
    with pytest.raises(QueryError, match="unclosed quote"):
        news.search('"Truppen nach')
    with pytest.raises(QueryError, match="since:"):
        news.search("since:gestern")
