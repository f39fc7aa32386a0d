"""trafilatura as the main-text core: which lines of a page are article text.

trafilatura is the best general main-text extractor we measured; our news layer
(:mod:`.walker`) knows the structure of news pages but not which paragraphs of a
messy real page are the article. So trafilatura decides membership and the walker
decides kinds (lead, key points, captions, headings) and boilerplate.

Settings (``bench/extraction.py``, 704 German pages of trafilatura's evaluation
set): the defaults ("balanced") gave the best F1 of the three focus modes; see
docs/extraction.md for the table. We hand trafilatura our parsed tree, which it
copies, so the page is decoded and parsed once.
"""

from __future__ import annotations

from dataclasses import dataclass

import trafilatura
from lxml import html as lxml_html

from lagebild.extract.builder import clean_inline

__all__ = ["CoreText", "core_text"]


@dataclass(frozen=True, slots=True)
class CoreText:
    """trafilatura's main text: its lines in order, which of them are headings, all on one line."""

    lines: tuple[str, ...]
    headings: frozenset[str]
    joined: str
    line_set: frozenset[str]

    def keeps(self, text: str) -> bool:
        """Whether ``text`` is (part of) the main text."""
        # Substring search over the whole text only for page-sized texts: it is quadratic.
        return text in self.line_set or (len(self.joined) < 200_000 and text in self.joined)


def core_text(tree: lxml_html.HtmlElement, url: str | None) -> CoreText | None:
    """trafilatura's reading of the page, or None when it finds no main text."""
    try:
        document = trafilatura.bare_extraction(
            tree, url=url, include_comments=False, include_tables=True, deduplicate=False
        )
    except Exception:
        return None
    if document is None or isinstance(document, dict) or not document.text:
        return None
    # List items come back as "- item"; the walker reads the same items without the dash.
    lines = tuple(
        line.removeprefix("- ") for line in (clean_inline(x) for x in document.text.splitlines()) if line
    )
    body = document.body
    headings = (
        frozenset(clean_inline("".join(h.itertext())) for h in body.iter("head"))
        if body is not None
        else frozenset()
    )
    return CoreText(lines, headings, " ".join(lines), frozenset(lines))
