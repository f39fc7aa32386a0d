"""How the rules' mentions and the CRF's mentions become one list (the ``combined`` system).

The CRF's mentions come first; then, rule by rule, longest first:

1. a rule mention that overlaps no CRF mention is added when its evidence is strong (a gazetteer
   entry, a role or honorific, a first name, an organisation pattern, a compound's known first
   part). A surname next to a speech verb alone is weaker evidence: it is added only where the
   model is not firmly sure the words are no name (its probability of "outside any name" stays
   below :data:`SPEECH_MAX_OUTSIDE`). Strong evidence is not checked against the model: the
   gazetteer names compounds ("EU-Parlament") that GermEval, and so the model, leaves out;
2. a rule mention that covers CRF mentions and is longer wins when it comes from a role cue, a
   first name or the gazetteer ("Antony Blinken" over "Blinken", "Kantonspolizei Zürich");
3. on the same words, a gazetteer or pattern type beats the CRF's type ("Litauen" is a place,
   "Saas-Grund" before a canton code too);
4. a CRF mention that runs from a gazetteer name over ordinary words is cut back to the name
   ("Wiener SPÖ" -> "SPÖ", "Genf Atomkerne" -> "Genf"), and one over two gazetteer names is
   split ("SWR Washington").

The thresholds were chosen on GermEval buckets 1 and 2 with CRFs trained on the other training
buckets, never on the held-out bucket.
"""

from __future__ import annotations

from collections.abc import Sequence

from lagebild.analyse.entities_rules import (
    CRF,
    FIRST_NAME,
    GAZETTEER,
    PATTERN,
    PREFIX,
    ROLE,
    SPEECH,
    Candidate,
)
from lagebild.analyse.entities_words import Word

__all__ = ["SPEECH_MAX_OUTSIDE", "combine"]

_ADD = frozenset({GAZETTEER, ROLE, FIRST_NAME, PATTERN, PREFIX})
_REPLACE = frozenset({GAZETTEER, ROLE, FIRST_NAME})
#: Largest probability of "outside any name" (the CRF's marginal of O) on the words of a surname
#: found only next to a speech verb ("sagte Pfeiffer") for it to be added.
SPEECH_MAX_OUTSIDE = 0.97


def _overlaps(a: Candidate, b: Candidate) -> bool:
    return a.start < b.end and b.start < a.end


def _same_words_better(rule: Candidate, hit: list[Candidate]) -> bool:
    """On the same words, a gazetteer or pattern type beats the CRF's, a rule that saw a role keeps it, and
    a generic institution stays one ("Landtag" is no name, whatever the model guessed)."""
    if len(hit) != 1 or (rule.start, rule.end) != (hit[0].start, hit[0].end):
        return False
    if rule.generic or (rule.evidence in (GAZETTEER, PATTERN) and rule.type is not hit[0].type):
        return True
    return rule.role is not None and hit[0].role is None


def _outside(rule: Candidate, words: Sequence[Word], outside: Sequence[float]) -> float:
    """The model's largest probability of "no name" over the name words of ``rule``."""
    values = [outside[k] for k in range(rule.first, rule.last) if words[k].start >= rule.start]
    return max(values, default=0.0)


def _addable(rule: Candidate, words: Sequence[Word] | None, outside: Sequence[float] | None) -> bool:
    if rule.evidence in _ADD:
        return True
    if rule.evidence != SPEECH or words is None or outside is None:
        return False
    return _outside(rule, words, outside) < SPEECH_MAX_OUTSIDE


def _cut_back(
    crf: Candidate, rules: Sequence[Candidate], words: Sequence[Word], known: frozenset[int]
) -> list[Candidate]:
    """The gazetteer names inside ``crf`` when the rest of it is ordinary words after the name,
    or place adjectives before it, and the name has the CRF's type ("Genf Atomkerne", "Wiener
    SPÖ"); or when gazetteer names cover all of it ("SWR Washington"). "Universität Innsbruck"
    and "Donau Zeitung" stay whole: their type is not the one of the name inside."""
    inner = [
        r
        for r in rules
        if r.evidence == GAZETTEER
        and crf.start <= r.start
        and r.end <= crf.end
        and (r.start, r.end) != (crf.start, crf.end)
    ]
    if not inner:
        return []
    rest = [
        k
        for k in range(crf.first, crf.last)
        if words[k].start >= crf.start and not any(r.start <= words[k].start < r.end for r in inner)
    ]
    if not rest:
        return inner
    if len(inner) > 1 or inner[0].type is not crf.type:
        return []
    for k in rest:
        word = words[k]
        before = word.start < inner[0].start
        if before and not (word.text.endswith("er") and word.text[:1].isupper()):
            return []
        if not before and k not in known:
            return []
    return inner


def combine(
    crf: list[Candidate],
    rules: list[Candidate],
    words: Sequence[Word] | None = None,
    outside: Sequence[float] | None = None,
    known: frozenset[int] = frozenset(),
) -> list[Candidate]:
    """CRF mentions fixed and completed by rule mentions (see the module docstring).

    ``outside``: per word, the CRF's probability that it is outside any name; ``known``: the
    indices of words that are ordinary dictionary words (for cutting back, rule 4).
    """
    kept = list(crf)
    if words is not None:
        for mention in crf:
            parts = _cut_back(mention, rules, words, known)
            if parts:
                kept = [c for c in kept if c is not mention] + parts
    for rule in sorted(rules, key=lambda c: (-(c.end - c.start), c.start)):
        hit = [c for c in kept if _overlaps(c, rule)]
        if not hit:
            if _addable(rule, words, outside):
                kept.append(rule)
            continue
        if any(c.evidence != CRF for c in hit):
            continue
        covers = all(rule.start <= c.start and c.end <= rule.end for c in hit)
        replaces = rule.evidence in _REPLACE or (rule.institution is not None and not rule.generic)
        if covers and replaces and (rule.start, rule.end) != (hit[0].start, hit[0].end):
            kept = [c for c in kept if c not in hit]
            kept.append(rule)
        elif _same_words_better(rule, hit):
            kept = [c for c in kept if c is not hit[0]]
            kept.append(rule)
    kept.sort(key=lambda c: c.start)
    return kept
