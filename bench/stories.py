"""Articles per second for agency-copy detection and story grouping at collection scale.

Usage::

    python bench/stories.py [--articles 10000] [--baseline 2000] [--seed 7] [--json]

Synthetic collection, recombined from the project's own texts (examples/ and
eval/data/stories/, analysed once, not timed): every synthetic story is an
"agency text" of 10-14 sentences drawn from the whole pool, published over 60
days; its articles are reprints with edits (sentences dropped, words replaced,
sentences added, as outlets do) and own reports (a few of the agency's sentences
among others). Entities come from the example entities found in the text.
Articles carry no tokens, so grouping lemmatises the words itself (the slower path).

Figures, in CPU seconds (``time.process_time``) in this one process:

- ``near_duplicates`` over the whole collection, and beside it, on the first
  ``--baseline`` articles, the same pairs found by comparing every pair exactly
  (the baseline that MinHash-LSH replaces) -- the ratio is the speed-up;
- ``group_stories`` over the whole collection (it runs ``near_duplicates`` itself);
- pairwise precision/recall of the stories against the generator's stories (a
  sanity check, not the quality figure: that is ``eval/stories.py``).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

from lagebild import Engine
from lagebild.model import Article, Block, BlockKind, Entity, Span
from lagebild.stories import group_stories, near_duplicates
from lagebild.stories.dedup import THRESHOLD, jaccard, shingles
from lagebild.stories.text import body_text

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "examples", ROOT / "eval" / "data" / "stories")
OUTLETS = tuple(f"Testblatt {name}" for name in "ABCDEFGHIJKLMNOP")
START = datetime(2026, 1, 1, tzinfo=UTC)
T = TypeVar("T")


@dataclass(frozen=True)
class Pool:
    sentences: tuple[str, ...]
    entities: tuple[Entity, ...]
    words: tuple[str, ...]


def pool() -> Pool:
    """Body sentences, entities and words of the project's own articles."""
    engine = Engine()
    sentences: dict[str, None] = {}
    entities: dict[tuple[str, str], Entity] = {}
    for folder in SOURCES:
        for path in sorted(folder.iterdir()):
            if path.suffix not in {".txt", ".html"}:
                continue
            article = engine.analyse_path(path)
            body = {b.span for b in article.blocks_of(BlockKind.BODY)}
            for sentence in article.sentences:
                text = article.sentence_text(sentence)
                if article.blocks[sentence.block].span in body and len(text) >= 40:
                    sentences[" ".join(text.split())] = None
            for entity in article.entities:
                entities.setdefault((entity.name, entity.type.value), Entity(entity.name, entity.type))
    words = sorted({w for s in sentences for w in s.split() if w.isalpha() and len(w) > 3})
    return Pool(tuple(sentences), tuple(entities.values()), tuple(words))


def _article(rng: random.Random, data: Pool, title: str, sentences: list[str], when: datetime) -> Article:
    paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
    parts = [title, *paragraphs]
    text = "\n\n".join(parts)
    blocks, start = [], 0
    for index, part in enumerate(parts):
        kind = BlockKind.TITLE if index == 0 else BlockKind.BODY
        blocks.append(Block(kind, Span(start, start + len(part))))
        start += len(part) + 2
    found = tuple(e for e in data.entities if e.name in text)
    return Article(
        id=hashlib.blake2b(text.encode(), digest_size=16).hexdigest(),
        text=text,
        blocks=tuple(blocks),
        title=title,
        source=rng.choice(OUTLETS),
        published=when,
        entities=found,
    )


def _own_words(rng: random.Random, data: Pool, sentences: list[str]) -> list[str]:
    """The sentences with about half their words swapped, the same way throughout:
    the pool has only a few hundred sentences, and without this, stories that drew the
    same sentence would read as copies of each other.
    """
    swap: dict[str, str] = {}
    out = []
    for sentence in sentences:
        words = []
        for word in sentence.split():
            if word not in swap:
                swap[word] = rng.choice(data.words) if rng.random() < 0.5 else word
            words.append(swap[word])
        out.append(" ".join(words))
    return out


