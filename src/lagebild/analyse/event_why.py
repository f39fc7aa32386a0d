"""Find the "why" of an event in one sentence: a causal clause or phrase.

Cues come from ``language/de/data/event_causes.txt``: clause conjunctions ("weil",
"da" after a comma), cause prepositions ("wegen", "angesichts"), "nach" only
before an event noun ("nach dem Angriff", not "nach Europa"), and purpose
"um ... zu <verb>".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lagebild.analyse.keypoints_text import fold, load_list, load_pairs

__all__ = ["Cause", "find_cause"]

_WORD = re.compile(r"\w+(?:-\w+)*|[^\w\s]")
_ARTICLES = frozenset(
    {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einen", "einem", "eines", "seiner",
     "seines", "ihrer", "ihres"}
)  # fmt: skip
_ADJ_END = ("e", "en", "er", "em", "es")
_MAX_PHRASE = 8
_MAX_PURPOSE = 14


@dataclass(frozen=True, slots=True)
class Cause:
    start: int  # offsets into the searched text
    end: int
    text: str


def _is_event_noun(word: str) -> bool:
    nouns = load_list("event_nouns.txt")
    low = fold(word)
    for entry in nouns:
        if entry.startswith("-"):
            if low.endswith(entry[1:]):
                return True
        # compounds carry their head last ("Raketenangriff"); allow a case ending
        elif any(low.endswith(entry + ending) for ending in ("", "s", "es", "n", "en", "e")):
            return True
    return False


def _noun_phrase_end(tokens: list[re.Match[str]], i: int) -> int | None:
    """Index after the noun phrase starting at ``tokens[i]``: articles and
    adjectives, one or more capitalised nouns, optional genitive "des/der ..."."""
    j = i
    seen_noun = False
    while j < len(tokens) and j - i < _MAX_PHRASE:
        word = tokens[j].group(0)
        if word[:1].isupper() and word[:1].isalpha():
            seen_noun = True
        elif seen_noun and fold(word) in ("des", "der"):
            pass  # genitive attribute continues the phrase
        elif not seen_noun and (fold(word) in _ARTICLES or (word.isalpha() and word.endswith(_ADJ_END))):
            pass
        else:
            break
        j += 1
    return j if seen_noun else None


def _clause_end(text: str, start: int) -> int:
    """End of a subordinate clause: the next comma, semicolon or the sentence end."""
    for i in range(start, len(text)):
        if text[i] in ",;:":
            return i
    return len(text.rstrip(".!?»« "))


def find_cause(text: str) -> Cause | None:
    """The first cause in ``text``, or ``None``."""
    cues = load_pairs("event_causes.txt")
    tokens = list(_WORD.finditer(text))
    for i, match in enumerate(tokens):
        kind = cues.get(fold(match.group(0)))
        if kind is None:
            continue
        start = match.start()
        previous = tokens[i - 1].group(0) if i else ""
        if kind == "clause":
            # "da" is a cause only as a conjunction after a comma; elsewhere it means "there"
            if fold(match.group(0)) == "da" and previous != ",":
                continue
            end = _clause_end(text, match.end())
        elif kind in ("phrase", "event"):
            stop = _noun_phrase_end(tokens, i + 1)
            if stop is None:
                continue
            if kind == "event" and not _is_event_noun(tokens[stop - 1].group(0)):
                continue
            end = tokens[stop - 1].end()
        elif kind == "purpose":
            window = range(i + 2, min(len(tokens) - 1, i + _MAX_PURPOSE))
            zu = next((k for k in window if tokens[k].group(0) == "zu"), None)
            if zu is None:
                continue
            end = tokens[zu + 1].end()
        else:
            continue
        return Cause(start, end, text[start:end].strip())
    return None
