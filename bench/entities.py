"""The entity stage alone: words per CPU second of rules only and of CRF + rules, side by side,
and how long the model and the word lists take to load.

Usage::

    python bench/entities.py [--repeat 5] [--json]

Reads and prepares (extraction, sentences, tokens) every article in ``examples/`` first, untimed.
Loading is measured in a fresh process (``python -c``), so earlier imports do not hide it.
Figures are CPU seconds (``time.process_time``) on one core.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from lagebild import Engine
from lagebild.analyse.entities import link_entities
from lagebild.analyse.entities_crf import System, candidates
from lagebild.analyse.entities_lexicon import lexicon
from lagebild.analyse.entities_words import words_of
from lagebild.analyse.ner.model import shipped_model
from lagebild.language.de.stages import SentenceStage, TokenStage

ROOT = Path(__file__).resolve().parent.parent
_LOAD = (
    "import time; t = time.process_time(); "
    "from lagebild.analyse.ner.model import shipped_model; "
    "from lagebild.analyse.ner.features import surnames; "
    "from lagebild.analyse.entities_lexicon import lexicon; shipped_model(); surnames(); lexicon(); "
    "print(time.process_time() - t)"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=5, help="passes over the corpus (default 5)")
    parser.add_argument("--examples", type=Path, default=ROOT / "examples")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    load = subprocess.run([sys.executable, "-c", _LOAD], capture_output=True, text=True, check=True)
    engine = Engine()
    paths = sorted(p for p in args.examples.iterdir() if p.suffix in {".txt", ".html"})
    articles = [TokenStage()(SentenceStage()(engine.extract(engine.read(p)))) for p in paths]
    words = [words_of(a) for a in articles]
    n_words = sum(len(a.text.split()) for a in articles) * args.repeat
    model, lex = shipped_model(), lexicon()
    figures: dict[str, float] = {"load_seconds": float(load.stdout.strip())}
    for system in (System.RULES, System.COMBINED):
        started = time.process_time()
        for _ in range(args.repeat):
            for article_words in words:
                link_entities(article_words, candidates(article_words, lex, model, system))
        seconds = time.process_time() - started
        figures[f"{system.value}_words_per_cpu_second"] = n_words / seconds
        figures[f"{system.value}_articles_per_cpu_second_at_500_words"] = n_words / seconds / 500
    figures["combined_over_rules_time_ratio"] = (
        figures["rules_words_per_cpu_second"] / figures["combined_words_per_cpu_second"]
    )
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(f"model + word lists load in {figures['load_seconds']:.2f} CPU s (fresh process)")
    for system in ("rules", "combined"):
        print(
            f"{system:<9} {figures[f'{system}_words_per_cpu_second']:>9.0f} words/s  "
            f"{figures[f'{system}_articles_per_cpu_second_at_500_words']:>6.1f} articles/s at 500 words"
        )
    print(f"combined takes {figures['combined_over_rules_time_ratio']:.1f} x the time of rules alone")
    return 0


if __name__ == "__main__":
    sys.exit(main())
