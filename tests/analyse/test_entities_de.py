"""Entities on German news: the seed article (when ../shared is there) and our own fixtures."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from lagebild.analyse.entities import EntityStage
from lagebild.language.de.stages import SentenceStage, TokenStage
from lagebild.model import Article, Block, BlockKind, EntityType, Span

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_f6fe3d9bbf771269.txt"


def build(*blocks: tuple[BlockKind, str] | str) -> Article:
    """An article with one block per paragraph, run through the real language stages."""
    parts: list[str] = []
    spans: list[Block] = []
    position = 0
    for block in blocks:
        kind, text = (BlockKind.BODY, block) if isinstance(block, str) else block
        spans.append(Block(kind, Span(position, position + len(text))))
        parts.append(text)
        position += len(text) + 2
    text = "\n\n".join(parts)
    article = Article(id=hashlib.sha256(text.encode()).hexdigest(), text=text, blocks=tuple(spans))
    return TokenStage()(SentenceStage()(article))


def seed_blocks() -> list[tuple[BlockKind, str]]:
    """The seed page as blocks, boilerplate left out the way the extractor does."""
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").split("\n")]
    blocks = [(BlockKind.LEAD, lines[0]), (BlockKind.TITLE, lines[1])]
    for line in lines[3:]:
        if not line or line in {"Ad", "Das Wichtigste in Kürze", "Mehr zum Thema:", "AleppoEUNATO"}:
            continue
        if line.startswith("•"):
            blocks.append((BlockKind.KEY_POINT, line.lstrip("• ")))
        elif line.endswith((".", "»", ":")):
            blocks.append((BlockKind.BODY, line))
        else:
            blocks.append((BlockKind.HEADING, line))
    return blocks


def entities(article: Article) -> dict[str, tuple[EntityType, tuple[str, ...]]]:
    return {e.name: (e.type, e.roles) for e in article.entities}


def mentioned(article: Article) -> list[str]:
    return [article.span_text(m.span) for m in article.mentions]


# Our own fixture, written for lagebild in the style of the seed (Swiss spelling, «» quotes).
VISIT = [
    (BlockKind.TITLE, "Österreichs Kanzlerin besucht Bern"),
    (
        BlockKind.BODY,
        "Bundeskanzlerin Karoline Hofstätter ist am Dienstag in Bern von Bundesrätin Regula Imboden "
        "empfangen worden. Die beiden Politikerinnen sprachen über die Zusammenarbeit im Alpenraum.",
    ),
    (
        BlockKind.BODY,
        "Hofstätters Besuch ist der erste seit drei Jahren. Alle Beteiligten lobten die Gespräche. "
        "Die Kantonspolizei Bern sperrte die Altstadt grossräumig ab.",
    ),
    (
        BlockKind.BODY,
        "Ein Teil der Delegation reiste anschliessend nach Zürich weiter, wo die ETH Zürich und die "
        "Rhätische Logistik AG neue Projekte vorstellten. Der Vertrag mit der EU und der Nato-Partnerschaft "
        "war kein Thema, sagte Imboden.",
    ),
]


def test_fixture_people_have_full_names_and_roles() -> None:
    article = EntityStage()(build(*VISIT))
    found = entities(article)
    assert found["Karoline Hofstätter"] == (EntityType.PER, ("Bundeskanzlerin",))
    assert found["Regula Imboden"] == (EntityType.PER, ("Bundesrätin",))


def test_fixture_surnames_and_genitives_link_to_the_full_name() -> None:
    article = EntityStage()(build(*VISIT))
    names = [e.name for e in article.entities]
    hofstaetter = names.index("Karoline Hofstätter")
    imboden = names.index("Regula Imboden")
    assert [article.span_text(m.span) for m in article.mentions_of(hofstaetter)] == [
        "Karoline Hofstätter",
        "Hofstätters",
    ]
    assert "Imboden" in [article.span_text(m.span) for m in article.mentions_of(imboden)]
    assert "Hofstätters" not in names
    assert "Imboden" not in names


def test_fixture_places_and_organisations() -> None:
    found = entities(EntityStage()(build(*VISIT)))
    assert found["Österreich"][0] is EntityType.LOC  # from the genitive "Österreichs"
    assert found["Bern"][0] is EntityType.LOC
    assert found["Zürich"][0] is EntityType.LOC
    assert found["Kantonspolizei Bern"][0] is EntityType.ORG
    assert found["ETH"][0] is EntityType.ORG
    assert found["Rhätische Logistik AG"][0] is EntityType.ORG
    assert found["Europäische Union"][0] is EntityType.ORG  # the full name for "EU"
    assert found["Nato"][0] is EntityType.ORG  # the known part of "Nato-Partnerschaft"


def test_fixture_sentence_initial_words_are_not_names() -> None:
    article = EntityStage()(build(*VISIT))
    words = set(mentioned(article))
    for word in ("Die", "Ein", "Teil", "Alle", "Beteiligten", "Der", "Vertrag"):
        assert word not in words
    assert all(e.type is not EntityType.PER or " " in e.name for e in article.entities)


def test_hyphen_prefix_mention_covers_only_the_known_part() -> None:
    article = EntityStage()(build("Das EU- und Nato-Land schickt US-Truppen an die Nato-Ostflanke."))
    assert mentioned(article) == ["EU", "Nato", "US", "Nato"]
    assert entities(article)["USA"][0] is EntityType.LOC


def test_role_with_adjective_and_honorific() -> None:
    article = EntityStage()(
        build("Der litauische Staatspräsident Gintanas Nauseda traf Frau Meier. Nauseda lachte.")
    )
    found = entities(article)
    assert found["Gintanas Nauseda"] == (EntityType.PER, ("Staatspräsident",))
    assert found["Meier"] == (EntityType.PER, ())  # an honorific is not a role
    assert len(article.mentions_of([e.name for e in article.entities].index("Gintanas Nauseda"))) == 2


def test_ambiguous_place_needs_a_preposition() -> None:
    article = EntityStage()(build("Essen ist fertig. Er wohnt in Essen und fährt Zug im Kanton Zug."))
    assert mentioned(article) == ["Essen", "Zug"]
    assert next(m.span.start for m in article.mentions) > 20


def test_speech_verb_before_an_unknown_surname() -> None:
    article = EntityStage()(build("«Das geht nicht», sagte Wyssbrod. Experten warnen Politiker."))
    assert entities(article) == {"Wyssbrod": (EntityType.PER, ())}


def test_no_entities_in_an_article_without_names() -> None:
    article = EntityStage()(build("Die Preise steigen. Viele Menschen sparen deshalb beim Einkaufen."))
    assert article.entities == ()
    assert article.mentions == ()


def test_mentions_point_at_their_entity_with_its_type() -> None:
    article = EntityStage()(build(*VISIT))
    for mention in article.mentions:
        assert mention.type is article.entities[mention.entity].type
        assert article.span_text(mention.span).strip() == article.span_text(mention.span)


@pytest.mark.shared
@pytest.mark.skipif(not SEED.exists(), reason="needs ../shared/seed (the seed article) beside the repo")
def test_seed_entities() -> None:
    article = EntityStage()(build(*seed_blocks()))
    found = entities(article)
    assert found["Antony Blinken"] == (EntityType.PER, ("US-Aussenminister",))
    assert found["Gintanas Nauseda"] == (EntityType.PER, ("Staatspräsident",))
    assert found["Gabrielius Landsbergis"][0] is EntityType.PER
    for place in ("Litauen", "Vilnius", "Rukla", "Russland", "Ukraine"):
        assert found[place][0] is EntityType.LOC
    assert found["Bundeswehr"][0] is EntityType.ORG
    people = [e.name for e in article.entities if e.type is EntityType.PER]
    assert sorted(people) == ["Antony Blinken", "Gabrielius Landsbergis", "Gintanas Nauseda"]
    landsbergis = [e.name for e in article.entities].index("Gabrielius Landsbergis")
    assert len(article.mentions_of(landsbergis)) == 3
