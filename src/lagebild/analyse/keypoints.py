"""Key points: the ``n`` sentences that best tell the news, picked MMR-style and
shortened into bullets of 8–25 words.

Only lead and body sentences compete (never the title, a caption, a heading or the
page's own key-points box, which is not even looked at: generated points must stand
on their own). Every candidate is first compressed (:mod:`lagebild.analyse.compress`:
dateline, parentheticals, attribution tails, leading connectives go; long bullets
lose relative and trailing clauses; a leading pronoun becomes the name), then held
to the hard constraints (:mod:`lagebild.analyse.keypoints_constraints`). Scores
combine position, centrality, overlap with title and lead, entity and number
salience; selection trades score against similarity to what is already chosen
(maximal marginal relevance) and skips near-duplicates.

Order: the bullets come out in **article order** (the order of their source
sentences), as on Swiss and German news sites, so they read as a short story.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from lagebild.analyse.compress import MAX_WORDS, MIN_WORDS, compress
from lagebild.analyse.keypoints_constraints import (
    DUPLICATE,
    bullet_keys,
    near_duplicate,
    point_problem,
    violations,
)
from lagebild.analyse.keypoints_text import (
    SentenceInfo,
    fold,
    jaccard,
    load_list,
    load_pairs,
    sentence_infos,
    words,
)
from lagebild.model import Article, BlockKind, Entity, EntityType, KeyPoint, KeyPointOrigin

__all__ = ["KeyPointStage", "select_key_points"]

#: MMR balance: 1.0 is pure score, 0.0 pure novelty. 0.5 beat 0.7 and 0.9 by ~0.015 ROUGE-1
#: on the 16 example sidecars (human bullets cover different facts, so novelty pays).
LAMBDA = 0.5
#: Weights of the score's parts (position in the article, lemma overlap with the other
#: sentences, overlap with title and lead, salient entities named).
W_POSITION = 0.35
W_CENTRALITY = 0.25
W_TITLE = 0.25
W_ENTITIES = 0.15
#: Bonus for a bullet with a number in it: human key points state figures. 0.2 beat 0.1,
#: 0.15 and 0.3 on the 55 dev articles of eval/keypoints.py (R1 0.378 vs 0.371/0.372/0.369).
W_NUMBER = 0.2
#: Bullet length (words) after which each word lowers the score by LENGTH_COST. 22 beat 20
#: and 26 on the dev set of eval/keypoints.py; compression already keeps bullets short.
LONG = 22
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


@dataclass(frozen=True, slots=True)
class _Names:
    """What compression needs to know about the article's names."""

    ends: frozenset[str]  # last word of every name as printed ("Blinken")
    # (start offset, canonical name, female) of each person mention
    persons: tuple[tuple[int, str, bool], ...]


def _female(entity: Entity) -> bool:
    """A woman by her role ("Sprecherin", "Landeshauptfrau") or her first name."""
    if any(r.casefold().endswith(("in", "frau")) for r in entity.roles):
        return True
    first = words(entity.name)[:1]
    return bool(first) and fold(first[0]) in load_list("female_names.txt")


def _names(article: Article) -> _Names:
    ends = {
        words(article.span_text(m.span))[-1] for m in article.mentions if words(article.span_text(m.span))
    }
    female = [_female(e) for e in article.entities]
    persons = tuple(
        (m.span.start, article.entities[m.entity].name, female[m.entity])
        for m in sorted(article.mentions, key=lambda m: m.span.start)
        if m.type is EntityType.PER and m.entity < len(article.entities)
    )
    return _Names(frozenset(ends), persons)


def _antecedent(article: Article, info: SentenceInfo, names: _Names, previous: int) -> str | None:
    """The person a leading "Er"/"Sie" of ``info`` stands for, or ``None`` when unsure.

    The quote stage's speaker comes first; otherwise the last person named since the
    start of the previous sentence (``previous``), any further back is a guess, and
    only when "Er"/"Sie" fits that person ("Sie" for a woman, "Er" for anyone else).
    """
    start = info.sentence.span.start
    for quote in article.quotes:
        span = quote.speaker_span
        if span is not None and span.start == start and quote.speaker is not None:
            return article.entities[quote.speaker].name
    before = [(name, female) for offset, name, female in names.persons if previous <= offset < start]
    if not before:
        return None
    name, female = before[-1]
    pronoun = fold(words(info.text[:12])[0]) if words(info.text[:12]) else ""
    return name if (pronoun == "sie") == female else None


def _eligible(article: Article, info: SentenceInfo, names: _Names, previous: int) -> str | None:
    """The bullet text for ``info`` or ``None`` when the sentence may not be one."""
    text = info.text.strip()
    if info.kind not in _SOURCE_KINDS or "?" in text:
        return None
    if not info.contained:  # a piece of a quotation that runs over several sentences
        return None
    if info.quoted > 0.5 and not (info.quoted < 0.85 and _has_speaker(article, info)):
        return None
    if info.n_words < MIN_WORDS:
        return None
    bullet = compress(text, antecedent=_antecedent(article, info, names, previous), name_ends=names.ends).text
    if len(words(bullet)) > MAX_WORDS:
        return None
    if point_problem(article, bullet, (info.sentence.span,)) is not None:
        return None
    return bullet


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
    number = W_NUMBER if _NUMBER.search(text) else 0.0
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
    """Lemma sets a key point must not be close to: every caption. (The title may be
    restated with more facts, as human bullets do; the constraints refuse a bare repeat.)"""
    return [i.keys for i in infos if i.kind is BlockKind.CAPTION]


def _candidates(article: Article, infos: Sequence[SentenceInfo]) -> list[_Candidate]:
    title = frozenset().union(*(i.keys for i in infos if i.kind is BlockKind.TITLE))
    lead = frozenset().union(*(i.keys for i in infos if i.kind is BlockKind.LEAD))
    pool = [i for i in infos if i.kind in _SOURCE_KINDS]
    weights = _entity_weights(article)
    blocked = _blocked_keys(article, infos)
    names = _names(article)
    out: list[_Candidate] = []
    for rank, info in enumerate(pool):
        previous = infos[info.index - 1].sentence.span.start if info.index > 0 else 0
        text = _eligible(article, info, names, previous)
        if text is None:
            continue
        keys = bullet_keys(text)
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
            if any(near_duplicate(cand.keys, c.keys) or near_duplicate(c.keys, cand.keys) for c in chosen):
                continue
            similarity = max((jaccard(cand.keys, c.keys) for c in chosen), default=0.0)
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
    points = [KeyPoint(c.text, (c.info.sentence.span,), KeyPointOrigin.GENERATED) for c in chosen]
    # the candidates were checked one by one and against each other; this last check
    # keeps a bullet that still breaks a rule (a bug) out of the output
    bad = {v.point for v in violations(article, points)}
    return tuple(p for i, p in enumerate(points) if i not in bad)


class KeyPointStage:
    """Writes ``n`` (2–5) key points for each article: selected sentences, compressed."""

    name = "key_points"
    version = "0.2"
    requires = frozenset({"sentences", "tokens", "entities"})
    provides = frozenset({"key_points"})

    def __init__(self, n: int = 3) -> None:
        if not 2 <= n <= 5:
            raise ValueError(f"KeyPointStage writes 2 to 5 key points; pass n between 2 and 5, not {n}")
        self.n = n

    def __call__(self, article: Article) -> Article:
        return article.replace(key_points=select_key_points(article, self.n))


# Exposed for the tests: the word bounds a bullet must keep.
WORD_BOUNDS = (MIN_WORDS, MAX_WORDS)
