"""Entities named by more than one form in an article: generic and qualified institutions,
abbreviations in brackets, short forms, surnames the model took for places; base forms."""

from __future__ import annotations

import hashlib

import pytest

from lagebild.analyse.entities import EntityStage, link_entities
from lagebild.analyse.entities_aliases import names_institution
from lagebild.analyse.entities_forms import gender, name_base, national_adjective
from lagebild.analyse.entities_lexicon import lexicon
from lagebild.analyse.entities_rules import CRF, FIRST_NAME, Candidate
from lagebild.analyse.entities_words import words_of
from lagebild.language.de.stages import SentenceStage, TokenStage
from lagebild.model import Article, Block, BlockKind, EntityType, Span


def analyse(*paragraphs: str) -> Article:
    parts, blocks, position = [], [], 0
    for text in paragraphs:
        blocks.append(Block(BlockKind.BODY, Span(position, position + len(text))))
        parts.append(text)
        position += len(text) + 2
    text = "\n\n".join(parts)
    article = Article(id=hashlib.sha256(text.encode()).hexdigest(), text=text, blocks=tuple(blocks))
    return EntityStage()(TokenStage()(SentenceStage()(article)))


def names(article: Article) -> dict[str, EntityType]:
    return {e.name: e.type for e in article.entities}


def mentions_of(article: Article, name: str) -> list[str]:
    index = [e.name for e in article.entities].index(name)
    return [article.span_text(m.span) for m in article.mentions_of(index)]


def test_generic_institution_alone_is_no_entity() -> None:
    article = analyse("Die Polizei sperrte die Strasse. Die Staatsanwaltschaft ermittelt, der Landtag tagt.")
    assert article.entities == ()
    assert article.mentions == ()


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Der Tiroler Landtag tritt im Januar zusammen.", "Tiroler Landtag"),
        ("Die Schweizer Armee baut Dämme.", "Schweizer Armee"),
        ("Das russische Aussenministerium sprach von einer Provokation.", "Russisches Aussenministerium"),
        ("Die Staatsanwaltschaft des Kantons Wallis ermittelt.", "Staatsanwaltschaft des Kantons Wallis"),
        ("Die Ermittlungen hat das Landeskriminalamt Hamburg übernommen.", "Landeskriminalamt Hamburg"),
    ],
)
def test_qualified_institution_is_one_named_organisation(sentence: str, name: str) -> None:
    assert names(analyse(sentence)).get(name) is EntityType.ORG


def test_generic_institution_stands_for_the_named_one_of_the_article() -> None:
    article = analyse(
        "Das Landeskriminalamt ermittelt wegen Erpressung.",
        "Die Ermittlungen hat das Landeskriminalamt Hamburg übernommen.",
    )
    assert [e.name for e in article.entities if e.type is EntityType.ORG] == ["Landeskriminalamt Hamburg"]
    assert mentions_of(article, "Landeskriminalamt Hamburg") == [
        "Landeskriminalamt",
        "Landeskriminalamt Hamburg",
    ]


def test_institution_names() -> None:
    assert names_institution("Kantonspolizei Wallis", "Polizei")
    assert names_institution("Landeskriminalamt Hamburg", "Landeskriminalamt")
    assert not names_institution("Polizeigewerkschaft Nord", "Polizei")
    assert not names_institution("Polizei", "Polizei")


def test_abbreviation_in_brackets_is_the_same_organisation() -> None:
    article = analyse("Die Rhätische Logistik AG (RLAG) meldet einen Cyberangriff. Die RLAG will nun sparen.")
    assert "RLAG" not in names(article)
    assert mentions_of(article, "Rhätische Logistik AG") == ["Rhätische Logistik AG", "RLAG", "RLAG"]


def test_abbreviation_must_fit_the_name() -> None:
    # "(VBS)" does not abbreviate "Rhätische Logistik AG": no alias, no link
    article = analyse("Die Rhätische Logistik AG (VBS) meldet einen Cyberangriff.")
    assert mentions_of(article, "Rhätische Logistik AG") == ["Rhätische Logistik AG"]


