"""Sentence compression: turn a selected sentence into a bullet of 8–25 words.

Rules (see :mod:`lagebild.analyse.compress_rules`) run in a fixed order. Each rule
proposes a shorter text; the proposal is taken only when it passes the grammar guard
(:func:`lagebild.analyse.compress_check.problem`: a finite verb remains, brackets and
quotes balance, nothing dangles, no lower-case or verb start) and keeps at least
``MIN_WORDS`` words. Otherwise the sentence stays as it was before that rule, so a
compression never breaks a sentence, it is just not applied.

Order, and why:

1. always: dateline, parentheticals, attribution tail, leading connective. They carry
   no fact of the news (a bullet box states facts, the article says who said them).
2. only while the text is longer than ``long`` words: a relative clause, then a
   trailing adjunct or second main clause. These may hold facts, so they go only
   when the bullet would otherwise be too long to read at a glance.
3. last: a pronoun at the start ("Er", "Sie" + singular verb) becomes the name it
   refers to, because earlier rules can bring a pronoun to the front.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from lagebild.analyse.compress_check import problem
from lagebild.analyse.compress_rules import (
    cut_tail,
    drop_attribution,
    drop_connective,
    drop_dateline,
    drop_parentheticals,
    drop_relative,
    resolve_pronoun,
)
from lagebild.analyse.keypoints_text import words

__all__ = ["LONG", "MAX_WORDS", "MIN_WORDS", "Compression", "compress"]

MIN_WORDS = 8
MAX_WORDS = 25
#: Above this many words a bullet loses relative and trailing clauses. Human key points
#: on the dev set (eval/data/keypoints, examples/) run 9–16 words, 13 on average.
LONG = 18

Rule = Callable[[str], str | None]


@dataclass(frozen=True, slots=True)
class Compression:
    """The bullet text and the names of the rules that changed it, in order."""

    text: str
    applied: tuple[str, ...] = ()


def _try(text: str, name: str, rule: Rule, applied: list[str], names: frozenset[str]) -> str:
    proposal = rule(text)
    if proposal is None or proposal == text:
        return text
    if len(words(proposal)) < MIN_WORDS or problem(proposal, names) is not None:
        return text  # the rule would break the sentence or leave too little: not applied
    applied.append(name)
    return proposal


def compress(
    sentence: str,
    *,
    antecedent: str | None = None,
    name_ends: frozenset[str] = frozenset(),
    long: int | None = None,
) -> Compression:
    """``sentence`` made into a bullet.

    ``antecedent`` is the name a leading pronoun stands for, ``name_ends`` the last words
    of the article's names (for moving a subject to the front); ``long`` overrides
    :data:`LONG`. The result may still be over ``MAX_WORDS``: the caller decides
    whether such a sentence can be a bullet at all.
    """
    long = LONG if long is None else long
    text = " ".join(sentence.split())
    applied: list[str] = []
    always: tuple[tuple[str, Rule], ...] = (
        ("dateline", drop_dateline),
        ("parenthetical", drop_parentheticals),
        ("attribution", drop_attribution),
        ("connective", lambda t: drop_connective(t, name_ends)),
    )
    for name, rule in always:
        text = _try(text, name, rule, applied, name_ends)
    for name, rule in (("relative", drop_relative), ("tail", cut_tail)):
        for _ in range(3):  # a sentence rarely has more than a few clauses to lose
            if len(words(text)) <= long:
                break
            shorter = _try(text, name, rule, applied, name_ends)
            if shorter == text:
                break
            text = shorter
    names = name_ends | frozenset(words(antecedent or ""))
    text = _try(text, "pronoun", lambda t: resolve_pronoun(t, antecedent), applied, names)
    return Compression(text, tuple(applied))
