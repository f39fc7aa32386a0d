"""Words, lemmas and times for comparing articles with each other.

Everything here is for matching, never for display: words are casefolded with ß
as ss and one quote and dash style (``language.normalize``), so an Austrian and a
Swiss reprint of the same German agency text compare equal.
"""

from __future__ import annotations

import functools
import re
from datetime import UTC, datetime
from importlib import resources

from lagebild.language.de import lemmatize
from lagebild.language.normalize import normalize
from lagebild.model import Article, BlockKind

__all__ = [
    "body_text",
    "content_lemmas",
    "lemma_key",
    "role_word",
    "stopwords",
    "utc",
    "words",
]

_WORD = re.compile(r"\w+")
# Lemmas shorter than this are mostly particles and abbreviations' debris ("ab", "zu").
_MIN_LEMMA = 3


@functools.cache
def _lines(name: str) -> tuple[str, ...]:
    text = resources.files("lagebild.stories").joinpath("data", name).read_text("utf-8")
    return tuple(s for line in text.splitlines() if (s := line.strip()) and not s.startswith("#"))


@functools.cache
def stopwords() -> frozenset[str]:
    """Lemmas that say nothing about what an article is about (``data/stopwords.txt``)."""
    return frozenset(normalize(w) for w in _lines("stopwords.txt"))


@functools.cache
def _roles() -> tuple[frozenset[str], tuple[str, ...]]:
    lines = [normalize(line) for line in _lines("roles.txt")]
    return frozenset(w for w in lines if not w.startswith("*")), tuple(w[1:] for w in lines if w[0] == "*")


def role_word(word: str) -> bool:
    """Whether ``word`` is a role or title before a name ("US-Aussenminister", "Frau")."""
    key = normalize(word)
    whole, suffixes = _roles()
    return key in whole or key.endswith(suffixes)


def words(text: str) -> list[str]:
    """The words of ``text``, folded for matching (punctuation dropped)."""
    return _WORD.findall(normalize(text))


def body_text(article: Article) -> str:
    """The agency's part of the article: body and headings, without the outlet's own
    title, lead, key-point box and captions (which every reprint rewrites).

    Falls back to the whole text when the article has no body blocks.
    """
    parts = [article.span_text(b.span) for b in article.blocks_of(BlockKind.BODY, BlockKind.HEADING)]
    return "\n\n".join(parts) if parts else article.text


@functools.lru_cache(maxsize=1 << 16)
def lemma_key(word: str) -> str | None:
    """The folded lemma of one word, or None for a stopword, number or particle."""
    if len(word) < _MIN_LEMMA or not word[0].isalpha():
        return None
    key = normalize(lemmatize(word))
    return None if key in stopwords() or len(key) < _MIN_LEMMA else key


def content_lemmas(article: Article, *, text: str | None = None) -> list[str]:
    """Folded content lemmas of ``text`` (default: the article's text).

    Uses the article's own token lemmas when the pipeline produced them and no
    other text is asked for; otherwise lemmatises the words itself.
    """
    if text is None and article.tokens:
        found = []
        for token in article.tokens:
            word = article.text[token.span.start : token.span.end]
            lemma = token.lemma or word
            if len(word) >= _MIN_LEMMA and word[0].isalpha():
                folded = normalize(lemma)
                if folded not in stopwords() and len(folded) >= _MIN_LEMMA:
                    found.append(folded)
        return found
    return [key for w in _WORD.findall(article.text if text is None else text) if (key := lemma_key(w))]


def utc(moment: datetime | None) -> datetime | None:
    """``moment`` as an aware UTC time; a naive time is taken to be UTC already."""
    if moment is None:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
