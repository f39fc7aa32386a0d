"""The JSON API: the twin of every page, export, and ``POST /api/ingest`` behind a token.

Each handler parses its parameters, makes one Engine call and returns plain JSON
(the dataclasses of :mod:`lagebild.model` and :mod:`lagebild.collection.views`
through :func:`lagebild.model.to_dict`).
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException, Query
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse

from lagebild.model import to_dict
from lagebild.web import present
from lagebild.web.deps import EngineDep, not_found
from lagebild.web.params import ArticleId, EntityName, ExportFormat, PageNumber, PageSize, SearchQuery, Since
from lagebild.web.security import check_token, read_limited

__all__ = ["router"]

router = APIRouter(prefix="/api", tags=["API"])

#: Content types ``POST /api/ingest`` takes, and the file ending ingest reads them by.
INGEST_TYPES = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/plain": ".txt",
    "application/x-ndjson": ".jsonl",
    "application/jsonl": ".jsonl",
    "application/json": ".json",
    "application/rss+xml": ".rss",
    "application/atom+xml": ".atom",
    "application/xml": ".xml",
    "text/xml": ".xml",
}


@router.get("/search", summary="Suche (Anfragesprache wie `lagebild search`)")
def search(
    engine: EngineDep, q: SearchQuery = "", page: PageNumber = 1, size: PageSize = 20
) -> dict[str, Any]:
    results = engine.search(q, limit=size, offset=(page - 1) * size)
    return present.search_json(q, page, size, results, engine.facets(q))


@router.get("/article/{article_id}", summary="Ein Artikel mit allen Annotationen")
def article(engine: EngineDep, article_id: ArticleId) -> dict[str, Any]:
    view = engine.article_view(article_id)
    if view is None:
        raise not_found(f"Den Artikel {article_id!r}")
    return present.article_json(view)


@router.get("/story/{article_id}", summary="Die Geschichte eines Artikels, mit Agenturtext und Änderungen")
def story(engine: EngineDep, article_id: ArticleId) -> dict[str, Any]:
    view = engine.story_of(article_id)
    if view is None:
        raise not_found(f"Den Artikel {article_id!r}")
    return present.story_json(view)


@router.get("/entity/{name:path}", summary="Artikel, Zitate und Nennungen pro Tag einer Entität")
def entity(engine: EngineDep, name: EntityName, page: PageNumber = 1, size: PageSize = 20) -> dict[str, Any]:
    view = engine.entity_view(name, limit=size, offset=(page - 1) * size)
    return present.entity_json(view, page, size)


@router.get("/brief", summary="Das Lagebild eines Zeitraums")
def brief(engine: EngineDep, since: Since = None) -> dict[str, Any]:
    return to_dict(engine.brief(since))  # type: ignore[no-any-return]


@router.get("/sources", summary="Artikel pro Quelle und Zurückgewiesenes")
def sources(engine: EngineDep) -> dict[str, Any]:
    return present.sources_json(engine.sources())


@router.get("/export", summary="Treffer einer Suche als JSONL oder CSV", response_class=FileResponse)
def export(
    engine: EngineDep, q: SearchQuery = "", format: Annotated[ExportFormat, Query()] = "jsonl"
) -> FileResponse:
    folder = tempfile.TemporaryDirectory(prefix="lagebild-export-")
    out = Path(folder.name) / f"lagebild.{format}"
    try:
        engine.export(q, format, out)
    except BaseException:
        folder.cleanup()  # a bad query: nothing to send, nothing to keep
        raise
    media = "application/x-ndjson" if format == "jsonl" else "text/csv; charset=utf-8"
    return FileResponse(out, media_type=media, filename=out.name, background=BackgroundTask(folder.cleanup))


@router.post(
    "/ingest",
    summary="Dokumente hinzufügen (Token nötig)",
    description="Body: eine Seite, ein Text, ein Feed oder JSONL; Content-Type sagt welches. "
    "Header `Authorization: Bearer <LAGEBILD_TOKEN>`.",
    responses={401: {"description": "Token fehlt"}, 403: {"description": "Falscher Token oder aus"}},
)
async def ingest(
    request: Request, engine: EngineDep, authorization: Annotated[str | None, Header()] = None
) -> dict[str, Any]:
    check_token(request.app.state.token, authorization)
    kind = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
    if kind not in INGEST_TYPES:
        known = ", ".join(sorted(INGEST_TYPES))
        raise HTTPException(415, f"Content-Type {kind or '(keiner)'!r} wird nicht gelesen; erlaubt: {known}.")
    limit = engine.config.max_input_bytes
    body = await read_limited(request.stream(), request.headers.get("content-length"), limit)
    with tempfile.TemporaryDirectory(prefix="lagebild-ingest-") as folder:
        path = Path(folder) / ("upload" + INGEST_TYPES[kind])
        path.write_bytes(body)
        report = await run_in_threadpool(engine.ingest, [path])
    return to_dict(report)  # type: ignore[no-any-return]