def test_short_form_of_a_club() -> None:
    article = analyse("Der VfB Stuttgart verpflichtet Noah Bürgi. Der VfB liegt auf Platz zwölf.")
    assert "VfB" not in names(article)
    assert mentions_of(article, "VfB Stuttgart") == ["VfB Stuttgart", "VfB"]


def test_surname_the_model_took_for_a_place_is_the_person() -> None:
    article = analyse("Umweltminister Stefan Hollerbach reiste an. Später sagte Hollerbach wenig.")
    words = words_of(article)
    first = next(i for i, w in enumerate(words) if w.text == "Stefan")
    last = next(i for i, w in enumerate(words) if w.text == "Hollerbach" and i > first + 1)
    person = Candidate(
        first,
        first + 2,
        words[first].start,
        words[first + 1].end,
        EntityType.PER,
        "Stefan Hollerbach",
        FIRST_NAME,
    )
    place = Candidate(last, last + 1, words[last].start, words[last].end, EntityType.LOC, "Hollerbach", CRF)
    entities, mentions = link_entities(words, [person, place], article.text)
    assert [(e.name, e.type) for e in entities] == [("Stefan Hollerbach", EntityType.PER)]
    assert [m.type for m in mentions] == [EntityType.PER, EntityType.PER]


def test_role_in_the_dative_is_kept_in_its_base_form() -> None:
    article = analyse("Blinken traf in Vilnius seinen Amtskollegen Gabrielius Landsbergis.")
    found = {e.name: e.roles for e in article.entities}
    assert found["Gabrielius Landsbergis"] == ("Amtskollege",)
    assert lexicon().role_base("Amtskollegen") == "Amtskollege"
    assert lexicon().role_base("Aussenminister") == "Aussenminister"
    assert lexicon().role_base("Strasse") is None


def test_swiss_canton_code_is_not_part_of_the_place() -> None:
    article = analyse("Soldaten errichten in Alpnach OW eine mobile Sperre.")
    assert names(article) == {"Alpnach": EntityType.LOC}
    assert [article.span_text(m.span) for m in article.mentions] == ["Alpnach"]


def test_club_name_ends_before_richtung() -> None:
    article = analyse("Noah Bürgi verlässt den FC Basel Richtung Stuttgart.")
    assert names(article).get("FC Basel") is EntityType.ORG
    assert "FC Basel Richtung Stuttgart" not in names(article)


def test_place_adjective_makes_a_range_of_its_own() -> None:
    article = analyse("Das SLF warnte für die Walliser Alpen vor erheblicher Lawinengefahr.")
    assert names(article).get("Walliser Alpen") is EntityType.LOC
    assert "Alpen" not in names(article)


def test_particle_follows_a_first_name_only() -> None:
    article = analyse("Im November 1992 wechselte Eric Cantona zu United nach Manchester.")
    assert "Eric Cantona" in names(article)


@pytest.mark.parametrize(
    ("words", "base"),
    [
        (["Deutschen", "Bucht"], ["Deutsche", "Bucht"]),
        (["Hanseatischen", "Terminal", "AG"], ["Hanseatische", "Terminal", "AG"]),
        (["Technischen", "Universität", "Hamburg"], ["Technische", "Universität", "Hamburg"]),
        (["Europäischen", "Parlament"], ["Europäisches", "Parlament"]),
        (["Bremen", "Hafen"], ["Bremen", "Hafen"]),  # a place, not an adjective
        (["Deutscher", "Lokomotivführer"], ["Deutscher", "Lokomotivführer"]),  # gender unknown
    ],
)
def test_name_base_forms(words: list[str], base: list[str]) -> None:
    assert name_base(words) == base


def test_genders_and_country_adjectives() -> None:
    assert [gender(w) for w in ("Bucht", "Ministerium", "Landtag", "Wyssbrod")] == ["f", "n", "m", None]
    assert national_adjective("russische", "Aussenministerium") == "Russisches"
    assert national_adjective("deutschen", "Polizei") == "Deutsche"
    assert national_adjective("zuständige", "Polizei") is None
