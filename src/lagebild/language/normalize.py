"""Text normalisation for matching and lookups — never for display.

``normalize("Straße „Zürich“ – Nato‐Gipfel")`` gives ``'strasse "zürich" - nato-gipfel'``:
the result is for comparing strings (gazetteer lookups, deduplication, search
keys). It changes lengths (ß -> ss), so offsets into the original text do not
survive it; annotate the original text and normalise copies.
"""

from __future__ import annotations

import functools
import unicodedata

__all__ = ["normalize"]

_DOUBLE_QUOTES = "«»„“”‟″〃＂"
_SINGLE_QUOTES = "‚‘’‛′‹›`´＇"
_DASHES = "‐‑‒–—―−﹘﹣－"
# Invisible characters that split words for a string comparison: soft hyphen,
# zero-width space/joiners, byte-order mark, word joiner.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
# No-break and thin spaces are plain spaces when matching.
_SPACES = "\u00a0\u2007\u2009\u202f\u2002\u2003"


@functools.cache
def _table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    table.update(dict.fromkeys(map(ord, _DOUBLE_QUOTES), '"'))
    table.update(dict.fromkeys(map(ord, _SINGLE_QUOTES), "'"))
    table.update(dict.fromkeys(map(ord, _DASHES), "-"))
    table.update(dict.fromkeys(map(ord, _INVISIBLE), None))
    table.update(dict.fromkeys(map(ord, _SPACES), " "))
    return table


def normalize(text: str) -> str:
    """Fold ``text`` for matching: NFC, casefold (ß and ẞ -> ss), one quote style
    (``"`` and ``'``), one dash (``-``), no soft hyphens or zero-width characters,
    no-break spaces as spaces. Umlauts stay (ä is not ae).
    """
    return unicodedata.normalize("NFC", text).translate(_table()).casefold()
