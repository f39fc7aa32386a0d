"""Key points: the ``n`` sentences that best tell the news, picked MMR-style.

Extractive first version. Only lead and body sentences compete (never the title,
a caption, a heading or the page's own key-points box); questions, quote fragments
without a speaker and sentences outside 8–35 words are left out (a long sentence
may lose a trailing attribution or adjunct clause to fit). Scores combine position,
centrality, overlap with title and lead, entity and number salience; selection
trades score against similarity to what is already chosen (maximal marginal
relevance) and skips near-duplicates. The bullets come out in article order.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from lagebild.analyse.keypoints_text import (
    SentenceInfo,
    fold,
    jaccard,
    load_pairs,
    sentence_infos,
    words,
)
from lagebild.analyse.keypoints_trim import (
    MAX_WORDS,
    MIN_WORDS,
    cut_source,
    cut_to_fit,
    strip_connective,
    strip_dateline,
)
from lagebild.model import Article, BlockKind, EntityType, KeyPoint, KeyPointOrigin

__all__ = ["KeyPointStage", "select_key_points"]

#: Lemma-set Jaccard above which two texts count as the same point.
DUPLICATE = 0.5
#: MMR balance: 1.0 is pure score, 0.0 pure novelty. 0.5 beat 0.7 and 0.9 by ~0.015 ROUGE-1
#: on the 16 example sidecars (human bullets cover different facts, so novelty pays).
LAMBDA = 0.5
#: Weights of the score's parts (position in the article, lemma overlap with the other
#: sentences, overlap with title and lead, salient entities named).
W_POSITION = 0.35
W_CENTRALITY = 0.25
W_TITLE = 0.25
W_ENTITIES = 0.15
#: Bullet length (words) after which each word lowers the score by LENGTH_COST. Set on the
#: example sidecars (examples/b*.expected.json): human key points run 8-20 words.
LONG = 20
LENGTH_COST = 0.01
_NUMBER = re.compile(r"\d")
# Opening words that point back at an earlier sentence ("Dies sagte er ...",
# "Er sagte ..."): such a sentence cannot stand alone as a bullet.
_ANAPHORIC = frozenset({"dies", "er", "sie", "es", "dort", "damit", "davor", "daraufhin"})
_SOURCE_KINDS = frozenset({BlockKind.LEAD, BlockKind.BODY})


@dataclass(frozen=True, slots=True)
class _Candidate:
    info: SentenceInfo
    text: str
    keys: frozenset[str]
    score: float


def _has_speaker(article: Article, info: SentenceInfo) -> bool:
    """True when a person or organisation is named in the sentence (the speaker)."""
    span = info.sentence.span
    for mention in article.mentions:
        if span.contains(mention.span) and mention.type in (EntityType.PER, EntityType.ORG):
            return True
    return False


def _eligible(article: Article, info: SentenceInfo) -> str | None:
    """The bullet text for ``info`` or ``None`` when the sentence may not be one."""
    text = info.text.strip()
    if info.kind not in _SOURCE_KINDS or "?" in text[-3:]:
        return None
    if not info.contained:  # a piece of a quotation that runs over several sentences
        return None
    if info.quoted > 0.5 and not (info.quoted < 0.85 and _has_speaker(article, info)):
        return None
    if info.n_words < MIN_WORDS:
        return None
    fitted = cut_to_fit(cut_source(strip_dateline(text)))
    if fitted is None:
        return None
    return strip_connective(fitted)


def _entity_weights(article: Article) -> dict[int, float]:
    counts = Counter(m.entity for m in article.mentions)
    top = max(counts.values(), default=1)
    return {entity: count / top for entity, count in counts.items()}


def _score(
    article: Article,
    info: SentenceInfo,
    text: str,
    *,
    rank: int,
    others: Sequence[SentenceInfo],
    anchor: frozenset[str],
    entity_weight: dict[int, float],
) -> float:
    position = 1.0 / (1.0 + 0.5 * rank)
    overlaps = [jaccard(info.keys, o.keys) for o in others if o.index != info.index]
    centrality = min(1.0, 4.0 * sum(overlaps) / max(1, len(overlaps)))
    title = len(info.keys & anchor) / max(1, len(anchor))
    span = info.sentence.span
    salience = sum(entity_weight.get(m.entity, 0.0) for m in article.mentions if span.contains(m.span))
    number = 0.1 if _NUMBER.search(info.text) else 0.0
    bullet = words(text)
    first = bullet[:1]
    anaphora = 0.3 if first and fold(first[0]) in _ANAPHORIC else 0.0
    # "Zudem prüft ..." leans on the sentence before it but cannot lose its adverb
    if first and load_pairs("connectives.txt").get(fold(first[0])) == "adverb":
        anaphora += 0.1
    # long bullets read worse and dilute the point; past LONG words each costs a little
    length = LENGTH_COST * max(0, len(bullet) - LONG)
    return (
        W_POSITION * position
        + W_CENTRALITY * centrality
        + W_TITLE * title
        + W_ENTITIES * min(1.0, salience / 2)
        + number
        - anaphora
        - 0.2 * info.quoted
        - length
    )


def _blocked_keys(article: Article, infos: Sequence[SentenceInfo]) -> list[frozenset[str]]:
    """Lemma sets a key point must not repeat: the title and every caption."""
    kinds = (BlockKind.TITLE, BlockKind.CAPTION)
    return [i.keys for i in infos if i.kind in kinds]


def _candidates(article: Article, infos: Sequence[SentenceInfo]) -> list[_Candidate]:
    title = frozenset().union(*(i.keys for i in infos if i.kind is BlockKind.TITLE))
    lead = frozenset().union(*(i.keys for i in infos if i.kind is BlockKind.LEAD))
    pool = [i for i in infos if i.kind in _SOURCE_KINDS]
    weights = _entity_weights(article)
    blocked = _blocked_keys(article, infos)
    out: list[_Candidate] = []
    for rank, info in enumerate(pool):
        text = _eligible(article, info)
        if text is None:
            continue
        keys = info.keys
        if any(jaccard(keys, b) > DUPLICATE for b in blocked):
            continue
        # the lead is measured against the title only; without a title it is the summary itself
        anchor = (title or keys) if info.kind is BlockKind.LEAD else title | lead
        score = _score(article, info, text, rank=rank, others=pool, anchor=anchor, entity_weight=weights)
        out.append(_Candidate(info, text, keys, score))
    return out


def _mmr(candidates: Sequence[_Candidate], n: int) -> list[_Candidate]:
    chosen: list[_Candidate] = []
    rest = list(candidates)
    while rest and len(chosen) < n:
        best: tuple[float, _Candidate] | None = None
        for cand in rest:
            similarity = max((jaccard(cand.keys, c.keys) for c in chosen), default=0.0)
            if similarity > DUPLICATE:
                continue
            value = LAMBDA * cand.score - (1 - LAMBDA) * similarity
            if best is None or value > best[0]:
                best = (value, cand)
        if best is None:
            break
        chosen.append(best[1])
        rest.remove(best[1])
    return sorted(chosen, key=lambda c: c.info.index)


def select_key_points(article: Article, n: int) -> tuple[KeyPoint, ...]:
    """Up to ``n`` generated key points of ``article``, in article order."""
    infos = sentence_infos(article)
    chosen = _mmr(_candidates(article, infos), n)
    return tuple(KeyPoint(c.text, (c.info.sentence.span,), KeyPointOrigin.GENERATED) for c in chosen)


class KeyPointStage:
    """Writes ``n`` (2–5) extractive key points for each article."""

    name = "key_points"
    version = "0.1"
    requires = frozenset({"sentences", "tokens"})
    provides = frozenset({"key_points"})

    def __init__(self, n: int = 3) -> None:
        if not 2 <= n <= 5:
            raise ValueError(f"KeyPointStage writes 2 to 5 key points; pass n between 2 and 5, not {n}")
        self.n = n

    def __call__(self, article: Article) -> Article:
        return article.replace(key_points=select_key_points(article, self.n))


# Exposed for the tests: the word bounds a bullet must keep.
WORD_BOUNDS = (MIN_WORDS, MAX_WORDS)
