"""What kind of page this is, and whether it holds the whole article.

Page type: a live ticker (JSON-LD ``LiveBlogPosting``, "Liveticker" in the
title or ticker class names), a video page (``og:type`` video or a
``VideoObject`` as the main item, with little text), an index page (many teaser
blocks and almost no running text: rejected, it is not an article), else an
article.

Partial: a paywall stub (``isAccessibleForFree: false`` in JSON-LD, or paywall
wording with a paywall element) or a consent wall (consent wording and a short
text). The text that is there is kept and the article is flagged.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from lxml import html as lxml_html

from lagebild.errors import NoContentError
from lagebild.extract.lexicon import read_list
from lagebild.model import PageType

__all__ = ["PageSignals", "is_offer_line", "page_signals", "reject_index"]

_TICKER_TITLE = re.compile(r"\b(?:live-?ticker|live-?blog)\b|^\s*(?:live:|\+\+\+)", re.IGNORECASE)
# Whole class names only: "ticker" alone is the news ticker in a sidebar of ordinary articles.
_TICKER_CLASSES = frozenset({"liveblog", "liveticker", "live-ticker", "live-blog", "liveblog-entry"})
# Metadata that says "this is one article": such a page is never an index page.
_ARTICLE_TYPES = frozenset(
    {"Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
     "OpinionNewsArticle", "LiveBlogPosting", "Recipe", "Product", "TechArticle", "ScholarlyArticle"}
)  # fmt: skip
# An index page is mostly links: this share of its text at least.
_INDEX_LINK_SHARE = 0.5
_PAYWALL_WORDS = frozenset({"paywall", "paid", "premium", "plus", "abo", "subscription", "zplus", "offer"})
_TEASER_WORDS = frozenset({"teaser", "card", "tile", "story-teaser", "teaser-list"})
# Index pages: at least this many teaser blocks, and at most this many paragraphs
# of running text (a blog front page with whole posts is not an index).
_INDEX_TEASERS = 6
_INDEX_PROSE = 2
# A consent wall hides the article: the page text left is short.
_CONSENT_MAX_CHARS = 1500


@dataclass(frozen=True, slots=True)
class PageSignals:
    page_type: PageType
    partial: bool
    reason: str | None  # "paywall", "consent" or None


@functools.cache
def _phrases(name: str) -> tuple[str, ...]:
    return tuple(line.casefold() for line in read_list(name))


def is_offer_line(line: str) -> bool:
    """A line of a paywall or consent offer ("Weiterlesen mit ... Plus"): never article text."""
    if len(line) > 300:
        return False
    folded = line.casefold()
    return any(p in folded for p in (*_phrases("paywall.txt"), *_phrases("consent.txt")))


def page_signals(tree: lxml_html.HtmlElement, ld: list[dict[str, Any]], title: str | None) -> PageSignals:
    """Look at the whole page before anything is dropped from it."""
    body = tree.find("body")
    text = (body if body is not None else tree).text_content().casefold()
    types = {str(t) for item in ld for t in _as_list(item.get("@type"))}
    classes = " ".join(tree.xpath("//@class")).casefold()
    class_words = set(re.split(r"[\s_-]+", classes))
    page_type = PageType.ARTICLE
    if (
        "LiveBlogPosting" in types
        or _TICKER_TITLE.search(title or "")
        or set(classes.split()) & _TICKER_CLASSES
    ):
        page_type = PageType.LIVE_TICKER
    elif _is_video(tree, types, len(text)):
        page_type = PageType.VIDEO
    free = [item.get("isAccessibleForFree") for item in ld if "isAccessibleForFree" in item]
    locked = any(v is False or str(v).casefold() == "false" for v in free)
    if locked or (class_words & _PAYWALL_WORDS and any(p in text for p in _phrases("paywall.txt"))):
        return PageSignals(page_type, True, "paywall")
    if len(text) < _CONSENT_MAX_CHARS * 4 and any(p in text for p in _phrases("consent.txt")):
        return PageSignals(page_type, True, "consent")
    return PageSignals(page_type, False, None)


def reject_index(tree: lxml_html.HtmlElement, ld: list[dict[str, Any]], prose: int, where: str) -> None:
    """Raise NoContentError for a page of teasers: lagebild stores articles, not lists of them.

    Conservative on purpose (trafilatura's German evaluation pages hold short
    articles beside long teaser rails): the metadata must not call the page an
    article, it has at most two paragraphs of running text, at least six teaser
    blocks, and most of its text is link text.
    """
    types = {str(t) for item in ld for t in _as_list(item.get("@type"))}
    og = tree.xpath("//meta[@property='og:type']/@content")
    if prose > _INDEX_PROSE or types & _ARTICLE_TYPES or (og and str(og[0]).casefold() == "article"):
        return
    body = tree.find("body")
    total = len((body if body is not None else tree).text_content().split())
    linked = sum(len(a.text_content().split()) for a in tree.iter("a"))
    if not total or linked < _INDEX_LINK_SHARE * total:
        return
    teasers = len(tree.xpath("//article")) or sum(
        1
        for e in tree.iter("div", "li", "section")
        if set(re.split(r"[\s_-]+", e.get("class", ""))) & _TEASER_WORDS
    )
    if teasers >= _INDEX_TEASERS:
        raise NoContentError(
            f"{where} is an index page ({teasers} article teasers and no article text): "
            "give the page of one article instead"
        )


def _is_video(tree: lxml_html.HtmlElement, types: set[str], chars: int) -> bool:
    og = tree.xpath("//meta[@property='og:type']/@content")
    video = bool(og and str(og[0]).startswith("video")) or (
        "VideoObject" in types and "NewsArticle" not in types
    )
    return video and chars < 6000


def _as_list(value: object) -> list[object]:
    return value if isinstance(value, list) else [value]
