"""Per-field accuracy of HTML extraction on the project's own news-page dev set.

Usage::

    python eval/extraction.py            # the table, with and without publisher profiles
    python eval/extraction.py --json     # the scores as JSON
    python eval/extraction.py -v         # also every miss

Pages: ``eval/data/extraction/*.html``, written for this project in the layouts
of German-language outlets (all text invented), each with a ``.json`` of
expected fields and the page's URL (which selects a publisher profile). A page
whose ``page_type`` is ``index`` must be rejected (NoContentError).

Fields, each scored per page where the expectation names it: title, lead,
key_points (the list), captions (texts), credits (caption credits), authors
(set), date (published, to the minute, timezone-aware), tags (set), partial,
page_type. The "generic" column runs the same pages without their URL, so no
profile applies.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from lagebild.errors import InputError, NoContentError
from lagebild.extract import extract
from lagebild.model import Article, RawDocument

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "extraction"
MAX_BYTES = 20 * 1024 * 1024


def _found(article: Article) -> dict[str, Any]:
    return {
        "title": article.title,
        "lead": article.lead,
        "key_points": [k.text for k in article.page_key_points],
        "captions": [article.span_text(c.span) for c in article.captions],
        "credits": [c.credit for c in article.captions],
        "authors": sorted(article.authors),
        "date": article.published,
        "tags": sorted(t.label for t in article.tags if t.kind.value == "page"),
        "partial": article.partial,
        "page_type": article.page_type.value,
    }


def _expected(gold: dict[str, Any]) -> dict[str, Any]:
    names = {"title", "lead", "key_points", "authors", "tags", "partial", "page_type"}
    out = {k: gold[k] for k in names if k in gold}
    if "authors" in out:
        out["authors"] = sorted(out["authors"])
    if "tags" in out:
        out["tags"] = sorted(out["tags"])
    if "captions" in gold:
        out["captions"] = [c["text"] for c in gold["captions"]]
        out["credits"] = [c["credit"] for c in gold["captions"]]
    if "published" in gold:
        out["date"] = datetime.fromisoformat(gold["published"]) if gold["published"] else None
    return out


def score_page(html: Path, gold: dict[str, Any], url: str | None) -> dict[str, bool]:
    raw = RawDocument(html.read_bytes(), location=str(html), url=url, media_type="text/html")
    try:
        article = extract(raw, max_bytes=MAX_BYTES)
    except NoContentError:
        return {"page_type": gold.get("page_type") == "index"}
    except InputError:
        return dict.fromkeys(_expected(gold), False)
    found = _found(article)
    same: Callable[[Any, Any], bool] = lambda a, b: a == b  # noqa: E731
    return {name: same(value, found[name]) for name, value in _expected(gold).items()}


def run(verbose: bool) -> dict[str, dict[str, float]]:
    pages = sorted(DATA.glob("*.html"))
    table: dict[str, dict[str, float]] = {}
    for column in ("profile", "generic"):
        hits: dict[str, list[bool]] = {}
        for html in pages:
            gold = json.loads(html.with_suffix(".json").read_text("utf-8"))
            url = gold.get("url") if column == "profile" else None
            for name, ok in score_page(html, gold, url).items():
                hits.setdefault(name, []).append(ok)
                if verbose and not ok:
                    print(f"  miss [{column}] {html.name}: {name}", file=sys.stderr)
        table[column] = {name: sum(v) / len(v) for name, v in sorted(hits.items())}
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss on stderr")
    args = parser.parse_args(argv)
    table = run(args.verbose)
    if args.json:
        print(json.dumps(table, indent=2))
        return 0
    print(f"{len(list(DATA.glob('*.html')))} pages in {DATA.relative_to(HERE.parent)}")
    print(f"{'field':<14}{'profile':>10}{'generic':>10}")
    for name in table["profile"]:
        print(f"{name:<14}{table['profile'][name]:>10.3f}{table['generic'].get(name, 0.0):>10.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
