"""What elements of a news page are, by tag and class/id words; caption and credit helpers.

Shared by the walker (:mod:`.walker`) and the page reader (:mod:`.html`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import html as lxml_html

from lagebild.extract.builder import clean_inline
from lagebild.extract.lexicon import fold
from lagebild.extract.patterns import credit_only, split_credit

__all__ = [
    "AD_WORDS",
    "BLOCK_TAGS",
    "BYLINE_WORDS",
    "CAPTION_WORDS",
    "CREDIT_WORDS",
    "HEADINGS",
    "JUNK_WORDS",
    "LEAD_WORDS",
    "LISTS",
    "META_WORDS",
    "PARAGRAPHS",
    "RELATED_WORDS",
    "ROLE",
    "TAG_WORDS",
    "caption_and_credit",
    "caption_elements",
    "credit_name",
    "has_blocks",
    "has_structure",
    "kicker_before",
    "prose",
    "words",
]

ROLE = "data-lb-role"  # set by publisher profiles: lead, key_points, caption, tags, byline, drop

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
PARAGRAPHS = frozenset({"p", "blockquote", "pre", "dd"})
LISTS = frozenset({"ul", "ol"})
BLOCK_TAGS = HEADINGS | PARAGRAPHS | LISTS | {"div", "section", "article", "figure", "aside", "table"}
# Class/id words (split at "-" and "_") that mark an element as one of these.
AD_WORDS = frozenset({"ad", "ads", "adslot", "advert", "advertisement", "anzeige", "werbung", "sponsored"})
JUNK_WORDS = frozenset(
    {"nav", "menu", "cookie", "consent", "newsletter", "share", "social", "breadcrumb", "breadcrumbs",
     "footer", "comments", "comment", "toolbar", "login", "paywall", "header"}
)  # fmt: skip
RELATED_WORDS = frozenset({"related", "recommended", "recommendations", "teaserlist", "mehr"})
TAG_WORDS = frozenset({"tags", "taglist", "keywords", "topics", "schlagworte", "schlagwoerter"})
LEAD_WORDS = frozenset({"lead", "teaser", "intro", "standfirst", "abstract", "excerpt", "summary", "lede"})
BYLINE_WORDS = frozenset({"byline", "author", "authors", "autor"})
META_WORDS = frozenset(
    {"meta", "dateline", "date", "time", "rubrik", "ressort", "kicker", "topline", "overline"}
)
CAPTION_WORDS = frozenset({"caption", "bildtext", "bildunterschrift", "image-caption", "legende"})
CREDIT_WORDS = frozenset({"credit", "credits", "copyright", "source", "quelle", "foto", "photographer"})


def words(element: lxml_html.HtmlElement) -> set[str]:
    value = f"{element.get('class', '')} {element.get('id', '')}".lower()
    found = set(value.split())
    for word in list(found):
        found.update(re.split(r"[-_]", word))
    return found


def kicker_before(heading: str, title: str) -> bool:
    """``"Wohnungsbau: Genehmigungen steigen"`` is the title "Genehmigungen steigen" with a kicker."""
    if len(title) >= len(heading) or not fold(heading).endswith(fold(title)):
        return False
    return heading[: len(heading) - len(title)].rstrip()[-1:] in (":", "|", "–", "-")


def prose(text: str) -> bool:
    """A paragraph of running text: long, several sentences, ends like a sentence.

    Inside a marked article container such a paragraph is article text even when
    trafilatura dropped it (it prunes paragraphs next to link-heavy blocks).
    """
    return len(text) >= 200 and text[-1] in '.!?“”"»«' and text.count(". ") >= 2


def has_blocks(el: lxml_html.HtmlElement) -> bool:
    return any(isinstance(c.tag, str) and c.tag in BLOCK_TAGS for c in el.iterdescendants())


def has_structure(el: lxml_html.HtmlElement) -> bool:
    """Headings or lists inside: a teaser box that is really a key-points box."""
    return bool(el.xpath(".//h1|.//h2|.//h3|.//h4|.//h5|.//h6|.//ul|.//ol"))


def caption_elements(el: lxml_html.HtmlElement) -> Iterator[lxml_html.HtmlElement]:
    found = list(el.iter("figcaption")) or [e for e in el.iter() if words(e) & CAPTION_WORDS]
    yield from found


def caption_and_credit(caption: lxml_html.HtmlElement) -> tuple[str, str | None]:
    """Caption text without its credit element (span.credit, small, .copyright)."""
    credit_el = next(
        (e for e in caption.iterdescendants() if e.tag == "small" or words(e) & CREDIT_WORDS), None
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


def credit_name(credit: str) -> str:
    """``"Foto: dpa"`` -> ``"dpa"``; ``"© APA/Name"`` -> ``"APA/Name"``."""
    return credit_only(credit) or credit.strip()
