"""Rule-based sentence splitter for German news text, with character offsets.

A sentence ends at ``.``, ``!``, ``?`` or an ellipsis (plus any closing quote
marks or brackets right after it) when whitespace follows and the next
sentence does not start in lowercase. A period that belongs to an abbreviation,
an initial or an ordinal does not end a sentence (see :mod:`.periods`). A blank
line always ends a sentence (headings have no final punctuation); a single line
break ends one only after sentence punctuation or before a bullet.
"""

from __future__ import annotations

import re

from lagebild.language.de.periods import Period, classify_period
from lagebild.model import Span

__all__ = ["split_sentences"]

# Blank lines separate paragraphs; a line starting with a bullet starts a new one.
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*|\n(?=[^\S\n]*[•·▪●◦‣∙*–-]\s)")
# Sentence punctuation, then closing quotes/brackets, then whitespace or the end.
_CANDIDATE = re.compile(r"""(?:[.!?]+|…)+[»«"“”‘’'‹›)\]]*(?=\s|$)""")
_SPACE = re.compile(r"\s*")
# a period between a word and a capitalised word with no space: "Papst.Der", "zufrieden.Beide"
_GLUED = re.compile(r"(?<=[a-zäöüß]{2})\.(?=[A-ZÄÖÜ][a-zäöüß])")
# After these the text goes on: a lowercase word or continuing punctuation.
_CONTINUES = frozenset(",;:")
_DASHES = frozenset("–—-")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of ``text[start:end]`` as spans into ``text``.

    Spans carry no surrounding whitespace and together cover every non-space
    character of the range. A quote that spans several sentences is split with
    them ("«Satz eins. Satz zwei», sagte X." gives two sentences).
    """
    end = len(text) if end is None else end
    spans: list[Span] = []
    position = start
    for match in _PARAGRAPH_BREAK.finditer(text, start, end):
        _split_paragraph(text, position, match.start(), spans)
        position = match.end()
    _split_paragraph(text, position, end, spans)
    return spans


def _split_paragraph(text: str, lo: int, hi: int, spans: list[Span]) -> None:
    ends: list[tuple[int, int]] = []  # (end of a sentence, start of the next)
    for match in _CANDIDATE.finditer(text, lo, hi):
        after = _SPACE.match(text, match.end(), hi).end()  # type: ignore[union-attr]
        if after >= hi:
            break  # the paragraph ends here anyway
        if _ends_sentence(text, match, after, lo, hi):
            ends.append((match.end(), after))
    ends.extend((m.end(), m.end()) for m in _GLUED.finditer(text, lo, hi) if _glued(text, m, lo, hi))
    sentence_start = lo
    for end, after in sorted(ends):
        _add(text, sentence_start, end, spans)
        sentence_start = after
    _add(text, sentence_start, hi, spans)


def _glued(text: str, match: re.Match[str], lo: int, hi: int) -> bool:
    """A period glued to the next sentence ("sagte der Papst.Der Bruder ..."), not inside a
    web address or a file name ("www.spiegel.de", "Bericht.Pdf")."""
    before = text.rfind(" ", lo, match.start()) + 1 or lo
    after = match.end()
    while after < hi and not text[after].isspace():
        after += 1
    chunk = text[max(before, lo) : after]
    return not any(c in chunk for c in "/@:_") and chunk.count(".") == 1 and "www" not in chunk


def _ends_sentence(text: str, match: re.Match[str], after: int, lo: int, hi: int) -> bool:
    punctuation = match.group().rstrip("»«\"“”‘’'‹›)]")
    if punctuation == ".":
        dot = match.start()
        core_start, compound = _core_before(text, dot, lo)
        period = classify_period(text, core_start, dot, lo, hi, compound=compound)
        if period is Period.ATTACHED:
            return False
        if period is Period.ATTACHED_END:
            return True
    # A line that ends with sentence punctuation ends the sentence, whatever follows.
    if "\n" in text[match.end() : after]:
        return True
    following = text[after]
    if following in _DASHES:
        # «Nein!» – so lautete die Antwort: a dash and a lowercase word go on
        rest = _SPACE.match(text, after + 1, hi).end()  # type: ignore[union-attr]
        following = text[rest] if rest < hi else following
    return not (following.islower() or following in _CONTINUES)


def _core_before(text: str, dot: int, lo: int) -> tuple[int, bool]:
    """Start of the word before the period, and whether it is the end of a compound.

    The word may hold inner periods ("z.B", "e.V", "12.03") but stops at a hyphen
    ("Land" in "Nato-Land") or anything else.
    """
    position = dot
    while position > lo:
        char = text[position - 1]
        if char.isalnum() or (char == "." and position - 2 >= lo and text[position - 2].isalnum()):
            position -= 1
        else:
            break
    # An inner period may not start the word (".B" after "z").
    while position < dot and text[position] == ".":
        position += 1
    compound = position > lo and text[position - 1] in "-‑"
    return position, compound


def _add(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))
