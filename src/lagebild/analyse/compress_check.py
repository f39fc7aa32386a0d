"""The grammar guard of sentence compression: is a shortened sentence still a sentence?

A compression rule proposes a shorter text; :func:`problem` says what is wrong with
it, or ``None`` when it may be used. The checks are surface checks, cheap enough to
run on every candidate sentence of every article:

- a finite verb remains (an auxiliary or modal from ``compress_finite.txt``, or a
  lower-case word whose lemma is a verb and whose ending is a finite one), and a modal
  keeps its infinitive;
- brackets and quote marks are balanced;
- nothing dangles: no comma or dash before the end, no article, preposition or
  conjunction as the last word (``compress_dangling.txt``);
- the text starts with a capital letter, a digit or a quote mark, and its first word
  is not a verb, unless it is the one verb-first pattern accepted: a participle in
  the first position followed by a finite auxiliary ("Betroffen sind ...",
  "Geplant ist ..."), which is verb-second German, not a question.
"""

from __future__ import annotations

import re
from itertools import pairwise

from lagebild.analyse.keypoints_text import fold, load_list, words
from lagebild.language.de import lemmatize

__all__ = ["balanced", "has_finite_verb", "is_finite_verb", "looks_like_verb", "problem", "verb_form"]

_PAIRS = (("«", "»"), ("„", "“"), ("(", ")"), ("‹", "›"), ("[", "]"))
# Endings of finite verb forms (3rd person, past tense, plural): "gewinnt", "sagte",
# "sagten", "fallen". An infinitive also ends in -en; the lemma test below tells the
# difference only for the singular, which is enough for a guard that errs on "no".
_FINITE_END = ("t", "te", "ten", "st", "en", "ern", "eln", "e")
_VERB_LEMMA_END = ("en", "ern", "eln")
_DANGLING_PUNCT = re.compile(r"[,;:–—-]\s*[.!?]?\s*$|,\s*,|\(\s*\)")


def balanced(text: str) -> bool:
    """True when every bracket and quote pair of ``text`` is closed, in order."""
    for open_, close in _PAIRS:
        depth = 0
        for ch in text:
            if ch == open_:
                depth += 1
            elif ch == close:
                depth -= 1
                if depth < 0:
                    return False
        if depth:
            return False
    return text.count('"') % 2 == 0


def verb_form(word: str) -> str | None:
    """ "finite", "infinitive" or "participle" for a verb form, ``None`` for anything else.

    Case is ignored, so the first word of a sentence ("Versicherte") can be tested. The
    infinitive form is also the present plural ("Die Preise steigen"): the caller decides.
    """
    low = word.lower()
    if low in _finite():
        return "finite"
    lemma = lemmatize(low)
    if not lemma.endswith(_VERB_LEMMA_END) or lemma[:1].isupper():
        return None
    if lemma == low:
        return "infinitive"
    if not low.endswith(_FINITE_END) and len(low) > 5:
        return None  # strong past forms are short: "kam", "glich", "starb", "fiel"
    # a ge-participle is not finite ("gebracht"), unless the verb itself starts with ge-
    if low.startswith("ge") and not lemma.startswith("ge"):
        return "participle"
    return "finite"


def is_finite_verb(word: str, previous: str = "") -> bool:
    """True for a lower-case word that is likely a finite verb ("sagte", "hat", "steigen").

    An infinitive form counts (it is also the present plural) unless "zu" stands before it.
    """
    if fold(word) in _finite():
        return True
    if not word[:1].islower():
        return False
    form = verb_form(word)
    return form == "finite" or (form == "infinitive" and fold(previous) != "zu")


def looks_like_verb(word: str) -> bool:
    """True when ``word``, whatever its case, is a verb form (not a noun or adjective)."""
    return verb_form(word) is not None


def has_finite_verb(text: str) -> bool:
    """True when some word after the first, or an accepted first word, is a finite verb."""
    tokens = words(text)
    if tokens and fold(tokens[0]) in _finite():
        return True
    return any(is_finite_verb(w, p) for p, w in pairwise(tokens))


def _finite() -> frozenset[str]:
    return load_list("compress_finite.txt")


def _bad_start(tokens: list[str], names: frozenset[str]) -> str | None:
    first = tokens[0]
    if first in names:
        return None  # "Blinken versicherte ...": a name, even if it is also a verb
    if not (first[:1].isupper() or first[:1].isdigit()):
        return f"starts with the lower-case word {first!r}"
    if fold(first) in _finite():
        return f"starts with the verb {first!r}"
    if fold(first) in load_list("stopwords.txt"):
        return None  # "Die", "Der", "Auch": function words, never a finite verb here
    if looks_like_verb(first):
        # "Betroffen sind ...", "Geplant ist ...": participle, then the finite auxiliary
        # the participle's own form is not checked: "Betroffen" looks finite to the lemma test
        second_aux = len(tokens) > 1 and fold(tokens[1]) in _finite()
        if second_aux and fold(first) not in _finite() and verb_form(first) != "infinitive":
            return None
        return f"starts with the verb {first!r}"
    return None


def problem(text: str, names: frozenset[str] = frozenset()) -> str | None:
    """Why ``text`` is not a complete sentence, or ``None`` when it passes every check.

    ``names`` are words known to be (parts of) names in the article: one of them may
    open the sentence even when it is also a verb form ("Blinken", "Essen").
    """
    tokens = words(text)
    if not tokens:
        return "no words"
    if not balanced(text):
        return "unbalanced brackets or quote marks"
    if _DANGLING_PUNCT.search(text):
        return "a comma, dash or empty bracket dangles"
    if fold(tokens[-1]) in load_list("compress_dangling.txt"):
        return f"ends with {tokens[-1]!r}"
    start = _bad_start(tokens, names)
    if start is not None:
        return start
    if not has_finite_verb(text):
        return "no finite verb"
    if not _modal_complete(tokens):
        return "a modal verb lost its infinitive"
    return None


_MODALS = frozenset(
    {"will", "wollen", "soll", "sollen", "kann", "können", "muss", "müssen", "darf", "dürfen"}
)


def _modal_complete(tokens: list[str]) -> bool:
    """A modal verb ("will", "soll") needs an infinitive after it: "Der Bundesrat will mit
    den Kantonen." has lost its main verb to a cut."""
    for i, word in enumerate(tokens):
        if fold(word) in _MODALS:
            return any(verb_form(w) == "infinitive" and w[:1].islower() for w in tokens[i + 1 :])
    return True
