"""Reading GermEval 2014 style CoNLL files: sentences of tokens with BIO tags.

The format (GermEval 2014 NER): one token per line, ``index<TAB>token<TAB>outer<TAB>inner``,
a blank line between sentences, and a comment line ``#<TAB>source-URL<TAB>[date]`` before each
sentence. Plain two-column files (``token<TAB>tag``) are read too, so a hand-written sample works.

Only the outer column is used. GermEval's derived and partial types (``B-LOCderiv`` for
"deutschen", ``B-ORGpart`` for "EU-Gipfel") become ``O``: lagebild's entities are names, not
adjectives or compounds that contain a name (those get an optional mention of the name part
from the rules, see :mod:`lagebild.analyse.entities_rules`).
"""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from lagebild.errors import InputError

__all__ = [
    "HELD_OUT_BUCKET",
    "TYPES",
    "TaggedSentence",
    "bucket",
    "read_conll",
    "spans_of",
]

TYPES = ("PER", "LOC", "ORG", "OTH")
#: Sentences whose :func:`bucket` is this value are held out of training and used for scores.
HELD_OUT_BUCKET = 0
_BUCKETS = 5  # five buckets: 20 % held out


@dataclass(frozen=True, slots=True)
class TaggedSentence:
    tokens: tuple[str, ...]
    tags: tuple[str, ...]  # BIO over TYPES
    source: str = ""  # the URL of the comment line, when there is one

    @property
    def news(self) -> bool:
        """News sentences: GermEval mixes news sites with Wikipedia."""
        return "wikipedia.org" not in self.source


def bucket(sentence: TaggedSentence) -> int:
    """A fixed bucket 0-4 from the sentence itself (SHA-1 of source and tokens): no random seed,
    so the held-out part is the same on every machine and in every Python version."""
    key = sentence.source + "\t" + " ".join(sentence.tokens)
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % _BUCKETS


def _outer(tag: str) -> str:
    if tag == "O" or len(tag) < 3 or tag[1] != "-" or tag[2:] not in TYPES:
        return "O"  # deriv / part types and anything unknown
    return tag


def _open(path: Path) -> Iterable[str]:
    if not path.is_file():
        raise InputError(f"{path}: no such file; give a GermEval-style .tsv or .tsv.gz file")
    if path.suffix == ".gz":
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            yield from handle
    else:
        with path.open(encoding="utf-8") as handle:
            yield from handle


def read_conll(path: str | Path) -> Iterator[TaggedSentence]:
    """The sentences of one GermEval-style file (``.gz`` allowed), in file order."""
    path = Path(path)
    tokens: list[str] = []
    tags: list[str] = []
    source = ""
    for number, raw in enumerate(_open(path), 1):
        line = raw.rstrip("\n")
        if line.startswith("#") and (line == "#" or line[1] in "\t "):
            source = line[1:].strip().split("\t")[0].split(" [")[0].strip()
            continue
        if not line.strip():
            if tokens:
                yield TaggedSentence(tuple(tokens), tuple(tags), source)
                tokens, tags = [], []
            continue
        columns = line.split("\t")
        if len(columns) >= 3 and columns[0].isdigit():
            token, tag = columns[1], columns[2]
        elif len(columns) >= 2:
            token, tag = columns[0], columns[1]
        else:
            raise InputError(
                f"{path}, line {number}: expected 'index<TAB>token<TAB>tag' or 'token<TAB>tag', "
                f"got {line[:60]!r}"
            )
        tokens.append(token)
        tags.append(_outer(tag.strip()))
    if tokens:
        yield TaggedSentence(tuple(tokens), tuple(tags), source)


def spans_of(tags: Iterable[str]) -> list[tuple[int, int, str]]:
    """(first token, token after the last, type) of every BIO span; a stray I- opens a span."""
    spans: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    index = -1
    for index, tag in enumerate(tags):
        inside = tag.startswith("I-") and tag[2:] == kind and start >= 0
        if inside:
            continue
        if start >= 0:
            spans.append((start, index, kind))
            start, kind = -1, ""
        if tag != "O":
            start, kind = index, tag[2:]
    if start >= 0:
        spans.append((start, index + 1, kind))
    return spans
