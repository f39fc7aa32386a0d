"""Key points: where they may come from, their length, count and form."""

from __future__ import annotations

import pytest
from test_keypoints_helpers import BODY_4, BODY_7, CAPTION, TITLE, build_article, gotthard

from lagebild.analyse.keypoints import KeyPointStage, select_key_points
from lagebild.analyse.keypoints_text import fold, jaccard, words
from lagebild.model import BlockKind, EntityType, KeyPointOrigin

SOURCE_KINDS = {BlockKind.LEAD, BlockKind.BODY}


def _keys(text: str) -> frozenset[str]:
    return frozenset(fold(w) for w in words(text))


@pytest.mark.parametrize("n", [2, 3, 4, 5])
def test_n_is_respected_and_sources_are_lead_or_body_sentences(n: int) -> None:
    article = KeyPointStage(n)(gotthard())
    assert len(article.key_points) == n
    sentence_kinds = {s.span: article.blocks[s.block].kind for s in article.sentences}
    for point in article.key_points:
        assert point.origin is KeyPointOrigin.GENERATED
        assert len(point.sources) == 1
        assert sentence_kinds[point.sources[0]] in SOURCE_KINDS


@pytest.mark.parametrize("n", [1, 6])
def test_n_outside_two_to_five_is_refused(n: int) -> None:
    with pytest.raises(ValueError, match="between 2 and 5"):
        KeyPointStage(n)


def test_points_are_in_article_order_without_duplicates() -> None:
    points = select_key_points(gotthard(), 5)
    starts = [p.sources[0].start for p in points]
    assert starts == sorted(starts)
    assert len(set(starts)) == len(starts)
    for i, a in enumerate(points):
        for b in points[i + 1 :]:
            assert jaccard(_keys(a.text), _keys(b.text)) <= 0.5


def test_points_keep_word_bounds_and_are_never_questions_or_quote_pieces() -> None:
    points = select_key_points(gotthard(), 5)
    for point in points:
        assert 8 <= len(words(point.text)) <= 25
        assert not point.text.endswith("?")
        assert "«" not in point.text
        assert "»" not in point.text
    assert BODY_7 not in {p.text for p in points}


def test_never_from_caption_box_heading_or_title_even_when_they_are_the_best_match() -> None:
    # The caption and the box repeat the lead's words; only the body may be picked.
    lead_like = "Der Bundesrat hat am Montag den Ausbau der Gotthardstrecke wegen hoher Kosten gestoppt."
    article = build_article(
        [
            (BlockKind.TITLE, [lead_like]),
            (BlockKind.KEY_POINT, [lead_like]),
            (BlockKind.CAPTION, [lead_like]),
            (BlockKind.HEADING, [lead_like]),
            (
                BlockKind.BODY,
                ["Die Regierung in Bern will die Pläne für die Bahnstrecke nun neu prüfen lassen."],
            ),
            (
                BlockKind.BODY,
                ["Eine unabhängige Kommission soll bis Ende Jahr einen ausführlichen Bericht vorlegen."],
            ),
            (BlockKind.BODY, [lead_like]),  # a body copy of the title is a near-duplicate: skipped too
        ]
    )
    points = select_key_points(article, 3)
    assert [p.text for p in points] == [
        "Die Regierung in Bern will die Pläne für die Bahnstrecke nun neu prüfen lassen.",
        "Eine unabhängige Kommission soll bis Ende Jahr einen ausführlichen Bericht vorlegen.",
    ]


def test_no_point_equals_title_or_caption() -> None:
    points = select_key_points(gotthard(), 5)
    for point in points:
        assert jaccard(_keys(point.text), _keys(TITLE)) <= 0.5
        assert jaccard(_keys(point.text), _keys(CAPTION)) <= 0.5


def test_near_duplicate_body_sentences_give_one_point() -> None:
    article = build_article(
        [
            (
                BlockKind.LEAD,
                ["Der Bundesrat hat den Ausbau der Gotthardstrecke wegen hoher Kosten gestoppt."],
            ),
            (
                BlockKind.BODY,
                ["Wegen hoher Kosten hat der Bundesrat den Ausbau der Gotthardstrecke gestoppt."],
            ),
            (
                BlockKind.BODY,
                ["Eine unabhängige Kommission soll bis Ende Jahr einen ausführlichen Bericht vorlegen."],
            ),
        ]
    )
    points = select_key_points(article, 3)
    # the lead is one sentence, the whole teaser: it may not be repeated as a bullet, so
    # its near-duplicate in the body stands for it, once
    assert len(points) == 2
    assert sum("Bundesrat" in p.text for p in points) == 1


def test_focus_particle_is_dropped_but_verb_second_adverb_stays() -> None:
    points = {p.sources[0]: p.text for p in KeyPointStage(5)(gotthard()).key_points}
    texts = set(points.values())
    assert "Die SBB hatten zuletzt vor steigenden Preisen für Stahl und Beton gewarnt." in texts
    assert BODY_4 not in texts
    # "Zudem prüft ..." without "Zudem" would start with the verb: never produced
    assert not any(t.startswith("Prüft") for t in texts)


def test_quote_without_speaker_is_skipped_but_attributed_statement_may_stay() -> None:
    quote_only = "«Wir werden die Pläne für die neue Bahnstrecke jetzt sehr genau prüfen.»"
    attributed = "Die Regierung werde die Pläne sehr genau prüfen, sagte Anna Keller vor den Medien."
    article = build_article(
        [
            (
                BlockKind.LEAD,
                ["Der Bundesrat hat den Ausbau der Gotthardstrecke wegen hoher Kosten gestoppt."],
            ),
            (BlockKind.BODY, [quote_only]),
            (BlockKind.BODY, [attributed]),
        ],
        [("Anna Keller", EntityType.PER, ("Anna Keller",))],
    )
    texts = [p.text for p in select_key_points(article, 3)]
    assert quote_only not in texts
    assert attributed in texts


def test_long_sentence_loses_trailing_attribution_or_is_skipped() -> None:
    long_ok = (
        "Der Bundesrat will in den kommenden Wochen mit den Kantonen und den Bahnen über den Ausbau "
        "der Nord-Süd-Achse verhandeln, sagte die Ministerin am Montag in Bern vor den Medien."
    )
    long_bad = (
        "Die " + " und die ".join(["Kantone", "Bahnen", "Gemeinden", "Verbände"] * 5) + " protestieren."
    )
    article = build_article(
        [
            (
                BlockKind.LEAD,
                [
                    "Der Bundesrat hat den Ausbau der Gotthardstrecke wegen hoher Kosten gestoppt.",
                    "Die Kantone im Tessin reagieren mit deutlicher Kritik auf den Entscheid.",
                ],
            ),
            (BlockKind.BODY, [long_ok]),
            (BlockKind.BODY, [long_bad]),
        ]
    )
    texts = [p.text for p in select_key_points(article, 3)]
    assert len(texts) == 3
    assert texts[2] == (
        "Der Bundesrat will in den kommenden Wochen mit den Kantonen und den Bahnen über den Ausbau "
        "der Nord-Süd-Achse verhandeln."
    )
    assert all(8 <= len(words(t)) <= 25 for t in texts)


def test_article_without_lead_or_body_gets_no_points() -> None:
    article = build_article([(BlockKind.TITLE, ["Bundesrat stoppt den Ausbau der Gotthardstrecke vorerst"])])
    assert select_key_points(article, 3) == ()
