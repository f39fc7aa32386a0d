"""Exact and near-duplicate articles: the same agency copy, reprinted with edits.

Exact duplicates share the hash of their folded text. Near-duplicates are found
with MinHash-LSH (datasketch) on word shingles of the agency's part of the
article (body and headings: outlets rewrite title, lead, box and captions), and
every candidate is verified with the exact Jaccard similarity of the shingle sets,
so the LSH only decides what gets compared, never what is reported.

Calibration (``python eval/stories.py``, examples/ + eval/data/stories/): agency
reprints in German outlets are edited hard (Swiss ss, Austrian word choices,
shortened or reordered paragraphs, own leads), and their body Jaccard on word
3-shingles lies between about 0.3 and 1.0, while different texts about the same
story stay below about 0.1. ``THRESHOLD = 0.2`` sits in that gap; the "around
0.5" usual for web-page deduplication loses most edited reprints.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Sequence

from lagebild.model import Article
from lagebild.stories.text import body_text, words

__all__ = ["LSH_BANDS", "NUM_PERM", "SHINGLE", "THRESHOLD", "jaccard", "near_duplicates", "shingles"]

#: Verified Jaccard at or above which two articles are copies of one text (see module doc).
THRESHOLD = 0.2
#: Words per shingle: 3 keeps edited copies similar and unrelated texts apart.
SHINGLE = 3
#: MinHash permutations, read as 128 LSH bands of 2 rows. A pair of Jaccard j becomes a
#: candidate with probability 1 - (1 - j**2)**128: 0.995 at 0.2, 0.9999 at 0.3, but also
#: 0.27 at 0.05 and 0.013 at 0.01 -- the exact check drops those. datasketch's own choice
#: for a 0.2 threshold (51 bands of 2 out of 128) misses 1 pair in 8 at 0.2; at scale
#: (``bench/stories.py``) that lost about 3 % of the copies.
NUM_PERM = 256
LSH_BANDS = (128, 2)


def shingles(text: str, k: int = SHINGLE) -> frozenset[str]:
    """The word ``k``-shingles of ``text`` (folded words joined by a space)."""
    w = words(text)
    if len(w) <= k:
        return frozenset({" ".join(w)}) if w else frozenset()
    return frozenset(" ".join(w[i : i + k]) for i in range(len(w) - k + 1))


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 1.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def _text_hash(article: Article) -> str:
    return hashlib.blake2b(" ".join(words(article.text)).encode(), digest_size=16).hexdigest()


def near_duplicates(
    articles: Sequence[Article], *, threshold: float = THRESHOLD, k: int = SHINGLE
) -> list[tuple[str, str, float]]:
    """Pairs of article ids that are copies of the same text, with their Jaccard.

    Each pair is ``(smaller id, larger id, jaccard)``; the list is sorted. Exact
    duplicates (same folded text) come with 1.0. An article id given twice counts once.
    """
    unique = {a.id: a for a in articles}
    ids = sorted(unique)
    pairs: dict[tuple[str, str], float] = {}

    hash_of = {i: _text_hash(unique[i]) for i in ids}
    by_hash: dict[str, list[str]] = {}
    for article_id in ids:
        by_hash.setdefault(hash_of[article_id], []).append(article_id)
    representatives = []
    for group in by_hash.values():
        representatives.append(group[0])
        for a, b in itertools.combinations(group, 2):
            pairs[(a, b)] = 1.0

    sets = {i: shingles(body_text(unique[i]), k) for i in representatives}
    for a, b in _candidates(sets):
        score = jaccard(sets[a], sets[b])
        if score >= threshold:
            # an exact duplicate of a matches b as well
            for x in by_hash[hash_of[a]]:
                for y in by_hash[hash_of[b]]:
                    pairs[(min(x, y), max(x, y))] = score
    return sorted((a, b, round(score, 4)) for (a, b), score in pairs.items())


def _candidates(sets: dict[str, frozenset[str]]) -> set[tuple[str, str]]:
    """Candidate pairs (sorted ids) from MinHash-LSH; all pairs for tiny inputs."""
    ids = [i for i in sorted(sets) if sets[i]]
    if len(ids) < 2:
        return set()
    if len(ids) <= 8:  # comparing every pair is cheaper than sketching
        return set(itertools.combinations(ids, 2))
    # deferred: datasketch pulls in scipy (about a second)
    from datasketch import MinHash, MinHashLSH  # type: ignore[import-untyped,unused-ignore]

    lsh = MinHashLSH(num_perm=NUM_PERM, params=LSH_BANDS)
    found: set[tuple[str, str]] = set()
    # one generator shares the permutations between all sketches (set up once, not per article)
    sketches = MinHash.generator(([s.encode() for s in sets[i]] for i in ids), num_perm=NUM_PERM, seed=1)
    for article_id, sketch in zip(ids, sketches, strict=True):
        for other in lsh.query(sketch):
            found.add((min(article_id, other), max(article_id, other)))
        lsh.insert(article_id, sketch)
    return found
