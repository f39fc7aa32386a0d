"""Search terms: how article text and query words become the terms every backend indexes.

All backends index the same three term strings, computed here in Python, so that
the query semantics are the same whether a collection lives in memory, SQLite or
PostgreSQL:

* **title** and **body**: one term per word, in order. A term is the word's lemma
  (``lagebild.language.de.lemmatize``), case-folded (``ß`` becomes ``ss``), split
  at hyphens: "US-Truppen" gives ``us truppe``, "verlegt" gives ``verlegen``.
* **parts**: the parts of compound nouns. A capitalised word of at least
  :data:`MIN_COMPOUND` letters is split where both halves are *known words*: a
  lemma of the same article or an entry of ``data/compound_parts.txt``; a
  linking element (Fugen-s, -n, -en, -es, -er, -e) may sit between them. So
  "Truppenstärke" adds ``truppe stärke`` and the query "Truppen" finds it.

The vocabulary is the article's own (plus a fixed list), never the collection's,
so an article's terms do not depend on what was stored before it: adding is
order-independent and a re-index gives the same result.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from importlib import resources

from lagebild.language.de import lemmatize
from lagebild.model import Span

__all__ = [
    "MIN_COMPOUND",
    "WORD",
    "IndexFields",
    "Word",
    "compound_parts",
    "fold",
    "index_fields",
    "known_parts",
    "split_words",
    "text_terms",
    "word_terms",
    "words",
]

#: Nouns shorter than this are not split: short words are rarely compounds, and
#: short splits ("Rathaus" -> "rat haus" is right, "Ratte" -> "rat te" is not)
#: are where false parts come from.
MIN_COMPOUND = 7
#: The shortest part of a compound taken from the article's own words. The fixed
#: list may hold shorter ones ("amt", "rat") because each was chosen by hand.
MIN_ARTICLE_PART = 4
MIN_PART = 3
#: Linking elements between the parts of a German compound, longest first.
_LINKS = ("es", "en", "er", "s", "n", "e")

# A word: letters and digits, hyphenated parts kept together so the lemmatizer
# sees "US-Truppen" whole. Index terms are the alphanumeric runs of its lemma.
WORD = re.compile(r"[^\W_]+(?:[-‐‑][^\W_]+)*")
_ALNUM = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Case-folded NFC form: "Straße" and "STRASSE" both become "strasse"."""
    return unicodedata.normalize("NFC", text).casefold()


@functools.lru_cache(maxsize=262_144)
def word_terms(word: str) -> tuple[str, ...]:
    """The index terms of one word as written: its folded lemma, split at hyphens."""
    terms = tuple(_ALNUM.findall(fold(lemmatize(word))))
    return terms or tuple(_ALNUM.findall(fold(word)))


def split_words(text: str) -> list[str]:
    """The words of ``text`` as written (hyphenated words whole)."""
    return WORD.findall(text)


def text_terms(text: str) -> list[str]:
    """The index terms of every word of ``text``, in order (no compound parts)."""
    return [t for word in WORD.findall(text) for t in word_terms(word)]


@functools.cache
def known_parts() -> frozenset[str]:
    """The fixed list of compound parts (``data/compound_parts.txt``), folded."""
    path = resources.files("lagebild.store").joinpath("data", "compound_parts.txt")
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FileNotFoundError(
            "lagebild/store/data/compound_parts.txt is missing; reinstall lagebild "
            "(pip install -e .) so the package data is present"
        ) from None
    lines = (line.strip() for line in raw.splitlines())
    return frozenset(fold(line) for line in lines if line and not line.startswith("#"))


def _modifier(text: str, vocabulary: Collection[str]) -> str | None:
    """The known word a compound's first half stands for, if any ("truppen" -> "truppe")."""
    if text in vocabulary:
        return text
    for link in _LINKS:
        stem = text[: -len(link)]
        if text.endswith(link) and len(stem) >= MIN_PART and stem in vocabulary:
            return stem
    if text + "e" in vocabulary:  # "Schulbuch": the modifier drops the final -e
        return text + "e"
    return None


def compound_parts(term: str, vocabulary: Collection[str], *, depth: int = 2) -> tuple[str, ...]:
    """Known parts of a compound term, the longest known head first; ``()`` if none.

    >>> compound_parts("truppenstärke", {"truppe", "stärke"})
    ('truppe', 'stärke')
    """
    if len(term) < MIN_COMPOUND or depth <= 0:
        return ()
    for cut in range(MIN_PART, len(term) - MIN_PART + 1):
        head = term[cut:]
        if head not in vocabulary:
            continue
        modifier = _modifier(term[:cut], vocabulary)
        inner = compound_parts(modifier or term[:cut], vocabulary, depth=depth - 1)
        if modifier is None and not inner:
            continue  # "Landsbergis": "sbergis" is no word, so "land" is no part
        # a modifier that is a compound itself counts as known ("Bundeswehrstützpunkt")
        return (modifier or term[:cut], head, *inner, *compound_parts(head, vocabulary, depth=depth - 1))
    return ()


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a text with its index terms and, for compounds, their parts."""

    span: Span
    terms: tuple[str, ...]
    parts: tuple[str, ...] = ()


def words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    """The words of ``text[start:end]`` with terms and compound parts."""
    end = len(text) if end is None else end
    found = [(m.start(), m.end(), word_terms(m.group())) for m in WORD.finditer(text, start, end)]
    vocabulary = {t for _, _, terms in found for t in terms if len(t) >= MIN_ARTICLE_PART}
    vocabulary |= known_parts()
    result = []
    for s, e, terms in found:
        parts: tuple[str, ...] = ()
        if text[s].isupper():  # German nouns are capitalised; other words are not split
            parts = tuple(p for t in terms for p in compound_parts(t, vocabulary))
        result.append(Word(Span(s, e), terms, parts))
    return result


@dataclass(frozen=True, slots=True)
class IndexFields:
    """The three space-separated term strings every backend indexes for an article."""

    title: str
    body: str
    parts: str


def index_fields(text: str, title: str | None) -> IndexFields:
    body = words(text)
    return IndexFields(
        title=" ".join(text_terms(title or "")),
        body=" ".join(t for w in body for t in w.terms),
        parts=" ".join(p for w in body for p in w.parts),
    )
