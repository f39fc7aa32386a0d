"""The OpenAPI document, and schemathesis against it: no input gets a 500.

Examples are bounded (``MAX_EXAMPLES`` per operation, no shrinking of the
database) so the whole run stays within a few seconds per route.
"""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings

from lagebild.engine import Engine
from lagebild.web import create_app

MAX_EXAMPLES = 30
#: Routes that group stories on every call (about 50 ms each here) get fewer examples.
SLOW_ROUTES = ("story", "brief", "lagebild")


def test_openapi_document_lists_the_api(client: TestClient) -> None:
    doc = client.get("/openapi.json").json()
    paths = doc["paths"]
    for path in ("/api/search", "/api/article/{article_id}", "/api/story/{article_id}", "/api/brief"):
        assert "get" in paths[path]
    assert "post" in paths["/api/ingest"]
    assert "/api/export" in paths
    assert any(p.startswith("/api/entity/") for p in paths)
    assert "/" in paths  # the pages are documented too (they take the same parameters)
    assert client.get("/docs").status_code == 404  # Swagger UI would load from a CDN


def _server_errors(operation: Any) -> list[str]:
    """Run up to ``MAX_EXAMPLES`` generated requests against one operation; the 5xx among them."""
    found: list[str] = []

    @settings(
        max_examples=10 if any(r in operation.path for r in SLOW_ROUTES) else MAX_EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(operation.as_strategy())
    def run(case: Any) -> None:
        response = case.call()
        if response.status_code >= 500:
            found.append(f"{operation.label}: {response.status_code} for {case.path} {case.query}")

    run()
    return found


@pytest.mark.slow
def test_no_input_gives_a_server_error(engine: Engine, token: str) -> None:
    import schemathesis

    schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(engine, token=token))
    operations = [result.ok() for result in schema.get_all_operations()]  # type: ignore[union-attr]
    assert len(operations) >= 14
    failures = [f for operation in operations for f in _server_errors(operation)]
    assert not failures, "\n".join(failures[:10])
