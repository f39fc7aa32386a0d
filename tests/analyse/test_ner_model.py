"""The CRF: training on a tiny sample, determinism, the shipped model, feature-version checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lagebild.analyse.ner.conll import TaggedSentence, read_conll
from lagebild.analyse.ner.conll import spans_of as bio_spans
from lagebild.analyse.ner.features import FEATURE_VERSION, sentence_features
from lagebild.analyse.ner.model import load_model, meta_path, shipped_model
from lagebild.analyse.ner.train import train_crf
from lagebild.errors import ConfigError, InputError

# Written for these tests: the same few patterns again and again, so a CRF learns them.
_PATTERNS = [
    ("Heute", "sprach", "{P1}", "{P2}", "in", "{L}", "."),
    ("Die", "{O}", "meldet", "Gewinne", "aus", "{L}", "."),
    ("Gestern", "besuchte", "{P1}", "{P2}", "die", "{O}", "."),
]
_PEOPLE = [("Anna", "Keller"), ("Peter", "Brunner"), ("Marta", "Huber"), ("Jonas", "Frei")]
_PLACES = ["Bern", "Zürich", "Basel", "Genf"]
_ORGS = ["Swisscom", "Migros", "Novartis", "Roche"]


def tiny_sentences() -> list[TaggedSentence]:
    sentences = []
    for k in range(12):
        first, last = _PEOPLE[k % 4]
        fill = {"{P1}": first, "{P2}": last, "{L}": _PLACES[(k + 1) % 4], "{O}": _ORGS[(k + 2) % 4]}
        tags = {"{P1}": "B-PER", "{P2}": "I-PER", "{L}": "B-LOC", "{O}": "B-ORG"}
        pattern = _PATTERNS[k % 3]
        sentences.append(
            TaggedSentence(tuple(fill.get(t, t) for t in pattern), tuple(tags.get(t, "O") for t in pattern))
        )
    return sentences


def write_conll(path: Path, sentences: list[TaggedSentence]) -> Path:
    lines = []
    for sentence in sentences:
        lines.append("#\thttp://www.example.ch/x\t[2024-01-01]\t")
        lines += [
            f"{i}\t{t}\t{g}\tO"
            for i, (t, g) in enumerate(zip(sentence.tokens, sentence.tags, strict=True), 1)
        ]
        lines.append("")
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def test_training_on_a_tiny_sample_gives_a_working_model(tmp_path: Path) -> None:
    out = tmp_path / "tiny.crfsuite"
    train_crf(tiny_sentences(), out, {"c1": 0.0, "c2": 0.01, "max_iterations": 60})
    model = load_model(out)  # no meta file: nothing to check
    tags = model.tag(["Heute", "sprach", "Marta", "Huber", "in", "Genf", "."])
    assert bio_spans(tags) == [(2, 4, "PER"), (5, 6, "LOC")]


def test_training_is_deterministic(tmp_path: Path) -> None:
    params = {"c1": 0.01, "c2": 0.01, "max_iterations": 30}
    train_crf(tiny_sentences(), tmp_path / "a.crfsuite", params)
    train_crf(tiny_sentences(), tmp_path / "b.crfsuite", params)
    assert (tmp_path / "a.crfsuite").read_bytes() == (tmp_path / "b.crfsuite").read_bytes()


def test_training_needs_sentences(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="empty"):
        train_crf([], tmp_path / "x.crfsuite")


def test_a_model_of_other_features_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "old.crfsuite"
    train_crf(tiny_sentences()[:3], out, {"max_iterations": 5})
    meta_path(out).write_text(json.dumps({"feature_version": "de-crf-0"}), "utf-8")
    with pytest.raises(ConfigError, match="retrain"):
        load_model(out)


def test_a_missing_model_says_how_to_get_one(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="lagebild train ner"):
        load_model(tmp_path / "none.crfsuite")


def test_the_shipped_model_tags_a_german_sentence() -> None:
    model = shipped_model()
    assert model.meta["feature_version"] == FEATURE_VERSION
    tokens = [
        "Bundeskanzler",
        "Olaf",
        "Scholz",
        "traf",
        "am",
        "Montag",
        "in",
        "Berlin",
        "den",
        "Chef",
        "der",
        "Deutschen",
        "Bahn",
        ".",
    ]
    spans = {(" ".join(tokens[a:b]), kind) for a, b, kind in bio_spans(model.tag(tokens))}
    assert ("Olaf Scholz", "PER") in spans
    assert ("Berlin", "LOC") in spans


def test_the_shipped_meta_file_credits_germeval_and_holds_scores() -> None:
    meta = shipped_model().meta
    assert any("GermEval 2014" in credit for credit in meta["credits"])
    assert set(meta["data"]["files"]) == {"NER-de-dev.tsv", "NER-de-testA.tsv"}
    assert meta["scores_held_out"]["combined.news"]["PER/LOC/ORG"]["f1"] > 0.7


def test_features_see_the_role_cue_and_the_gazetteer() -> None:
    features = sentence_features(["Bundesrätin", "Anna", "Keller", "besucht", "Litauen"])
    assert "role-1" in features[1]
    assert "fn" in features[1]
    assert "gz=B-LOC" in features[4]


def test_reader_and_trainer_work_together(tmp_path: Path) -> None:
    path = write_conll(tmp_path / "tiny.tsv", tiny_sentences())
    sentences = list(read_conll(path))
    assert len(sentences) == 12
    train_crf(sentences, tmp_path / "m.crfsuite", {"max_iterations": 20})
    assert (tmp_path / "m.crfsuite").stat().st_size > 0
