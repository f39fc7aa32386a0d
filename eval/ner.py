"""NER on the held-out fifth of GermEval 2014: rules, CRF and combined side by side, with a
paired bootstrap of the differences.

Usage::

    python eval/ner.py                      # needs ../shared/data/germeval2014 (or --germeval DIR)
    python eval/ner.py --json

The held-out fifth is the one ``lagebild train ner`` never trains on (``ner.conll.bucket``);
only news sentences count (the issue's target: PER/LOC/ORG exact F1 >= 0.75 on news, clearly
above the rules alone and the CRF alone). The three systems run on the same sentences in one
process with the shipped model; the 95% interval of each F1 difference is a paired bootstrap
over sentences (1000 resamples, seed 13), so "clearly above" is a measured statement.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Sequence
from pathlib import Path

from lagebild.analyse.entities_crf import System
from lagebild.analyse.ner.conll import spans_of
from lagebild.analyse.ner.evaluate import predicted_spans
from lagebild.analyse.ner.model import shipped_model
from lagebild.analyse.ner.train import load_germeval

HERE = Path(__file__).resolve().parent
DEFAULT = HERE.parent.parent / "shared" / "data" / "germeval2014"
TYPES = {"PER", "LOC", "ORG"}
Counts = tuple[int, int, int]  # true positives, predicted, gold


def _counts(gold: list[tuple[int, int, str]], found: list[tuple[int, int, str]]) -> Counts:
    g = {s for s in gold if s[2] in TYPES}
    p = {s for s in found if s[2] in TYPES}
    return len(g & p), len(p), len(g)


def _f1(rows: Sequence[Counts]) -> float:
    tp = sum(r[0] for r in rows)
    predicted = sum(r[1] for r in rows)
    gold = sum(r[2] for r in rows)
    return 2 * tp / (predicted + gold) if predicted + gold else 0.0


def _interval(a: Sequence[Counts], b: Sequence[Counts], resamples: int = 1000) -> tuple[float, float]:
    rng = random.Random(13)
    n = len(a)
    deltas = []
    for _ in range(resamples):
        pick = [rng.randrange(n) for _ in range(n)]
        deltas.append(_f1([a[i] for i in pick]) - _f1([b[i] for i in pick]))
    deltas.sort()
    return deltas[int(0.025 * resamples)], deltas[int(0.975 * resamples) - 1]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--germeval", type=Path, default=DEFAULT, help="folder with the GermEval 2014 files")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if not args.germeval.is_dir():
        print(f"{args.germeval}: no GermEval 2014 folder; pass --germeval DIR", file=sys.stderr)
        return 2
    sentences = [s for s in load_germeval(args.germeval).held_out if s.news]
    model = shipped_model()
    rows = {
        system: [_counts(spans_of(s.tags), predicted_spans(s.tokens, model, system)) for s in sentences]
        for system in (System.RULES, System.CRF, System.COMBINED)
    }
    f1 = {system.value: round(_f1(r), 4) for system, r in rows.items()}
    minus = {
        other.value: [round(x, 4) for x in _interval(rows[System.COMBINED], rows[other])]
        for other in (System.CRF, System.RULES)
    }
    if args.json:
        print(json.dumps({"sentences": len(sentences), "f1": f1, "combined_minus": minus}, indent=2))
        return 0
    print(f"held-out news sentences: {len(sentences)}  (PER/LOC/ORG exact F1)")
    for name, value in f1.items():
        print(f"  {name:<9} {value:.3f}")
    for name, (low, high) in minus.items():
        delta = f1["combined"] - f1[name]
        print(f"  combined - {name:<5} {delta:+.3f}  95% CI [{low:+.3f}, {high:+.3f}]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
