"""The news layer of the HTML reader, one field at a time, on pages written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from extract_helpers import check_layout, texts

from lagebild.errors import NoContentError
from lagebild.extract.dates import german_date, is_date_line
from lagebild.extract.patterns import is_furniture, name_list, source_credit, split_credit
from lagebild.model import Article, BlockKind, PageType

Read = Callable[..., Article]

BODY = (
    "<p>Der Gemeinderat von Lindau hat am Dienstag den Neubau der Seebrücke beschlossen. "
    "Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern. Die Kosten liegen bei "
    "zwölf Millionen Euro, der Freistaat übernimmt die Hälfte.</p>"
    "<p>Anwohner hatten lange gegen das Projekt protestiert. Sie fürchten Lärm und Staus "
    "während der Bauzeit. Der Bürgermeister versprach, die Belastungen gering zu halten.</p>"
)


def page(article: str, head: str = "", title: str = "Lindau baut neue Seebrücke") -> str:
    return (
        f'<html><head><meta charset="utf-8"><title>{title} | Seeblatt</title>{head}</head>'
        f"<body><article><h1>{title}</h1>{article}{BODY}</article></body></html>"
    )


# -- dates ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Stand: 14.03.2024, 09:12 Uhr", datetime(2024, 3, 14, 8, 12, tzinfo=UTC)),
        ("aktualisiert am 14. März 2024", datetime(2024, 3, 13, 23, 0, tzinfo=UTC)),
        ("veröffentlicht am 2.7.2024 um 9.05 Uhr", datetime(2024, 7, 2, 7, 5, tzinfo=UTC)),
        ("14. Jänner 2025 | 18:30", datetime(2025, 1, 14, 17, 30, tzinfo=UTC)),
    ],
)
def test_german_date_forms(line: str, expected: datetime) -> None:
    found = german_date(line)
    assert found == expected
    assert found is not None
    assert found.tzinfo is not None


def test_impossible_printed_date_is_ignored() -> None:
    assert german_date("Stand: 31.02.2024") is None


def test_date_lines_and_sentences() -> None:
    assert is_date_line("Stand: 14.03.2024, 09:12 Uhr")
    assert is_date_line("14.03.2024")
    assert not is_date_line("Am 14.03.2024 beschloss der Rat den Bau der neuen Brücke über den See.")


def test_printed_stand_date_when_no_metadata(read: Read) -> None:
    article = read(page('<p class="date">Stand: 14.03.2024, 09:12 Uhr</p>'))
    assert article.published == datetime(2024, 3, 14, 8, 12, tzinfo=UTC)
    assert "Stand:" not in article.text


def test_json_ld_graph_date_wins_over_time_element(read: Read) -> None:
    ld = '{"@graph": [{"@type": "NewsArticle", "datePublished": "2024-05-02T06:30:00Z"}]}'
    html = page(
        '<time datetime="2020-01-01T00:00:00+01:00">1.1.2020</time>',
        head=f'<script type="application/ld+json">{ld}</script>',
    )
    assert read(html).published == datetime(2024, 5, 2, 6, 30, tzinfo=UTC)


# -- bylines, agencies, credits ------------------------------------------------------


def test_byline_with_two_authors(read: Read) -> None:
    article = read(page('<p class="byline">Von Anna Muster und Max Meier, Lindau</p>'))
    assert article.authors == ("Anna Muster", "Max Meier")
    assert "Anna Muster" not in article.text


def test_agency_code_byline_names_the_agency_not_an_author(read: Read) -> None:
    article = read(page("").replace("</article>", '<p class="autor">jol/dpa</p></article>'))
    assert article.authors == ()
    assert article.agency == "dpa"
    assert "jol/dpa" not in article.text


@pytest.mark.parametrize(
    ("line", "agency"),
    [("Quelle: DIE ZEIT, dpa, Reuters, jul", "dpa/Reuters"), ("Quelle: SRF/sda", "SDA"), ("Von Anna", None)],
)
def test_source_lines(line: str, agency: str | None) -> None:
    assert source_credit(line) == agency


def test_name_lists() -> None:
    assert name_list("Anna Gruber, Markus Pichler") == ["Anna Gruber", "Markus Pichler"]
    assert name_list("Redaktion Lindau") == ["Redaktion Lindau"]


def test_dateline_marker_leaves_the_lead(read: Read) -> None:
    article = read(page("<p>Lindau (dpa) – Die Seebrücke wird neu gebaut, teilte die Stadt mit.</p>"))
    assert article.lead == "Lindau – Die Seebrücke wird neu gebaut, teilte die Stadt mit."
    assert article.agency == "dpa"
    assert article.text.count("Die Seebrücke wird neu gebaut") == 1


@pytest.mark.parametrize(
    ("caption", "text", "credit"),
    [
        ("Die Seebrücke im Winter. Foto: Keystone", "Die Seebrücke im Winter.", "Keystone"),
        ("Der Hafen. Bild: dpa/Michael Kappeler", "Der Hafen.", "dpa/Michael Kappeler"),
        ("Der Bürgermeister © AFP", "Der Bürgermeister", "AFP"),
        (
            "Die Brücke. Foto: ccnull/Marco Verch/cc by sa 2.0",
            "Die Brücke.",
            "ccnull/Marco Verch/cc by sa 2.0",
        ),
    ],
)
def test_caption_credits(caption: str, text: str, credit: str) -> None:
    assert split_credit(caption) == (text, credit)


def test_caption_credit_element_and_bare_credit(read: Read) -> None:
    figures = (
        '<figure><img src="a.jpg"><figcaption>Blick auf den Hafen. '
        '<span class="copyright">© APA/Eva Manhart</span></figcaption></figure>'
        '<figure><img src="b.jpg"><figcaption>Foto: Seeblatt</figcaption></figure>'
    )
    article = read(page(figures))
    assert [(article.span_text(c.span), c.credit) for c in article.captions] == [
        ("Blick auf den Hafen.", "APA/Eva Manhart")
    ]
    assert "Foto: Seeblatt" not in article.text
    check_layout(article)


# -- title, tags, furniture ------------------------------------------------------------


def test_kicker_is_not_part_of_the_title(read: Read) -> None:
    html = page("").replace(
        "<h1>Lindau baut neue Seebrücke</h1>", "<h1><span>Verkehr</span>: Lindau baut neue Seebrücke</h1>"
    )
    html = html.replace("<title>", '<meta property="og:title" content="Lindau baut neue Seebrücke"><title>')
    article = read(html)
    assert article.title == "Lindau baut neue Seebrücke"
    assert texts(article, BlockKind.TITLE) == ["Lindau baut neue Seebrücke"]


def test_h2_headline_repeating_the_meta_title_is_the_title(read: Read) -> None:
    html = page("").replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    html = html.replace("<title>", '<meta property="og:title" content="Lindau baut neue Seebrücke"><title>')
    article = read(html)
    assert texts(article, BlockKind.TITLE) == ["Lindau baut neue Seebrücke"]
    assert texts(article, BlockKind.HEADING) == []


def test_json_ld_keywords_and_authors(read: Read) -> None:
    ld = (
        '{"@type": "NewsArticle", "keywords": "Lindau, Bodensee", '
        '"author": [{"@type": "Person", "name": "Eva Roth"}]}'
    )
    article = read(page("", head=f'<script type="application/ld+json">{ld}</script>'))
    assert [t.label for t in article.tags] == ["Lindau", "Bodensee"]
    assert article.authors == ("Eva Roth",)


def test_furniture_lines() -> None:
    assert is_furniture("Aufrufe: 312")
    assert is_furniture("Artikel teilen")
    assert not is_furniture("Der Artikel wurde 312 Mal geteilt, sagte die Sprecherin.")


# -- paywall, consent, page type ------------------------------------------------------------


def test_paywall_stub_is_partial_and_keeps_its_text(read: Read) -> None:
    ld = '{"@type": "NewsArticle", "isAccessibleForFree": false}'
    article = read(page("", head=f'<script type="application/ld+json">{ld}</script>'))
    assert article.partial
    assert "Seebrücke beschlossen" in article.text


def test_paywall_wording_in_a_paywall_box(read: Read) -> None:
    box = '<div class="paywall"><p>Weiterlesen mit Seeblatt Plus. Exklusiv für Abonnenten.</p></div>'
    article = read(page("").replace("</article>", box + "</article>"))
    assert article.partial
    assert "Weiterlesen" not in article.text


def test_whole_article_is_not_partial(read: Read) -> None:
    assert not read(page("")).partial


def test_consent_wall(read: Read) -> None:
    wall = (
        '<div class="cmp"><p>Wir benötigen Ihre Zustimmung. Mit Werbung weiterlesen oder PUR-Abo.</p></div>'
    )
    html = page("").replace("<body>", "<body>" + wall)
    article = read(html)
    assert article.partial
    assert "Zustimmung" not in article.text


def test_live_ticker(read: Read) -> None:
    ld = '{"@type": "LiveBlogPosting", "datePublished": "2024-05-02T06:30:00+02:00"}'
    article = read(page("", head=f'<script type="application/ld+json">{ld}</script>'))
    assert article.page_type is PageType.LIVE_TICKER


def test_video_page(read: Read) -> None:
    article = read(page("", head='<meta property="og:type" content="video.other">'))
    assert article.page_type is PageType.VIDEO


def test_plain_article_type(read: Read) -> None:
    assert read(page("")).page_type is PageType.ARTICLE


def test_index_page_is_rejected(read: Read) -> None:
    teasers = "".join(
        f'<article class="teaser"><a href="/n{i}"><h2>Meldung {i} aus Lindau</h2>'
        f"<p>Kurz {i}.</p></a></article>"
        for i in range(8)
    )
    html = (
        "<html><head><title>Lindau | Seeblatt</title></head>"
        f"<body><main><h1>Lindau</h1>{teasers}</main></body></html>"
    )
    with pytest.raises(NoContentError, match="index page"):
        read(html)
