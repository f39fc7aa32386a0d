"""The Lagebild briefing: ranking, merged key points, actors, quotes, links."""

from __future__ import annotations

from datetime import timedelta

import pytest
from stories_texts import DAY0, MakeArticle

from lagebild.errors import ConfigError
from lagebild.model import Article, KeyPoint, KeyPointOrigin, Span, Story
from lagebild.stories import group_stories
from lagebild.stories.brief import build_brief, score
from lagebild.stories.points import _lemmas as lemmas
from lagebild.stories.points import merge_key_points, same_point


def _collection(make: MakeArticle) -> list[Article]:
    return [
        make("ferry", "Seekurier", 1),
        make("reprint", "Thurgauer Blatt", 2),
        make("own", "Hegau Zeitung", 3),
        make("other", "Chiemgau Post", 2),
        make("council", "Sachsenbote", 3),
    ]


def test_story_with_more_outlets_ranks_first(make: MakeArticle) -> None:
    articles = _collection(make)
    brief = build_brief(group_stories(articles), {a.id: a for a in articles})
    assert [len(item.outlets) for item in brief.items] == [3, 1, 1]
    top = brief.items[0]
    assert top.outlets == ("Seekurier", "Thurgauer Blatt", "Hegau Zeitung")
    assert len(top.urls) == 3
    assert all(u.startswith("https://") for u in top.urls)
    assert brief.since == DAY0 + timedelta(hours=1)
    assert brief.until == DAY0 + timedelta(hours=3)


def test_key_points_are_merged_without_repeats(make: MakeArticle) -> None:
    articles = _collection(make)
    top = build_brief(group_stories(articles), {a.id: a for a in articles}).items[0]
    assert 2 <= len(top.key_points) <= 5
    sets = [lemmas(p.text) for p in top.key_points]
    for i, a in enumerate(sets):
        for b in sets[i + 1 :]:
            assert not same_point(a, b)


def test_quotes_have_speakers_and_prefer_distinct_ones(make: MakeArticle) -> None:
    articles = _collection(make)
    top = build_brief(group_stories(articles), {a.id: a for a in articles}).items[0]
    assert 2 <= len(top.quotes) <= 3
    assert all(q.speaker and q.text and q.article_id in top.article_ids for q in top.quotes)
    assert len({q.speaker for q in top.quotes}) == len(top.quotes)
    assert {"Martin Haberer", "Sabine Wöhrle"} <= set(top.actors) | {q.speaker for q in top.quotes}


def test_recency_beats_equal_coverage_and_top_limits(make: MakeArticle) -> None:
    old = make("other", "Chiemgau Post", 0)
    new = make("council", "Sachsenbote", 30)
    stories = group_stories([old, new])
    brief = build_brief(stories, {a.id: a for a in (old, new)}, top=1)
    assert [item.story.article_ids for item in brief.items] == [(new.id,)]
    later = build_brief(stories, {a.id: a for a in (old, new)}, now=DAY0 + timedelta(days=5))
    assert later.until == DAY0 + timedelta(days=5)
    assert all(item.score < 1.25 for item in later.items)


def test_score_counts_outlets_over_articles() -> None:
    many_outlets = Story("a", ("1", "2", "3"), "t", outlets=("A", "B", "C"), last_seen=DAY0)
    one_outlet = Story("b", ("4", "5", "6", "7"), "t", outlets=("A",), last_seen=DAY0)
    assert score(many_outlets, DAY0) > score(one_outlet, DAY0)
    assert score(many_outlets, DAY0 + timedelta(hours=24)) == pytest.approx(
        score(many_outlets, DAY0) / 2, abs=1e-3
    )


def test_page_box_wording_wins_and_equal_points_appear_once() -> None:
    text = "Die Fähre verlor bei Sturm ihren Antrieb. 140 Passagiere wurden gerettet."
    generated = KeyPoint("Bei Sturm verlor die Fähre ihren Antrieb.", (Span(0, 41),))
    page = KeyPoint("Die Fähre verlor bei Sturm ihren Antrieb.", (Span(0, 41),), KeyPointOrigin.PAGE)
    rescue = KeyPoint("140 Passagiere wurden gerettet.", (Span(42, len(text)),))
    a = Article(id="a", text=text, key_points=(generated, rescue))
    b = Article(id="b", text=text, key_points=(page,))
    merged = merge_key_points([a, b])
    assert [p.text for p in merged] == [page.text, rescue.text]


def test_empty_input_and_bad_top() -> None:
    brief = build_brief([], {})
    assert brief.items == ()
    assert brief.since is None
    assert brief.until is None
    with pytest.raises(ConfigError, match="top"):
        build_brief([], {}, top=0)


def test_a_quotes_medium_travels_into_the_lagebild() -> None:
    from lagebild.model import Entity, EntityType, Quote, QuoteKind
    from lagebild.render_brief import (
        BriefEntry,
        BriefPage,
        BriefSaying,
        render_brief_html,
        render_brief_markdown,
    )
    from lagebild.stories.quotes import article_quotes

    text = "«Die Lage ist ernst», zitiert die NZZ Polizeisprecher Kurt Meier."
    article = Article(
        id="a",
        text=text,
        entities=(Entity("Kurt Meier", EntityType.PER), Entity("Neue Zürcher Zeitung", EntityType.ORG)),
        quotes=(Quote(Span(1, 19), QuoteKind.DIRECT, speaker=0, source=1),),
    )
    (found,) = article_quotes(article)
    assert (found.quote.speaker, found.quote.via) == ("Kurt Meier", "Neue Zürcher Zeitung")
    saying = BriefSaying(found.quote.speaker, found.quote.text, "a", found.quote.via)
    entry = BriefEntry(1, "Lage", 1.0, (), (), (saying,), (), ())
    page = BriefPage(None, None, 1, (entry,))
    assert "— Kurt Meier (via Neue Zürcher Zeitung)" in render_brief_markdown(page)
    assert "— Kurt Meier (via Neue Zürcher Zeitung)</cite>" in render_brief_html(page)
