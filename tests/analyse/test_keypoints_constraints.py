"""The hard constraints on generated key points, one by one, and the stage keeping them."""

from __future__ import annotations

import pytest
from test_keypoints_helpers import ENTITIES, build_article, gotthard

from lagebild.analyse.keypoints import KeyPointStage
from lagebild.analyse.keypoints_constraints import point_problem, violations
from lagebild.model import (
    Article,
    BlockKind,
    Caption,
    EntityType,
    KeyPoint,
    Quote,
    QuoteKind,
    Removed,
    Span,
)

LEAD = "Der Bundesrat hat den Ausbau der Gotthardstrecke wegen hoher Kosten vorerst gestoppt."
BODY = "Die Kommission soll bis Ende Jahr einen Bericht mit neuen Kostenschätzungen vorlegen."
QUOTED = "«Wir brauchen Klarheit, bevor weitere Milliarden ausgegeben werden», sagte Keller."
REPORTED = "Das Projekt werde nun von einer unabhängigen Kommission gründlich überprüft."
QUESTION = "Ist der Ausbau der Gotthardstrecke damit nun endgültig und für immer gescheitert?"
CAPTION = "Ein Güterzug fährt durch den Gotthard-Basistunnel bei Erstfeld im Kanton Uri."


def _article() -> Article:
    article = build_article(
        [
            (BlockKind.TITLE, ["Bundesrat stoppt den Ausbau der Gotthardstrecke"]),
            (BlockKind.LEAD, [LEAD, "Die Kantone reagieren mit Kritik."]),
            (BlockKind.CAPTION, [CAPTION]),
            (BlockKind.BODY, [BODY, QUOTED, REPORTED, QUESTION]),
        ],
        ENTITIES,
    )
    quote_start = article.text.index("Wir brauchen")
    keller = article.text.index("Keller", quote_start)
    quote = Quote(
        Span(
            quote_start,
            quote_start + len("Wir brauchen Klarheit, bevor weitere Milliarden ausgegeben werden"),
        ),
        QuoteKind.DIRECT,
        speaker=1,
        speaker_span=Span(keller, keller + len("Keller")),
    )
    caption_span = next(b.span for b in article.blocks if b.kind is BlockKind.CAPTION)
    return article.replace(
        title="Bundesrat stoppt den Ausbau der Gotthardstrecke",
        quotes=(quote,),
        captions=(Caption(caption_span, "Keystone"),),
        removed=(
            Removed(BlockKind.AD, "Jetzt das Gotthard-Abo zum halben Preis für ein ganzes Jahr lösen", "ad"),
        ),
    )


def _source(article: Article, text: str) -> tuple[Span, ...]:
    start = article.text.index(text)
    return (next(s.span for s in article.sentences if s.span.start == start),)


def _rule(article: Article, text: str, sources: tuple[Span, ...] | None = None) -> str | None:
    found = point_problem(article, text, sources if sources is not None else _source(article, text))
    return None if found is None else found[0]


def test_a_plain_body_sentence_passes() -> None:
    article = _article()
    assert _rule(article, BODY) is None
    assert _rule(article, LEAD) is None


@pytest.mark.parametrize(
    "text",
    [
        "Der Bundesrat stoppt den Ausbau.",
        " ".join(["Die Kantone, die Bahnen und die Gemeinden protestieren."] * 4),
    ],
)
def test_length_is_8_to_25_words(text: str) -> None:
    assert _rule(_article(), text, _source(_article(), BODY)) == "length"


def test_sources_must_be_lead_or_body_sentences() -> None:
    article = _article()
    caption = next(b.span for b in article.blocks if b.kind is BlockKind.CAPTION)
    assert _rule(article, BODY, (caption,)) == "source"
    assert _rule(article, BODY, (Span(0, 5),)) == "source"  # not a sentence at all
    assert _rule(article, BODY, ()) == "source"


