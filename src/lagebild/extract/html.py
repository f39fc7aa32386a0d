"""Reader for saved HTML pages (first version).

We walk the article's own container in document order with a few news rules
(headline, teaser, key-points box, figure captions with credits, sub-headings,
ads, related lists). When a page has no ``<article>``/``<main>``-like container,
trafilatura decides which paragraphs of the page are article text and our walk
keeps only those, so navigation and footers stay out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from lagebild.errors import NoContentError
from lagebild.extract.builder import Draft, clean_inline
from lagebild.extract.html_meta import meta_authors, meta_tags, page_title, published, site_name
from lagebild.extract.lexicon import fold, tag_labels
from lagebild.extract.patterns import (
    agency_line,
    byline_agency,
    byline_authors,
    credit_only,
    find_dateline,
    is_ad,
    is_box_label,
    is_tag_label,
    related_label,
    split_credit,
)
from lagebild.model import BlockKind, RawDocument

__all__ = ["read_html"]

_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "form", "button", "nav", "footer")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_PARAGRAPHS = frozenset({"p", "blockquote", "pre", "dd"})
_LISTS = frozenset({"ul", "ol"})
_CAPTIONS = frozenset({"figcaption"})
# Class/id words (split at "-" and "_") that mark an element as one of these.
_AD_WORDS = frozenset({"ad", "ads", "adslot", "advert", "advertisement", "anzeige", "werbung", "sponsored"})
_JUNK_WORDS = frozenset(
    {"nav", "menu", "cookie", "consent", "newsletter", "share", "social", "breadcrumb", "breadcrumbs",
     "footer", "comments", "comment", "toolbar", "login", "paywall", "header"}
)  # fmt: skip
_RELATED_WORDS = frozenset({"related", "recommended", "recommendations", "teaserlist", "mehr"})
_TAG_WORDS = frozenset({"tags", "taglist", "keywords", "topics", "schlagworte"})
_LEAD_WORDS = frozenset({"lead", "teaser", "intro", "standfirst", "abstract", "excerpt", "summary", "lede"})
_BYLINE_WORDS = frozenset({"byline", "author", "authors", "autor"})
_META_WORDS = frozenset(
    {"meta", "dateline", "date", "time", "rubrik", "ressort", "kicker", "topline", "overline"}
)
_CAPTION_WORDS = frozenset({"caption", "bildtext", "bildunterschrift", "image-caption", "legende"})
_CREDIT_WORDS = frozenset({"credit", "credits", "copyright", "source", "quelle", "foto", "photographer"})


def read_html(text: str, raw: RawDocument) -> Draft:
    tree = _parse(text, raw)
    draft = Draft()
    draft.title = page_title(tree)
    draft.published = published(tree)
    draft.source = site_name(tree)
    for name in meta_authors(tree):
        draft.add_author(name)
    for tag in meta_tags(tree):
        draft.add_tag(tag)
    for element in list(tree.iter(*_DROP_TAGS)):
        _remove(element)
    container, trusted = _container(tree)
    keep = None if trusted else _trafilatura_text(text)
    _Walker(draft, keep).walk(container)
    return draft


def _parse(text: str, raw: RawDocument) -> lxml_html.HtmlElement:
    # lxml refuses str input that still carries an XML encoding declaration.
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    try:
        return lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        where = raw.location or "the input"
        raise NoContentError(
            f"{where} looks like HTML but has no document in it; give the full page"
        ) from None


def _remove(element: lxml_html.HtmlElement) -> None:
    parent = element.getparent()
    if parent is not None:
        element.drop_tree()


def _words(element: lxml_html.HtmlElement) -> set[str]:
    value = f"{element.get('class', '')} {element.get('id', '')}".lower()
    words = set(value.split())
    for word in list(words):
        words.update(re.split(r"[-_]", word))
    return words


def _container(tree: lxml_html.HtmlElement) -> tuple[lxml_html.HtmlElement, bool]:
    """The element holding the article, and whether its markup says so."""
    for xpath in ("//*[@itemprop='articleBody']/ancestor::article[1]", "//article", "//main"):
        found = tree.xpath(xpath)
        if found:
            return max(found, key=lambda e: len(e.text_content())), True
    stories = [e for e in tree.iter("div", "section") if _words(e) & {"story", "article", "artikel"}]
    if stories:
        return max(stories, key=lambda e: len(e.text_content())), True
    body = tree.find("body")
    return (body if body is not None else tree), False


def _trafilatura_text(text: str) -> tuple[frozenset[str], str] | None:
    """Main text according to trafilatura: its paragraphs, and all of it on one line."""
    found = trafilatura.extract(text, include_comments=False, include_tables=False, deduplicate=False)
    if not found:
        return None
    return frozenset(clean_inline(line) for line in found.splitlines()), clean_inline(found)


class _Walker:
    def __init__(self, draft: Draft, keep: tuple[frozenset[str], str] | None) -> None:
        self.draft = draft
        self.keep = keep
        self.box_next = False
        self.related_next = False
        self.tags_next = False
        self.h1_seen = False

    def walk(self, element: lxml_html.HtmlElement) -> None:
        for child in element:
            if isinstance(child, lxml_html.HtmlElement):
                self._element(child)

    def _element(self, el: lxml_html.HtmlElement) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        text = clean_inline(el.text_content())
        words = _words(el)
        if not text or tag == "img":
            return
        if words & _AD_WORDS or is_ad(text):
            self.draft.drop(BlockKind.AD, text, "ad slot")
        elif words & _JUNK_WORDS or (tag == "header" and not el.xpath(".//h1")):
            self.draft.drop(BlockKind.BOILERPLATE, text, "page furniture (navigation, banner, footer)")
        elif words & _RELATED_WORDS or tag == "aside":
            self._related_block(el)
        elif words & _TAG_WORDS:
            self._tag_block(el)
        elif tag in _HEADINGS:
            self._heading(tag, text)
        elif tag in _LISTS:
            self._list(el)
        elif tag == "figure" or words & _CAPTION_WORDS or tag in _CAPTIONS:
            self._figure(el)
        elif tag == "table":
            self.draft.drop(BlockKind.BOILERPLATE, text, "table (not read in this version)")
        elif tag in _PARAGRAPHS or not _has_blocks(el) or (words & _LEAD_WORDS and not _has_structure(el)):
            self._paragraph(el, text, words)
        else:
            self.walk(el)

    # -- headings and what they announce -------------------------------------
    def _heading(self, tag: str, text: str) -> None:
        self.box_next = self.related_next = self.tags_next = False
        if is_box_label(text):
            self.draft.key_points_label = self.draft.key_points_label or text.rstrip(": +")
            self.draft.drop(BlockKind.KEY_POINTS_LABEL, text, "label of the page's key-points box")
            self.box_next = True
        elif is_tag_label(text):
            self.draft.drop(BlockKind.TAG_LIST, text, "label of the page's tag list")
            self.tags_next = True
        elif related_label(text) is not None:
            self.draft.drop(BlockKind.RELATED, text, "label of a related-articles block")
            self.related_next = True
        elif tag == "h1" and not self.h1_seen:
            self.h1_seen = True
            self.draft.title = text
            self.draft.add(BlockKind.TITLE, text)
        else:
            self.draft.add(BlockKind.HEADING, text)

    def _list(self, el: lxml_html.HtmlElement) -> None:
        items = [clean_inline(li.text_content()) for li in el.iter("li")]
        items = [i for i in items if i]
        if self.box_next:
            for item in items:
                self.draft.add(BlockKind.KEY_POINT, item)
        elif self.related_next:
            for item in items:
                self.draft.drop(BlockKind.RELATED, item, "headline of a related article")
        elif self.tags_next:
            for item in items:
                self.draft.add_tag(item)
            self.draft.drop(BlockKind.TAG_LIST, " · ".join(items), "the page's topic tags")
        else:
            for item in items:
                self._content(item)
        self.box_next = self.related_next = self.tags_next = False

    def _related_block(self, el: lxml_html.HtmlElement) -> None:
        for heading in el.iter(*_HEADINGS):
            self.draft.drop(
                BlockKind.RELATED, clean_inline(heading.text_content()), "label of related articles"
            )
        links = [clean_inline(a.text_content()) for a in el.iter("a")]
        for link in links or [clean_inline(el.text_content())]:
            self.draft.drop(BlockKind.RELATED, link, "headline of a related article")

    def _tag_block(self, el: lxml_html.HtmlElement) -> None:
        links = [clean_inline(a.text_content()) for a in el.iter("a", "li")]
        for link in dict.fromkeys(x for x in links if x and fold(x) not in tag_labels()):
            self.draft.add_tag(link)
        self.draft.drop(BlockKind.TAG_LIST, clean_inline(el.text_content()), "the page's topic tags")

    # -- captions --------------------------------------------------------------
    def _figure(self, el: lxml_html.HtmlElement) -> None:
        captions = [el] if el.tag == "figcaption" or _words(el) & _CAPTION_WORDS else _caption_elements(el)
        for caption in captions:
            text, credit = _caption_and_credit(caption)
            if credit:
                self.draft.drop(BlockKind.CREDIT, credit, "photo credit of a caption")
            if text:
                self.draft.add(BlockKind.CAPTION, text, credit=_credit_name(credit) if credit else None)

    # -- paragraphs ------------------------------------------------------------
    def _paragraph(self, el: lxml_html.HtmlElement, text: str, words: set[str]) -> None:
        if self.box_next and len(text) <= 300:
            self.draft.add(BlockKind.KEY_POINT, text)
            return
        authors = byline_authors(text)
        if words & _BYLINE_WORDS or authors is not None:
            for name in authors or [re.sub(r"^(?:Von|Text:)\s+", "", text)]:
                self.draft.add_author(name)
            self.draft.agency = self.draft.agency or byline_agency(text)
            self.draft.drop(BlockKind.BOILERPLATE, text, "byline")
        elif words & _META_WORDS:
            source = re.search(r"Quelle:\s*([\w/ -]+)", text)
            if source is not None:
                self.draft.agency = self.draft.agency or agency_line(source.group(1))
            self.draft.drop(BlockKind.BOILERPLATE, text, "date, section or kicker line")
        elif words & _LEAD_WORDS and BlockKind.LEAD not in self.draft.kinds:
            self.draft.add(BlockKind.LEAD, text)
        elif (credit := credit_only(text)) is not None:
            self._late_credit(text, credit)
        elif (agency := agency_line(text)) is not None:
            self.draft.agency = self.draft.agency or agency
            self.draft.drop(BlockKind.CREDIT, text, "agency credit")
        elif (related := related_label(text)) is not None:
            self.draft.drop(BlockKind.RELATED, text, "link to a related article")
            self.related_next = not related[1]
        elif not self._kept(text):
            self.draft.drop(BlockKind.BOILERPLATE, text, "outside the article text (trafilatura)")
        else:
            self._content(text)

    def _kept(self, text: str) -> bool:
        """Whether trafilatura counts this paragraph as article text (always, without it)."""
        if self.keep is None:
            return True
        lines, joined = self.keep
        # Substring search over the whole text only for page-sized texts: it is quadratic.
        return text in lines or (len(joined) < 200_000 and text in joined)

    def _late_credit(self, text: str, credit: str) -> None:
        parts = self.draft.parts
        if parts and parts[-1].kind is BlockKind.CAPTION and parts[-1].credit is None:
            parts[-1].credit = credit
        self.draft.drop(BlockKind.CREDIT, text, "photo credit")

    def _content(self, text: str) -> None:
        self.box_next = self.related_next = self.tags_next = False
        dateline = find_dateline(text)
        if dateline is not None:
            self.draft.agency = self.draft.agency or dateline.agency
            self.draft.drop(BlockKind.CREDIT, dateline.marker, "agency marker of the dateline")
            text = dateline.text
        self.draft.add(BlockKind.BODY if BlockKind.LEAD in self.draft.kinds else BlockKind.LEAD, text)


def _has_blocks(el: lxml_html.HtmlElement) -> bool:
    block_tags = _HEADINGS | _PARAGRAPHS | _LISTS | {"div", "section", "article", "figure", "aside", "table"}
    return any(isinstance(c.tag, str) and c.tag in block_tags for c in el.iterdescendants())


def _has_structure(el: lxml_html.HtmlElement) -> bool:
    """Headings or lists inside: a teaser box that is really a key-points box."""
    return bool(el.xpath(".//h1|.//h2|.//h3|.//h4|.//h5|.//h6|.//ul|.//ol"))


def _caption_elements(el: lxml_html.HtmlElement) -> Iterator[lxml_html.HtmlElement]:
    found = list(el.iter("figcaption")) or [e for e in el.iter() if _words(e) & _CAPTION_WORDS]
    yield from found


def _caption_and_credit(caption: lxml_html.HtmlElement) -> tuple[str, str | None]:
    """Caption text without its credit element (span.credit, small, .copyright)."""
    credit_el = next(
        (e for e in caption.iterdescendants() if e.tag == "small" or _words(e) & _CREDIT_WORDS), None
    )
    if credit_el is None:
        text = clean_inline(caption.text_content())
        split = split_credit(text)
        return split if split is not None else (text, None)
    credit = clean_inline(credit_el.text_content())
    tail = credit_el.tail or ""
    credit_el.tail = None
    credit_el.drop_tree()
    return clean_inline(caption.text_content() + " " + tail), credit or None


def _credit_name(credit: str) -> str:
    """``"Foto: dpa"`` -> ``"dpa"``; ``"© APA/Name"`` -> ``"APA/Name"``."""
    return credit_only(credit) or credit.strip()
