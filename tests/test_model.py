"""The data model: spans, and a lossless JSON round trip for every model type."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

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
    KeyPointOrigin,
    Mention,
    PageType,
    Quote,
    QuoteKind,
    RawDocument,
    Removed,
    Sentence,
    Span,
    StageRecord,
    Tag,
    TagKind,
    Token,
    from_json,
    to_json,
)

spans = st.builds(lambda a, b: Span(min(a, b), max(a, b)), st.integers(0, 10_000), st.integers(0, 10_000))
texts = st.text(max_size=40)
opt_text = st.none() | texts
datetimes = st.datetimes(
    min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.none() | st.just(UTC)
) | st.just(datetime(2024, 3, 14, 9, 12, tzinfo=timezone(timedelta(hours=1))))
slots = st.none() | st.builds(EventSlot, texts, spans, st.none() | spans, opt_text)

articles = st.builds(
    Article,
    id=texts,
    text=st.text(max_size=200),
    blocks=st.lists(st.builds(Block, st.sampled_from(BlockKind), spans), max_size=4).map(tuple),
    title=opt_text,
    url=opt_text,
    location=opt_text,
    source=opt_text,
    agency=opt_text,
    authors=st.lists(texts, max_size=3).map(tuple),
    published=st.none() | datetimes,
    updated=st.none() | datetimes,
    language=opt_text,
    page_type=st.sampled_from(PageType),
    partial=st.booleans(),
    key_points_label=opt_text,
    captions=st.lists(st.builds(Caption, spans, opt_text), max_size=2).map(tuple),
    removed=st.lists(st.builds(Removed, st.sampled_from(BlockKind), texts, texts), max_size=3).map(tuple),
    sentences=st.lists(st.builds(Sentence, spans, st.integers(0, 50)), max_size=4).map(tuple),
    tokens=st.lists(st.builds(Token, spans, opt_text), max_size=4).map(tuple),
    entities=st.lists(
        st.builds(Entity, texts, st.sampled_from(EntityType), st.lists(texts, max_size=2).map(tuple)),
        max_size=3,
    ).map(tuple),
    mentions=st.lists(
        st.builds(Mention, spans, st.sampled_from(EntityType), st.integers(0, 5)), max_size=3
    ).map(tuple),
    quotes=st.lists(
        st.builds(
            Quote,
            spans,
            st.sampled_from(QuoteKind),
            st.none() | st.integers(0, 5),
            st.none() | spans,
            st.none() | spans,
        ),
        max_size=3,
    ).map(tuple),
    key_points=st.lists(
        st.builds(KeyPoint, texts, st.lists(spans, max_size=2).map(tuple), st.sampled_from(KeyPointOrigin)),
        max_size=3,
    ).map(tuple),
    event=st.none() | st.builds(Event, slots, slots, slots, slots, slots, slots),
    tags=st.lists(
        st.builds(Tag, texts, st.sampled_from(TagKind), st.floats(0, 1, allow_nan=False)), max_size=3
    ).map(tuple),
    stages=st.lists(st.builds(StageRecord, texts, texts), max_size=3).map(tuple),
)


@given(articles)
def test_article_json_round_trip_is_lossless(article: Article) -> None:
    assert from_json(Article, to_json(article)) == article


@given(
    st.builds(
        RawDocument,
        content=st.binary(max_size=100),
        location=opt_text,
        url=opt_text,
        media_type=opt_text,
        encoding=opt_text,
        fetched_at=st.none() | datetimes,
        source=opt_text,
        headers=st.lists(st.tuples(texts, texts), max_size=3).map(tuple),
    )
)
def test_raw_document_json_round_trip_is_lossless(raw: RawDocument) -> None:
    assert from_json(RawDocument, to_json(raw)) == raw


def test_span_rejects_negative_and_reversed_ranges() -> None:
    with pytest.raises(ValueError, match="invalid span"):
        Span(-1, 3)
    with pytest.raises(ValueError, match="invalid span"):
        Span(5, 3)


def test_span_slices_text_and_compares() -> None:
    text = "Die USA verlegen Truppen."
    span = Span(4, 7)
    assert span.of(text) == "USA"
    assert len(span) == 3
    assert Span(0, 25).contains(span)
    assert span.overlaps(Span(6, 10))
    assert not span.overlaps(Span(7, 10))


def test_page_key_points_come_from_key_point_blocks() -> None:
    text = "Titel\n\nErster Punkt.\n\nZweiter Punkt."
    article = Article(
        id="x",
        text=text,
        blocks=(
            Block(BlockKind.TITLE, Span(0, 5)),
            Block(BlockKind.KEY_POINT, Span(7, 20)),
            Block(BlockKind.KEY_POINT, Span(22, 36)),
        ),
    )
    assert [p.text for p in article.page_key_points] == ["Erster Punkt.", "Zweiter Punkt."]
    assert all(p.origin is KeyPointOrigin.PAGE for p in article.page_key_points)
    assert article.lead is None


def test_headline_falls_back_to_the_first_key_point_then_the_lead() -> None:
    text = "Die Stadt baut eine neue Brücke.\n\nDer Bau beginnt im Frühling und dauert zwei Jahre."
    lead = Block(BlockKind.LEAD, Span(0, 32))
    article = Article(id="x", text=text, blocks=(lead,))
    assert article.headline == "Die Stadt baut eine neue Brücke."
    with_point = article.replace(key_points=(KeyPoint("Brückenbau beginnt im Frühling", (Span(34, 84),)),))
    assert with_point.headline == "Brückenbau beginnt im Frühling"
    assert with_point.replace(title="  Neue  Brücke ").headline == "Neue Brücke"
    long = Article(id="y", text="Wort " * 60)
    assert len(long.headline) <= 92
    assert long.headline.endswith(" …")
