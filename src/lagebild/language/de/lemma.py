"""Lemmas from simplemma's German dictionary (shipped in its wheel, MIT)."""

from __future__ import annotations

import functools
from collections.abc import Iterable

from lagebild.model import Span

__all__ = ["lemmas", "lemmatize"]

_APOSTROPHE_S = ("'s", "’s")


@functools.lru_cache(maxsize=1 << 18)
def lemmatize(word: str) -> str:
    """The dictionary form of one German token ("Truppen" -> "Truppe", "sagte" -> "sagen").

    Punctuation and numbers come back unchanged. For a hyphen compound whose
    whole form is unknown the last part is lemmatised ("US-Truppen" ->
    "US-Truppe"); "geht's" is lemmatised as "geht".
    """
    if not any(char.isalpha() for char in word):
        return word
    if word.endswith(_APOSTROPHE_S) and len(word) > 2:
        return lemmatize(word[:-2])
    lemma = _simplemma(word)
    if lemma == word and "-" in word.strip("-"):
        head, _, last = word.rpartition("-")
        if last[:1].isalpha():
            last_lemma = _simplemma(last)
            # keep the case of the last part: "US-Truppe", not "US-truppe"
            if last[:1].isupper() and last_lemma[:1].islower():
                last_lemma = last_lemma[:1].upper() + last_lemma[1:]
            return f"{head}-{last_lemma}"
    return lemma


def _simplemma(word: str) -> str:
    import simplemma  # deferred: loading the German dictionary takes a moment

    return str(simplemma.lemmatize(word, lang="de"))


def lemmas(text: str, spans: Iterable[Span]) -> list[str]:
    """The lemma of every span of ``text``, in order."""
    return [lemmatize(text[span.start : span.end]) for span in spans]
