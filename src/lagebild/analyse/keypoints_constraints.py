"""The hard constraints every generated key point must meet, checked in one place.

The stage uses :func:`point_problem` to leave out a candidate that breaks one, and
:func:`violations` as a last check over the chosen bullets; ``eval/keypoints.py``
runs :func:`violations` on every dev article and fails when anything is found.

A bullet:

- has 8–25 words (``length``);
- comes from real sentences: every source span is a lead or body sentence of the
  article (``source``), never a title, caption, heading or the page's own box;
- is no caption, credit, ad or other removed boilerplate, nor close to one (``caption``);
- is not a question (``question``);
- quotes nobody without naming them: quote marks need the speaker in the bullet, and
  a Konjunktiv I statement needs a speech cue ("sagte", "laut", "zufolge") (``quote``);
- does not repeat the title or the teaser: it adds at least two words to the title
  (articles, prepositions and auxiliaries aside), and it is not the whole lead (``repeat``);
- reads as a sentence: it passes the compression's grammar guard (``grammar``), and it
  does not open with "Er" or "Sie" (compression puts the name there when it is sure;
  otherwise the bullet cannot stand alone) (``pronoun``);
- is no duplicate or near-duplicate of another bullet (``duplicate``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from lagebild.analyse.compress_check import balanced, problem
from lagebild.analyse.keypoints_text import fold, jaccard, load_list, stopwords, words
from lagebild.language.de import lemmatize
from lagebild.model import Article, BlockKind, KeyPoint, Span

__all__ = ["DUPLICATE", "Violation", "bullet_keys", "near_duplicate", "point_problem", "violations"]

MIN_WORDS = 8
MAX_WORDS = 25
#: Lemma-set Jaccard above which two texts count as the same point.
DUPLICATE = 0.5
_SOURCE_KINDS = frozenset({BlockKind.LEAD, BlockKind.BODY})
_QUOTE_MARKS = '«»„“”"‹›'
_PRONOUNS = frozenset({"er", "sie"})
_CUES = frozenset({"laut", "zufolge", "angaben", "sagte", "sagt", "sagten"})
_BOILERPLATE = frozenset(
    {BlockKind.CREDIT, BlockKind.AD, BlockKind.RELATED, BlockKind.TAG_LIST, BlockKind.BOILERPLATE}
)


@dataclass(frozen=True, slots=True)
class Violation:
    """One broken constraint: which bullet (index), which rule, and a line for people."""

    point: int
    rule: str
    message: str


def bullet_keys(text: str) -> frozenset[str]:
    """Folded lemmas of the content words of ``text``: what "the same point" compares."""
    stop = stopwords()
    return frozenset(fold(lemmatize(w)) for w in words(text) if len(w) > 1 and fold(w) not in stop)


def _plain_keys(text: str) -> frozenset[str]:
    """Folded lemmas of every word but articles, prepositions, conjunctions and auxiliaries.

    Months, weekdays and numbers count here (unlike in :func:`bullet_keys`): "Ende Juni" is
    what a bullet adds to the title "Kreisklinik Aalen schliesst die Geburtsstation".
    """
    function = load_list("compress_dangling.txt") | load_list("compress_finite.txt")
    return frozenset(fold(lemmatize(w)) for w in words(text) if fold(w) not in function)


def near_duplicate(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when key sets ``a`` and ``b`` (of :func:`bullet_keys`) say the same thing."""
    return bool(a) and bool(b) and (jaccard(a, b) > DUPLICATE or a <= b)


def _norm(text: str) -> str:
    return " ".join(fold(w) for w in words(text))


def _name_words(article: Article) -> frozenset[str]:
    """Every word of the article's named mentions and entity names ("Blinken", "Essen")."""
    found = {w for m in article.mentions for w in words(article.span_text(m.span))}
    found.update(w for e in article.entities for w in words(e.name))
    return frozenset(found)


def _quote_problem(article: Article, text: str, sources: Sequence[Span]) -> str | None:
    if not any(mark in text for mark in _QUOTE_MARKS):
        tokens = {fold(w) for w in words(text)}
        if tokens & load_list("compress_subjunctive.txt") and not tokens & (
            _CUES | load_list("speech_verbs.txt")
        ):
            return "reported speech without who said it"
        return None
    if not balanced(text):
        return "a quote mark is not closed"
    folded = fold(text)
    for quote in article.quotes:
        if not any(s.overlaps(quote.span) for s in sources):
            continue
        names = []
        if quote.speaker_span is not None:
            names.append(article.span_text(quote.speaker_span))
        if quote.speaker is not None:
            names.extend(words(article.entities[quote.speaker].name)[-1:])
        if any(n and fold(n) in folded for n in names):
            return None
    return "a quotation without its speaker"


def point_problem(article: Article, text: str, sources: Sequence[Span]) -> tuple[str, str] | None:
    """(rule, message) for the first constraint ``text`` breaks on its own, or ``None``."""
    n = len(words(text))
    if not MIN_WORDS <= n <= MAX_WORDS:
        return "length", f"{n} words, not {MIN_WORDS}-{MAX_WORDS}"
    kinds = {s.span: article.blocks[s.block].kind for s in article.sentences if s.block < len(article.blocks)}
    if not sources or any(kinds.get(s) not in _SOURCE_KINDS for s in sources):
        return "source", "a source span is not a lead or body sentence"
    if "?" in text:
        return "question", "a question"
    grammar = problem(text, _name_words(article))
    if grammar is not None:
        return "grammar", grammar
    first = words(text[:12])[:1]
    if first and fold(first[0]) in _PRONOUNS:
        return "pronoun", f"opens with {first[0]!r}, and nobody could say who that is"
    keys = bullet_keys(text)
    for block in article.blocks_of(BlockKind.CAPTION):
        if near_duplicate(keys, bullet_keys(article.span_text(block.span))):
            return "caption", "repeats a caption"
    for removed in article.removed:
        if removed.kind in _BOILERPLATE and near_duplicate(keys, bullet_keys(removed.text)):
            return "caption", f"repeats removed {removed.kind.value} text"
    for caption in article.captions:
        if caption.credit and fold(text).rstrip(" .").endswith(fold(caption.credit)):
            return "caption", "ends with a picture credit"
    quote = _quote_problem(article, text, sources)
    if quote is not None:
        return "quote", quote
    title = article.title or "".join(article.span_text(b.span) for b in article.blocks_of(BlockKind.TITLE))
    if title and len(_plain_keys(text) - _plain_keys(title)) < 2:
        return "repeat", "says nothing the title does not"
    lead = article.lead
    if lead and _norm(text) == _norm(lead):
        return "repeat", "repeats the whole teaser"
    return None


def violations(article: Article, points: Sequence[KeyPoint]) -> list[Violation]:
    """Every hard constraint broken by ``points`` (empty when all hold)."""
    found: list[Violation] = []
    keys = [bullet_keys(p.text) for p in points]
    for i, point in enumerate(points):
        problem = point_problem(article, point.text, point.sources)
        if problem is not None:
            found.append(Violation(i, *problem))
        for j in range(i):
            if near_duplicate(keys[i], keys[j]) or near_duplicate(keys[j], keys[i]):
                found.append(Violation(i, "duplicate", f"near-duplicate of point {j + 1}"))
    return found
