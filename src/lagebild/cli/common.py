"""What every command shares: the ``main`` group and the error handling."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from lagebild import __version__
from lagebild.errors import LagebildError

__all__ = ["friendly_errors", "main"]

F = TypeVar("F", bound=Callable[..., Any])


def friendly_errors(func: F) -> F:
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
    """lagebild turns raw German news into clean, structured articles and a daily briefing.

    \b
    Examples:
      lagebild analyze article.txt            Markdown digest of one article
      lagebild analyze page.html --json       the full Article as JSON
      cat article.txt | lagebild analyze -    read standard input
      lagebild ingest examples/               analyse a folder into lagebild.db (SQLite)
      lagebild brief                          the Lagebild: top stories of the last 24 h
      lagebild search "Truppen Litauen"       full-text search with lemmas
      lagebild serve                          the web app on http://127.0.0.1:8000

    The collection is lagebild.db in the current folder unless --db or LAGEBILD_DB
    names another SQLite file or a postgresql:// URL.
    """