def _reprint(rng: random.Random, data: Pool, agency: list[str]) -> list[str]:
    kept = [s for s in agency if rng.random() > 0.15]
    edited = []
    for sentence in kept:
        words = sentence.split()
        for _ in range(rng.randint(0, 2)):  # an outlet's own word here and there
            words[rng.randrange(len(words))] = rng.choice(data.words)
        edited.append(" ".join(words))
    for _ in range(rng.randint(0, 2)):  # a local paragraph added
        edited.insert(rng.randrange(len(edited) + 1), rng.choice(data.sentences))
    return edited


def synthesize(n: int, seed: int) -> tuple[list[Article], dict[str, int]]:
    """``n`` articles in stories of 1-9 articles; returns them and their story numbers."""
    rng = random.Random(seed)
    data = pool()
    articles: list[Article] = []
    story_of: dict[str, int] = {}
    story = 0
    while len(articles) < n:
        agency = _own_words(rng, data, rng.sample(data.sentences, rng.randint(10, 14)))
        title = " ".join(agency[0].split()[:8])
        first = START + timedelta(hours=rng.uniform(0, 24 * 60))
        for _ in range(min(n - len(articles), rng.randint(1, 9))):
            when = first + timedelta(hours=rng.uniform(0, 48))
            if rng.random() < 0.75:
                sentences = _reprint(rng, data, agency)
            else:  # an own report: some facts from the agency, told among other sentences
                sentences = rng.sample(agency, 4) + rng.sample(data.sentences, rng.randint(4, 8))
                rng.shuffle(sentences)
            article = _article(rng, data, title, sentences, when)
            if article.id not in story_of:
                articles.append(article)
                story_of[article.id] = story
        story += 1
    rng.shuffle(articles)
    return articles, story_of


def _all_pairs(articles: list[Article]) -> set[tuple[str, str]]:
    sets = {a.id: shingles(body_text(a)) for a in articles}
    ids = sorted(sets)
    return {(a, b) for a, b in itertools.combinations(ids, 2) if jaccard(sets[a], sets[b]) >= THRESHOLD}


