"""Snippets: a short stretch of an article's text with the query's matches marked.

Every backend builds its snippets here, from the original text, so a hit reads
the same whatever the backend, and the marks sit on the words as written
("Soldaten", "Truppenstärke") rather than on their index terms. FTS5's snippet()
and PostgreSQL's ts_headline() would show index terms (lemmas), not the text.
"""

from __future__ import annotations

import bisect
import functools
import re

from lagebild.store.base import MARK_END, MARK_START
from lagebild.store.query import Query
from lagebild.store.terms import MIN_ARTICLE_PART, MIN_COMPOUND, WORD, compound_parts, known_parts, word_terms

__all__ = ["snippet"]

#: Words in a snippet: about two lines of a result list.
WIDTH = 28
#: Words shown before the first match, so it is read in context.
LEAD_IN = 4
_SPACE = re.compile(r"\s+")


@functools.lru_cache(maxsize=256)
def _any_form(forms: frozenset[str]) -> re.Pattern[str]:
    """A pattern finding any of ``forms`` inside a word (one C-level search per word)."""
    return re.compile("|".join(re.escape(form) for form in sorted(forms)) or "(?!)")


def _compound_key(term: str, forms: frozenset[str], vocabulary: set[str]) -> str | None:
    if _any_form(forms).search(term) is None:  # cheap test before splitting
        return None
    return next((p for p in compound_parts(term, vocabulary) if p in forms), None)


def _keys(
    text: str, spans: list[tuple[int, int]], terms: list[tuple[str, ...]], query: Query
) -> list[str | None]:
    """For each word, the query term or phrase it matches (what to mark), else None."""
    forms = query.forms
    keys: list[str | None] = [None] * len(terms)
    vocabulary: set[str] | None = None
    for i, word_terms_ in enumerate(terms):
        for term in word_terms_:
            if term in forms:
                keys[i] = term
                break
            if len(term) >= MIN_COMPOUND and text[spans[i][0]].isupper():
                # a compound that may hold a query word: split it as the index did
                if vocabulary is None:
                    vocabulary = {t for ts in terms for t in ts if len(t) >= MIN_ARTICLE_PART}
                    vocabulary |= known_parts()
                keys[i] = _compound_key(term, forms, vocabulary)
                if keys[i] is not None:
                    break
    if query.phrases:
        owner = [i for i, ts in enumerate(terms) for _ in ts]
        sequence = [t for ts in terms for t in ts]
        for phrase in query.phrases:
            n, key = len(phrase.words), " ".join(phrase.words)
            for j in range(len(sequence) - n + 1):
                if sequence[j] == phrase.words[0] and tuple(sequence[j : j + n]) == phrase.words:
                    for k in range(j, j + n):
                        keys[owner[k]] = key
    return keys


def _best_start(keys: list[str | None]) -> int:
    """Index of the first word of the window with the most distinct matches."""
    hits = [i for i, key in enumerate(keys) if key is not None]
    best, best_score = 0, -1
    for n, i in enumerate(hits):
        first = max(0, i - LEAD_IN)
        last = bisect.bisect_left(hits, first + WIDTH)
        score = len({keys[h] for h in hits[n:last]})
        if score > best_score:
            best, best_score = first, score
    return best


def snippet(text: str, query: Query, *, start: int = 0) -> str:
    """The best stretch of ``text`` for ``query``, matches between MARK_START and MARK_END.

    Without matches (a filter-only query) the stretch starts at ``start``.
    """
    # comprehensions, not one loop with appends: a search page builds 20 snippets of ~400 words
    matches = list(WORD.finditer(text))
    spans = [match.span() for match in matches]
    terms = [word_terms(match.group()) for match in matches]
    if not spans:
        return text[:200].strip()
    keys: list[str | None] = [None] * len(spans)
    if query.has_text:
        keys = _keys(text, spans, terms, query)
    opening = min(bisect.bisect_left(spans, (start, -1)), len(spans) - 1)
    first = _best_start(keys) if keys.count(None) < len(keys) else opening
    last = min(len(spans), first + WIDTH) - 1
    lo, hi = spans[first][0], spans[last][1]
    pieces, cursor = [], lo
    for i in range(first, last + 1):
        if keys[i] is not None:
            s, e = spans[i]
            pieces += [text[cursor:s], MARK_START, text[s:e], MARK_END]
            cursor = e
    pieces.append(text[cursor:hi])
    body = _SPACE.sub(" ", "".join(pieces)).strip()
    # an ellipsis where words are left out (not for the title, which a hit shows anyway)
    return ("… " if first > opening else "") + body + (" …" if last < len(spans) - 1 else "")
