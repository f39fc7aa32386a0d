"""Key points against human bullets: ROUGE beside Lead-3, LexRank and TextRank, with a
paired bootstrap, per-article wins and losses, and the hard constraints checked.

Usage::

    python eval/keypoints.py            # table; exit 1 if a hard constraint fails anywhere
    python eval/keypoints.py --show     # also every article's bullets beside the references
    python eval/keypoints.py --json     # the figures as JSON

Dev set (every article with human-style bullets):

- ``examples/*.expected.json``: the sidecars' ``key_points``;
- ``eval/data/keypoints/*.txt`` + ``.expected.json``: further articles written for this
  evaluation, three rephrasing bullets each;
- the seed article in ``../shared/seed/`` when it is there: its own box is the reference.

The page's own key-points box is taken out of every article before analysis
(:func:`without_box`), so generated points never see the bullets they are scored on.

Scores: ROUGE-1/2/L F1 (``eval/rouge.py``: German tokens with umlauts and ß kept), once
on surface words and once through the scorer's own suffix stripper (``stem``; no
lemmatiser, so the metric shares no component with the system). Baselines are computed in
the same run on the same article: Lead-3 (first three lead/body sentences), LexRank and
TextRank (sumy 0.13, three sentences, fed with lagebild's own sentence splitter and
tokenizer so that NLTK's data, and ``nltk.download``, are never needed). The 95% CI of the
mean difference to Lead-3 is a paired bootstrap over articles (1000 resamples, seed 13).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEED = ROOT.parent / "shared" / "seed" / "000_f6fe3d9bbf771269.txt"
sys.path.insert(0, str(HERE))

from rouge import rouge_scores, tokens  # noqa: E402  (eval/ is not a package)

from lagebild import Article, BlockKind, Engine  # noqa: E402
from lagebild.analyse.keypoints_constraints import violations  # noqa: E402
from lagebild.analyse.keypoints_text import stopwords  # noqa: E402
from lagebild.model import Block, Caption, Span  # noqa: E402

SYSTEMS = ("lagebild", "lead3", "lexrank", "textrank")
METRICS = ("r1", "r2", "rl", "r1_stem", "r2_stem", "rl_stem")
RESAMPLES = 1000
BOOTSTRAP_SEED = 13


@dataclass(frozen=True, slots=True)
class Case:
    """One dev article: where it is, and the human bullets it is scored against."""

    name: str
    path: Path
    references: tuple[str, ...]


@dataclass
class Result:
    name: str
    scores: dict[str, dict[str, float]]  # system -> metric -> value
    bullets: tuple[str, ...]
    references: tuple[str, ...]
    violations: list[str] = field(default_factory=list)


# -- the dev set -----------------------------------------------------------------------


def _article_file(sidecar: Path) -> Path | None:
    stem = sidecar.name.removesuffix(".expected.json")
    for suffix in (".txt", ".html"):
        path = sidecar.with_name(stem + suffix)
        if path.exists():
            return path
    return None


def dev_cases(folders: Sequence[Path], seed: Path | None = SEED) -> list[Case]:
    """Every article with human key points in ``folders``, and the seed with its own box."""
    cases: list[Case] = []
    for folder in folders:
        for sidecar in sorted(folder.glob("*.expected.json")):
            path = _article_file(sidecar)
            points = json.loads(sidecar.read_text(encoding="utf-8")).get("key_points") or []
            if path is not None and points:
                cases.append(Case(f"{folder.name}/{path.stem}", path, tuple(points)))
    if seed is not None and seed.exists():
        box = Engine().extract(Engine().read(seed)).page_key_points
        cases.append(Case("seed/" + seed.stem, seed, tuple(p.text for p in box)))
    return cases


def without_box(article: Article) -> Article:
    """``article`` (as extracted, not yet analysed) with the page's key-points box taken out."""
    kept = [b for b in article.blocks if b.kind is not BlockKind.KEY_POINT]
    if len(kept) == len(article.blocks):
        return article
    parts: list[str] = []
    moved: dict[Span, Span] = {}
    blocks: list[Block] = []
    offset = 0
    for block in kept:
        piece = article.span_text(block.span)
        new = Span(offset, offset + len(piece))
        moved[block.span] = new
        blocks.append(Block(block.kind, new))
        parts.append(piece)
        offset = new.end + 2
    captions = tuple(Caption(moved[c.span], c.credit) for c in article.captions if c.span in moved)
    return article.replace(
        text="\n\n".join(parts), blocks=tuple(blocks), captions=captions, key_points_label=None
    )


