"""eval/keypoints.py and eval/rouge.py: the scorer, the bootstrap, the baselines and the dev set."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from lagebild.language.de import split_sentences
from lagebild.model import Article, Block, BlockKind, Sentence, Span

EVAL = Path(__file__).resolve().parents[2] / "eval"
DEV = EVAL / "data" / "keypoints"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"lagebild_eval_{name}", EVAL / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def ev() -> ModuleType:
    return _load("keypoints")


@pytest.fixture(scope="module")
def rouge() -> ModuleType:
    return _load("rouge")


def _article(paragraphs: list[str]) -> Article:
    """A lead and body paragraphs with their sentences, as the sentence stage gives them."""
    text = "\n\n".join(paragraphs)
    blocks, sentences, pos = [], [], 0
    for index, paragraph in enumerate(paragraphs):
        span = Span(pos, pos + len(paragraph))
        blocks.append(Block(BlockKind.LEAD if index == 0 else BlockKind.BODY, span))
        sentences += [Sentence(s, index) for s in split_sentences(text, span.start, span.end)]
        pos = span.end + 2
    return Article(id="t", text=text, blocks=tuple(blocks), sentences=tuple(sentences))


# -- ROUGE ------------------------------------------------------------------------------


def test_tokens_keep_umlauts_and_eszett(rouge: ModuleType) -> None:
    assert rouge.tokens("Größere Brücken über die Straße") == ["größere", "brücken", "über", "die", "straße"]


def test_rouge_l_and_the_stemmer(rouge: ModuleType) -> None:
    assert rouge.rouge_l_f1("die Lawine traf Zermatt", "die Lawine traf Zermatt") == 1.0
    assert rouge.rouge_l_f1("Zermatt traf die Lawine", "die Lawine traf Zermatt") == pytest.approx(0.5)
    assert rouge.stem("Truppen") == rouge.stem("Truppe")
    assert rouge.stem("verletzten") == rouge.stem("verletzt")
    assert rouge.stem("2,4") == "2,4"
    plain = rouge.rouge_n_f1("Die Truppen kamen", "Die Truppe kam", 1)
    stemmed = rouge.rouge_n_f1("Die Truppen kamen", "Die Truppe kam", 1, stemmed=True)
    assert stemmed > plain


# -- bootstrap, wins and losses -----------------------------------------------------------


def test_bootstrap_of_a_constant_difference_is_that_difference(ev: ModuleType) -> None:
    assert ev.paired_bootstrap([0.5] * 10, [0.3] * 10) == pytest.approx((0.2, 0.2, 0.2))


def test_bootstrap_interval_holds_the_mean_and_is_reproducible(ev: ModuleType) -> None:
    a = [0.40, 0.10, 0.35, 0.50, 0.20, 0.45, 0.30, 0.25]
    b = [0.30, 0.20, 0.30, 0.35, 0.25, 0.30, 0.30, 0.20]
    mean, low, high = ev.paired_bootstrap(a, b)
    assert low < mean < high
    assert mean == pytest.approx(sum(a) / 8 - sum(b) / 8)
    assert ev.paired_bootstrap(a, b) == (mean, low, high)  # fixed seed
    worse = ev.paired_bootstrap(b, a)
    assert worse[0] < 0
    assert worse[2] < 0.1


def test_bootstrap_refuses_unpaired_lists(ev: ModuleType) -> None:
    with pytest.raises(ValueError, match="equally long"):
        ev.paired_bootstrap([0.1, 0.2], [0.1])


def test_wins_losses_ties(ev: ModuleType) -> None:
    assert ev.wins_losses([0.5, 0.2, 0.3, 0.3], [0.4, 0.3, 0.3, 0.1]) == (2, 1, 1)


# -- baselines ----------------------------------------------------------------------------


def test_lead3_and_sumy_baselines_use_our_tokenizer_and_never_download(
    ev: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    import nltk  # type: ignore[import-untyped]  # no stubs; only nltk.download is touched

    def fail(*_: object, **__: object) -> bool:
        raise AssertionError("nltk.download was called")

    monkeypatch.setattr(nltk, "download", fail)
    article = _article(
        [
            "Eine Lawine hat im Wallis vier Tourengänger verschüttet. Ein Mann starb.",
            "Die Lawine ging am Freitag am Weissmies nieder. Die Gruppe war im Aufstieg.",
            "Die Rettungskräfte fanden alle vier Verschütteten. Zwei wurden schwer verletzt.",
            "Das Lawinenforschungsinstitut hatte vor erheblicher Lawinengefahr gewarnt.",
        ]
    )
    assert ev.lead3(article) == [
        "Eine Lawine hat im Wallis vier Tourengänger verschüttet.",
        "Ein Mann starb.",
        "Die Lawine ging am Freitag am Weissmies nieder.",
    ]
    for method in ("lexrank", "textrank"):
        picked = ev.sumy_summary(article, method)
        assert len(picked) == 3
        assert set(picked) <= set(ev.main_sentences(article))
    assert ev.OwnTokenizer().to_words("Grösse über 2,4 Meter.") == ("grösse", "über", "2,4", "meter")


def test_without_box_takes_the_page_box_out_and_keeps_spans_right(ev: ModuleType) -> None:
    from lagebild import Engine

    engine = Engine()
    path = Path(__file__).resolve().parents[2] / "examples" / "a01_alpenblick_bahnstreik.txt"
    article = engine.extract(engine.read(path))
    box = [p.text for p in article.page_key_points]
    assert box
    stripped = ev.without_box(article)
    assert not any(b.kind is BlockKind.KEY_POINT for b in stripped.blocks)
    assert all(text not in stripped.text for text in box)
    kept = [article.span_text(b.span) for b in article.blocks if b.kind is not BlockKind.KEY_POINT]
    assert [stripped.span_text(b.span) for b in stripped.blocks] == kept
    assert [stripped.span_text(c.span) for c in stripped.captions] == [
        article.span_text(c.span) for c in article.captions
    ]


# -- the dev set written for this evaluation ---------------------------------------------


def test_dev_set_has_twenty_articles_of_250_to_550_words_with_three_bullets() -> None:
    sidecars = sorted(DEV.glob("*.expected.json"))
    assert len(sidecars) >= 20
    for sidecar in sidecars:
        article = sidecar.with_name(sidecar.name.removesuffix(".expected.json") + ".txt")
        assert 250 <= len(article.read_text(encoding="utf-8").split()) <= 550, article.name
        points = json.loads(sidecar.read_text(encoding="utf-8"))["key_points"]
        assert len(points) == 3, sidecar.name
        assert all(6 <= len(p.split()) <= 20 for p in points), sidecar.name


def test_dev_cases_find_the_sidecars(ev: ModuleType) -> None:
    cases = ev.dev_cases([DEV], seed=None)
    assert len(cases) >= 20
    assert all(len(c.references) == 3 and c.path.exists() for c in cases)


@pytest.mark.slow
def test_evaluation_of_a_few_dev_articles_holds_every_constraint(
    ev: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for sidecar in sorted(DEV.glob("*.expected.json"))[:4]:
        stem = sidecar.name.removesuffix(".expected.json")
        (tmp_path / sidecar.name).write_text(sidecar.read_text(encoding="utf-8"), encoding="utf-8")
        (tmp_path / f"{stem}.txt").write_text(
            (DEV / f"{stem}.txt").read_text(encoding="utf-8"), encoding="utf-8"
        )
    assert ev.main(["--folders", str(tmp_path), "--no-seed", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["articles"] == 4
    assert figures["violations"] == {}
    for system in ev.SYSTEMS:
        assert all(0.0 <= v <= 1.0 for v in figures["means"][system].values())
    assert set(figures["versus_lead3"]) == set(ev.METRICS)


def test_eval_script_refuses_an_empty_dev_set(ev: ModuleType, tmp_path: Path) -> None:
    assert ev.main(["--folders", str(tmp_path), "--no-seed"]) == 2
