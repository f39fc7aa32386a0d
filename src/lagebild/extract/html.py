"""Reader for saved HTML pages: trafilatura's main text plus our news layer.

1. Parse once (lxml); page metadata (title, dates, authors, tags) from
   JSON-LD, meta tags and ``<time>`` (:mod:`.html_meta`, :mod:`.dates`).
2. trafilatura reads a copy of the tree and says which lines are article text
   (:mod:`.core`).
3. A publisher profile, chosen by the URL's domain, marks lead, key points,
   captions and tags (:mod:`.profiles`).
4. The walker goes through the article container in document order and sorts
   every element (:mod:`.walker`); without a marked container it keeps only the
   paragraphs trafilatura kept.
5. Lines trafilatura kept that the walk never saw are added in reading order
   (:mod:`.merge`); then page type and paywall/consent flags (:mod:`.page`).
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from lagebild.errors import NoContentError
from lagebild.extract.builder import Draft
from lagebild.extract.core import core_text
from lagebild.extract.dates import json_ld_items, page_dates
from lagebild.extract.html_meta import ld_authors, ld_tags, meta_authors, meta_tags, page_title, site_name
from lagebild.extract.merge import merge_core
from lagebild.extract.page import page_signals, reject_index
from lagebild.extract.profiles import apply_profile, profile_for
from lagebild.extract.walker import ROLE, TAG_WORDS, Walker, words
from lagebild.model import BlockKind, PageType, RawDocument

__all__ = ["read_html"]

_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "form", "button", "nav", "footer")


def read_html(text: str, raw: RawDocument) -> Draft:
    tree = parse(text, raw)
    ld = json_ld_items(tree)
    draft = Draft()
    draft.title = page_title(tree)
    draft.source = site_name(tree)
    for name in [*meta_authors(tree), *ld_authors(ld)]:
        draft.add_author(name)
    for tag in [*meta_tags(tree), *ld_tags(ld)]:
        draft.add_tag(tag)
    signals = page_signals(tree, ld, draft.title)
    draft.page_type, draft.partial = signals.page_type, signals.partial
    profile = profile_for(raw.url)
    marked = apply_profile(profile, tree) > 0 if profile is not None else False
    for element in list(tree.iter(*_DROP_TAGS)):
        if _droppable(element):
            _remove(element)
    core = core_text(tree, raw.url)
    container, trusted = _container(tree)
    walker = Walker(draft, core, trusted=trusted, marked=marked)
    walker.walk(container)
    if core is not None:
        merge_core(draft, walker.items, core)
    dates = page_dates(tree, ld, walker.date_lines)
    draft.published, draft.updated = dates.published, dates.updated
    where = raw.location or raw.url or "the input"
    if draft.page_type is PageType.ARTICLE:
        reject_index(tree, ld, _prose_parts(draft), where)
    return draft


def _prose_parts(draft: Draft) -> int:
    return sum(1 for p in draft.parts if p.kind in (BlockKind.BODY, BlockKind.LEAD) and len(p.text) >= 200)


def parse(text: str, raw: RawDocument) -> lxml_html.HtmlElement:
    # lxml refuses str input that still carries an XML encoding declaration.
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        return lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        where = raw.location or "the input"
        raise NoContentError(
            f"{where} looks like HTML but has no document in it; give the full page"
        ) from None


def _droppable(element: lxml_html.HtmlElement) -> bool:
    """Scripts, navigation, forms and footers go, unless they hold what we read."""
    if element.tag == "form":
        # ASP.NET pages wrap the whole page, article included, in one <form>.
        return not element.xpath(".//p|.//article")
    # A tag list marked up as navigation ("nav.article-tags") stays.
    return not (element.tag == "nav" and (words(element) & TAG_WORDS or element.xpath(f".//*[@{ROLE}]")))


def _remove(element: lxml_html.HtmlElement) -> None:
    if element.getparent() is not None:
        element.drop_tree()


def _container(tree: lxml_html.HtmlElement) -> tuple[lxml_html.HtmlElement, bool]:
    """The element holding the article, and whether its markup says so."""
    for xpath in ("//*[@itemprop='articleBody']/ancestor::article[1]", "//article", "//main"):
        found = tree.xpath(xpath)
        if found:
            return max(found, key=lambda e: len(e.text_content())), True
    stories = [e for e in tree.iter("div", "section") if words(e) & {"story", "article", "artikel"}]
    if stories:
        return max(stories, key=lambda e: len(e.text_content())), True
    body = tree.find("body")
    return (body if body is not None else tree), False
