"""``lagebild batch`` (many inputs -> Parquet, local or Ray) and ``lagebild load`` (Parquet -> store)."""

from __future__ import annotations

import sys
from datetime import datetime

import click

from lagebild.batch import DEFAULT_SHARD_SIZE, BatchOptions, EngineName, ShardResult, load_output, run_batch
from lagebild.cli.common import friendly_errors, main
from lagebild.config import Config
from lagebild.store import open_store

__all__ = ["batch", "load"]

_DATE = click.DateTime(["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M"])


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=str))
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=str), help="Output folder.")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True)
@click.option("--workers", type=click.IntRange(1), default=1, show_default=True, help="Worker processes.")
@click.option("--since", type=_DATE, default=None, help="Keep articles published on or after (UTC).")
@click.option("--until", type=_DATE, default=None, help="Keep articles published before (UTC).")
@click.option("--lang", default=None, metavar="CODE", help="Expected language (default: de).")
@click.option(
    "--shard-size",
    type=click.IntRange(1),
    default=DEFAULT_SHARD_SIZE,
    show_default=True,
    help="Pages per shard.",
)
@click.option(
    "--address", default=None, help="An existing Ray cluster (with --engine ray), e.g. ray://head:10001."
)
@friendly_errors
def batch(
    *,
    inputs: tuple[str, ...],
    out: str,
    engine: EngineName,
    workers: int,
    since: datetime | None,
    until: datetime | None,
    lang: str | None,
    shard_size: int,
    address: str | None,
) -> None:
    """Analyse many files (WARC, JSONL, feeds, folders of pages) into Parquet tables.

    Finished shards are skipped, so rerunning the same command resumes a stopped run.

    \b
    Examples:
      lagebild batch crawl/*.warc.gz --out out/ --workers 8
      lagebild batch pages/ news.jsonl --out out/ --since 2024-03-01 --until 2024-04-01
      lagebild batch crawl/ --out /shared/out --engine ray --address ray://head:10001 --workers 64
      lagebild load out/ --db lagebild.db
    """
    options = BatchOptions(Config.from_env(language=lang), since=since, until=until)
    report = run_batch(
        inputs,
        out,
        options=options,
        engine=engine,
        workers=workers,
        shard_size=shard_size,
        address=address,
        progress=_progress,
    )
    click.echo(
        f"{report.articles} articles, {report.rejects} rejects, {report.skipped} shards already done, "
        f"{report.near_duplicates} near-duplicate pairs in {report.seconds:.1f} s -> {out}"
    )
    if report.failed:
        click.echo(
            f"lagebild: {len(report.failed)} shards failed; run the same command again to retry them",
            err=True,
        )
        sys.exit(1)


def _progress(result: ShardResult) -> None:
    if result.error:
        click.echo(f"lagebild: shard {result.shard} failed: {result.error}", err=True)


@main.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=str))
@click.option(
    "--db", default=None, help="SQLite file or postgresql:// URL (default: $LAGEBILD_DB or lagebild.db)."
)
@friendly_errors
def load(folder: str, db: str | None) -> None:
    """Load the Parquet output of `lagebild batch` into the collection. Loading twice adds nothing.

    \b
    Examples:
      lagebild load out/ --db lagebild.db
      lagebild load out/ --db postgresql://lagebild@localhost/news
    """
    with open_store(Config.from_env(db=db).db) as store:
        report = load_output(folder, store)
    click.echo(f"{report.added} new of {report.articles} articles, ", nl=False)
    click.echo(f"{report.rejects} rejects from {report.shards} shards")
