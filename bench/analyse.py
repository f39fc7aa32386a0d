"""Articles per second per core for the whole analysis of the example corpus, and where the time goes.

Usage::

    python bench/analyse.py [--repeat 5] [--json]

Reads every article in ``examples/`` once (file reading is not timed), then runs
extraction and the analysis pipeline ``--repeat`` times in this one process
(one core). Reports CPU seconds (``time.process_time``), so a busy machine
skews the figure less than wall time would. Words are counted on the cleaned
text, so the rate can be scaled to the 500-word articles of the targets.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from lagebild import Engine

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=5, help="passes over the corpus (default 5)")
    parser.add_argument("--examples", type=Path, default=ROOT / "examples")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    engine = Engine()
    paths = sorted(p for p in args.examples.iterdir() if p.suffix in {".txt", ".html"})
    if not paths:
        print(f"no examples in {args.examples}", file=sys.stderr)
        return 1
    raws = [engine.read(p) for p in paths]
    cold_started = time.process_time()
    engine.analyse(raws[0])  # the first article pays for loading word lists and models
    cold_seconds = time.process_time() - cold_started
    engine.pipeline.timings.seconds.clear()

    extract_seconds = 0.0
    words = 0
    started = time.process_time()
    for _ in range(args.repeat):
        for raw in raws:
            t0 = time.process_time()
            article = engine.extract(raw)
            extract_seconds += time.process_time() - t0
            engine.pipeline(article)
            words += len(article.text.split())
    total = time.process_time() - started
    count = len(raws) * args.repeat

    stages = {"extract": extract_seconds, **engine.pipeline.timings.seconds}
    figures = {
        "articles": count,
        "mean_words": words / count,
        "cpu_seconds": total,
        "articles_per_cpu_second": count / total,
        "words_per_cpu_second": words / total,
        "articles_per_cpu_second_at_500_words": words / total / 500,
        "first_article_seconds_with_loading": cold_seconds,
        "stage_share": {name: seconds / total for name, seconds in stages.items()},
        "stage_ms_per_article": {name: 1000 * seconds / count for name, seconds in stages.items()},
    }
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(f"{count} analyses of {len(raws)} example articles, {figures['mean_words']:.0f} words on average")
    print(
        f"{figures['articles_per_cpu_second']:.1f} articles per CPU second "
        f"({figures['articles_per_cpu_second_at_500_words']:.1f} at 500 words), one core"
    )
    print(f"first article, including loading data: {cold_seconds:.2f} s")
    print(f"{'stage':<12} {'ms/article':>10} {'share':>7}")
    for name, seconds in sorted(stages.items(), key=lambda kv: -kv[1]):
        print(f"{name:<12} {1000 * seconds / count:>10.2f} {seconds / total:>7.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
