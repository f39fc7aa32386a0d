"""The main event: every slot comes from a real, relevant sentence."""

from __future__ import annotations

import pytest
from test_keypoints_helpers import LEAD, build_article, gotthard

from lagebild.analyse.event import EventStage, find_event
from lagebild.analyse.event_why import find_cause
from lagebild.model import BlockKind, EntityType, Event, EventSlot


def _slots(event: Event) -> dict[str, EventSlot]:
    names = ("who", "what", "when", "where", "why", "how")
    return {n: s for n in names if (s := getattr(event, n)) is not None}


def test_gotthard_event() -> None:
    article = EventStage()(gotthard())
    event = article.event
    assert event is not None
    assert event.who is not None
    assert event.who.value == "Bundesrat"
    assert event.what is not None
    assert (
        event.what.text
        == "Der Bundesrat hat am Montag den geplanten Ausbau der Gotthardstrecke vorerst gestoppt"
    )
    assert event.when is not None
    assert (event.when.text, event.when.value) == ("am Montag", "2024-03-11")
    assert event.why is not None
    assert event.why.text == "weil die Kosten um 40 Prozent gestiegen sind"
    assert event.where is not None
    assert event.where.text == "Bern"
    assert event.how is None


def test_every_slot_points_into_a_real_sentence_and_its_own_words() -> None:
    article = gotthard()
    event = find_event(article)
    assert event is not None
    sentence_spans = {s.span for s in article.sentences}
    for name, slot in _slots(event).items():
        assert slot.evidence in sentence_spans, name
        assert slot.span is not None, name
        assert slot.evidence.contains(slot.span), name
        assert slot.span.of(article.text) == slot.text, name


def test_evidence_comes_from_main_sentences_or_shares_an_entity_with_what() -> None:
    article = gotthard()
    event = find_event(article)
    assert event is not None
    assert event.what is not None
    main = {s.span for s in article.sentences if article.blocks[s.block].kind is BlockKind.LEAD}
    body = [s.span for s in article.sentences if article.blocks[s.block].kind is BlockKind.BODY]
    main |= set(body[:3])
    what_entities = {m.entity for m in article.mentions if event.what.evidence.contains(m.span)}
    for name, slot in _slots(event).items():
        related = any(m.entity in what_entities for m in article.mentions if slot.evidence.contains(m.span))
        assert slot.evidence in main or related, name


def test_unrelated_late_date_is_not_used() -> None:
    article = build_article(
        [
            (BlockKind.LEAD, ["Der Bundesrat hat den Ausbau der Gotthardstrecke vorerst gestoppt."]),
            (BlockKind.BODY, ["Die Kosten waren zuletzt stark gestiegen."]),
            (BlockKind.BODY, ["Eine Kommission soll nun einen Bericht schreiben."]),
            (BlockKind.BODY, ["Die Bahn prüft die Lage."]),
            (BlockKind.BODY, ["Im Tessin eröffnete am Freitag ein neues Museum seine Türen."]),
        ],
        [("Bundesrat", EntityType.ORG, ("Bundesrat",)), ("Tessin", EntityType.LOC, ("Tessin",))],
    )
    event = find_event(article)
    assert event is not None
    assert event.when is None
    assert event.where is None


def test_leading_subordinate_clause_is_dropped_from_what() -> None:
    lead = (
        "Nachdem Litauen verlangt hat, dass die USA «alle verfügbaren Mittel» einsetzen, "
        "wollen diese nun mehr Truppen ins Baltikum schicken."
    )
    article = build_article(
        [(BlockKind.LEAD, [lead])],
        [("Litauen", EntityType.LOC, ("Litauen",)), ("Baltikum", EntityType.LOC, ("Baltikum",))],
    )
    event = find_event(article)
    assert event is not None
    assert event.what is not None
    assert event.what.text == "wollen diese nun mehr Truppen ins Baltikum schicken"
    assert event.where is not None
    assert event.where.text == "Baltikum"
    assert event.who is None  # no person or organisation: better empty than a place


def test_without_published_when_has_no_value() -> None:
    event = find_event(gotthard(published=None))
    assert event is not None
    assert event.when is not None
    assert event.when.text == "am Montag"
    assert event.when.value is None


def test_article_without_statement_has_no_event() -> None:
    article = build_article([(BlockKind.TITLE, ["Bundesrat stoppt Ausbau"]), (BlockKind.BODY, ["Warum?"])])
    assert find_event(article) is None


@pytest.mark.parametrize(
    ("sentence", "cause"),
    [
        (
            "Der Präsident zeigt sich wegen der akuten Kriegssituation besorgt.",
            "wegen der akuten Kriegssituation",
        ),
        (
            "Die USA verlegten nach dem russischen Angriff auf die Ukraine Truppen.",
            "nach dem russischen Angriff",
        ),
        ("Die Schulen bleiben geschlossen, da das Hochwasser steigt.", "da das Hochwasser steigt"),
        ("Die Armee schickt Soldaten, um die Grenze zu sichern.", "um die Grenze zu sichern"),
        (LEAD, "weil die Kosten um 40 Prozent gestiegen sind"),
    ],
)
def test_causes(sentence: str, cause: str) -> None:
    found = find_cause(sentence)
    assert found is not None
    assert found.text == cause
    assert sentence[found.start : found.end] == cause


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Truppen reisen nach Europa und nach einem Treffen nach Vilnius.",
        "Da stand er nun vor den Medien.",
        "Die Ministerin will die Pläne um einige Wochen verschieben.",
    ],
)
def test_no_cause(sentence: str) -> None:
    assert find_cause(sentence) is None


def test_origin_is_not_the_place() -> None:
    article = build_article(
        [
            (BlockKind.LEAD, ["Eine Lawine hat am Freitag vier Skitourengänger verschüttet."]),
            (BlockKind.BODY, ["Für einen Mann aus Deutschland kam jede Hilfe zu spät."]),
        ],
        [("Deutschland", EntityType.LOC, ("Deutschland",))],
    )
    event = find_event(article)
    assert event is not None
    assert event.where is None
