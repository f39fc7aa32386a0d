"""Synthetic German articles at scale, recombined from the example corpus's own texts.

Two kinds of output:

* ``texts(n)`` / ``--out FOLDER``: scraped-text files (title, lead, body paragraphs)
  for ingest runs. Paragraphs of the examples of one story are drawn in a new
  order, and every digit is redrawn, so each text is new but reads like news.
* ``analysed(n)``: analysed :class:`~lagebild.model.Article` objects for store
  benchmarks, made without running the pipeline on each: the 32 examples are
  analysed once and their blocks recombined *with* their annotations (sentences,
  tokens, mentions, quotes), spans shifted into the new text. Digits are redrawn
  in place, so every span stays valid.

    .venv/bin/python bench/generate.py --n 1000 --out /tmp/synthetic

Deterministic for a seed. The vocabulary is the examples' (about 6,000 words),
so a search benchmark over it finds many matches per word: a hard case for ranking.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import random
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

from lagebild.model import Article, Block, BlockKind, Entity, KeyPoint, Mention, Quote, Sentence, Span, Token

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
OUTLETS = (
    "Alpenblick Online",
    "Rheinische Rundschau",
    "Wiener Tagblatt",
    "Ostseeblatt",
    "Limmat Zeitung",
    "Hanse Nachrichten",
    "Donau Zeitung Online",
    "Mittelland Anzeiger",
)
START = datetime(2026, 1, 1, tzinfo=UTC)
_DIGIT = re.compile(r"\d")


def _story(path: Path) -> str:
    return path.stem.split("_", 2)[-1]


@functools.cache
def _paragraphs() -> dict[str, list[str]]:
    """Story -> the paragraphs of its scraped-text examples (lines of 60+ characters)."""
    found: dict[str, list[str]] = {}
    for path in sorted(EXAMPLES.glob("*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        found.setdefault(_story(path), []).extend(line for line in lines if len(line) >= 60)
    return found


def _redraw(text: str, rng: random.Random) -> str:
    """Every digit replaced by a random one: same length, new numbers."""
    return _DIGIT.sub(lambda _: str(rng.randint(0, 9)), text)


def text(number: int, seed: int = 7) -> str:
    """One scraped-text article: a title line, then paragraphs separated by blank lines."""
    rng = random.Random(seed * 1_000_003 + number)
    stories = _paragraphs()
    pool = stories[rng.choice(sorted(stories))]
    chosen = rng.sample(pool, k=min(len(pool), rng.randint(6, 10)))
    words = next((p for p in chosen if p[0].isalpha()), chosen[0]).split()
    title = " ".join(words[: rng.randint(6, 10)]).rstrip(",.:;") + f" ({number})"
    return "\n\n".join(_redraw(p, rng) for p in [title, *chosen]) + "\n"


def texts(n: int, seed: int = 7) -> Iterator[str]:
    return (text(i, seed) for i in range(n))


def write(folder: Path, n: int, seed: int = 7) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, body in enumerate(texts(n, seed)):
        path = folder / f"synthetic_{i:07d}.txt"
        path.write_text(body, encoding="utf-8")
        paths.append(path)
    return paths


# -- analysed articles -------------------------------------------------------------------


@functools.cache
def _analysed() -> tuple[Article, ...]:
    from lagebild.engine import Engine

    found = [a for a in Engine().analyse_sources([EXAMPLES]) if isinstance(a, Article)]
    return tuple(found)


def _inside(span: Span | None, block: Span) -> bool:
    return span is not None and block.start <= span.start and span.end <= block.end


def _rel(span: Span, start: int) -> Span:
    return Span(span.start - start, span.end - start)


@functools.cache
def _annotations(index: int, number: int) -> tuple[list[Token], list[Mention], list[Quote], list[Span]]:
    """Block ``number`` of example ``index``: its annotations with spans relative to the block."""
    article = _analysed()[index]
    src = article.blocks[number].span
    tokens = [Token(_rel(t.span, src.start), t.lemma) for t in article.tokens if _inside(t.span, src)]
    mentions = [
        Mention(_rel(m.span, src.start), m.type, m.entity) for m in article.mentions if _inside(m.span, src)
    ]
    quotes = [
        Quote(
            _rel(q.span, src.start),
            q.kind,
            q.speaker,
            _rel(q.speaker_span, src.start) if q.speaker_span and _inside(q.speaker_span, src) else None,
            _rel(q.cue, src.start) if q.cue and _inside(q.cue, src) else None,
        )
        for q in article.quotes
        if _inside(q.span, src)
    ]
    sentences = [_rel(x.span, src.start) for x in article.sentences if _inside(x.span, src)]
    return tokens, mentions, quotes, sentences


def _move(span: Span, shift: int) -> Span:
    return Span(span.start + shift, span.end + shift)


class _Splicer:
    """Builds one article from blocks of analysed articles, moving their annotations along."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.at = 0
        self.blocks: list[Block] = []
        self.sentences: list[Sentence] = []
        self.tokens: list[Token] = []
        self.entities: list[Entity] = []
        self.mentions: list[Mention] = []
        self.quotes: list[Quote] = []
        self._entity: dict[tuple[int, int], int] = {}

    def _entity_of(self, index: int, entity: int) -> int:
        key = (index, entity)
        if key not in self._entity:
            self._entity[key] = len(self.entities)
            self.entities.append(_analysed()[index].entities[entity])
        return self._entity[key]

    def add(self, index: int, number: int, kind: BlockKind, rng: random.Random) -> None:
        if self.parts:
            self.parts.append("\n\n")
            self.at += 2
        article = _analysed()[index]
        src = article.blocks[number].span
        at = self.at
        self.parts.append(_redraw(article.text[src.start : src.end], rng))
        self.blocks.append(Block(kind, Span(at, at + src.end - src.start)))
        tokens, mentions, quotes, sentences = _annotations(index, number)
        block = len(self.blocks) - 1
        self.sentences += [Sentence(_move(x, at), block) for x in sentences]
        self.tokens += [Token(_move(t.span, at), t.lemma) for t in tokens]
        self.mentions += [
            Mention(_move(m.span, at), m.type, self._entity_of(index, m.entity)) for m in mentions
        ]
        for q in quotes:
            self.quotes.append(
                Quote(
                    _move(q.span, at),
                    q.kind,
                    None if q.speaker is None else self._entity_of(index, q.speaker),
                    q.speaker_span and _move(q.speaker_span, at),
                    q.cue and _move(q.cue, at),
                )
            )
        self.at += src.end - src.start


