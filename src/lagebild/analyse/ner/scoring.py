"""Exact-match span scores, the CoNLL way: a predicted span counts only with the same first
token, last token and type as a gold span. Micro-averaged per type and over PER/LOC/ORG."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from lagebild.analyse.ner.conll import TYPES

__all__ = ["MAIN_TYPES", "SpanScores", "TypeCounts"]

#: The types of the headline figure: OTH (titles, events, products) is scored but apart.
MAIN_TYPES = ("PER", "LOC", "ORG")

Spans = Iterable[tuple[int, int, str]]


@dataclass(slots=True)
class TypeCounts:
    hits: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.hits / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.hits / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "gold": self.gold,
            "predicted": self.predicted,
        }


@dataclass(slots=True)
class SpanScores:
    """Counts per type over many sentences; add one sentence at a time with :meth:`add`."""

    by_type: dict[str, TypeCounts] = field(default_factory=lambda: {t: TypeCounts() for t in TYPES})
    sentences: int = 0

    def add(self, gold: Spans, predicted: Spans) -> None:
        gold_set, predicted_set = set(gold), set(predicted)
        self.sentences += 1
        for kind, counts in self.by_type.items():
            g = {s for s in gold_set if s[2] == kind}
            p = {s for s in predicted_set if s[2] == kind}
            counts.hits += len(g & p)
            counts.gold += len(g)
            counts.predicted += len(p)

    def total(self, types: Iterable[str] = MAIN_TYPES) -> TypeCounts:
        out = TypeCounts()
        for kind in types:
            counts = self.by_type[kind]
            out.hits += counts.hits
            out.gold += counts.gold
            out.predicted += counts.predicted
        return out

    def as_dict(self) -> dict[str, object]:
        return {
            "sentences": self.sentences,
            "PER/LOC/ORG": self.total().as_dict(),
            "all": self.total(TYPES).as_dict(),
            **{kind: counts.as_dict() for kind, counts in self.by_type.items()},
        }


def render_table(scores: dict[str, object]) -> str:
    """The scores of :meth:`SpanScores.as_dict` as a plain-text table, one row per type."""
    rows = ["type          precision  recall     f1   gold  predicted"]
    for label in ("PER/LOC/ORG", *TYPES, "all"):
        value = scores.get(label)
        if not isinstance(value, dict):
            continue
        rows.append(
            f"{label:<12} {value['precision']:>10.3f} {value['recall']:>7.3f} {value['f1']:>6.3f} "
            f"{value['gold']:>6} {value['predicted']:>10}"
        )
    return "\n".join(rows)
