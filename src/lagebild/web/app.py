"""The web app: :func:`create_app` builds one ASGI app over an :class:`~lagebild.Engine`.

Pages (:mod:`lagebild.web.pages`) and their JSON twins (:mod:`lagebild.web.api`)
share the engine; the OpenAPI document is at ``/openapi.json``. Everything is
read-only except ``POST /api/ingest``, which needs the token. Errors are pages
(or JSON under ``/api/``) with a clear message, never a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from importlib import resources

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from lagebild import __version__
from lagebild.engine import Engine
from lagebild.errors import ConfigError, LagebildError, QueryError, StoreError
from lagebild.web import api, pages
from lagebild.web.render import page
from lagebild.web.security import SecurityHeaders

__all__ = ["create_app"]

log = logging.getLogger("lagebild.web")


def create_app(engine: Engine, *, token: str | None = None) -> FastAPI:
    """The app over ``engine``. ``token`` (default: the config's LAGEBILD_TOKEN) unlocks ingest."""
    app = FastAPI(
        title="lagebild",
        version=__version__,
        description="Deutsche Nachrichten verstehen: Suche, Artikel, Entitäten, Geschichten, Lagebild.",
        docs_url=None,  # the Swagger and ReDoc pages load scripts from a CDN
        redoc_url=None,
    )
    app.state.engine = engine
    app.state.token = token if token is not None else engine.config.token
    static = resources.files("lagebild.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.include_router(pages.router)
    app.include_router(api.router)
    app.add_exception_handler(HTTPException, _http_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _invalid)  # type: ignore[arg-type]
    app.add_exception_handler(LagebildError, _lagebild_error)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, _unexpected)
    app.add_middleware(SecurityHeaders)
    return app


def _error(request: Request, status: int, message: str, headers: Mapping[str, str] | None = None) -> Response:
    if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
        return JSONResponse({"error": message, "status": status}, status_code=status, headers=headers)
    response = page(request, "error.html", status_code=status, status=status, message=message)
    if headers:
        response.headers.update(headers)
    return response


async def _http_error(request: Request, exc: HTTPException) -> Response:
    messages = {404: "Diese Seite gibt es nicht.", 405: "Diese Methode ist hier nicht erlaubt."}
    detail = exc.detail if exc.detail and exc.detail != _reason(exc.status_code) else None
    return _error(
        request, exc.status_code, detail or messages.get(exc.status_code, "Anfrage abgelehnt."), exc.headers
    )


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


async def _invalid(request: Request, exc: RequestValidationError) -> Response:
    problems = []
    for error in exc.errors()[:5]:
        where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("query", "path", "header", "body"))
        problems.append(f"{where or 'Anfrage'}: {error.get('msg', 'ungültig')}")
    return _error(request, 422, "Ungültige Parameter – " + "; ".join(problems))


async def _lagebild_error(request: Request, exc: LagebildError) -> Response:
    if isinstance(exc, QueryError | ConfigError):
        return _error(request, 400, str(exc))
    if isinstance(exc, StoreError):
        log.error("store error on %s: %s", request.url.path, exc)
        return _error(request, 503, f"Die Sammlung ist nicht erreichbar: {exc}")
    return _error(request, 400, str(exc))


async def _unexpected(request: Request, exc: Exception) -> Response:
    # a backstop: every input is meant to end in a 4xx above; this logs what slipped through
    log.exception("unexpected error on %s", request.url.path)
    return _error(request, 500, "Interner Fehler. Er wurde protokolliert; bitte melde ihn mit der Adresse.")
