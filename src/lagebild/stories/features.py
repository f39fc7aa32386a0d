"""What story clustering compares: lemma TF-IDF, named entities and title words.

Vectors are sparse ``dict[str, float]`` with unit length. The IDF comes from the
collection being clustered, so words every article uses ("Regierung" in a week
of politics) weigh little and the rare ones that name the event weigh much.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from lagebild.language.normalize import normalize
from lagebild.model import Article, EntityType
from lagebild.stories.text import content_lemmas, lemma_key, words

__all__ = ["Features", "Vector", "cosine", "features"]

Vector = dict[str, float]

#: Terms kept per article: the rest of a long text adds time, not precision.
TOP_TERMS = 80
# Weight of an entity by type: people and organisations name the actors of one event;
# places are shared by every story from a region ("Österreich", "Wien"); OTH (events,
# products) is too mixed to count.
_ENTITY_WEIGHTS = {EntityType.PER: 1.0, EntityType.ORG: 1.0, EntityType.LOC: 0.4}


@dataclass(frozen=True, slots=True)
class Features:
    text: Vector
    entities: Vector
    title: Vector


def cosine(a: Vector, b: Vector, b_norm: float = 1.0) -> float:
    """Cosine of unit vector ``a`` with ``b`` (whose length is ``b_norm``)."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    dot = sum(w * large.get(t, 0.0) for t, w in small.items())
    return dot / b_norm if b_norm else 0.0


def _unit(weights: dict[str, float], top: int | None = None) -> Vector:
    items = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))
    if top is not None:
        items = items[:top]
    norm = math.sqrt(sum(w * w for _, w in items))
    return {t: w / norm for t, w in items} if norm else {}


def _idf(bags: Iterable[Iterable[str]], n: int) -> dict[str, float]:
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(set(bag))
    return {t: math.log((n + 1) / (d + 1)) + 1.0 for t, d in df.items()}


def _entity_names(article: Article) -> dict[str, float]:
    """Entity name -> type weight (the larger if a name has two types)."""
    names: dict[str, float] = {}
    for entity in article.entities:
        weight = _ENTITY_WEIGHTS.get(entity.type, 0.0)
        key = normalize(entity.name)
        if weight > names.get(key, 0.0):
            names[key] = weight
    return names


def _title_lemmas(article: Article) -> list[str]:
    title = article.title or article.lead or ""
    return [key for w in words(title) if (key := lemma_key(w))]


def features(articles: Sequence[Article]) -> list[Features]:
    """TF-IDF vectors of lemmas, entity names and title lemmas for every article."""
    lemmas = [Counter(content_lemmas(a)) for a in articles]
    entities = [_entity_names(a) for a in articles]
    titles = [Counter(_title_lemmas(a)) for a in articles]
    n = len(articles)
    idf_text = _idf(lemmas, n)
    idf_ent = _idf(entities, n)
    out = []
    for bag, ents, title in zip(lemmas, entities, titles, strict=True):
        # sublinear tf: a word said ten times is not ten times as telling
        text = _unit({t: (1 + math.log(c)) * idf_text[t] for t, c in bag.items()}, TOP_TERMS)
        ent = _unit({t: weight * idf_ent[t] for t, weight in ents.items()})
        tit = _unit({t: idf_text.get(t, math.log(n + 1) + 1.0) for t in title})
        out.append(Features(text, ent, tit))
    return out
