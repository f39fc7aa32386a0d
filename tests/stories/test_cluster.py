"""Stories: online clustering in published order, within a time window."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from stories_texts import DAY0, MakeArticle

from lagebild.errors import ConfigError
from lagebild.model import Article, Story
from lagebild.stories import group_stories
from lagebild.stories.cluster import story_id


def _groups(stories: list[Story], articles: list[Article]) -> set[frozenset[str]]:
    names = {a.id: a.source or "" for a in articles}
    return {frozenset(names[i] for i in s.article_ids) for s in stories}


def test_copies_and_own_report_form_one_story_apart_from_other_stories(make: MakeArticle) -> None:
    articles = [
        make("ferry", "Seekurier", 1),
        make("reprint", "Thurgauer Blatt", 2),
        make("own", "Hegau Zeitung", 5),
        make("other", "Chiemgau Post", 3),
        make("council", "Sachsenbote", 4),
    ]
    stories = group_stories(articles)
    assert _groups(stories, articles) == {
        frozenset({"Seekurier", "Thurgauer Blatt", "Hegau Zeitung"}),
        frozenset({"Chiemgau Post"}),
        frozenset({"Sachsenbote"}),
    }
    ferry = next(s for s in stories if len(s.article_ids) == 3)
    assert ferry.outlets == ("Seekurier", "Thurgauer Blatt", "Hegau Zeitung")
    assert ferry.first_seen == DAY0 + timedelta(hours=1)
    assert ferry.last_seen == DAY0 + timedelta(hours=5)
    assert ferry.article_ids[0] == articles[0].id
    assert ferry.id == story_id(articles[0].id)
    assert "Fähre" in ferry.title


def test_own_report_published_first_still_joins_the_story(make: MakeArticle) -> None:
    # the outlet's own report comes before the agency copies: the second pass attaches it
    articles = [
        make("own", "Hegau Zeitung", 0),
        make("ferry", "Seekurier", 3),
        make("reprint", "Thurgauer Blatt", 4),
    ]
    assert len(group_stories(articles)) == 1


def test_time_window_separates_the_same_topic_weeks_apart(make: MakeArticle) -> None:
    early, late = make("ferry", "Seekurier", 0), make("own", "Hegau Zeitung", 24 * 10)
    assert len(group_stories([early, late])) == 2
    assert len(group_stories([early, late], window=timedelta(days=14))) == 1


def test_near_duplicates_join_even_outside_the_window(make: MakeArticle) -> None:
    articles = [make("ferry", "Seekurier", 0), make("reprint", "Wochenblatt", 24 * 9)]
    (story,) = group_stories(articles, window=timedelta(days=1))
    assert story.last_seen == DAY0 + timedelta(days=9)


def test_ids_order_and_titles_do_not_depend_on_input_order(make: MakeArticle) -> None:
    articles = [
        make("ferry", "Seekurier", 1),
        make("reprint", "Thurgauer Blatt", 2),
        make("own", "Hegau Zeitung", 5),
        make("other", "Chiemgau Post", 3),
        make("council", "Sachsenbote", 4),
    ]
    expected = group_stories(articles)
    for seed in range(3):
        shuffled = articles[:]
        random.Random(seed).shuffle(shuffled)
        assert group_stories(shuffled) == expected
    assert [s.first_seen for s in expected] == sorted(s.first_seen for s in expected)  # type: ignore[type-var]


def test_undated_articles_and_missing_titles_are_handled(analysed: dict[str, Article]) -> None:
    article = analysed["council"].replace(title=None, published=None, source=None)
    (story,) = group_stories([article])
    assert story.first_seen is None
    assert story.outlets == ()
    assert story.title  # a key point or the lead stands in for the missing title


def test_window_must_be_positive(make: MakeArticle) -> None:
    with pytest.raises(ConfigError, match="window"):
        group_stories([make("ferry", "A")], window=timedelta(0))


def test_no_articles_no_stories() -> None:
    assert group_stories([]) == []
