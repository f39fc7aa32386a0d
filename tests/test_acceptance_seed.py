"""Acceptance: the real Swiss seed article, end to end through the CLI and the engine."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lagebild import Article, BlockKind, Engine, EntityType, QuoteKind, TagKind, from_dict
from lagebild.cli import main


@pytest.fixture(scope="module")
def seed(seed_path: Path) -> Article:
    result = CliRunner().invoke(main, ["analyze", str(seed_path), "--json"])
    assert result.exit_code == 0, result.output
    return from_dict(Article, json.loads(result.stdout))


def _entity(article: Article, name: str) -> int:
    names = [e.name for e in article.entities]
    assert name in names, f"{name!r} not among {names}"
    return names.index(name)


def test_box_with_three_bullets(seed: Article) -> None:
    bullets = [p.text for p in seed.page_key_points]
    assert bullets == [
        "Die USA wollen weitere Truppen nach Litauen schicken.",
        "Dort sollen sie die Sicherheit Europas gewährleisten und die Ukraine unterstützen.",
        "Der litauische Staatspräsident zeigt sich wegen der akuten Kriegssituation besorgt.",
    ]
    assert seed.key_points_label == "Das Wichtigste in Kürze"


def test_generated_key_points_are_not_the_box_or_captions(seed: Article) -> None:
    assert len(seed.key_points) == 3
    caption_spans = [c.span for c in seed.captions]
    box_spans = [b.span for b in seed.blocks_of(BlockKind.KEY_POINT)]
    for point in seed.key_points:
        for source in point.sources:
            assert not any(span.overlaps(source) for span in caption_spans + box_spans)


def test_page_tags(seed: Article) -> None:
    page_tags = [t.label for t in seed.tags if t.kind is TagKind.PAGE]
    assert page_tags == ["Aleppo", "EU", "NATO"]


def test_no_boilerplate_in_text(seed: Article) -> None:
    lines = [line.strip() for line in seed.text.splitlines()]
    assert "Ad" not in lines
    assert "Mehr zum Thema:" not in lines
    assert "AleppoEUNATO" not in seed.text
    assert "Das Wichtigste in Kürze" not in seed.text
    caption = "Die USA wollen Truppen aus North Carolina nach Europa verlegen"
    assert seed.text.count(caption) == 1
    assert " - AFP" not in seed.text


def test_caption_with_credit(seed: Article) -> None:
    assert len(seed.captions) == 1
    caption = seed.captions[0]
    assert seed.span_text(caption.span) == "Die USA wollen Truppen aus North Carolina nach Europa verlegen"
    assert caption.credit == "AFP"


def test_lead_is_the_first_line(seed: Article) -> None:
    assert seed.lead is not None
    assert seed.lead.startswith("Nachdem Litauen verlangt hat")


def test_people_with_roles(seed: Article) -> None:
    roles = {
        "Antony Blinken": "Aussenminister",
        "Gabrielius Landsbergis": None,
        "Gintanas Nauseda": "Staatspräsident",
    }
    for name, role in roles.items():
        entity = seed.entities[_entity(seed, name)]
        assert entity.type is EntityType.PER
        if role:
            assert any(role in r for r in entity.roles), (name, entity.roles)
    # Landsbergis is introduced as Blinken's "Amtskollege": a role, not a second person
    assert sum(1 for e in seed.entities if "Landsbergis" in e.name) == 1


def test_places_and_organisations(seed: Article) -> None:
    for name in ("Litauen", "Vilnius", "Rukla"):
        assert seed.entities[_entity(seed, name)].type is EntityType.LOC
    assert seed.entities[_entity(seed, "Bundeswehr")].type is EntityType.ORG


def test_quotes_with_speakers(seed: Article) -> None:
    nauseda = _entity(seed, "Gintanas Nauseda")
    landsbergis = _entity(seed, "Gabrielius Landsbergis")
    by_text = {seed.span_text(q.span): q for q in seed.quotes}
    sorge = next(q for t, q in by_text.items() if t.startswith("Die sich verschlechternde Sicherheitslage"))
    assert sorge.speaker == nauseda
    assert sorge.kind is QuoteKind.DIRECT
    two = [q for t, q in by_text.items() if t.startswith("Wir können nicht zulassen")]
    assert len(two) == 1, "the two-sentence quote must be one quote"
    assert seed.span_text(two[0].span).endswith("Die Hilfe für die Ukraine muss fortgesetzt werden")
    assert two[0].speaker == landsbergis


def test_engine_api_gives_the_same_article(seed: Article, seed_path: Path) -> None:
    article = Engine().analyse_path(seed_path)
    assert article.text == seed.text
    assert article.id == seed.id
