"""Fixtures of the web tests: one collection (the examples plus a hostile article) per session,
an in-process client, and a live server on 127.0.0.1 for the browser tests."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from lagebild.config import Config
from lagebild.engine import Engine
from lagebild.web import create_app

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
TOKEN = "geheim-fuer-tests"

#: A scraped article whose title and text carry script payloads. Rendered, it must stay text.
HOSTILE = """Angriff auf die Redaktion <script>window.__pwned = 1; alert("xss")</script> in Bern

Unbekannte haben am Dienstag versucht, die Website einer Berner Zeitung mit Schadcode zu füllen. \
Die Polizei in Bern ermittelt.

Der Code <img src=x onerror="window.__pwned = 2; alert(2)"> sollte beim Öffnen der Seite ausgeführt \
werden, sagte die Sprecherin der Kantonspolizei Bern, Anna Keller.

«Wir nehmen den Angriff <svg onload="window.__pwned = 3">ernst und prüfen alle Spuren», sagte Keller. \
Ein Link <a href="javascript:window.__pwned=4">hier klicken</a> führte ins Leere.

Die Zeitung erschien am Mittwoch wie gewohnt. Nach Angaben der Polizei wurden keine Daten von \
Leserinnen und Lesern gestohlen.
"""


@pytest.fixture(scope="session")
def token() -> str:
    return TOKEN


@pytest.fixture(scope="session")
def collection(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite collection of examples/ and the hostile article, built once."""
    folder = tmp_path_factory.mktemp("web")
    hostile = folder / "input" / "angriff_redaktion.txt"
    hostile.parent.mkdir()
    hostile.write_text(HOSTILE, encoding="utf-8")
    db = folder / "examples.db"
    with Engine(Config(db=str(db))) as engine:
        report = engine.ingest([EXAMPLES, hostile])
    assert report.stored == 33, report
    return db


@pytest.fixture(scope="session")
def engine(collection: Path) -> Iterator[Engine]:
    with Engine(Config(db=str(collection))) as opened:
        yield opened


@pytest.fixture(scope="session")
def client(engine: Engine) -> TestClient:
    return TestClient(create_app(engine, token=TOKEN))


@pytest.fixture(scope="session")
def hostile_id(engine: Engine) -> str:
    hits = engine.search("Schadcode Redaktion").hits
    assert hits, "the hostile article was not ingested"
    return hits[0].article_id


@pytest.fixture(scope="session")
def some_ids(engine: Engine) -> dict[str, str]:
    """Article ids by role: a dated agency reprint with a story, and a Bürgi article."""
    nato = engine.search('Nato Ukraine source:"Donau Zeitung Online"').hits[0].article_id
    buergi = engine.search("Bürgi Stuttgart").hits[0].article_id
    return {"nato": nato, "buergi": buergi}


@pytest.fixture(scope="session")
def live_server(collection: Path) -> Iterator[str]:
    """The app under uvicorn on 127.0.0.1 and a free port, in a thread; yields its base URL."""
    import uvicorn

    engine = Engine(Config(db=str(collection)))
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(engine, token=TOKEN), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the live server did not start within 20 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)
    sock.close()
    engine.close()
