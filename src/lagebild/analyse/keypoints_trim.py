"""Make a sentence fit as a key point: cut a trailing attribution or clause, drop a
leading connective. Every change is conservative: when in doubt, return ``None``
(for cuts) or the text unchanged (for connectives).
"""

from __future__ import annotations

import re

from lagebild.analyse.keypoints_text import fold, load_pairs, words

__all__ = ["MAX_WORDS", "MIN_WORDS", "cut_source", "cut_to_fit", "strip_connective", "strip_dateline"]

MIN_WORDS = 8
MAX_WORDS = 35

# ", sagte er am Montag." / ", teilte die Polizei mit." — the speech verb follows the
# comma directly, so what stands before it is the complete reported statement.
_ATTRIBUTION = re.compile(
    r",\s+(?:sagte|sagten|sagt|erklärte|erklärten|betonte|betonten|teilte|teilten|"
    r"schrieb|schrieben|hiess|hieß|heisst|heißt|meinte|fügte|ergänzte|warnte|"
    r"sagen|erklären|so)\b[^,;:]*$",
    re.IGNORECASE,
)
# Clauses that can go without breaking the main clause before them. Complement
# clauses ("dass", "ob", "wie") are missing here on purpose: "Beide betonten, dass ..."
# without its object is not a sentence.
_ADJUNCT = (
    "weil|da|nachdem|obwohl|obschon|wobei|während|sodass|damit|wenngleich|"
    "der|die|das|dem|den|deren|dessen|denen|welcher|welche|welches|wo"
)
# ", wie die Kantonspolizei mitteilte." — the source of the statement, nothing more;
# a bullet reads better without it, so it is cut whatever the length.
_WIE_SOURCE = re.compile(
    r",\s+wie\s+[^,;:]*\b(?:mitteilte|mitteilten|sagte|sagten|berichtete|berichteten|erklärte|"
    r"bestätigte|meldete|meldeten|hiess|hieß|bekanntgab|schrieb)$"
)
# "Sitten – Die Lawine ..." / "Brüssel - ...": the dateline of agency copy.
_DATELINE = re.compile(r"^[A-ZÄÖÜ][\w.]*(?:[ -][A-ZÄÖÜ][\w.]*){0,2}\s+[–—-]\s+(?=[A-ZÄÖÜ«„])")
_CLAUSE = re.compile(rf",\s+(?:{_ADJUNCT})\s[^,;:]*$")
_END = ".!?"
# Endings that show the rest is unfinished: an article or preposition, a dangling quote.
_DANGLING = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "und", "oder", "in", "mit", "von", "zu", "für"}
)


def _balanced(text: str) -> bool:
    pairs = (("«", "»"), ("„", "“"), ("(", ")"), ("‹", "›"))
    return all(text.count(a) == text.count(b) for a, b in pairs) and text.count('"') % 2 == 0


def _finish(rest: str, min_words: int) -> str | None:
    rest = rest.rstrip(" ,;:–-")
    tail = words(rest)
    if len(tail) < min_words or tail[-1].lower() in _DANGLING or not _balanced(rest):
        return None
    return rest + "."


def strip_dateline(text: str) -> str:
    """``text`` without a leading agency dateline ("Sitten – ")."""
    return _DATELINE.sub("", text, count=1)


def cut_source(text: str, *, min_words: int = MIN_WORDS) -> str:
    """``text`` without a trailing ", wie ... mitteilte", when enough remains."""
    body = text.rstrip(_END + " ")
    match = _WIE_SOURCE.search(body)
    if match is None:
        return text
    return _finish(body[: match.start()], min_words) or text


def cut_to_fit(text: str, max_words: int = MAX_WORDS, *, min_words: int = MIN_WORDS) -> str | None:
    """``text`` with a trailing attribution or adjunct clause cut off, so that it has
    at most ``max_words`` words and is still a full sentence; ``None`` when no
    safe cut exists. Returns ``text`` itself when it already fits.
    """
    if len(words(text)) <= max_words:
        return text
    body = text.rstrip(_END + " ")
    for pattern in (_ATTRIBUTION, _CLAUSE):
        match = pattern.search(body)
        if match is None:
            continue
        rest = _finish(body[: match.start()], min_words)
        if rest is not None and len(words(rest)) <= max_words:
            return rest
    return None


_DETERMINERS = frozenset(
    {
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einen", "einem", "eines",
        "kein", "keine", "alle", "viele", "mehrere", "einige", "beide", "zwei", "drei", "vier",
    }
)  # fmt: skip


def _connective_at_start(text: str) -> tuple[str, int] | None:
    """(kind, end offset) of a connective opening ``text``, longest match first."""
    table = load_pairs("connectives.txt")
    opening = words(text[:40])
    for length in (2, 1):
        if len(opening) < length:
            continue
        phrase = " ".join(opening[:length])
        kind = table.get(fold(phrase))
        if kind is not None and text.startswith(phrase):
            return kind, len(phrase)
    return None


def strip_connective(text: str) -> str:
    """Drop a leading connective when the sentence stays grammatical, and capitalise.

    "Auch deutsche Truppen sind präsent" keeps its verb-second order without "Auch"
    only when a noun phrase follows; "Zudem versicherte Blinken ..." would turn
    verb-first, so an adverb is dropped only when a comma sets it apart.
    """
    found = _connective_at_start(text)
    if found is None:
        return text
    kind, end = found
    rest = text[end:]
    if kind == "adverb":
        if not rest.startswith(","):
            return text
        rest = rest[1:]
    else:
        following = words(rest[:40])
        if not following:
            return text
        nxt = following[0]
        if not (nxt[:1].isupper() or fold(nxt) in _DETERMINERS):
            return text
    rest = rest.lstrip()
    if len(words(rest)) < MIN_WORDS - 1:
        return text
    return rest[:1].upper() + rest[1:]
