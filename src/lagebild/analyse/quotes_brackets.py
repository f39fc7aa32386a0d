"""Words in brackets between a speaker and the verb: "die Sprecherin der Fraktion, Sandra
Muster (GRÜNE), erklärte", "die X in seiner ersten Amtszeit (1998 bis 2002) erklärt hatte"."""

from __future__ import annotations

from collections.abc import Sequence

from lagebild.analyse.entities_words import Word

__all__ = ["bracket_open"]

_BRACKET_WORDS = 4  # words inside brackets between a name and its verb: "(GRÜNE)", "(SPD-Fraktion)"
_MARKS = frozenset('«»„“”‚‘"')


def bracket_open(words: Sequence[Word], quoted: Sequence[bool], close: int, start: int) -> int | None:
    """The "(" a few words before the ")" at word ``close``; not after a title in marks
    ("gegenüber der „Zeitung“ (WAZ) nicht bestätigen": the paper is no subject)."""
    for k in range(close - 1, max(start, close - _BRACKET_WORDS) - 1, -1):
        if words[k].text == "(":
            before = words[k - 1] if k > start else None
            if before is None or quoted[k - 1] or before.text in _MARKS:
                return None
            return k
        if words[k].punct and words[k].text not in {"-", "/"}:
            return None
    return None
