"""The scraped-text reader: headline, boxes, bullets, ads, related blocks, bylines, datelines."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from extract_helpers import check_layout, texts

from lagebild.model import Article, BlockKind

Read = Callable[..., Article]

LEAD = "Der Kanton Bern erhöht die Beiträge an die Spitex. Das hat der Grosse Rat am Montag beschlossen."
BODY = "Die Regierung hatte eine Erhöhung um drei Prozent vorgeschlagen. Das Parlament folgte ihr."
BODY2 = (
    "Die neuen Beiträge gelten ab dem kommenden Januar. Die Gemeinden müssen einen Teil der Kosten tragen."
)


@pytest.mark.parametrize(
    "label",
    ["Das Wichtigste in Kürze", "Darum geht's", "Darum geht’s", "Darum gehts", "Zusammengefasst", "In Kürze",
     "+++ Das Wichtigste in Kürze +++", "Das Wichtigste in Kürze:"],
)  # fmt: skip
def test_box_labels(read: Read, label: str) -> None:
    article = read(f"{LEAD}\n\n{label}\n• Erster Punkt.\n• Zweiter Punkt.\n\n{BODY}")
    assert texts(article, BlockKind.KEY_POINT) == ["Erster Punkt.", "Zweiter Punkt."]
    assert article.key_points_label is not None
    assert "Kürze" not in article.text
    assert "Darum" not in article.text
    assert "Zusammengefasst" not in article.text
    assert any(r.kind is BlockKind.KEY_POINTS_LABEL for r in article.removed)


@pytest.mark.parametrize(
    "bullets",
    [
        ["• Eins ist klar.", "• Zwei folgt."],
        ["- Eins ist klar.", "- Zwei folgt."],
        ["– Eins ist klar.", "– Zwei folgt."],
        ["* Eins ist klar.", "* Zwei folgt."],
        ["+++ Eins ist klar. +++", "+++ Zwei folgt. +++"],
        ["1. Eins ist klar.", "2. Zwei folgt."],
        ["1) Eins ist klar.", "2) Zwei folgt."],
        ["Eins ist klar.", "Zwei folgt."],  # bullets lost in scraping
    ],
)
def test_bullet_styles(read: Read, bullets: list[str]) -> None:
    lines = "\n".join(bullets)
    article = read(f"{LEAD}\n\nDas Wichtigste in Kürze\n{lines}\n\n{BODY}")
    assert texts(article, BlockKind.KEY_POINT) == ["Eins ist klar.", "Zwei folgt."]
    assert texts(article, BlockKind.BODY) == [BODY]


@pytest.mark.parametrize("marker", ["Ad", "Anzeige", "Werbung", "Advertisement", "Sponsored", "ANZEIGE"])
def test_ad_markers_removed(read: Read, marker: str) -> None:
    article = read(f"{LEAD}\n\n{marker}\n\n{BODY}\n{marker}")
    assert marker not in article.text
    assert [r.kind for r in article.removed] == [BlockKind.AD, BlockKind.AD]
    assert texts(article, BlockKind.BODY) == [BODY]


@pytest.mark.parametrize("label", ["Mehr zum Thema:", "Lesen Sie auch:", "Das könnte Sie auch interessieren"])
def test_related_block_removed(read: Read, label: str) -> None:
    related = "Spitex-Personal: Kantone suchen neue Lösungen"
    article = read(f"{LEAD}\n\n{BODY}\n\n{label}\n{related}\n\n{BODY2}")
    assert related not in article.text
    assert label not in article.text
    assert texts(article, BlockKind.BODY) == [BODY, BODY2]
    assert [r.kind for r in article.removed] == [BlockKind.RELATED, BlockKind.RELATED]


def test_inline_related_link(read: Read) -> None:
    article = read(f"{LEAD}\n\nLesen Sie auch: Spitex im Wandel\n\n{BODY}")
    assert "Spitex im Wandel" not in article.text
    assert texts(article, BlockKind.BODY) == [BODY]


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        ("AleppoEUNATO", ["Aleppo", "EU", "NATO"]),
        ("Bern, Spitex, Gesundheit", ["Bern", "Spitex", "Gesundheit"]),
        ("FC BaselVfB StuttgartBundesliga", ["FC Basel", "VfB Stuttgart", "Bundesliga"]),
    ],
)
def test_tag_lists(read: Read, line: str, tags: list[str]) -> None:
    article = read(f"{LEAD}\n\n{BODY}\n\nMehr zum Thema:\n\n{line}")
    assert [t.label for t in article.tags] == tags
    assert line not in article.text


def test_headline_then_lead(read: Read) -> None:
    article = read(f"Bern erhöht Spitex-Beiträge\n{LEAD}\n\n{BODY}")
    assert article.title == "Bern erhöht Spitex-Beiträge"
    assert article.blocks[0].kind is BlockKind.TITLE
    assert article.lead == LEAD


def test_subheading_between_paragraphs(read: Read) -> None:
    article = read(f"{LEAD}\n\n{BODY}\n\nGemeinden zahlen mit\n\n{BODY2}")
    assert texts(article, BlockKind.HEADING) == ["Gemeinden zahlen mit"]
    assert [b.kind for b in article.blocks] == [
        BlockKind.LEAD,
        BlockKind.BODY,
        BlockKind.HEADING,
        BlockKind.BODY,
    ]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Von Anna Muster", ["Anna Muster"]),
        ("Von Anna Muster und Max Meier", ["Anna Muster", "Max Meier"]),
        ("Von Anna von Arx, Zürich", ["Anna von Arx"]),
    ],
)
def test_byline(read: Read, line: str, authors: list[str]) -> None:
    article = read(f"Bern erhöht Spitex-Beiträge\n{LEAD}\n{line}\n\n{BODY}")
    assert list(article.authors) == authors
    assert line not in article.text


def test_sentence_starting_with_von_is_not_a_byline(read: Read) -> None:
    line = "Von Montag an gelten in Bern neue Regeln für die Spitex."
    article = read(f"{LEAD}\n\n{line}")
    assert article.authors == ()
    assert texts(article, BlockKind.BODY) == [line]


@pytest.mark.parametrize(
    ("first", "agency", "expected"),
    [
        ("Berlin (dpa) – Die Regierung hat entschieden.", "dpa", "Berlin – Die Regierung hat entschieden."),
        ("Sitten (Keystone-SDA) - Die Regierung tagte.", "Keystone-SDA", "Sitten – Die Regierung tagte."),
        ("(sda) Die Regierung hat entschieden.", "SDA", "Die Regierung hat entschieden."),
        ("Die Regierung hat entschieden. (APA)", "APA", "Die Regierung hat entschieden."),
    ],
)  # fmt: skip
def test_datelines(read: Read, first: str, agency: str, expected: str) -> None:
    article = read(f"Bern erhöht Spitex-Beiträge\n{first}\n\n{BODY}")
    assert article.agency == agency
    assert article.lead == expected
    assert any(r.kind is BlockKind.CREDIT for r in article.removed)


def test_party_in_parentheses_is_no_dateline(read: Read) -> None:
    first = "Die Partei (SPD) – so heisst es – will das Gesetz ändern."
    article = read(f"{first}\n\n{BODY}")
    assert article.agency is None
    assert article.lead == first


def test_agency_line_at_the_end(read: Read) -> None:
    article = read(f"{LEAD}\n\n{BODY}\n\n(APA/dpa)")
    assert article.agency == "APA/dpa"
    assert "APA" not in article.text


def test_caption_with_foto_credit(read: Read) -> None:
    article = read(f"{LEAD}\nDer Grosse Rat in Bern. Foto: Peter Klaunzer/Keystone\n\n{BODY}")
    assert [(article.span_text(c.span), c.credit) for c in article.captions] == [
        ("Der Grosse Rat in Bern.", "Peter Klaunzer/Keystone")
    ]
    assert "Foto:" not in article.text


def test_verbatim_repeat_removed(read: Read) -> None:
    article = read(f"{LEAD}\n\n{BODY}\n\n{BODY}")
    assert texts(article, BlockKind.BODY) == [BODY]
    assert [r.kind for r in article.removed] == [BlockKind.DUPLICATE]


def test_every_line_is_accounted_for(read: Read) -> None:
    source = "\n".join(
        [
            "Titel der Meldung",
            LEAD,
            "Bild im Text",
            "Bild im Text - AFP",
            "Ad",
            BODY,
            "Mehr zum Thema:",
            "BernSpitex",
        ]
    )
    article = read(source)
    kept = set(article.text.split("\n\n")) | {r.text for r in article.removed}
    for line in source.splitlines():
        assert line in kept
    check_layout(article)


def test_article_id_is_text_hash(read: Read) -> None:
    import hashlib

    article = read(f"{LEAD}\n\n{BODY}")
    assert article.id == hashlib.sha256(article.text.encode()).hexdigest()[:16]
    assert article.location == "fixture"
