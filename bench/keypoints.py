"""Articles per second per core for the key-point stage alone.

Usage::

    python bench/keypoints.py [--repeat 20] [--json]

Every article of ``examples/`` and ``eval/data/keypoints/`` is read, extracted and run
through the pipeline up to the key-point stage once (not timed). Then only
:class:`~lagebild.analyse.keypoints.KeyPointStage` runs ``--repeat`` times over them in
this one process (one core), timed with ``time.process_time`` so a busy machine skews
the figure less than wall time would. The first pass is a warm-up (word lists, lemma
cache) and is not counted. The rate is also given scaled to 500-word articles (words
per CPU second / 500), the size the target is set for (>= 50 articles/s/core).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from lagebild import Engine
from lagebild.analyse.keypoints import KeyPointStage
from lagebild.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = (ROOT / "examples", ROOT / "eval" / "data" / "keypoints")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=20, help="timed passes over the articles (default 20)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    engine = Engine()
    stages = list(engine.pipeline.stages)
    cut = next(i for i, s in enumerate(stages) if s.name == "key_points")
    before = Pipeline(stages[:cut])
    paths = sorted(p for folder in FOLDERS for p in folder.iterdir() if p.suffix in {".txt", ".html"})
    if not paths:
        print("no articles found in examples/ or eval/data/keypoints/", file=sys.stderr)
        return 1
    articles = [before(engine.extract(engine.read(p))) for p in paths]
    stage = KeyPointStage(3)
    for article in articles:  # warm-up: word lists and caches load here
        stage(article)

    words = sum(len(a.text.split()) for a in articles) * args.repeat
    started = time.process_time()
    for _ in range(args.repeat):
        for article in articles:
            stage(article)
    seconds = time.process_time() - started
    count = len(articles) * args.repeat
    figures = {
        "articles": count,
        "mean_words": words / count,
        "cpu_seconds": seconds,
        "articles_per_cpu_second": count / seconds,
        "articles_per_cpu_second_at_500_words": words / seconds / 500,
        "ms_per_article": 1000 * seconds / count,
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(
        f"key points for {count} articles ({len(articles)} x {args.repeat}), "
        f"{figures['mean_words']:.0f} words on average"
    )
    print(
        f"{figures['articles_per_cpu_second']:.1f} articles per CPU second, one core "
        f"({figures['articles_per_cpu_second_at_500_words']:.1f} at 500 words); "
        f"{figures['ms_per_article']:.2f} ms per article"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
