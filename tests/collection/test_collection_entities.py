"""Entities across the collection, stories and facets through the Engine."""

from __future__ import annotations

from lagebild.engine import Engine


def test_entities_are_canonical_across_articles(examples_engine: Engine) -> None:
    (buergi,) = examples_engine.entities(name="Noah Bürgi")
    assert buergi.name == "Noah Bürgi"
    assert "Bürgi" in buergi.aliases
    assert len(buergi.article_ids) == 4
    assert buergi.mention_count >= 8
    assert buergi.by_day
    assert buergi.quotes
    names = [e.name for e in examples_engine.entities()]
    assert len(names) == len(set(names))


def test_entities_of_a_period(examples_engine: Engine) -> None:
    late = examples_engine.entities(since="2026-11-26")
    assert any(e.name == "Noah Bürgi" for e in late)
    assert not any(e.name == "Holger Brückner" for e in late)  # the rail strike was earlier


def test_stories_of_the_examples(examples_engine: Engine) -> None:
    stories = examples_engine.stories()
    assert len(stories) == 8
    assert sum(len(s.article_ids) for s in stories) >= 29


def test_facets_through_the_engine(examples_engine: Engine) -> None:
    facets = examples_engine.facets("Lawine")
    assert facets.source
    assert facets.day
    assert facets.entity
    assert sum(f.count for f in facets.source) <= examples_engine.search("Lawine").total


def test_an_entitys_quotes_keep_their_medium(examples_engine: Engine) -> None:
    from lagebild.collection.format import format_entity

    (kellner,) = examples_engine.entities(name="Tobias Kellner")
    assert any(q.via == "Keystone-SDA" for q in kellner.quotes)
    assert "via Keystone-SDA]" in format_entity(kellner)
