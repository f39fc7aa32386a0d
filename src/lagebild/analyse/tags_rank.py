"""Salience of entities and keywords for tags, each scored in [0, 1]."""

from __future__ import annotations

import math
from collections import Counter

from lagebild.analyse.keypoints_text import fold, stopwords
from lagebild.model import Article, BlockKind, Span

__all__ = ["rank_entities", "rank_keywords"]

_HEAD_KINDS = (BlockKind.TITLE, BlockKind.LEAD, BlockKind.KEY_POINT)
#: Minimum keyword length: shorter capitalised words are mostly abbreviations or names.
_MIN_KEYWORD = 4


def _head_spans(article: Article) -> list[Span]:
    return [b.span for b in article.blocks if b.kind in _HEAD_KINDS]


def _normalise(scores: dict[str, float]) -> list[tuple[str, float]]:
    if not scores:
        return []
    top = max(scores.values())
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    return [(label, round(score / top, 3)) for label, score in ranked]


def rank_entities(article: Article) -> list[tuple[str, float]]:
    """Canonical entity names, most salient first: mentions, early and headline ones count more."""
    size = max(1, len(article.text))
    head = _head_spans(article)
    scores: dict[str, float] = {}
    for mention in article.mentions:
        if mention.entity >= len(article.entities):
            continue
        name = article.entities[mention.entity].name
        early = 1.0 - mention.span.start / size  # 1 at the top, 0 at the end
        in_head = any(s.contains(mention.span) for s in head)
        scores[name] = scores.get(name, 0.0) + 1.0 + 0.5 * early + (1.0 if in_head else 0.0)
    return _normalise(scores)


def _sentence_starts(article: Article) -> set[int]:
    return {s.span.start for s in article.sentences}


def _inside_any(span: Span, spans: list[Span]) -> bool:
    return any(s.overlaps(span) for s in spans)


def _name_words(article: Article) -> set[str]:
    """Folded single words of entity names ("hamburg", "schweiz")."""
    return {fold(w) for e in article.entities for w in e.name.split() if len(w) >= 4}


def _from_name(key: str, names: set[str]) -> bool:
    """True for a capitalised word made from a name: "Hamburger", "Schweizer", "Deutscher"."""
    if not key.endswith("er") or len(key) < 6:
        return False
    stem = key[:-2]
    return any(name == stem or name.startswith(stem) for name in names)


def rank_keywords(article: Article) -> list[tuple[str, float]]:
    """Noun lemmas, most salient first.

    Without a corpus for IDF, word length stands in for rarity: long German
    compounds ("Rotationsverfahren") are rare and specific, short nouns common.
    """
    stop = stopwords()
    names = _name_words(article)
    starts = _sentence_starts(article)
    mention_spans = [m.span for m in article.mentions]
    head = _head_spans(article)
    counts: Counter[str] = Counter()
    forms: dict[str, str] = {}
    in_head: set[str] = set()
    for token in article.tokens:
        surface = token.span.of(article.text)
        if not surface[:1].isupper() or not surface.replace("-", "").isalpha() or surface.isupper():
            continue  # not a noun, or an acronym (those are names: the entity stage owns them)
        if token.span.start in starts or _inside_any(token.span, mention_spans):
            continue  # sentence-initial capitals are not evidence of a noun
        lemma = token.lemma or surface
        key = fold(lemma)
        if len(key) < _MIN_KEYWORD or key in stop or _from_name(key, names):
            continue
        counts[key] += 1
        forms.setdefault(key, lemma[:1].upper() + lemma[1:])
        if any(s.contains(token.span) for s in head):
            in_head.add(key)
    scores = {
        forms[key]: count * math.log(len(key)) * (1.5 if key in in_head else 1.0)
        for key, count in counts.items()
    }
    return _normalise(scores)
