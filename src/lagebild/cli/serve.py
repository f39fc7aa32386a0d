"""``lagebild serve``: the web app and JSON API over a collection."""

from __future__ import annotations

import click

from lagebild.cli.common import friendly_errors, main
from lagebild.config import Config
from lagebild.engine import Engine
from lagebild.web.server import LOOPBACK
from lagebild.web.server import serve as run_server

__all__ = ["friendly_errors", "main", "serve"]


@main.command()
@click.option(
    "--db", default=None, metavar="PATH|URL", help="The collection (default: $LAGEBILD_DB, else lagebild.db)."
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (only this machine by default).",
)
@click.option(
    "--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port to listen on."
)
@friendly_errors
def serve(db: str | None, host: str, port: int) -> None:
    """Serve search, articles, entities, stories and the Lagebild in the browser, plus a JSON API.

    POST /api/ingest works only when LAGEBILD_TOKEN is set; every other route is read-only.

    \b
    Examples:
      lagebild ingest examples/ && lagebild serve     then open http://127.0.0.1:8000/
      lagebild serve --db archive.db --port 8080
      LAGEBILD_TOKEN=geheim lagebild serve            allow POST /api/ingest with that token
      curl 'http://127.0.0.1:8000/api/search?q=Streik'
    """
    if host not in LOOPBACK:
        click.echo(
            f"lagebild: warning: listening on {host}: anyone who can reach it can read the collection",
            err=True,
        )
    run_server(Engine(Config.from_env(db=db)), host=host, port=port)
