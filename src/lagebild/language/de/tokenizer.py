"""A fast regex tokenizer for German news text, with character offsets.

One compiled pattern does the work; Python only looks at the few tokens that
end in a period, to decide whether the period belongs to the token ("Dr.",
"z.", "12." before a month) or is a full stop (see :mod:`.periods`).
"""

from __future__ import annotations

import re

from lagebild.language.de.periods import Period, classify_period
from lagebild.model import Span

__all__ = ["tokenize"]

# A word: letters/digits, soft hyphens inside ("Verteidi\u00adgung"), an
# apostrophe form ("geht's", "Ku'damm").
_WORD = r"\w[\w\u00ad]*(?:['’]\w+)?"
# A number with German/Swiss separators: 1,5  7.000  7'000  14.30  12.03.2024.
_NUMBER = r"\d+(?:[.,'’]\d+)+"
_PART = rf"(?:{_NUMBER}|{_WORD})"
_NO_URL_END = r"""[^\s<>«»"“”„‚‘’'.,;:!?)\]]"""

_TOKEN = re.compile(
    rf"""
    (?P<url>(?:https?://|www\.)\S*?{_NO_URL_END}(?=[.,;:!?)\]«»"“”‘’']*(?:\s|$)))
  | (?P<mail>[\w.+-]+@\w[\w-]*(?:\.[\w-]+)+)
  | (?P<domain>[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:ch|de|at|li|com|org|net|eu|info|fr|it|uk|io)\b
        (?:/\S*?{_NO_URL_END}(?=[.,;:!?)\]«»"“”‘’']*(?:\s|$)))?)
  | (?P<compact>(?:[^\W\d_]{{1,3}}\.){{2,}})          # z.B.  u.a.  e.V.  Dr.med.
  | (?P<tag>[#@]\w+)
  | (?P<word>{_PART}(?:[-‑]{_PART})*(?:-(?=[\s,/]))?)  # US-Aussenminister, "EU-" in "EU- und"
    (?P<dot>\.(?!\.))?
  | (?P<ellipsis>\.{{2,}}|…)
  | (?P<punct>[!?]+|[^\w\s])
    """,
    re.VERBOSE,
)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Tokens of ``text[start:end]`` as spans into ``text``.

    Abbreviations keep their period ("Dr.", "bzw.", "z." "B."), so do ordinals
    before a month or noun ("12. März", "3. Quartal"); numbers keep their
    separators ("7'000", "1,5", "14.30"); hyphen compounds stay whole
    ("US-Aussenminister", "EU-" in "EU- und Nato-Land"); punctuation and every
    quote mark is a token of its own.
    """
    end = len(text) if end is None else end
    spans: list[Span] = []
    append = spans.append
    for match in _TOKEN.finditer(text, start, end):
        dot = match.start("dot")
        if dot < 0:
            append(Span(match.start(), match.end()))
            continue
        word_start = match.start()
        core_start = _core_start(text, word_start, dot)
        period = classify_period(text, core_start, dot, start, end, compound=core_start > word_start)
        if period is Period.FULL_STOP:
            append(Span(word_start, dot))
            append(Span(dot, dot + 1))
        else:
            append(Span(word_start, dot + 1))
    return spans


def _core_start(text: str, word_start: int, dot: int) -> int:
    """Start of the last part of a hyphen compound ("Land" in "Nato-Land")."""
    hyphen = max(text.rfind("-", word_start, dot), text.rfind("‑", word_start, dot))
    return word_start if hyphen < 0 else hyphen + 1
