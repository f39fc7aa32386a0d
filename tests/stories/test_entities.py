"""Collection entities: one entry per person or organisation across articles."""

from __future__ import annotations

from datetime import datetime

from lagebild.model import Article, Entity, EntityType, Mention, Quote, QuoteKind, Span
from lagebild.stories import canonical_entities
from lagebild.stories.entities import entity_key, strip_roles


def _article(article_id: str, text: str, names: list[tuple[str, EntityType]], day: int = 1) -> Article:
    """A hand-built article whose entities are the given names, each mentioned where it first occurs."""
    entities, mentions = [], []
    for index, (name, kind) in enumerate(names):
        entities.append(Entity(name, kind))
        start = text.index(name)
        mentions.append(Mention(Span(start, start + len(name)), kind, index))
    return Article(
        id=article_id,
        text=text,
        entities=tuple(entities),
        mentions=tuple(mentions),
        published=datetime(2026, 3, day, 9),
    )


def test_surname_full_name_and_role_form_merge_into_one_person() -> None:
    a = _article("a", "Antony Blinken reiste nach Vilnius.", [("Antony Blinken", EntityType.PER)])
    b = _article("b", "Blinken sprach von Solidarität.", [("Blinken", EntityType.PER)], day=2)
    c = _article(
        "c",
        "US-Aussenminister Blinken traf Landsbergis.",
        [("US-Aussenminister Blinken", EntityType.PER)],
        day=2,
    )
    (blinken,) = [e for e in canonical_entities([a, b, c]) if e.type is EntityType.PER]
    assert blinken.name == "Antony Blinken"
    assert blinken.article_ids == ("a", "b", "c")
    assert blinken.mention_count == 3
    assert "Blinken" in blinken.aliases
    assert "US-Aussenminister Blinken" in blinken.aliases
    assert blinken.by_day == (("2026-03-01", 1), ("2026-03-02", 2))


def test_acronym_joins_the_organisation_it_spells() -> None:
    a = _article(
        "a",
        "Die Gewerkschaft Deutscher Lokomotivführer streikt.",
        [("Gewerkschaft Deutscher Lokomotivführer", EntityType.ORG)],
    )
    b = _article("b", "Die GDL fordert mehr Lohn.", [("GDL", EntityType.ORG)])
    (gdl,) = canonical_entities([a, b])
    assert gdl.name == "Gewerkschaft Deutscher Lokomotivführer"
    assert gdl.aliases == ("GDL",)


def test_a_surname_shared_by_two_people_is_not_guessed() -> None:
    a = _article(
        "a",
        "Anna Keller und Paul Keller kandidieren.",
        [("Anna Keller", EntityType.PER), ("Paul Keller", EntityType.PER)],
    )
    b = _article("b", "Keller gewann.", [("Keller", EntityType.PER)])
    names = sorted(e.name for e in canonical_entities([a, b]))
    assert names == ["Anna Keller", "Keller", "Paul Keller"]


def test_spelling_variants_fold_together_and_quotes_follow_the_speaker() -> None:
    text = "«Wir bleiben standhaft», sagte Gitanas Nausėda."
    quote = Quote(Span(1, text.index("»")), QuoteKind.DIRECT, speaker=0)
    a = _article("a", text, [("Gitanas Nausėda", EntityType.PER)]).replace(quotes=(quote,))
    b = _article("b", "Gitanas Nauseda warnte vor Russland.", [("Gitanas Nauseda", EntityType.PER)])
    (person,) = canonical_entities([a, b])
    assert person.article_ids == ("a", "b")
    assert [(q.speaker, q.text, q.article_id) for q in person.quotes] == [
        (person.name, "Wir bleiben standhaft", "a")
    ]


def test_most_reported_entities_come_first() -> None:
    a = _article("a", "Die Nato und Polen beraten.", [("Nato", EntityType.ORG), ("Polen", EntityType.LOC)])
    b = _article("b", "Die Nato tagt.", [("Nato", EntityType.ORG)])
    assert [e.name for e in canonical_entities([a, b])] == ["Nato", "Polen"]


def test_role_words_are_stripped_but_a_lone_role_stays() -> None:
    assert strip_roles("Bahnsprecherin Katrin Sommerfeld") == "Katrin Sommerfeld"
    assert strip_roles("Frau Dr. Meier") == "Meier"
    assert strip_roles("Bundeskanzler") == "Bundeskanzler"
    assert entity_key("Straße") == entity_key("Strasse")
    assert entity_key("Müller") != entity_key("Muller")
