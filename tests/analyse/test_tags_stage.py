"""Tags: page tags kept, entities and keywords added, no duplicates, scores in [0, 1]."""

from __future__ import annotations

from test_keypoints_helpers import build_article, gotthard

from lagebild.analyse.tags import TagStage, find_tags, tag_key
from lagebild.model import BlockKind, EntityType, Tag, TagKind


def test_page_tags_come_first_and_are_kept() -> None:
    tags = TagStage()(gotthard()).tags
    assert tags[0] == Tag("Gotthard", TagKind.PAGE)


def test_kinds_scores_and_no_duplicates() -> None:
    tags = find_tags(gotthard())
    keys = [tag_key(t.label) for t in tags]
    assert len(keys) == len(set(keys))
    assert all(0.0 <= t.score <= 1.0 for t in tags)
    entities = [t.label for t in tags if t.kind is TagKind.ENTITY]
    keywords = [t.label for t in tags if t.kind is TagKind.KEYWORD]
    assert entities[0] == "Bundesrat"
    assert "Anna Keller" in entities
    assert 1 <= len(entities) <= 5
    assert 1 <= len(keywords) <= 5
    assert "Gotthardstrecke" in keywords
    # function words and common news nouns never become keywords
    assert not {"Prozent", "Montag", "Kanton", "Der"} & set(keywords)


def test_keyword_equal_to_entity_or_page_tag_is_dropped_ss_insensitively() -> None:
    article = build_article(
        [
            (BlockKind.LEAD, ["Die Strasse nach Zermatt bleibt wegen Lawinengefahr gesperrt."]),
            (BlockKind.BODY, ["Die Behörden prüfen täglich die Lawinengefahr auf der Straße."]),
            (BlockKind.BODY, ["Der Bahnhof Zermatt ist mit der Matterhorn Gotthard Bahn erreichbar."]),
        ],
        [("Matterhorn Gotthard Bahn", EntityType.ORG, ("Matterhorn Gotthard Bahn",))],
        tags=(Tag("Strasse", TagKind.PAGE), Tag("Lawinengefahr", TagKind.PAGE)),
    )
    tags = find_tags(article)
    labels = [t.label for t in tags]
    assert labels[:3] == ["Strasse", "Lawinengefahr", "Matterhorn Gotthard Bahn"]
    keys = [tag_key(label) for label in labels]
    assert len(keys) == len(set(keys))
    assert "Straße" not in labels
    assert "Bahn" not in labels
    assert "Bahnhof" in labels


def test_article_without_entities_or_tokens_still_gets_page_tags() -> None:
    article = build_article([(BlockKind.BODY, ["Kurz."])], tags=(Tag("EU", TagKind.PAGE),))
    assert find_tags(article.replace(tokens=())) == (Tag("EU", TagKind.PAGE),)
