"""What the templates need from the library's views, shaped for display (and for JSON).

Presentation only: grouping, counting for legends, safe links. The answers
themselves come from :class:`lagebild.Engine`.
"""

from __future__ import annotations

from collections import Counter
from typing import Any
from urllib.parse import quote, urlsplit

from lagebild.collection.views import ArticleView, EntityView, SourcesView, StoryView
from lagebild.model import Article, BlockKind, to_dict
from lagebild.store import Facets, SearchResults
from lagebild.web.chart import bar_chart
from lagebild.web.highlight import paragraphs, source_attr, speaker_name

__all__ = [
    "article_context",
    "article_json",
    "entity_context",
    "entity_json",
    "refine",
    "safe_url",
    "search_json",
    "search_link",
    "sources_json",
    "story_json",
]

BODY_KINDS = (BlockKind.KEY_POINT, BlockKind.CAPTION, BlockKind.HEADING, BlockKind.BODY)


def safe_url(url: str | None) -> str | None:
    """``url`` when it is http(s); anything else (``javascript:``, ``data:``) is never a link."""
    if not url:
        return None
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in ("http", "https") else None


def search_link(query: str) -> str:
    return "/?q=" + quote(query, safe="")


def refine(query: str, field: str, value: str) -> str:
    """The search link for ``query`` narrowed to ``field`` = ``value`` (a day facet: that day)."""
    cleaned = " ".join(value.replace('"', " ").split())
    extra = f"since:{cleaned} until:{cleaned}" if field == "day" else f'{field}:"{cleaned}"'
    return search_link(f"{query.strip()} {extra}".strip())


def title_of(article: Article) -> str:
    return article.headline


def article_context(view: ArticleView) -> dict[str, Any]:
    article = view.article
    counts = Counter(m.entity for m in article.mentions)
    order = {"PER": 0, "ORG": 1, "LOC": 2, "OTH": 3}
    entities = sorted(
        ((e, counts.get(i, 0)) for i, e in enumerate(article.entities)),
        key=lambda pair: (order.get(pair[0].type.value, 4), -pair[1], pair[0].name),
    )
    quotes = [
        (article.span_text(q.span), speaker_name(article, q), q.kind.value, article.source_of(q))
        for q in sorted(article.quotes, key=lambda q: q.span.start)
    ]
    return {
        "article": article,
        "title": title_of(article),
        "url": safe_url(article.url),
        "lead": paragraphs(article, (BlockKind.LEAD,)),
        "body": paragraphs(article, BODY_KINDS),
        "key_points": [(k.text, source_attr(k.sources), k.origin.value) for k in article.key_points],
        "entities": entities,
        "types": sorted({e.type.value for e in article.entities}),
        "quotes": quotes,
        "related": view.related,
    }


def article_json(view: ArticleView) -> dict[str, Any]:
    article = view.article
    return {
        "article": to_dict(article),
        "related": to_dict(view.related),
        "links": {
            "page": f"/article/{article.id}",
            "story": f"/api/story/{article.id}",
            "entities": {e.name: "/api" + _entity_path(e.name) for e in article.entities},
        },
    }


def _entity_path(name: str) -> str:
    return "/entity/" + quote(name, safe="")


def search_json(query: str, page: int, size: int, results: SearchResults, facets: Facets) -> dict[str, Any]:
    return {
        "query": query,
        "page": page,
        "size": size,
        "total": results.total,
        "hits": to_dict(results.hits),
        "facets": to_dict(facets),
    }


def story_json(view: StoryView) -> dict[str, Any]:
    return {
        "story": to_dict(view.story),
        "articles": [
            {
                "id": a.id,
                "title": a.title,
                "source": a.source,
                "agency": a.agency,
                "published": to_dict(a.published),
                "url": a.url,
                "location": a.location,
            }
            for a in view.articles
        ],
        "agency_copy": view.agency_copy,
        "changes": to_dict(view.changes),
    }


def entity_context(view: EntityView) -> dict[str, Any]:
    return {"view": view, "chart": bar_chart(view.by_day)}


def entity_json(view: EntityView, page: int, size: int) -> dict[str, Any]:
    data = to_dict(view)
    data.update(page=page, size=size)
    return data  # type: ignore[no-any-return]


def sources_json(view: SourcesView) -> dict[str, Any]:
    return to_dict(view)  # type: ignore[no-any-return]
