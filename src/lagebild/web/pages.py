"""The HTML pages. Each handler parses its parameters, makes one Engine call and renders."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import HTMLResponse

from lagebild.web import present
from lagebild.web.deps import EngineDep, not_found
from lagebild.web.params import PAGE_SIZE, ArticleId, EntityName, PageNumber, SearchQuery, Since
from lagebild.web.render import page

__all__ = ["router"]

router = APIRouter(tags=["Seiten"], default_response_class=HTMLResponse)


@router.get("/", summary="Suche mit Facetten")
def search_page(
    request: Request, engine: EngineDep, q: SearchQuery = "", page_: PageNumber = 1
) -> HTMLResponse:
    offset = (page_ - 1) * PAGE_SIZE
    results = engine.search(q, limit=PAGE_SIZE, offset=offset)
    facets = engine.facets(q)
    return page(request, "search.html", q=q, page=page_, size=PAGE_SIZE, results=results, facets=facets)


@router.get("/article/{article_id}", summary="Ein Artikel mit Hervorhebungen")
def article_page(request: Request, engine: EngineDep, article_id: ArticleId) -> HTMLResponse:
    view = engine.article_view(article_id)
    if view is None:
        raise not_found(f"Den Artikel {article_id!r}")
    return page(request, "article.html", **present.article_context(view))


@router.get("/article/{article_id}/story", summary="Die Geschichte eines Artikels (Fragment)")
def article_story_fragment(request: Request, engine: EngineDep, article_id: ArticleId) -> HTMLResponse:
    view = engine.story_of(article_id)
    if view is None:
        raise not_found(f"Den Artikel {article_id!r}")
    return page(request, "story_box.html", view=view, current=article_id)


@router.get("/story/{article_id}", summary="Die Geschichte, zu der ein Artikel gehört")
def story_page(request: Request, engine: EngineDep, article_id: ArticleId) -> HTMLResponse:
    view = engine.story_of(article_id)
    if view is None:
        raise not_found(f"Den Artikel {article_id!r}")
    return page(request, "story.html", view=view, current=article_id)


@router.get("/entity/{name:path}", summary="Eine Person, Organisation oder ein Ort")
def entity_page(request: Request, engine: EngineDep, name: EntityName, page_: PageNumber = 1) -> HTMLResponse:
    view = engine.entity_view(name, limit=PAGE_SIZE, offset=(page_ - 1) * PAGE_SIZE)
    context = present.entity_context(view)
    return page(request, "entity.html", page=page_, size=PAGE_SIZE, **context)


@router.get("/lagebild", summary="Das Lagebild der letzten 24 Stunden oder 7 Tage")
def brief_page(request: Request, engine: EngineDep, since: Since = None) -> HTMLResponse:
    return page(request, "brief.html", brief=engine.brief(since), since=since)


@router.get("/sources", summary="Artikel pro Quelle und Zurückgewiesenes")
def sources_page(request: Request, engine: EngineDep) -> HTMLResponse:
    return page(request, "sources.html", view=engine.sources())
