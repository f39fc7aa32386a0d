"""The trained CRF: loading it once per process and tagging the words of a sentence.

The model file is python-crfsuite's binary format; next to it lies a meta file
(``<name>.meta.json``) with the feature version the model was trained with, the training data's
checksums and its scores. :func:`load_model` refuses a model whose feature version is not the
one of this code, because its weights would be read against the wrong features.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from lagebild.analyse.ner.features import FEATURE_VERSION, sentence_features
from lagebild.errors import ConfigError

__all__ = ["SHIPPED_MODEL", "NerModel", "load_model", "meta_path", "shipped_model"]

#: File name of the model that ships with lagebild, in ``lagebild/analyse/ner/models``.
SHIPPED_MODEL = "germeval2014.crfsuite"


def meta_path(model: Path) -> Path:
    """Where the meta file of ``model`` lies: ``x.crfsuite`` -> ``x.meta.json``."""
    return model.with_name(model.stem + ".meta.json")


@dataclass(frozen=True, slots=True)
class NerModel:
    """A loaded CRF; :meth:`tag` gives one BIO tag per token."""

    path: Path
    meta: dict[str, Any]
    _tagger: Any  # pycrfsuite.Tagger; untyped library

    @property
    def stacked(self) -> bool:
        """Whether the model was trained with the rules' findings as features (see ner.train)."""
        return bool(self.meta.get("stack_rules", True))

    def tag(self, tokens: Sequence[str], rule_marks: Sequence[str] | None = None) -> list[str]:
        """BIO tags of ``tokens``; ``rule_marks`` are the rules' marks per token (see ner.stack)."""
        if not tokens:
            return []
        return list(self._tagger.tag(sentence_features(tokens, rule_marks)))

    def tag_with_confidence(
        self, tokens: Sequence[str], rule_marks: Sequence[str] | None = None
    ) -> tuple[list[str], list[float]]:
        """BIO tags and, per token, the model's marginal probability of its tag."""
        if not tokens:
            return [], []
        tags = list(self._tagger.tag(sentence_features(tokens, rule_marks)))
        return tags, [float(self._tagger.marginal(tag, k)) for k, tag in enumerate(tags)]

    def tag_with_marginals(
        self, tokens: Sequence[str], rule_marks: Sequence[str] | None = None
    ) -> tuple[list[str], list[float], list[float]]:
        """BIO tags, the marginal probability of each tag, and of "O" (outside any name) per token."""
        if not tokens:
            return [], [], []
        tags = list(self._tagger.tag(sentence_features(tokens, rule_marks)))
        confidence = [float(self._tagger.marginal(tag, k)) for k, tag in enumerate(tags)]
        return tags, confidence, [float(self._tagger.marginal("O", k)) for k in range(len(tags))]


def load_model(path: str | Path) -> NerModel:
    """Open a model file and check its meta file; raises ConfigError saying what to do."""
    import pycrfsuite

    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"NER model {path} not found; train one with `lagebild train ner`")
    meta_file = meta_path(path)
    meta: dict[str, Any] = {}
    if meta_file.is_file():
        meta = json.loads(meta_file.read_text("utf-8"))
        version = meta.get("feature_version")
        if version != FEATURE_VERSION:
            raise ConfigError(
                f"NER model {path} was trained with features {version!r}, this lagebild uses "
                f"{FEATURE_VERSION!r}; retrain it with `lagebild train ner`"
            )
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(str(path))
    except (OSError, ValueError) as exc:
        raise ConfigError(
            f"NER model {path} cannot be read ({exc}); retrain it with `lagebild train ner`"
        ) from exc
    return NerModel(path, meta, tagger)


@functools.cache
def shipped_model() -> NerModel:
    """The model that ships with lagebild, loaded on first use and kept for the process."""
    folder = resources.files("lagebild.analyse.ner").joinpath("models")
    with resources.as_file(folder.joinpath(SHIPPED_MODEL)) as path:
        return load_model(path)