# -- baselines -------------------------------------------------------------------------


def main_sentences(article: Article) -> list[str]:
    """The lead and body sentences of an analysed article, in order."""
    kinds = (BlockKind.LEAD, BlockKind.BODY)
    return [article.sentence_text(s) for s in article.sentences if article.blocks[s.block].kind in kinds]


def lead3(article: Article) -> list[str]:
    return main_sentences(article)[:3]


class OwnTokenizer:
    """The tokenizer object sumy asks for, backed by lagebild's splitter and the ROUGE tokens."""

    language = "german"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        from lagebild.language.de import split_sentences

        return tuple(s.of(paragraph) for s in split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(tokens(sentence))


def _refuse_download(*_: object, **__: object) -> bool:
    raise RuntimeError("eval/keypoints.py must not download NLTK data; sumy is fed our own tokenizer")


def sumy_summary(article: Article, method: str, n: int = 3) -> list[str]:
    """``n`` sentences picked by sumy's LexRank or TextRank, in article order."""
    import nltk  # type: ignore[import-untyped]  # no stubs; only nltk.download is touched
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    nltk.download = _refuse_download  # a guard: sumy must never reach for NLTK data
    tokenizer = OwnTokenizer()
    sentences = main_sentences(article)
    document = ObjectDocumentModel([Paragraph([Sentence(s, tokenizer) for s in sentences])])
    summarizer = LexRankSummarizer() if method == "lexrank" else TextRankSummarizer()
    summarizer.stop_words = stopwords()
    return [str(s) for s in summarizer(document, n)]


# -- scoring ---------------------------------------------------------------------------


def score(candidate: Sequence[str], references: Sequence[str]) -> dict[str, float]:
    """All six ROUGE figures of ``candidate`` bullets against the human ``references``."""
    cand, ref = " ".join(candidate), " ".join(references)
    plain = rouge_scores(cand, ref)
    stemmed = rouge_scores(cand, ref, stemmed=True)
    return {**plain, **{f"{k}_stem": v for k, v in stemmed.items()}}


def paired_bootstrap(
    a: Sequence[float], b: Sequence[float], *, resamples: int = RESAMPLES, seed: int = BOOTSTRAP_SEED
) -> tuple[float, float, float]:
    """Mean of ``a - b`` and its 95% percentile interval over ``resamples`` resamples of the pairs."""
    if len(a) != len(b) or not a:
        raise ValueError("paired_bootstrap needs two equally long, non-empty score lists")
    diffs = [x - y for x, y in zip(a, b, strict=True)]
    rng = random.Random(seed)
    n = len(diffs)
    means = sorted(sum(diffs[rng.randrange(n)] for _ in range(n)) / n for _ in range(resamples))
    low = means[int(0.025 * resamples)]
    high = means[min(resamples - 1, int(0.975 * resamples))]
    return sum(diffs) / n, low, high


def wins_losses(a: Sequence[float], b: Sequence[float], eps: float = 1e-9) -> tuple[int, int, int]:
    """(wins, losses, ties) of ``a`` over ``b``, article by article."""
    wins = sum(x > y + eps for x, y in zip(a, b, strict=True))
    losses = sum(y > x + eps for x, y in zip(a, b, strict=True))
    return wins, losses, len(a) - wins - losses


def evaluate(cases: Sequence[Case], engine: Engine | None = None) -> list[Result]:
    engine = engine or Engine()
    baselines: dict[str, Callable[[Article], list[str]]] = {
        "lead3": lead3,
        "lexrank": lambda a: sumy_summary(a, "lexrank"),
        "textrank": lambda a: sumy_summary(a, "textrank"),
    }
    results = []
    for case in cases:
        article = engine.pipeline(without_box(engine.extract(engine.read(case.path))))
        bullets = tuple(p.text for p in article.key_points)
        scores = {"lagebild": score(bullets, case.references)}
        for name, baseline in baselines.items():
            scores[name] = score(baseline(article), case.references)
        found = [
            f"point {v.point + 1}: {v.rule}: {v.message}" for v in violations(article, article.key_points)
        ]
        if len(bullets) < 2:
            found.append(f"only {len(bullets)} key point(s)")
        results.append(Result(case.name, scores, bullets, case.references, found))
    return results


def summary(results: Sequence[Result]) -> dict[str, Any]:
    means = {
        system: {m: sum(r.scores[system][m] for r in results) / len(results) for m in METRICS}
        for system in SYSTEMS
    }
    versus_lead3: dict[str, Any] = {}
    for metric in METRICS:
        ours = [r.scores["lagebild"][metric] for r in results]
        lead = [r.scores["lead3"][metric] for r in results]
        mean, low, high = paired_bootstrap(ours, lead)
        wins, losses, ties = wins_losses(ours, lead)
        versus_lead3[metric] = {
            "diff": mean,
            "ci95": [low, high],
            "wins": wins,
            "losses": losses,
            "ties": ties,
        }
    words = [len(b.split()) for r in results for b in r.bullets]
    return {
        "articles": len(results),
        "means": means,
        "versus_lead3": versus_lead3,
        "bullet_words": {
            "mean": sum(words) / max(1, len(words)),
            "min": min(words, default=0),
            "max": max(words, default=0),
        },
        "violations": {r.name: r.violations for r in results if r.violations},
    }


def _print(results: Sequence[Result], figures: dict[str, Any], show: bool) -> None:
    if show:
        for r in results:
            print(f"== {r.name}  R1 {r.scores['lagebild']['r1']:.3f} (Lead-3 {r.scores['lead3']['r1']:.3f})")
            for b in r.bullets:
                print(f"   + {b}")
            for ref in r.references:
                print(f"   = {ref}")
    print(
        f"{figures['articles']} dev articles; bullets {figures['bullet_words']['mean']:.1f} words on average "
        f"({figures['bullet_words']['min']}-{figures['bullet_words']['max']})"
    )
    print(
        f"{'metric':<9}"
        + "".join(f"{s:>10}" for s in SYSTEMS)
        + f"{'Δ Lead-3':>10} {'95% CI':>17} {'W/L/T':>9}"
    )
    for metric in METRICS:
        row = "".join(f"{figures['means'][s][metric]:>10.3f}" for s in SYSTEMS)
        v = figures["versus_lead3"][metric]
        ci = f"[{v['ci95'][0]:+.3f}, {v['ci95'][1]:+.3f}]"
        print(f"{metric:<9}{row}{v['diff']:>+10.3f} {ci:>17} {v['wins']:>3}/{v['losses']}/{v['ties']}")
    bad = figures["violations"]
    print(f"hard constraints: {'all hold' if not bad else f'{sum(map(len, bad.values()))} violations'}")
    for name, found in bad.items():
        for line in found:
            print(f"  {name}: {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--folders", type=Path, nargs="*", default=[ROOT / "examples", HERE / "data" / "keypoints"]
    )
    parser.add_argument("--no-seed", action="store_true", help="leave the seed article out")
    parser.add_argument("--show", action="store_true", help="print every article's bullets and references")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    cases = dev_cases(args.folders, None if args.no_seed else SEED)
    if not cases:
        print("no dev articles found; pass --folders with .expected.json sidecars", file=sys.stderr)
        return 2
    results = evaluate(cases)
    figures = summary(results)
    if args.json:
        print(json.dumps(figures, indent=2, ensure_ascii=False))
    else:
        _print(results, figures, args.show)
    return 1 if figures["violations"] else 0


if __name__ == "__main__":
    sys.exit(main())
