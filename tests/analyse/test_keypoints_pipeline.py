"""Key points, event and tags after the real language stages, on a German fixture."""

from __future__ import annotations

from datetime import datetime

import pytest

from lagebild.analyse.entities import EntityStage
from lagebild.analyse.event import EventStage
from lagebild.analyse.keypoints import KeyPointStage
from lagebild.analyse.keypoints_text import words
from lagebild.analyse.tags import TagStage, tag_key
from lagebild.language.de.stages import SentenceStage, TokenStage
from lagebild.model import Article, Block, BlockKind, Span, Tag, TagKind
from lagebild.pipeline import Pipeline

# A made-up report in Swiss spelling, with every block kind the extractor produces.
FIXTURE: tuple[tuple[BlockKind, str], ...] = (
    (BlockKind.TITLE, "Lawine verschüttet Skitourengänger im Wallis"),
    (
        BlockKind.LEAD,
        "Eine Lawine hat am Sonntag oberhalb von Zermatt drei Skitourengänger verschüttet. "
        "Zwei von ihnen konnten von der Air Zermatt lebend geborgen werden.",
    ),
    (BlockKind.KEY_POINT, "Eine Lawine hat oberhalb von Zermatt drei Skitourengänger verschüttet."),
    (BlockKind.KEY_POINT, "Zwei Personen wurden lebend geborgen, eine wird noch vermisst."),
    (
        BlockKind.CAPTION,
        "Ein Helikopter der Air Zermatt fliegt am Sonntag über das Lawinengebiet bei Zermatt.",
    ),
    (
        BlockKind.BODY,
        "Die Lawine löste sich kurz nach Mittag am Hang des Breithorns auf rund 3400 Metern über Meer. "
        "Die Kantonspolizei Wallis wurde um 12.40 Uhr alarmiert und bot sofort die Rettungskräfte auf.",
    ),
    (
        BlockKind.BODY,
        "Die Suche nach der dritten Person wurde am Abend wegen der hohen Lawinengefahr unterbrochen. "
        "Sie soll am Montagmorgen mit Suchhunden und einem Lawinenradar fortgesetzt werden.",
    ),
    (BlockKind.HEADING, "Warnung vor grosser Lawinengefahr"),
    (
        BlockKind.BODY,
        "Das Institut für Schnee- und Lawinenforschung hatte für das Gebiet die zweithöchste Gefahrenstufe "
        "ausgegeben. «Wer jetzt abseits der Pisten unterwegs ist, geht ein grosses Risiko ein», "
        "sagte ein Sprecher der Kantonspolizei. Warum waren die Tourengänger trotzdem unterwegs?",
    ),
    (
        BlockKind.BODY,
        "Nach Angaben der Polizei stammen die drei Verschütteten aus dem Kanton Bern. "
        "Die Staatsanwaltschaft hat eine Untersuchung zum Unglück eröffnet.",
    ),
)


def _article() -> Article:
    parts, blocks, pos = [], [], 0
    for kind, text in FIXTURE:
        blocks.append(Block(kind, Span(pos, pos + len(text))))
        parts.append(text)
        pos += len(text) + 2
    return Article(
        id="lawine",
        text="\n\n".join(parts),
        blocks=tuple(blocks),
        published=datetime(2025, 2, 10, 7, 0),  # a Monday
        tags=(Tag("Lawine", TagKind.PAGE), Tag("Wallis", TagKind.PAGE)),
    )


@pytest.fixture(scope="module")
def analysed() -> Article:
    stages = [SentenceStage(), TokenStage(), EntityStage(), KeyPointStage(3), EventStage(), TagStage()]
    return Pipeline(stages)(_article())


def test_key_points_come_from_lead_and_body_sentences(analysed: Article) -> None:
    kinds = {s.span: analysed.blocks[s.block].kind for s in analysed.sentences}
    assert 2 <= len(analysed.key_points) <= 3
    box = {b.span.of(analysed.text) for b in analysed.blocks_of(BlockKind.KEY_POINT, BlockKind.CAPTION)}
    for point in analysed.key_points:
        (source,) = point.sources
        assert kinds[source] in {BlockKind.LEAD, BlockKind.BODY}
        assert point.text not in box
        assert 8 <= len(words(point.text)) <= 25
        assert not point.text.endswith("?")
    texts = [p.text for p in analysed.key_points]
    assert len(set(texts)) == len(texts)


def test_event_evidence_is_real_sentences(analysed: Article) -> None:
    event = analysed.event
    assert event is not None
    assert event.what is not None
    spans = {s.span for s in analysed.sentences}
    for slot in (event.who, event.what, event.when, event.where, event.why):
        if slot is not None:
            assert slot.evidence in spans
            assert slot.span is not None
            assert slot.evidence.contains(slot.span)
    assert event.when is not None
    assert (event.when.text, event.when.value) == ("am Sonntag", "2025-02-09")


def test_tags_keep_page_tags_without_duplicates(analysed: Article) -> None:
    tags = analysed.tags
    assert tags[:2] == (Tag("Lawine", TagKind.PAGE), Tag("Wallis", TagKind.PAGE))
    keys = [tag_key(t.label) for t in tags]
    assert len(keys) == len(set(keys))
    assert any(t.kind is TagKind.KEYWORD for t in tags)
    assert all(0.0 <= t.score <= 1.0 for t in tags)


def test_stage_records(analysed: Article) -> None:
    names = [s.name for s in analysed.stages]
    assert names[-3:] == ["key_points", "event", "tags"]
