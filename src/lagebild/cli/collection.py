"""Commands of the collection: ingest, rejects, search, brief, stories, entities, export.

Every command takes ``--db`` (default: ``LAGEBILD_DB``, else ``lagebild.db`` in the
current folder): a SQLite file or a postgresql:// URL.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from lagebild.cli.common import friendly_errors, main
from lagebild.collection.format import (
    format_entities,
    format_entity,
    format_facets,
    format_hits,
    format_progress,
    format_rejects,
    format_report,
    format_stories,
)
from lagebild.collection.ingest import IngestReport
from lagebild.collection.period import query_with_period
from lagebild.config import Config
from lagebild.engine import Engine
from lagebild.model import to_dict, to_json
from lagebild.render_brief import render_brief_html, render_brief_json, render_brief_markdown

__all__ = ["brief", "entities", "export", "ingest", "rejects", "search", "stories"]

F = TypeVar("F", bound=Callable[..., Any])
_BRIEF = {"md": render_brief_markdown, "html": render_brief_html, "json": render_brief_json}
_PERIOD_HELP = "24h, 7d, 2w or a date (YYYY-MM-DD)."


def _db(func: F) -> F:
    return click.option(
        "--db",
        default=None,
        metavar="PATH|URL",
        help="The collection: a SQLite file or postgresql://… (default: $LAGEBILD_DB, else lagebild.db).",
    )(func)


def _period(func: F) -> F:
    func = click.option(
        "--until", default=None, metavar="WHEN", help="End of the period (a date, included)."
    )(func)
    return click.option("--since", default=None, metavar="WHEN", help=f"Start of the period: {_PERIOD_HELP}")(
        func
    )


def _engine(db: str | None) -> Engine:
    return Engine(Config.from_env(db=db))


def _progress(report: IngestReport) -> None:
    click.echo("\r" + format_progress(report) + "\033[K", nl=False, err=True)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True, path_type=str))
@_db
@click.option(
    "--since", default=None, metavar="WHEN", help=f"Reject articles published earlier: {_PERIOD_HELP}"
)
@click.option("--lang", default=None, metavar="CODE", help="Expected language (default: de).")
@click.option(
    "--workers", type=click.IntRange(1, 256), default=1, show_default=True, help="Analysis processes."
)
@friendly_errors
def ingest(paths: tuple[str, ...], db: str | None, since: str | None, lang: str | None, workers: int) -> None:
    """Analyse folders, files, feeds, WARC or JSONL and store them in the collection.

    Re-running adds nothing twice and continues where a killed run stopped. Every
    document ends stored, as a duplicate of a stored one, or as a reject
    (`lagebild rejects`); rejects are tried again on the next run. Articles without
    a date are kept by --since.

    \b
    Examples:
      lagebild ingest examples/
      lagebild ingest crawl.warc.gz feeds/ --workers 8
      lagebild ingest news.jsonl --since 2024-01-01 --db postgresql://localhost/news
    """
    show = _progress if sys.stderr.isatty() else None
    with _engine(db) as engine:
        report = engine.ingest(paths, since=since, lang=lang, workers=workers, progress=show)
    if show is not None:
        click.echo(err=True)
    click.echo(format_report(report), nl=False)


@main.command()
@_db
@click.option("--json", "as_json", is_flag=True, help="One JSON object per reject.")
@friendly_errors
def rejects(db: str | None, as_json: bool) -> None:
    """List the documents ingest could not store, with the reason and what to do.

    \b
    Examples:
      lagebild rejects
      lagebild rejects --json | jq -r .reason | sort | uniq -c
    """
    with _engine(db) as engine:
        found = engine.rejects()
    click.echo("".join(to_json(r) + "\n" for r in found) if as_json else format_rejects(found), nl=False)


@main.command()
@click.argument("query")
@_db
@_period
@click.option("--limit", type=click.IntRange(0, 1000), default=10, show_default=True, help="Hits per page.")
@click.option("--offset", type=click.IntRange(0), default=0, help="Hits to skip (the next page).")
@click.option("--json", "as_json", is_flag=True, help="Hits and facets as JSON.")
@friendly_errors
def search(
    *,
    query: str,
    db: str | None,
    since: str | None,
    until: str | None,
    limit: int,
    offset: int,
    as_json: bool,
) -> None:
    """Full-text search with lemmas and compound parts, snippets and facets.

    Query language: words (all must occur), "a phrase", -exclusion, source:NAME,
    tag:LABEL, entity:"Full Name", since:YYYY-MM-DD, until:YYYY-MM-DD.

    \b
    Examples:
      lagebild search "Truppen Litauen" --since 2024-01-01
      lagebild search 'Hochwasser -Luzern source:"Hanse Nachrichten"'
      lagebild search 'entity:"Noah Bürgi"' --json
    """
    full = query_with_period(query, since, until)
    with _engine(db) as engine:
        results, facets = engine.search(full, limit=limit, offset=offset), engine.facets(full)
    if as_json:
        data = {"query": full, "results": to_dict(results), "facets": to_dict(facets)}
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(format_hits(results, offset=offset, mark=lambda w: click.style(w, bold=True)))
    click.echo(format_facets(facets), nl=False)


@main.command()
@_db
@_period
@click.option("--top", type=click.IntRange(1, 100), default=10, show_default=True, help="Stories to show.")
@click.option("--format", "fmt", type=click.Choice(sorted(_BRIEF)), default="md", show_default=True)
@click.option(
    "--out", type=click.File("w", encoding="utf-8"), default="-", help="Write here (default: stdout)."
)
@friendly_errors
def brief(*, db: str | None, since: str | None, until: str | None, top: int, fmt: str, out: Any) -> None:
    """The Lagebild: the top stories of a period with key points, actors, quotes and sources.

    Without --since: the last 24 hours. A collection with nothing from the last 24
    hours (an archive) is counted back from its newest article instead, 30 days by
    default; the briefing says so.

    \b
    Examples:
      lagebild ingest examples/ && lagebild brief
      lagebild brief --since 7d --top 5
      lagebild brief --since 2026-11-20 --format html --out lagebild.html
    """
    with _engine(db) as engine:
        page = engine.brief(since, until, top=top)
    out.write(_BRIEF[fmt](page))


@main.command()
@_db
@_period
@click.option("--json", "as_json", is_flag=True, help="The stories as JSON.")
@friendly_errors
def stories(db: str | None, since: str | None, until: str | None, as_json: bool) -> None:
    """The stories of a period (default as for `lagebild brief`): articles grouped by event.

    \b
    Examples:
      lagebild stories
      lagebild stories --since 2026-11-01 --json
    """
    with _engine(db) as engine:
        found = engine.stories(since, until)
    click.echo(to_json(found, indent=2) if as_json else format_stories(found), nl=not as_json)


@main.command()
@click.argument("name", required=False)
@_db
@_period
@click.option("--top", type=click.IntRange(1), default=30, show_default=True, help="Entities to list.")
@click.option("--json", "as_json", is_flag=True, help="The entities as JSON.")
@friendly_errors
def entities(
    *, name: str | None, db: str | None, since: str | None, until: str | None, top: int, as_json: bool
) -> None:
    """People, organisations and places across the collection, one entry per real thing.

    With NAME: the entities whose name contains it, with mentions per day and quotes.

    \b
    Examples:
      lagebild entities --top 10
      lagebild entities Blinken
      lagebild entities --since 7d --json
    """
    with _engine(db) as engine:
        found = engine.entities(since, until, name=name)[:top]
    if as_json:
        click.echo(to_json(found, indent=2))
    else:
        click.echo(
            "\n".join(format_entity(e) for e in found) if name and found else format_entities(found), nl=False
        )


@main.command()
@click.argument("query", default="")
@_db
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl", show_default=True
)
@click.option("--out", default="-", metavar="PATH", help="File (- for stdout); a folder for parquet.")
@friendly_errors
def export(query: str, db: str | None, fmt: str, out: str) -> None:
    """Export the articles a search matches (all without QUERY).

    Parquet writes a folder with articles.parquet, entities.parquet and quotes.parquet.

    \b
    Examples:
      lagebild export > alles.jsonl
      lagebild export "Hochwasser since:2026-11-01" --format csv --out hochwasser.csv
      lagebild export 'tag:Nato' --format parquet --out nato/
    """
    if fmt == "parquet" and out == "-":
        raise click.UsageError("--format parquet writes a folder: give it with --out, e.g. --out export/")
    with _engine(db) as engine:
        count = engine.export(query, fmt, out)
    click.echo(f"{count} articles exported to {out}", err=True)
