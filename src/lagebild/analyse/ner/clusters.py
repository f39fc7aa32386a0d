"""Word clusters as CRF features: words that are used alike share a cluster id.

The training data is small (about 3,800 sentences), so most names in a news article were never
seen in training. A cluster id carries what the model learned about the words of a cluster over
to the unseen ones ("Nike" with "Adidas" and "Puma"), as Brown clusters do in classic NER.

The table ``models/word_clusters.tsv`` maps a word to its cluster at three granularities
(coarse to fine). It is built once by :mod:`lagebild.analyse.ner.clusters_build` from word
embeddings and read here as plain text: tagging needs neither the embedding model nor numpy, and
a word not in the table simply gets no cluster feature.
"""

from __future__ import annotations

import functools
from importlib import resources

from lagebild.analyse.entities_lexicon import norm

__all__ = ["CLUSTER_FILE", "cluster_features", "word_clusters"]

#: The shipped table, in ``lagebild/analyse/ner/models``.
CLUSTER_FILE = "word_clusters.tsv"


@functools.cache
def word_clusters() -> dict[str, tuple[str, ...]]:
    """Word -> cluster ids (coarse to fine), loaded once per process; {} when there is no table."""
    path = resources.files("lagebild.analyse.ner").joinpath("models", CLUSTER_FILE)
    if not path.is_file():
        return {}
    table: dict[str, tuple[str, ...]] = {}
    for line in path.read_text("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        word, *ids = line.split("\t")
        table[word] = tuple(ids)
    return table


def cluster_features(word: str, prefix: str = "") -> tuple[str, ...]:
    """``c0=12``, ``c1=87``, ``c2=403`` for a word in the table (else its normalised form), or ()."""
    table = word_clusters()
    ids = table.get(word)
    if ids is None:
        ids = table.get(norm(word))
    if ids is None:
        return ()
    return tuple(f"{prefix}c{level}={cid}" for level, cid in enumerate(ids))
