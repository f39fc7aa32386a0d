"""What a period after a word or number is: a full stop, or part of the word.

Shared by the tokenizer (does the period stay attached to the token?) and the
sentence splitter (does it end the sentence?), so that the two always agree.
"""

from __future__ import annotations

import enum
import re

from lagebild.language.de.lexicon import (
    abbreviations,
    final_abbreviations,
    months,
    sentence_starters,
)

__all__ = ["Period", "classify_period"]


class Period(enum.Enum):
    FULL_STOP = "full_stop"  # a separate token; ends the sentence unless lowercase follows
    ATTACHED = "attached"  # part of the token (abbreviation, initial, ordinal); never ends it
    ATTACHED_END = "attached_end"  # part of the token, and the sentence ends with it ("usw.")


# The first word after the period, looking past opening quotes and brackets
# ("usw. «Die ...»" still starts a new sentence with "Die").
_NEXT_WORD = re.compile(r"\s*[«»„“”\"‚‘'(\[]*(\w+)")
# Roman numerals of two letters or more ("XIV."); "I." is an initial anyway.
_ROMAN = re.compile(r"[IVXLC]{2,}")
# "12.03." is a date without its year and behaves like an ordinal day.
_DAY_MONTH = re.compile(r"\d{1,2}\.\d{1,2}")
# "z.B", "e.V", "i.d.R": short letter groups with inner periods, no spaces.
# Parts of one or two letters only, so that "nzz.ch" stays a domain.
_COMPACT = re.compile(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}")
# A number with separators ("7.000", "14.30", "12.03.2024") is never an ordinal.
_SEPARATED_NUMBER = re.compile(r"\d+(?:[.,'’]\d+)+")


def _next_word(text: str, pos: int, hi: int) -> str:
    match = _NEXT_WORD.match(text, pos, hi)
    return match.group(1) if match else ""


def _known(core: str) -> str | None:
    """The abbreviation list entry for ``core`` + ".", also when capitalised."""
    form = core + "."
    table = abbreviations()
    if form in table:
        return form
    lowered = core[:1].lower() + core[1:] + "."
    return lowered if lowered in table else None


def _at_line_start(text: str, pos: int, lo: int) -> bool:
    """Only spaces (or bullets) between the last line break and ``pos``."""
    while pos > lo and text[pos - 1] in " \t•·-–*":
        pos -= 1
    return pos <= lo or text[pos - 1] == "\n"


def _ordinal(text: str, core_start: int, dot: int, *, lo: int, hi: int) -> Period:
    """A number or roman numeral with a period: ordinal ("am 12. März") or full stop."""
    core = text[core_start:dot]
    if core_start > lo and text[core_start - 1] in ":/":
        return Period.FULL_STOP  # a score ("2:3.") or a fraction, not an ordinal
    if _at_line_start(text, core_start, lo) and len(core) <= 3:
        return Period.ATTACHED  # an enumerator: "1. Die Lage" in a numbered list
    following = _next_word(text, dot + 1, hi)
    if not following:
        return Period.FULL_STOP
    if following[0].islower() or following in months():
        return Period.ATTACHED
    if following[0].isdigit() or following in sentence_starters():
        return Period.FULL_STOP
    # "3. Quartal", "1. FC Köln", "XVIII. Jahrhundert"; a year ("2014. Litauen")
    # is far more often the end of a sentence than an ordinal.
    short = len(core) <= 3 or not core.isdigit()
    if (following[0].isupper() and short) or _DAY_MONTH.fullmatch(core):
        return Period.ATTACHED
    return Period.FULL_STOP


def classify_period(
    text: str, core_start: int, dot: int, lo: int, hi: int, *, compound: bool = False
) -> Period:
    """Classify the period at ``text[dot]`` that follows ``text[core_start:dot]``.

    ``core_start`` is where the last part of the word starts (after a hyphen in
    a compound, which ``compound`` then says); ``[lo, hi)`` is the range being
    processed, which the look-around never leaves.
    """
    core = text[core_start:dot]
    if not core:
        return Period.FULL_STOP
    known = _known(core)
    if known is not None:
        if known in final_abbreviations() and _next_word(text, dot + 1, hi) in sentence_starters():
            return Period.ATTACHED_END
        return Period.ATTACHED
    if _DAY_MONTH.fullmatch(core):
        return _ordinal(text, core_start, dot, lo=lo, hi=hi)
    if _SEPARATED_NUMBER.fullmatch(core):
        return Period.FULL_STOP
    if "." in core:
        if _COMPACT.fullmatch(core):
            return Period.ATTACHED  # "z.B.", "e.V.", "i.d.R."
        # "Dr.med." or "www.nzz.ch.": only the last part decides
        last = core.rindex(".") + 1
        return classify_period(text, core_start + last, dot, lo, hi, compound=True)
    if core.isdigit() or _ROMAN.fullmatch(core):
        return _ordinal(text, core_start, dot, lo=lo, hi=hi)
    if len(core) == 1 and core.isalpha() and not compound:
        return _initial(text, core_start, dot, lo=lo, hi=hi)
    return Period.FULL_STOP


# "z. B.", "u. a.", "d. h.": a single letter right after another abbreviation part.
_AFTER_ABBREVIATION_PART = re.compile(r"\w\.\s*$")


def _initial(text: str, core_start: int, dot: int, *, lo: int, hi: int) -> Period:
    """A single letter with a period: an initial ("J. Trump"), part of "z. B.", or a name."""
    core = text[core_start:dot]
    if core.isupper() and _next_word(text, dot + 1, hi) in sentence_starters():
        # "sagte X. Die ..." ends a sentence; "z. B. Die Grünen" does not
        before = text[max(lo, core_start - 4) : core_start]
        if not _AFTER_ABBREVIATION_PART.search(before):
            return Period.FULL_STOP
    return Period.ATTACHED
