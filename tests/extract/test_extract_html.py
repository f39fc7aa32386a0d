"""The HTML reader on pages written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from extract_helpers import check_layout, texts

from lagebild.model import Article, BlockKind

Read = Callable[..., Article]

PAGE = (Path(__file__).parent / "data" / "page.html").read_text("utf-8")


@pytest.fixture
def page(read: Read) -> Article:
    return read(PAGE, media_type="text/html")


def test_structure(page: Article) -> None:
    assert page.title == "Neue Tramlinie für Basel"
    assert [b.kind for b in page.blocks] == [
        BlockKind.TITLE,
        BlockKind.LEAD,
        BlockKind.KEY_POINT,
        BlockKind.KEY_POINT,
        BlockKind.CAPTION,
        BlockKind.BODY,
        BlockKind.HEADING,
        BlockKind.BODY,
        BlockKind.CAPTION,
    ]
    assert (
        page.lead == "Basel bekommt eine neue Tramlinie. Der Grosse Rat hat den Kredit am Mittwoch bewilligt."
    )
    assert page.key_points_label == "Das Wichtigste in Kürze"
    assert texts(page, BlockKind.HEADING) == ["Widerstand aus dem Gewerbe"]
    check_layout(page)


def test_captions_and_credits(page: Article) -> None:
    assert [(page.span_text(c.span), c.credit) for c in page.captions] == [
        ("Ein Tram am Barfüsserplatz.", "Keystone/Georgios Kefalas"),
        ("Die geplante Haltestelle im Klybeck.", "APA/Max Muster"),
    ]
    assert "Foto:" not in page.text
    assert "©" not in page.text


def test_metadata(page: Article) -> None:
    assert page.published == datetime(2025, 3, 4, 7, 15, tzinfo=UTC)
    assert page.published is not None
    assert page.published.tzinfo is not None
    assert [t.label for t in page.tags] == ["Basel", "Verkehr"]
    assert page.authors == ("Lea Brunner",)
    assert page.source == "Rheinknie Zeitung"
    assert page.agency == "SDA"


def test_boilerplate_removed(page: Article) -> None:
    for junk in ("Anzeige", "Startseite", "Cookies", "Impressum", "Velowege", "4.3.2025"):
        assert junk not in page.text
    kinds = {r.kind for r in page.removed}
    assert {BlockKind.AD, BlockKind.RELATED, BlockKind.CREDIT} <= kinds


def test_sniffed_without_media_type(read: Read) -> None:
    article = read(PAGE)
    assert article.title == "Neue Tramlinie für Basel"


def test_page_without_article_element_uses_trafilatura(read: Read) -> None:
    body = " ".join(["Der Stadtrat von Winterthur hat am Montag ein neues Budget verabschiedet."] * 4)
    second = " ".join(["Die Steuern bleiben unverändert, die Schulden steigen leicht an."] * 4)
    page = (
        "<html><head><title>Budget</title></head><body>"
        '<div id="x1"><div>Startseite Politik Sport Kultur Wetter Kontakt</div></div>'
        f'<div id="x2"><h1>Winterthur beschliesst Budget</h1><p>{body}</p><p>{second}</p></div>'
        "</body></html>"
    )
    article = read(page, media_type="text/html")
    assert article.title == "Winterthur beschliesst Budget"
    assert article.lead == body
    assert texts(article, BlockKind.BODY) == [second]


def test_naive_date_is_local_time(read: Read) -> None:
    page = (
        '<html><head><meta name="date" content="2025-07-01T12:00:00"></head>'
        "<body><article><p>Ein Text über den Sommer in Bern mit vielen Worten.</p></article></body></html>"
    )
    article = read(page)
    assert article.published == datetime(2025, 7, 1, 10, 0, tzinfo=UTC)
