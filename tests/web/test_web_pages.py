"""Every HTML page, in process: status, content, and the highlights that make it useful."""

from __future__ import annotations

from urllib.parse import quote

from fastapi.testclient import TestClient


def test_search_page_lists_hits_facets_and_pages(client: TestClient) -> None:
    page = client.get("/", params={"q": "Streik"})
    assert page.status_code == 200
    assert "Treffer für <strong>Streik</strong>" in page.text
    assert "<mark>" in page.text  # the snippet marks the match
    assert 'href="/?q=Streik%20source%3A%22Rheinische%20Rundschau%22"' in page.text  # a facet narrows
    first = client.get("/", params={"q": ""})
    assert "Seite 1 von 2" in first.text  # 33 articles, 20 a page
    second = client.get("/", params={"q": "", "page": 2})
    assert second.status_code == 200
    assert "Seite 2 von 2" in second.text


def test_search_with_filters_and_no_match(client: TestClient) -> None:
    page = client.get("/", params={"q": 'entity:"Holger Brückner" since:2026-11-01'})
    assert page.status_code == 200
    assert "Bahnstreik" in page.text
    empty = client.get("/", params={"q": "Quantenkryptographie"})
    assert "0 Treffer" in empty.text
    assert "Nichts gefunden" in empty.text


def test_article_page_shows_key_points_entities_quotes_and_caption(
    client: TestClient, some_ids: dict[str, str]
) -> None:
    page = client.get(f"/article/{some_ids['nato']}")
    assert page.status_code == 200
    text = page.text
    assert "<h1>Nato sagt Ukraine 16 Milliarden Euro zu" in text
    assert 'class="kp-item" data-sources="' in text  # key points point at their sentences
    assert '<span class="s" data-s="' in text  # sentences are addressable
    assert 'class="ent ent-ORG" href="/entity/Nato"' in text
    assert '<span class="q q-direct">' in text
    assert 'class="badge" href="/entity/Matthias%20Kleinert">Matthias Kleinert</a>' in text
    assert 'class="credit">Bild: APA/Jacques Delvaux</span>' in text
    assert "Mehr zum Thema" in text
    assert f'hx-get="/article/{some_ids["nato"]}/story"' in text  # the story loads after the page


def test_story_fragment_and_page_show_the_agency_copy_and_diffs(
    client: TestClient, some_ids: dict[str, str]
) -> None:
    fragment = client.get(f"/article/{some_ids['nato']}/story")
    assert fragment.status_code == 200
    assert fragment.text.startswith('<section class="story-box"')
    assert "Nato-Außenminister: 16 Milliarden Euro für die Ukraine" in fragment.text
    page = client.get(f"/story/{some_ids['nato']}")
    assert page.status_code == 200
    assert "Zeitleiste" in page.text
    assert "Agenturtext</span>" in page.text
    assert "<ins>" in page.text
    assert "<del>" in page.text
    assert "Hanse Nachrichten" in page.text


def test_entity_page_has_chart_quotes_and_neighbours(client: TestClient) -> None:
    page = client.get("/entity/" + quote("Holger Brückner"))
    assert page.status_code == 200
    assert '<svg class="chart"' in page.text
    assert '<rect class="bar"' in page.text
    assert "Die Geduld unserer Mitglieder ist aufgebraucht" in page.text
    assert page.text.count("Die Geduld unserer Mitglieder ist aufgebraucht") == 1  # reprints count once
    assert "Oft zusammen genannt" in page.text
    assert "GDL-Chef" in page.text
    unknown = client.get("/entity/Niemand%20Bekanntes")
    assert unknown.status_code == 200
    assert "Kein Artikel nennt" in unknown.text


def test_entity_names_with_slashes_and_quotes(client: TestClient) -> None:
    assert client.get("/entity/" + quote('AC/DC "live"', safe="")).status_code == 200
    assert client.get("/entity/%22").status_code == 200


def test_brief_page_for_each_period(client: TestClient) -> None:
    default = client.get("/lagebild")
    assert default.status_code == 200
    assert "zählt deshalb vom neuesten Artikel zurück" in default.text  # an archive: anchored
    assert '<span class="rank">1</span>' in default.text
    for since in ("24h", "7d", "2026-11-20"):
        assert client.get("/lagebild", params={"since": since}).status_code == 200


def test_sources_page_counts_outlets(client: TestClient) -> None:
    page = client.get("/sources")
    assert page.status_code == 200
    assert "Donau Zeitung Online" in page.text
    assert "Quelle unbekannt" in page.text
    assert "33 Artikel in der Sammlung" in page.text


def test_static_files_and_favicon(client: TestClient) -> None:
    assert "showSources" in client.get("/static/app.js").text
    assert client.get("/static/htmx.min.js").status_code == 200
    assert client.get("/static/style.css").headers["content-type"].startswith("text/css")
    assert client.get("/static/nope.js").status_code == 404
