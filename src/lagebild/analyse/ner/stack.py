"""What the rules say about each word, as CRF features (stacking).

The CRF learns how far to trust each kind of rule evidence (a gazetteer entry, a role cue, a
first name, an organisation pattern) from the training data, instead of fixed priorities.
"""

from __future__ import annotations

from collections.abc import Sequence

from lagebild.analyse.entities_lexicon import lexicon
from lagebild.analyse.entities_rules import Candidate, find_candidates, resolve
from lagebild.analyse.entities_words import words_of
from lagebild.model import Article, Block, BlockKind, Sentence, Span, Token

__all__ = ["article_of", "rule_marks", "token_rule_marks"]


def article_of(tokens: Sequence[str]) -> Article:
    """A one-sentence article over ``tokens`` joined by single spaces."""
    text = " ".join(tokens)
    spans = []
    position = 0
    for token in tokens:
        spans.append(Span(position, position + len(token)))
        position += len(token) + 1
    whole = Span(0, len(text))
    return Article(
        id="conll",
        text=text,
        blocks=(Block(BlockKind.BODY, whole),),
        sentences=(Sentence(whole, 0),),
        tokens=tuple(Token(s) for s in spans),
    )


def token_rule_marks(tokens: Sequence[str]) -> list[str]:
    """:func:`rule_marks` for a sentence given as tokens (training and CoNLL evaluation)."""
    words = words_of(article_of(tokens))
    found = resolve(find_candidates(words, lexicon()), len(words))
    return rule_marks(found, [w.start for w in words])


def _kind_of_institution(candidate: Candidate) -> str:
    """ "g" for a generic institution alone ("Polizei"), "q" for one qualified by a place or
    adjective ("Kantonspolizei Zürich", "deutsche Polizei"): GermEval annotates neither like a
    plain name, so the model learns them apart from the gazetteer's names."""
    if candidate.generic:
        return "g"
    return "q" if candidate.institution is not None else ""


def rule_marks(candidates: Sequence[Candidate], starts: Sequence[int]) -> list[str]:
    """Per word (given by its start offset) "B-PER:1", "I-LOC:0", "B-ORG:0g", "B-ORG:0q" or ""."""
    marks = [""] * len(starts)
    index = {start: k for k, start in enumerate(starts)}
    for candidate in candidates:
        first = index.get(candidate.start)
        if first is None:
            continue  # a part of a word ("Nato" in "Nato-Ostflanke")
        suffix = f"{candidate.evidence}{_kind_of_institution(candidate)}"
        k = first
        while k < len(starts) and starts[k] < candidate.end:
            marks[k] = f"{'B' if k == first else 'I'}-{candidate.type.value}:{suffix}"
            k += 1
    return marks
