"""Templates and the filters they use: German dates, search snippets, entity links.

The Jinja2 environment is built on first use (no import-time work) with
autoescaping for every template, so text from articles is always escaped; the
only markup that is not escaped is what :mod:`lagebild.web.highlight` builds.
"""

from __future__ import annotations

import functools
from datetime import datetime
from typing import Any

import jinja2
from markupsafe import Markup, escape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from lagebild.store import MARK_END, MARK_START
from lagebild.web.highlight import entity_url
from lagebild.web.present import refine

__all__ = ["ENTITY_LABELS", "environment", "page"]

#: The legend of entity highlights.
ENTITY_LABELS = {"PER": "Person", "ORG": "Organisation", "LOC": "Ort", "OTH": "Sonstiges"}


def de_date(moment: datetime | None, *, time: bool = True) -> str:
    """``26.11.2026, 15:02`` in the article's own time zone (what the outlet printed)."""
    if moment is None:
        return "ohne Datum"
    return moment.strftime("%d.%m.%Y, %H:%M" if time else "%d.%m.%Y")


def snippet(text: str) -> Markup:
    """A search snippet with its matches in ``<mark>`` (the store marks them with ⟦ ⟧)."""
    escaped = str(escape(text))
    return Markup(escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>"))


def plural(count: int, one: str, many: str) -> str:
    return f"{count:,} {one if count == 1 else many}".replace(",", ".")


@functools.cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("lagebild.web", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(de_date=de_date, snippet=snippet, entity_url=entity_url)
    env.globals.update(ENTITY_LABELS=ENTITY_LABELS, plural=plural, refine=refine)
    return env


def page(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """Render ``template`` with ``context`` (plus the request) as an HTML response."""
    html = environment().get_template(template).render(request=request, **context)
    return HTMLResponse(html, status_code=status_code)
