"""The ROUGE scorer used by eval/run.py (eval/ is not a package: loaded by path)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROUGE = Path(__file__).resolve().parents[2] / "eval" / "rouge.py"


@pytest.fixture(scope="module")
def rouge() -> ModuleType:
    spec = importlib.util.spec_from_file_location("lagebild_eval_rouge", ROUGE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_tokens_keep_umlauts_sharp_s_and_swiss_numbers(rouge: ModuleType) -> None:
    assert rouge.tokens("Über 11'000 Container in Groß-Gerau, 2,4 Mio.") == [
        "über", "11'000", "container", "in", "groß-gerau", "2,4", "mio",
    ]  # fmt: skip


def test_identical_disjoint_and_partial(rouge: ModuleType) -> None:
    text = "Eine Lawine hat drei Skitourengänger verschüttet."
    assert rouge.rouge_n_f1(text, text, 1) == 1.0
    assert rouge.rouge_n_f1(text, text, 2) == 1.0
    assert rouge.rouge_n_f1(text, "Der Bundesrat tagt in Bern.", 1) == 0.0
    assert rouge.rouge_n_f1("", text, 1) == 0.0
    # 2 of 3 unigrams shared both ways: P = R = 2/3
    assert rouge.rouge_n_f1("Lawine in Zermatt", "Lawine bei Zermatt", 1) == pytest.approx(2 / 3)
    assert rouge.rouge_n_f1("Lawine in Zermatt", "Lawine bei Zermatt", 2) == 0.0


def test_counts_are_clipped(rouge: ModuleType) -> None:
    # "die" twice in the candidate, once in the reference: one match only
    assert rouge.rouge_n_f1("die die", "die Lawine", 1) == pytest.approx(0.5)


def test_n_below_one_is_refused(rouge: ModuleType) -> None:
    with pytest.raises(ValueError, match="1 or more"):
        rouge.rouge_n_f1("a", "a", 0)
