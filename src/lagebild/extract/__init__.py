"""RawDocument -> Article: decode the bytes, pick a reader, lay out the blocks.

The scraped-text reader (:mod:`.text`) handles text copied out of news pages;
the HTML reader (:mod:`.html`) handles saved pages. Both fill a
:class:`~lagebild.extract.builder.Draft`, which turns into an Article whose
block spans slice ``Article.text`` exactly.
"""

from __future__ import annotations

import re

from lagebild.extract.builder import Draft
from lagebild.extract.decode import decode
from lagebild.extract.html import read_html
from lagebild.extract.text import read_text
from lagebild.model import Article, RawDocument

__all__ = ["decode", "extract", "is_html"]

_HTML_MEDIA = ("text/html", "application/xhtml+xml")
_HTML_SNIFF = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article|meta|title)\b", re.I | re.S
)


def extract(raw: RawDocument, *, max_bytes: int) -> Article:
    """Clean text and structure of one document; raises an InputError for bad input."""
    text = decode(raw, max_bytes)
    draft: Draft = read_html(text, raw) if is_html(raw, text) else read_text(text)
    return draft.build(raw)


def is_html(raw: RawDocument, text: str) -> bool:
    """The media type says so, or the text opens like an HTML document."""
    media = (raw.media_type or "").split(";")[0].strip().lower()
    if media in _HTML_MEDIA:
        return True
    return bool(_HTML_SNIFF.match(text[:4096]))
