"""Map side of near-duplicate detection: one MinHash signature and its LSH band keys per article.

The shingles, their size, the permutations and the threshold are those of
:mod:`lagebild.stories.dedup` (word 3-shingles of the article's body, folded;
256 permutations, seed 1; Jaccard 0.2, calibrated there on agency reprints), so
the batch finds the pairs the in-memory ``near_duplicates`` finds. One
difference: the batch keeps no shingle sets, so a candidate pair is checked
with the MinHash *estimate* of its Jaccard (about ±0.03 at 256 permutations),
not the exact value; pairs within that distance of the threshold may differ.

The bands are many and narrow (the in-memory LSH's own 128 bands of 2 rows, all
256 values): a pair at Jaccard 0.2 becomes a candidate with probability
1 - (1 - 0.2²)^128 = 0.99, one at 0.05 with 0.27 (and is then dropped by the check). Band keys are 64-bit
hashes of each band, stored as one column per band, so the grouping stage
(:mod:`lagebild.batch.neardup`) reads one band at a time. Articles are keyed by
``article_key``, the first 63 bits of the content-hash id.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from lagebild.model import Article
from lagebild.stories.dedup import LSH_BANDS, NUM_PERM, SHINGLE, THRESHOLD, shingles
from lagebild.stories.text import body_text

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = [
    "BANDS",
    "NUM_PERM",
    "ROWS",
    "SEED",
    "SHINGLE",
    "THRESHOLD",
    "MinHashParams",
    "article_key",
    "band_column",
    "minhash_fields",
    "minhash_row",
]

BANDS, ROWS = LSH_BANDS
SEED = 1  # datasketch's permutation seed, as in stories.dedup: every worker must use the same one


@dataclass(frozen=True, slots=True)
class MinHashParams:
    shingle: int = SHINGLE
    num_perm: int = NUM_PERM
    bands: int = BANDS
    rows: int = ROWS
    threshold: float = THRESHOLD
    seed: int = SEED

    def __post_init__(self) -> None:
        if self.bands * self.rows > self.num_perm:
            raise ValueError("bands * rows must not exceed num_perm")


def band_column(band: int) -> str:
    return f"band_{band:03d}"


def minhash_fields(params: MinHashParams = MinHashParams()) -> list[tuple[str, pa.DataType]]:
    import pyarrow as pa

    return [
        ("article_key", pa.int64()),
        ("article_id", pa.string()),
        ("signature", pa.list_(pa.uint32(), params.num_perm)),
        *[(band_column(b), pa.int64()) for b in range(params.bands)],
    ]


def article_key(article_id: str) -> int:
    """A non-negative int64 from the article's content hash (or any string id)."""
    try:
        return int(article_id[:16], 16) >> 1
    except ValueError:
        digest = hashlib.blake2b(article_id.encode(), digest_size=8).digest()
        return int.from_bytes(digest, "big") >> 1


def minhash_row(article: Article, params: MinHashParams = MinHashParams()) -> dict[str, Any] | None:
    """The minhash table row of ``article``; None for an article without words."""
    from datasketch import MinHash

    grams = shingles(body_text(article), params.shingle)
    if not grams:
        return None
    sketch = MinHash(num_perm=params.num_perm, seed=params.seed)
    sketch.update_batch([g.encode() for g in sorted(grams)])
    values = [int(v) for v in sketch.hashvalues]
    row: dict[str, Any] = {
        "article_key": article_key(article.id),
        "article_id": article.id,
        "signature": values,
    }
    for band in range(params.bands):
        chunk = values[band * params.rows : (band + 1) * params.rows]
        data = b"".join(v.to_bytes(4, "little") for v in chunk)
        digest = hashlib.blake2b(data, digest_size=8, person=band.to_bytes(2, "little")).digest()
        row[band_column(band)] = int.from_bytes(digest, "little", signed=True)
    return row