def _timed(func: Callable[[list[Article]], T], articles: list[Article]) -> tuple[T, float]:
    started = time.process_time()
    result = func(articles)
    return result, time.process_time() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=10_000, help="collection size (default 10000)")
    parser.add_argument("--baseline", type=int, default=2_000, help="articles for the all-pairs baseline")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--incremental",
        type=int,
        default=0,
        metavar="STEP",
        help="compare stored stories placed STEP articles at a time (as ingest places them) "
        "with group_stories over everything, on the dev set and the synthetic collection",
    )
    args = parser.parse_args(argv)
    if args.incremental:
        return incremental(args.articles, args.seed, args.incremental)

    articles, story_of = synthesize(args.articles, args.seed)
    group_stories(articles[:20])  # load datasketch, scipy and the lemma dictionary outside the timings
    small = articles[: args.baseline]
    exact, exact_s = _timed(_all_pairs, small)
    lsh_small, lsh_small_s = _timed(near_duplicates, small)
    pairs, dup_s = _timed(near_duplicates, articles)
    stories, story_s = _timed(group_stories, articles)

    found = {(a, b) for a, b, _ in lsh_small}
    lsh_recall = len(found & exact) / len(exact) if exact else 1.0
    gold_pairs = {
        (a, b) for a, b in itertools.combinations(sorted(story_of), 2) if story_of[a] == story_of[b]
    }
    found_pairs = {(a, b) for s in stories for a, b in itertools.combinations(sorted(s.article_ids), 2)}
    tp = len(gold_pairs & found_pairs)
    figures = {
        "articles": len(articles),
        "stories_generated": len(set(story_of.values())),
        "stories_found": len(stories),
        "near_duplicate_pairs": len(pairs),
        "near_duplicates_s": round(dup_s, 2),
        "near_duplicates_articles_per_s": round(len(articles) / dup_s, 1),
        "group_stories_s": round(story_s, 2),
        "group_stories_articles_per_s": round(len(articles) / story_s, 1),
        "baseline_articles": len(small),
        "baseline_all_pairs_s": round(exact_s, 2),
        "baseline_lsh_s": round(lsh_small_s, 2),
        "baseline_speedup": round(exact_s / lsh_small_s, 1) if lsh_small_s else None,
        "lsh_recall_vs_all_pairs": round(lsh_recall, 4),
        "story_pair_precision": round(tp / len(found_pairs), 4) if found_pairs else 1.0,
        "story_pair_recall": round(tp / len(gold_pairs), 4) if gold_pairs else 1.0,
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(f"{len(articles)} synthetic articles in {figures['stories_generated']} stories (seed {args.seed})")
    print(
        f"near_duplicates: {dup_s:.2f} s CPU, {figures['near_duplicates_articles_per_s']} articles/s, "
        f"{len(pairs)} pairs"
    )
    print(
        f"  baseline on {len(small)} articles: all pairs exact {exact_s:.2f} s, "
        f"MinHash-LSH {lsh_small_s:.2f} s (x{figures['baseline_speedup']}), "
        f"LSH recall of the exact pairs {lsh_recall:.4f}"
    )
    print(
        f"group_stories:   {story_s:.2f} s CPU, {figures['group_stories_articles_per_s']} articles/s, "
        f"{len(stories)} stories"
    )
    print(f"  story pairs vs generator: P={figures['story_pair_precision']} R={figures['story_pair_recall']}")
    return 0


def _pairs(groups: list[tuple[str, ...]]) -> set[tuple[str, str]]:
    return {(a, b) for g in groups for a, b in itertools.combinations(sorted(g), 2)}


def _placed(articles: list[Article], step: int) -> tuple[list[tuple[str, ...]], float]:
    """Stories stored by adding ``step`` articles at a time (published order) and updating."""
    from lagebild.collection.stories import update_stories
    from lagebild.store import MemoryStore
    from lagebild.stories.cluster import order_key

    store = MemoryStore()
    ordered = sorted(articles, key=order_key)
    started = time.process_time()
    for start in range(0, len(ordered), step):
        store.add_many(ordered[start : start + step])
        update_stories(store)
    return [s.article_ids for s in store.stories()], time.process_time() - started


def incremental(n: int, seed: int, step: int) -> int:
    """Stored (incremental) stories against one group_stories pass: same pairs?"""
    import importlib.util

    # eval/stories.py loads the dev set with its gold stories (a script, not a package)
    spec = importlib.util.spec_from_file_location(
        "eval_stories", Path(__file__).parents[1] / "eval/stories.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    dev, gold, _ = module.load()
    synthetic, _ = synthesize(n, seed)
    for name, articles in (("dev set", dev), (f"synthetic {n}", synthetic)):
        started = time.process_time()
        full = [s.article_ids for s in group_stories(articles)]
        full_s = time.process_time() - started
        placed, placed_s = _placed(articles, step)
        a, b = _pairs(full), _pairs(placed)
        p = len(a & b) / len(b) if b else 1.0
        r = len(a & b) / len(a) if a else 1.0
        print(
            f"{name}: {len(full)} stories at once ({full_s:.1f} s CPU), "
            f"{len(placed)} placed {step} at a time ({placed_s:.1f} s CPU); "
            f"pairs of the placed vs at once: P={p:.3f} R={r:.3f}"
        )
        if name == "dev set":
            by_story: dict[str, list[str]] = {}
            for article_id, label in gold.items():
                by_story.setdefault(label.story, []).append(article_id)
            g = _pairs([tuple(v) for v in by_story.values()])
            print(
                f"  vs gold: at once P={len(a & g) / len(a):.3f} R={len(a & g) / len(g):.3f}; "
                f"placed P={len(b & g) / len(b):.3f} R={len(b & g) / len(g):.3f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
