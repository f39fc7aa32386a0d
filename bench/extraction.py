"""Main-text quality and speed of lagebild's extraction beside trafilatura alone, in one run.

Usage::

    python bench/extraction.py                       # all 704 German pages
    python bench/extraction.py --limit 50 --lang de  # a quick look
    python bench/extraction.py --json                # the figures as JSON

Pages: ``../shared/data/extraction-dev`` (trafilatura's public evaluation set,
re-keyed; see its README). For evaluation only: never copied into the repository.

Main text is scored the way trafilatura publishes it: each ``with`` snippet
found in the extracted text (whitespace-normalised) is a true positive, else a
false negative; each ``without`` snippet found is a false positive, else a true
negative; micro sums; accuracy = (TP+TN)/all. A crash or empty output extracts
nothing.

lagebild's main text is ``Article.text`` (title, lead, key points, captions,
headings, body). The gold snippets count image captions as main text on some
pages and as boilerplate on others, so it is scored twice: with captions
(``lagebild``) and without them (``lagebild-nocap``); the first is the
figure we report, because captions are content in lagebild's model.

Fields (where the page has gold metadata): title (normalised equality), author
(the set of names, ``Von`` and case ignored), date (the calendar day).
trafilatura's fields come from ``bare_extraction(with_metadata=True)``,
which is timed as a row of its own.

Speed: pages per CPU-second (``time.process_time``) for each extractor on the
same bytes, interleaved page by page in this one process; ``ratio`` divides
lagebild's rate by that of trafilatura with defaults.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import trafilatura

from lagebild.errors import InputError
from lagebild.extract import extract
from lagebild.model import Article, BlockKind, RawDocument

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "extraction-dev"
MAX_BYTES = 50 * 1024 * 1024


@dataclass
class Fields:
    title: str | None = None
    author: str | None = None
    date: str | None = None


@dataclass
class Result:
    text: str = ""
    fields: Fields = field(default_factory=Fields)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    tn: int = 0
    fn: int = 0
    seconds: float = 0.0
    pages: int = 0
    errors: int = 0
    field_hits: dict[str, int] = field(default_factory=dict)
    field_total: dict[str, int] = field(default_factory=dict)

    def row(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        total = self.tp + self.fp + self.tn + self.fn
        out = {
            "precision": p,
            "recall": r,
            "f1": f1,
            "accuracy": (self.tp + self.tn) / total if total else 0.0,
            "pages_per_cpu_s": self.pages / self.seconds if self.seconds else 0.0,
            "errors": float(self.errors),
        }
        for name, total_n in self.field_total.items():
            out[name] = self.field_hits.get(name, 0) / total_n if total_n else 0.0
        return out


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def norm_field(text: str) -> str:
    return norm(text).casefold().replace("ß", "ss")


def _authors(text: str) -> frozenset[str]:
    text = re.sub(r"^\s*(?:von|by)\s+", "", norm_field(text))
    return frozenset(a.strip() for a in re.split(r"\s*(?:;|,|\bund\b|&)\s*", text) if a.strip())


# -- extractors -----------------------------------------------------------


def _lagebild(content: bytes, url: str | None, *, captions: bool = True) -> Result:
    raw = RawDocument(content, location=url, url=url, media_type="text/html")
    try:
        article = extract(raw, max_bytes=MAX_BYTES)
    except InputError:
        return Result()
    return Result(_main_text(article, captions), _article_fields(article))


def _lagebild_nocap(content: bytes, url: str | None) -> Result:
    return _lagebild(content, url, captions=False)


def _main_text(article: Article, captions: bool) -> str:
    if captions:
        return article.text
    return "\n\n".join(article.span_text(b.span) for b in article.blocks if b.kind is not BlockKind.CAPTION)


def _article_fields(article: Article) -> Fields:
    date = article.published.date().isoformat() if article.published else None
    return Fields(article.title, "; ".join(article.authors) or None, date)


def _trafilatura(**options: Any) -> Callable[[bytes, str | None], Result]:
    def run(content: bytes, url: str | None) -> Result:
        return Result(trafilatura.extract(content, **options) or "")

    return run


def _trafilatura_meta(content: bytes, url: str | None) -> Result:
    doc = trafilatura.bare_extraction(content, with_metadata=True)
    if doc is None or isinstance(doc, dict):
        return Result()
    return Result(doc.text or "", Fields(doc.title, doc.author, doc.date))


EXTRACTORS: dict[str, Callable[[bytes, str | None], Result]] = {
    "lagebild": _lagebild,
    "lagebild-nocap": _lagebild_nocap,
    "trafilatura": _trafilatura(),
    "trafilatura-precision": _trafilatura(favor_precision=True),
    "trafilatura-recall": _trafilatura(favor_recall=True),
    "trafilatura+metadata": _trafilatura_meta,
}
BASELINE = "trafilatura"


# -- scoring ---------------------------------------------------------------


def score_page(score: Score, result: Result, item: dict[str, Any]) -> None:
    text = norm(result.text)
    for snippet in item["with"]:
        if norm(snippet) in text and text:
            score.tp += 1
        else:
            score.fn += 1
    for snippet in item["without"]:
        if text and norm(snippet) in text:
            score.fp += 1
        else:
            score.tn += 1
    meta = item.get("meta") or {}
    checks: dict[str, Callable[[str, str], bool]] = {
        "title": lambda g, f: norm_field(g) == norm_field(f),
        "author": lambda g, f: _authors(g) == _authors(f),
        "date": lambda g, f: g[:10] == f[:10],
    }
    for name, same in checks.items():
        gold = meta.get(name)
        if isinstance(gold, list):  # a few pages list several authors
            gold = "; ".join(gold)
        if not gold:
            continue
        found = getattr(result.fields, name)
        score.field_total[name] = score.field_total.get(name, 0) + 1
        if found and same(gold, found):
            score.field_hits[name] = score.field_hits.get(name, 0) + 1


def load_pages(data: Path, lang: str | None, limit: int | None) -> list[tuple[str, dict[str, Any], bytes]]:
    annotations = json.loads((data / "annotations.json").read_text("utf-8"))["items"]
    pages = []
    for url, item in sorted(annotations.items()):
        if lang and item.get("lang") != lang:
            continue
        content = gzip.decompress((data / item["file"]).read_bytes())
        pages.append((url, item, content))
        if limit and len(pages) >= limit:
            break
    return pages


def run(pages: list[tuple[str, dict[str, Any], bytes]], names: list[str]) -> dict[str, Score]:
    scores = {name: Score() for name in names}
    for name in names:  # warm-up: word lists, lazy imports
        EXTRACTORS[name](pages[0][2], None)
    for url, item, content in pages:
        page_url = None if url.startswith("hard::") else url
        for name in names:
            started = time.process_time()
            try:
                result = EXTRACTORS[name](content, page_url)
            except Exception:
                result = Result()
                scores[name].errors += 1
            scores[name].seconds += time.process_time() - started
            scores[name].pages += 1
            score_page(scores[name], result, item)
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DATA, help="the extraction-dev folder")
    parser.add_argument("--lang", default="de", help='language tag of the pages ("" for all; default de)')
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--only", default=",".join(EXTRACTORS), help="comma-separated extractor names")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    if not (args.data / "annotations.json").exists():
        print(
            f"no annotations.json in {args.data}: point --data at the extraction-dev folder", file=sys.stderr
        )
        return 1
    names = [n for n in args.only.split(",") if n]
    unknown = set(names) - set(EXTRACTORS)
    if unknown:
        print(f"unknown extractor(s) {sorted(unknown)}; choose from {sorted(EXTRACTORS)}", file=sys.stderr)
        return 1
    pages = load_pages(args.data, args.lang or None, args.limit)
    scores = run(pages, names)
    rows = {name: score.row() for name, score in scores.items()}
    base = rows.get(BASELINE, {}).get("pages_per_cpu_s", 0.0)
    for row in rows.values():
        row["speed_ratio"] = row["pages_per_cpu_s"] / base if base else 0.0
    if args.json:
        print(json.dumps({"pages": len(pages), "lang": args.lang, "rows": rows}, indent=2))
        return 0
    print(f"{len(pages)} pages, lang={args.lang or 'all'}, {datetime.now():%Y-%m-%d %H:%M}")
    columns = [
        "precision",
        "recall",
        "f1",
        "accuracy",
        "title",
        "author",
        "date",
        "pages_per_cpu_s",
        "speed_ratio",
    ]
    print(f"{'extractor':<22}" + "".join(f"{c[:10]:>11}" for c in columns))
    for name, row in rows.items():
        cells = "".join(f"{row[c]:>11.3f}" if c in row else f"{'-':>11}" for c in columns)
        print(f"{name:<22}{cells}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
