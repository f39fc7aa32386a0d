"""What every handler gets from the app: the Engine it was made with, and the ingest token."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException
from starlette.requests import Request

from lagebild.engine import Engine

__all__ = ["EngineDep", "not_found"]


def _engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


EngineDep = Annotated[Engine, Depends(_engine)]


def not_found(what: str) -> HTTPException:
    return HTTPException(404, f"{what} gibt es in dieser Sammlung nicht.")
