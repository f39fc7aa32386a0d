"""Untrusted article text stays text; headers; clear 4xx for bad parameters, never a 500."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from lagebild.web.security import CSP


def test_every_response_carries_the_security_headers(client: TestClient) -> None:
    for path in ("/", "/api/search", "/static/app.js", "/nirgends", "/api/article/nirgends"):
        response = client.get(path)
        assert response.headers["content-security-policy"] == CSP
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
    assert "'unsafe-inline'" not in CSP
    assert "script-src 'self'" in CSP


def test_pages_have_no_inline_scripts_or_styles(client: TestClient, some_ids: dict[str, str]) -> None:
    for path in (
        "/",
        f"/article/{some_ids['nato']}",
        "/entity/GDL",
        f"/story/{some_ids['nato']}",
        "/lagebild",
    ):
        html = client.get(path).text
        assert "<style" not in html
        assert " style=" not in html
        assert html.count("<script") == html.count('<script src="/static/')
        assert "//cdn" not in html
        assert " on" + "click=" not in html


def test_hostile_article_is_escaped(client: TestClient, hostile_id: str) -> None:
    html = client.get(f"/article/{hostile_id}").text
    assert "&lt;script&gt;window.__pwned = 1;" in html
    assert "<script>window" not in html
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=" in html
    assert "<svg onload" not in html
    assert 'href="javascript:' not in html
    search = client.get("/", params={"q": "Schadcode"}).text
    assert "<script>window" not in search
    api = client.get(f"/api/article/{hostile_id}").json()
    assert "<script>" in api["article"]["text"]  # JSON keeps the text as it is (served as JSON)


def test_query_text_is_escaped_in_the_page(client: TestClient) -> None:
    html = client.get("/", params={"q": '"><script>alert(1)</script>'}).text
    assert "<script>alert(1)" not in html


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/?q=%22offen", 400),  # unclosed quote
        ("/?q=since%3Amorgen", 400),
        ("/?q=farbe%3Arot", 400),
        ("/api/search?q=%22offen", 400),
        ("/?page=0", 422),
        ("/?page=501", 422),
        ("/?page=zwei", 422),
        ("/api/search?size=1000", 422),
        ("/?q=" + "a" * 501, 422),
        ("/article/" + "a" * 65, 422),
        ("/article/..%2F..%2Fetc", 404),
        ("/article/abc%00def", 422),
        ("/api/article/0000000000000000", 404),
        ("/story/0000000000000000", 404),
        ("/article/0000000000000000/story", 404),
        ("/entity/" + "x" * 201, 422),
        ("/lagebild?since=gestern", 422),
        ("/api/brief?since=9999-99-99", 400),
        ("/api/export?format=xml", 422),
        ("/nirgends", 404),
    ],
)
def test_bad_parameters_get_a_clear_4xx(client: TestClient, path: str, status: int) -> None:
    response = client.get(path)
    assert response.status_code == status, response.text[:300]
    if path.startswith("/api/"):
        assert response.json()["error"]
    else:
        assert "Fehler" in response.text
        assert "Traceback" not in response.text


def test_error_messages_say_what_to_do(client: TestClient) -> None:
    data = client.get("/api/search", params={"q": '"offen'}).json()
    assert "close the phrase" in data["error"]
    page = client.get("/", params={"page": "0"}).text
    assert "page" in page


def test_unicode_and_odd_names_never_fail(client: TestClient) -> None:
    for name in ("Zürich", "Ω≈ç√", "..", "%", " ", "entity:x", "\u200b"):
        assert client.get("/entity/" + quote(name, safe="")).status_code in (200, 404)
        assert client.get("/", params={"q": name}).status_code in (200, 400)
