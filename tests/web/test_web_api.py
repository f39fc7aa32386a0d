"""The JSON twins, export, and POST /api/ingest with its token."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from lagebild.config import Config
from lagebild.engine import Engine
from lagebild.model import Article, from_dict
from lagebild.web import create_app

GERMAN = (
    "Neuer Radweg in Luzern eröffnet\n\nDie Stadt Luzern hat am Montag einen neuen Radweg entlang der "
    "Reuss eröffnet. Der Weg ist zwei Kilometer lang und kostete rund vier Millionen Franken.\n\n"
    "«Das ist ein guter Tag für alle, die Velo fahren», sagte Stadträtin Petra Imhof bei der Eröffnung.\n"
)


def test_search_api_matches_the_page(client: TestClient) -> None:
    data = client.get("/api/search", params={"q": "Streik", "size": 2}).json()
    assert data["total"] == 4
    assert len(data["hits"]) == 2
    assert data["hits"][0]["article_id"]
    assert {f["value"] for f in data["facets"]["source"]} == {  # the bahnstreik story's outlets
        "Alpenblick Online",
        "Ostseeblatt",
        "Rheinische Rundschau",
        "Wiener Tagblatt",
    }
    page2 = client.get("/api/search", params={"q": "Streik", "size": 2, "page": 2}).json()
    assert {h["article_id"] for h in page2["hits"]}.isdisjoint(h["article_id"] for h in data["hits"])


def test_article_api_round_trips_the_article(client: TestClient, some_ids: dict[str, str]) -> None:
    data = client.get(f"/api/article/{some_ids['nato']}").json()
    article = from_dict(Article, data["article"])
    assert article.id == some_ids["nato"]
    assert article.key_points
    assert data["links"]["page"] == f"/article/{article.id}"
    assert data["links"]["entities"]["Nato"] == "/api/entity/Nato"
    assert data["related"]


def test_story_api_names_the_agency_copy(client: TestClient, some_ids: dict[str, str]) -> None:
    data = client.get(f"/api/story/{some_ids['nato']}").json()
    ids = [a["id"] for a in data["articles"]]
    assert some_ids["nato"] in ids
    assert data["agency_copy"] in ids
    assert data["changes"]
    change = data["changes"][0]
    assert {p["op"] for p in change["parts"]} <= {"equal", "insert", "delete"}
    assert change["added"] > 0


def test_entity_api(client: TestClient) -> None:
    data = client.get("/api/entity/Holger%20Br%C3%BCckner").json()
    assert data["type"] == "PER"
    assert data["articles"]["total"] == 4
    assert data["by_day"] == [{"value": "2026-11-18", "count": 4}]  # all four carry a date
    assert any(q["text"].startswith("Die Geduld") for q in data["quotes"])
    assert "Deutsche Bahn" in [f["value"] for f in data["cooccurring"]]


def test_brief_and_sources_api(client: TestClient) -> None:
    brief = client.get("/api/brief", params={"since": "7d"}).json()
    assert brief["entries"]
    assert brief["note"]
    sources = client.get("/api/sources").json()
    assert sources["total"] == 33
    assert sources["unknown_source"] == 33 - sum(f["count"] for f in sources["outlets"])


def test_export_jsonl_and_csv(client: TestClient) -> None:
    jsonl = client.get("/api/export", params={"q": "Streik"})
    assert jsonl.status_code == 200
    lines = jsonl.text.splitlines()
    assert len(lines) == 4
    assert from_dict(Article, json.loads(lines[0])).id
    table = client.get("/api/export", params={"q": "Streik", "format": "csv"})
    rows = list(csv.DictReader(io.StringIO(table.text)))
    assert len(rows) == 4
    assert client.get("/api/export", params={"format": "parquet"}).status_code == 422


def test_ingest_needs_the_token(client: TestClient) -> None:
    missing = client.post("/api/ingest", content=GERMAN.encode(), headers={"Content-Type": "text/plain"})
    assert missing.status_code == 401
    assert missing.headers["www-authenticate"] == "Bearer"
    wrong = client.post(
        "/api/ingest",
        content=GERMAN.encode(),
        headers={"Content-Type": "text/plain", "Authorization": "Bearer falsch"},
    )
    assert wrong.status_code == 403
    assert "Falscher Token" in wrong.json()["error"]


def test_ingest_is_off_without_a_configured_token(engine: Engine) -> None:
    off = TestClient(create_app(engine, token=None))
    response = off.post("/api/ingest", content=b"x", headers={"Authorization": "Bearer x"})
    assert response.status_code == 403
    assert "LAGEBILD_TOKEN" in response.json()["error"]


@pytest.fixture
def own_client(tmp_path: Path, token: str) -> TestClient:
    """A client over an empty collection of its own: ingest must not change the shared one."""
    engine = Engine(Config(db=str(tmp_path / "own.db"), max_input_bytes=4096))
    return TestClient(create_app(engine, token=token))


def test_ingest_adds_a_document(own_client: TestClient, token: str) -> None:
    headers = {"Content-Type": "text/plain; charset=utf-8", "Authorization": f"Bearer {token}"}
    report = own_client.post("/api/ingest", content=GERMAN.encode(), headers=headers)
    assert report.status_code == 200, report.text
    assert report.json()["stored"] == 1
    assert own_client.get("/api/search", params={"q": "Radweg Luzern"}).json()["total"] == 1
    again = own_client.post("/api/ingest", content=GERMAN.encode(), headers=headers).json()
    assert again["stored"] == 0  # the same text is stored once


def test_ingest_refuses_large_and_unknown_bodies(own_client: TestClient, token: str) -> None:
    auth = {"Authorization": f"Bearer {token}"}
    big = own_client.post("/api/ingest", content=b"a" * 5000, headers={**auth, "Content-Type": "text/plain"})
    assert big.status_code == 413
    odd = own_client.post("/api/ingest", content=b"%PDF", headers={**auth, "Content-Type": "application/pdf"})
    assert odd.status_code == 415
    assert "text/html" in odd.json()["error"]
    binary = own_client.post(
        "/api/ingest", content=b"\x00\x01\x02" * 50, headers={**auth, "Content-Type": "text/plain"}
    )
    assert binary.status_code == 200
    assert binary.json()["rejected"] == 1  # a reject with its reason, not an error


def test_other_routes_are_read_only(client: TestClient, some_ids: dict[str, str]) -> None:
    for path in ("/", f"/article/{some_ids['nato']}", "/api/search", "/api/brief"):
        assert client.post(path).status_code == 405
        assert client.delete(path).status_code == 405