@functools.cache
def _stories() -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    for index, article in enumerate(_analysed()):
        found.setdefault(_story(Path(article.location or "x_x_unknown")), []).append(index)
    return found


def analysed(number: int, seed: int = 7) -> Article:
    """One analysed synthetic article: title and lead of one example, body blocks of its story."""
    rng = random.Random(seed * 1_000_003 + number)
    examples = _analysed()
    index = rng.randrange(len(examples))
    head = examples[index]
    story = _stories()[_story(Path(head.location or "x_x_unknown"))]
    splicer = _Splicer()
    for number_, block in enumerate(head.blocks):
        if block.kind in (BlockKind.TITLE, BlockKind.LEAD):
            splicer.add(index, number_, block.kind, rng)
    bodies = [(i, n) for i in story for n, b in enumerate(examples[i].blocks) if b.kind is BlockKind.BODY]
    for i, n in rng.sample(bodies, k=min(len(bodies), rng.randint(6, 10))):
        splicer.add(i, n, BlockKind.BODY, rng)
    body = "".join(splicer.parts)
    title = body[: splicer.blocks[0].span.end] if splicer.blocks[0].kind is BlockKind.TITLE else None
    return Article(
        id=hashlib.sha256(body.encode("utf-8")).hexdigest()[:16],
        text=body,
        blocks=tuple(splicer.blocks),
        title=title,
        source=rng.choice(OUTLETS),
        agency=head.agency,
        published=START + timedelta(minutes=rng.randint(0, 60 * 24 * 330)),
        language="de",
        sentences=tuple(splicer.sentences),
        tokens=tuple(splicer.tokens),
        entities=tuple(splicer.entities),
        mentions=tuple(splicer.mentions),
        quotes=tuple(splicer.quotes),
        key_points=tuple(KeyPoint(k.text, ()) for k in head.key_points),
        tags=head.tags,
        stages=head.stages,
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=1000, help="articles to write")
    parser.add_argument("--out", type=Path, required=True, help="folder for the .txt files")
    parser.add_argument("--seed", type=int, default=7)
    options = parser.parse_args()
    paths = write(options.out, options.n, options.seed)
    print(f"{len(paths)} articles written to {options.out}")


if __name__ == "__main__":
    main()
