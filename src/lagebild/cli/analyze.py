"""``lagebild analyze``: one file in, a digest or JSON out."""

from __future__ import annotations

import sys

import click

from lagebild.cli.common import friendly_errors, main
from lagebild.config import Config
from lagebild.engine import Engine
from lagebild.model import Article, Reject, to_json
from lagebild.render import render_markdown


@main.command()
@click.argument("path", type=click.Path(allow_dash=True, path_type=str))
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print the full Article as JSON (one line per article for feeds and WARC).",
)
@click.option(
    "--lang",
    default=None,
    metavar="CODE",
    help="Expected language (default: de). Use the detected code to analyse other languages.",
)
@click.option(
    "--points", type=click.IntRange(2, 5), default=3, show_default=True, help="Key points to write."
)
@click.option("--url", default=None, help="The page's URL, kept as provenance.")
@friendly_errors
def analyze(path: str, as_json: bool, lang: str | None, points: int, url: str | None) -> None:
    """Analyse one file: scraped text, an HTML page, an RSS/Atom feed, a WARC or JSONL file, or - for stdin.

    \b
    Examples:
      lagebild analyze ../shared/seed/000_f6fe3d9bbf771269.txt
      lagebild analyze article.html --json > article.json
      lagebild analyze page.html --url https://www.example.ch/artikel
      lagebild analyze feed.xml                      one digest per article
      lagebild analyze crawl.warc.gz --json          one JSON line per article
      cat article.txt | lagebild analyze - --points 4
      lagebild analyze english.txt --lang en
    """
    engine = Engine(Config.from_env(language=lang, key_points=points))
    results = list(engine.analyse_file(path, url=url))
    articles = [r for r in results if isinstance(r, Article)]
    rejects = [r for r in results if isinstance(r, Reject)]
    if len(results) == 1 and rejects:  # one document that cannot be analysed: say why, fail
        raise_reject(rejects[0])
    for reject in rejects:
        click.echo(f"lagebild: rejected {reject.location}: {reject.message}", err=True)
    single = len(results) == 1
    for number, article in enumerate(articles):
        if as_json:
            click.echo(to_json(article, indent=2 if single else None))
        else:
            click.echo(("" if number == 0 else "\n---\n\n") + render_markdown(article), nl=False)
    if not articles:
        sys.exit(2)


def raise_reject(reject: Reject) -> None:
    click.echo(f"lagebild: error: {reject.message}", err=True)
    sys.exit(2)