def test_no_question_no_caption_no_ad() -> None:
    article = _article()
    assert _rule(article, QUESTION) == "question"
    assert _rule(article, CAPTION, _source(article, BODY)) == "caption"
    assert (
        _rule(
            article,
            "Jetzt das Gotthard-Abo zum halben Preis für ein ganzes Jahr lösen.",
            _source(article, BODY),
        )
        == "caption"
    )
    assert (
        _rule(
            article,
            "Die Kommission soll bis Ende Jahr einen Bericht vorlegen - Keystone",
            _source(article, BODY),
        )
        == "caption"
    )


def test_quote_needs_its_speaker_and_reported_speech_a_cue() -> None:
    article = _article()
    assert _rule(article, QUOTED) is None  # "sagte Keller" is in the bullet
    fragment = "«Wir brauchen Klarheit, bevor weitere Milliarden ausgegeben werden»."
    assert _rule(article, fragment, _source(article, QUOTED)) == "quote"
    assert _rule(article, REPORTED) == "quote"
    assert (
        _rule(
            article,
            "Laut Keller werde das Projekt nun von einer Kommission überprüft.",
            _source(article, REPORTED),
        )
        is None
    )


def test_title_and_whole_teaser_are_not_repeated() -> None:
    article = _article()
    lead_span = _source(article, LEAD)
    assert _rule(article, "Der Bundesrat stoppt nun den Ausbau der Gotthardstrecke.", lead_span) == "repeat"
    # adding facts to the title is what a first bullet does
    assert (
        _rule(article, "Der Bundesrat stoppt den Ausbau der Gotthardstrecke wegen hoher Kosten.", lead_span)
        is None
    )
    single = build_article([(BlockKind.LEAD, [LEAD]), (BlockKind.BODY, [BODY])])
    assert _rule(single, LEAD) == "repeat"


def test_grammar_guard_is_a_constraint() -> None:
    article = _article()
    assert (
        _rule(article, "die Kommission soll bis Ende Jahr einen Bericht vorlegen.", _source(article, BODY))
        == "grammar"
    )


def test_a_bullet_does_not_open_with_an_unresolved_pronoun() -> None:
    article = _article()
    assert (
        _rule(
            article, "Sie soll bis Ende Jahr einen Bericht mit neuen Zahlen vorlegen.", _source(article, BODY)
        )
        == "pronoun"
    )


def test_duplicates_are_found_between_points() -> None:
    article = _article()
    points = [
        KeyPoint(BODY, _source(article, BODY)),
        KeyPoint(
            "Bis Ende Jahr soll die Kommission einen Bericht mit Kostenschätzungen vorlegen.",
            _source(article, BODY),
        ),
    ]
    found = violations(article, points)
    assert [(v.point, v.rule) for v in found] == [(1, "duplicate")]


def test_stage_output_meets_every_constraint() -> None:
    article = KeyPointStage(5)(gotthard())
    assert article.key_points
    assert violations(article, article.key_points) == []


def test_pronoun_resolves_to_a_person_of_matching_gender_only() -> None:
    people = (
        ("Belinda Meier", EntityType.PER, ("Belinda Meier", "Meier")),
        ("Marco Keller", EntityType.PER, ("Marco Keller", "Keller")),
    )
    article = build_article(
        [
            (
                BlockKind.LEAD,
                ["Die Tennisspielerin Belinda Meier hat in Gstaad ihr erstes Turnier auf der Tour gewonnen."],
            ),
            (
                BlockKind.BODY,
                [
                    "Trainer Marco Keller lobte die Einstellung der jungen Spielerin nach dem Final.",
                    "Er will mit ihr nun die Saison auf Hartplatz in Nordamerika vorbereiten.",
                    "Trainer Marco Keller sprach nach dem Spiel von einer unglaublichen Rückkehr.",
                    "Sie kassiert für den Sieg ein Preisgeld von rund 34.000 Dollar und steigt auf Platz 54.",
                ],
            ),
        ],
        people,
    )
    texts = [p.text for p in KeyPointStage(5)(article).key_points]
    # "Sie" after a man is not resolved to him, and an unresolved pronoun is no bullet
    assert not any(t.startswith(("Marco Keller kassiert", "Sie kassiert")) for t in texts)
    assert any(t.startswith("Marco Keller will") for t in texts)
