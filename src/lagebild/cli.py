"""The ``lagebild`` command. Each command parses its options, makes one library call and renders."""

from __future__ import annotations

import dataclasses
import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from lagebild import __version__
from lagebild.config import Config
from lagebild.engine import Engine
from lagebild.errors import LagebildError
from lagebild.model import to_json
from lagebild.render import render_markdown

F = TypeVar("F", bound=Callable[..., Any])


def _friendly_errors(func: F) -> F:
    """Turn lagebild's own errors into one line on stderr and exit code 2, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except LagebildError as exc:
            click.echo(f"lagebild: error: {exc}", err=True)
            sys.exit(2)

    return wrapper  # type: ignore[return-value]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="lagebild")
def main() -> None:
    """lagebild turns raw German news into clean, structured articles.

    \b
    Examples:
      lagebild analyze article.txt            Markdown digest of one article
      lagebild analyze page.html --json       the full Article as JSON
      cat article.txt | lagebild analyze -    read standard input
    """


@main.command()
@click.argument("path", type=click.Path(allow_dash=True, path_type=str))
@click.option("--json", "as_json", is_flag=True, help="Print the full Article as JSON.")
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
@_friendly_errors
def analyze(path: str, as_json: bool, lang: str | None, points: int, url: str | None) -> None:
    """Analyse one article: a file (.txt scraped text or .html page) or - for stdin.

    \b
    Examples:
      lagebild analyze ../shared/seed/000_f6fe3d9bbf771269.txt
      lagebild analyze article.html --json > article.json
      cat article.txt | lagebild analyze - --points 4
      lagebild analyze english.txt --lang en
    """
    engine = Engine(Config.from_env(language=lang, key_points=points))
    raw = engine.read(path)
    if url:
        raw = dataclasses.replace(raw, url=url)
    article = engine.analyse(raw)
    click.echo(to_json(article, indent=2) if as_json else render_markdown(article))
