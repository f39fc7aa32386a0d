"""The news layer: walk a page's DOM in document order and sort what it holds.

Rules for headline, teaser, key-points box, figure captions with credits,
sub-headings, bylines, ads, related lists and tag lists, decided on class/id
words, labels and line patterns. Which plain paragraphs are article text is
trafilatura's call (:mod:`.core`) whenever the page does not mark its article
container; the walker logs every decision (:class:`Item`) so that
:mod:`.merge` can add back the lines trafilatura kept and the walk did not see.

Publisher profiles mark elements with a ``data-lb-role`` attribute before the
walk (:mod:`.profiles`); a marked element's role wins over every rule here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import html as lxml_html

from lagebild.extract.builder import Draft, clean_inline
from lagebild.extract.core import CoreText
from lagebild.extract.dates import is_date_line
from lagebild.extract.elements import (
    AD_WORDS,
    BYLINE_WORDS,
    CAPTION_WORDS,
    CREDIT_WORDS,
    HEADINGS,
    JUNK_WORDS,
    LEAD_WORDS,
    LISTS,
    META_WORDS,
    PARAGRAPHS,
    RELATED_WORDS,
    ROLE,
    TAG_WORDS,
    caption_and_credit,
    caption_elements,
    credit_name,
    has_blocks,
    has_structure,
    kicker_before,
    prose,
    words,
)
from lagebild.extract.lexicon import fold, tag_labels
from lagebild.extract.page import is_offer_line
from lagebild.extract.patterns import (
    agency_line,
    byline_agency,
    byline_authors,
    credit_only,
    find_dateline,
    is_ad,
    is_box_label,
    is_furniture,
    is_stock_credit,
    is_tag_label,
    name_list,
    related_label,
    source_credit,
)
from lagebild.model import BlockKind

__all__ = ["ROLE", "TAG_WORDS", "Item", "Walker", "words"]


@dataclass(frozen=True, slots=True)
class Item:
    """One decision of the walk: text kept as part ``anchor`` or dropped after it."""

    text: str
    anchor: int  # index of the part it became, or of the last part before the drop
    kept: bool
    judged: bool = False  # a drop that says nothing about the lines trafilatura kept inside it


class Walker:
    def __init__(self, draft: Draft, core: CoreText | None, *, trusted: bool, marked: bool = False) -> None:
        self.draft = draft
        self.marked = marked  # a publisher profile marked elements of this page
        self.core = core
        self.trusted = trusted
        self.items: list[Item] = []
        self.date_lines: list[str] = []  # printed date lines ("Stand: ..."), for dates.page_dates
        self.box_next = False
        self.related_next = False
        self.tags_next = False
        self.h1_seen = False

    # -- logging every decision ---------------------------------------------------
    def add(self, kind: BlockKind, text: str, credit: str | None = None) -> None:
        before = len(self.draft.parts)
        self.draft.add(kind, text, credit)
        if len(self.draft.parts) > before:
            self.items.append(Item(self.draft.parts[-1].text, before, True))

    def drop(self, kind: BlockKind, text: str, reason: str, *, judged: bool = False) -> None:
        self.draft.drop(kind, text, reason)
        self.items.append(Item(clean_inline(text), len(self.draft.parts) - 1, False, judged))

    def kept(self, text: str) -> bool:
        """Whether trafilatura counts this text as article text (always, without it)."""
        return self.core is None or self.core.keeps(text)

    # -- the walk -------------------------------------------------------------------
    def walk(self, element: lxml_html.HtmlElement) -> None:
        for child in element:
            if isinstance(child, lxml_html.HtmlElement):
                self._element(child)

    def _element(self, el: lxml_html.HtmlElement) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        text = clean_inline(el.text_content())
        if not text or tag in ("img", "head", "title"):
            return  # <head> is metadata: read by html_meta, never text
        role = el.get(ROLE)
        if role is not None:
            self._role(el, role, text)
            return
        if self.marked and el.xpath(f".//*[@{ROLE}]"):
            self.walk(el)  # the profile named something inside: decide on the parts
            return
        found = words(el)
        if found & AD_WORDS or is_ad(text):
            self.drop(BlockKind.AD, text, "ad slot", judged=has_blocks(el))
        elif found & JUNK_WORDS or (tag == "header" and not el.xpath(".//h1")):
            # A whole section called "header" or "comments" may still hold lines
            # trafilatura counts as the article: those come back in the merge.
            self.drop(
                BlockKind.BOILERPLATE,
                text,
                "page furniture (navigation, banner, footer)",
                judged=has_blocks(el),
            )
        elif found & RELATED_WORDS or tag == "aside":
            self._related_block(el)
        elif found & TAG_WORDS:
            self._tag_block(el)
        elif tag in HEADINGS:
            self._heading(tag, text)
        elif tag in LISTS:
            self._list(el)
        elif found & CREDIT_WORDS and len(text) <= 80 and self._after_caption() and not has_blocks(el):
            self._late_credit(text, credit_only(text) or text)
        elif tag == "figure" or found & CAPTION_WORDS or tag == "figcaption":
            self._figure(el)
        elif tag == "table":
            self._table(el, text)
        elif tag in PARAGRAPHS or not has_blocks(el) or (found & LEAD_WORDS and not has_structure(el)):
            self._paragraph(el, text, found)
        else:
            self.walk(el)

    def _role(self, el: lxml_html.HtmlElement, role: str, text: str) -> None:
        if role == "lead" and BlockKind.LEAD not in self.draft.kinds:
            self.add(BlockKind.LEAD, text)
        elif role == "key_points":
            items = [clean_inline(li.text_content()) for li in el.iter("li")] or [text]
            for heading in el.iter(*HEADINGS):
                self._label(clean_inline(heading.text_content()))
            for item in items:
                self.add(BlockKind.KEY_POINT, item)
        elif role == "caption":
            self._figure(el)
        elif role == "tags":
            self._tag_block(el)
        elif role == "byline":
            self._byline(text, byline_authors(text))
        else:
            self.drop(BlockKind.BOILERPLATE, text, f"marked {role!r} by the publisher profile")

    # -- headings and what they announce -------------------------------------
    def _label(self, text: str) -> None:
        self.draft.key_points_label = self.draft.key_points_label or text.rstrip(": +")
        self.drop(BlockKind.KEY_POINTS_LABEL, text, "label of the page's key-points box")

    def _heading(self, tag: str, text: str) -> None:
        self.box_next = self.related_next = self.tags_next = False
        if is_box_label(text):
            self._label(text)
            self.box_next = True
        elif is_tag_label(text):
            self.drop(BlockKind.TAG_LIST, text, "label of the page's tag list")
            self.tags_next = True
        elif related_label(text) is not None:
            self.drop(BlockKind.RELATED, text, "label of a related-articles block")
            self.related_next = True
        elif not self.h1_seen and ((tag == "h1" and self._is_title(text)) or self._is_meta_title(text)):
            self.h1_seen = True
            meta = self.draft.title
            if meta and kicker_before(text, meta):
                # "Wohnungsbau: Genehmigungen ..." = kicker + the headline the meta tags give
                self.drop(BlockKind.BOILERPLATE, text, "headline with its kicker (kept without)")
                text = meta
            self.draft.title = text
            self.add(BlockKind.TITLE, text)
        elif self.kept(text):
            self.add(BlockKind.HEADING, text)
        else:
            self.drop(
                BlockKind.BOILERPLATE, text, "heading outside the article text (trafilatura)", judged=True
            )

    def _is_meta_title(self, text: str) -> bool:
        """A heading of any level that repeats the meta title is the headline (h2 headlines exist)."""
        return bool(self.draft.title) and fold(text) == fold(self.draft.title or "")

    def _is_title(self, text: str) -> bool:
        """An h1 is the headline when it agrees with the page's meta title.

        Blogs and shops put the site name or a section ("Lexikon") in their
        first h1; the og:title or <title> names the article.
        """
        meta = self.draft.title
        if not meta:
            return self.kept(text)
        a, b = fold(text), fold(meta)
        if a in b or b in a:
            return True
        ours, theirs = set(a.split()), set(b.split())
        return len(ours & theirs) >= 0.5 * max(1, min(len(ours), len(theirs)))

    def _list(self, el: lxml_html.HtmlElement) -> None:
        items = [clean_inline(li.text_content()) for li in el.iter("li")]
        items = [i for i in items if i]
        if self.box_next:
            for item in items:
                self.add(BlockKind.KEY_POINT, item)
        elif self.related_next:
            for item in items:
                self.drop(BlockKind.RELATED, item, "headline of a related article")
        elif self.tags_next:
            for item in items:
                self.draft.add_tag(item)
            self.drop(BlockKind.TAG_LIST, " · ".join(items), "the page's topic tags")
        else:
            for item in items:
                if self.kept(item):
                    self._content(item)
                else:
                    self.drop(
                        BlockKind.BOILERPLATE,
                        item,
                        "list outside the article text (trafilatura)",
                        judged=True,
                    )
        self.box_next = self.related_next = self.tags_next = False

    def _related_block(self, el: lxml_html.HtmlElement) -> None:
        for heading in el.iter(*HEADINGS):
            self.drop(BlockKind.RELATED, clean_inline(heading.text_content()), "label of related articles")
        links = [clean_inline(a.text_content()) for a in el.iter("a")]
        for link in links or [clean_inline(el.text_content())]:
            self.drop(BlockKind.RELATED, link, "headline of a related article")

    def _tag_block(self, el: lxml_html.HtmlElement) -> None:
        links = [clean_inline(a.text_content()) for a in el.iter("a", "li")]
        for link in dict.fromkeys(x for x in links if x and fold(x) not in tag_labels()):
            self.draft.add_tag(link)
        self.drop(BlockKind.TAG_LIST, clean_inline(el.text_content()), "the page's topic tags", judged=True)

    def _table(self, el: lxml_html.HtmlElement, text: str) -> None:
        rows = [
            clean_inline(" | ".join(c.text_content() for c in row.iter("td", "th"))) for row in el.iter("tr")
        ]
        rows = [r for r in rows if r.strip(" |")]
        if self.core is not None and rows and any(self.kept(clean_inline(r.split(" | ")[0])) for r in rows):
            for row in rows:
                self.add(BlockKind.BODY, row)
        else:
            self.drop(BlockKind.BOILERPLATE, text, "table outside the article text")

    # -- captions --------------------------------------------------------------
    def _figure(self, el: lxml_html.HtmlElement) -> None:
        own = el.tag == "figcaption" or words(el) & CAPTION_WORDS or el.get(ROLE) == "caption"
        captions = [el] if own else list(caption_elements(el))
        for caption in captions:
            text, credit = caption_and_credit(caption)
            if credit:
                self.drop(BlockKind.CREDIT, credit, "photo credit of a caption")
            if not text:
                continue
            if credit_only(text) is not None or is_stock_credit(text):
                self._late_credit(text, credit_only(text) or text)
            elif is_furniture(text):
                self.drop(BlockKind.BOILERPLATE, text, "page furniture line (counter, widget label)")
            elif self.trusted or self.kept(text):
                self.add(BlockKind.CAPTION, text, credit=credit_name(credit) if credit else None)
            else:
                # Pictures outside a marked article are mostly teasers and shop banners.
                self.drop(BlockKind.BOILERPLATE, text, "caption outside the article text", judged=True)

    # -- paragraphs ------------------------------------------------------------
    def _paragraph(self, el: lxml_html.HtmlElement, text: str, found: set[str]) -> None:
        if self.box_next and len(text) <= 300:
            self.add(BlockKind.KEY_POINT, text)
            return
        authors = byline_authors(text)
        if found & BYLINE_WORDS or authors is not None:
            self._byline(text, authors)
        elif found & META_WORDS or is_date_line(text):
            self.date_lines.append(text)
            source = re.search(r"Quelle:\s*([\w/ -]+)", text)
            if source is not None:
                self.draft.agency = self.draft.agency or agency_line(source.group(1))
            self.drop(BlockKind.BOILERPLATE, text, "date, section or kicker line")
        elif found & LEAD_WORDS and BlockKind.LEAD not in self.draft.kinds:
            self.add(BlockKind.LEAD, text)
        elif (credit := credit_only(text)) is not None:
            self._late_credit(text, credit)
        elif (agency := agency_line(text) or source_credit(text)) is not None:
            self.draft.agency = self.draft.agency or agency
            self.drop(BlockKind.CREDIT, text, "agency credit")
        elif (related := related_label(text)) is not None:
            self.drop(BlockKind.RELATED, text, "link to a related article")
            self.related_next = not related[1]
        elif not self.kept(text) and not (self.trusted and prose(text)):
            self.drop(BlockKind.BOILERPLATE, text, "outside the article text (trafilatura)", judged=True)
        else:
            self._content(text)

    def _byline(self, text: str, authors: list[str] | None) -> None:
        credit = source_credit(text)
        if credit is not None:  # "Quelle: DIE ZEIT, dpa", "jol/dpa": agencies, no author
            self.draft.agency = self.draft.agency or credit
        elif authors is None and len(text) > 80:
            self.drop(BlockKind.BOILERPLATE, text, "author box")
            return
        else:
            for name in authors or name_list(re.sub(r"^(?:Von|Text:)\s+", "", text)):
                self.draft.add_author(name)
            self.draft.agency = self.draft.agency or byline_agency(text)
        self.drop(BlockKind.BOILERPLATE, text, "byline")

    def _after_caption(self) -> bool:
        """A credit element belongs to the caption just before it; elsewhere it is a source line."""
        parts = self.draft.parts
        return bool(parts) and parts[-1].kind is BlockKind.CAPTION and parts[-1].credit is None

    def _late_credit(self, text: str, credit: str) -> None:
        parts = self.draft.parts
        if parts and parts[-1].kind is BlockKind.CAPTION and parts[-1].credit is None:
            parts[-1].credit = credit
        self.drop(BlockKind.CREDIT, text, "photo credit")

    def _content(self, text: str) -> None:
        self.box_next = self.related_next = self.tags_next = False
        if is_furniture(text) or is_offer_line(text):
            self.drop(BlockKind.BOILERPLATE, text, "page furniture line (counter, widget label, offer)")
            return
        dateline = find_dateline(text)
        original = text
        if dateline is not None:
            self.draft.agency = self.draft.agency or dateline.agency
            self.drop(BlockKind.CREDIT, dateline.marker, "agency marker of the dateline")
            text = dateline.text
        self.add(BlockKind.BODY if BlockKind.LEAD in self.draft.kinds else BlockKind.LEAD, text)
        if original != text and self.items and self.items[-1].kept:
            # trafilatura's line still has the marker: log it too, or the merge adds it again
            self.items.append(Item(original, self.items[-1].anchor, True))
