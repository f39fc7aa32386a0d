"""Stages and the pipeline that runs them.

A stage is a callable ``Article -> Article`` with a ``name``, a ``version``, the
features it ``requires`` and the features it ``provides``. Features are plain
names: ``"text"`` and ``"blocks"`` come from extraction; the analysis stages add
``"sentences"``, ``"tokens"``, ``"lemmas"``, ``"entities"``, ``"quotes"``,
``"key_points"``, ``"event"``, ``"tags"``.

``Pipeline([...])`` checks the order when it is built and raises
:class:`~lagebild.errors.PipelineError` naming the missing feature.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol, runtime_checkable

from lagebild.errors import PipelineError
from lagebild.model import Article, StageRecord

__all__ = ["EXTRACTED", "Pipeline", "Stage", "StageTimings"]

#: Features every extracted article has before analysis starts.
EXTRACTED = frozenset({"text", "blocks"})


@runtime_checkable
class Stage(Protocol):
    name: str
    version: str
    requires: frozenset[str]
    provides: frozenset[str]

    def __call__(self, article: Article) -> Article: ...


class StageTimings:
    """Seconds spent per stage, summed over every article a pipeline has run."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.calls: dict[str, int] = {}

    def add(self, name: str, seconds: float) -> None:
        self.seconds[name] = self.seconds.get(name, 0.0) + seconds
        self.calls[name] = self.calls.get(name, 0) + 1


class Pipeline:
    """An ordered list of stages, checked when it is built."""

    def __init__(self, stages: Sequence[Stage], *, given: Iterable[str] = EXTRACTED) -> None:
        available = set(given)
        names: set[str] = set()
        for position, stage in enumerate(stages):
            if stage.name in names:
                raise PipelineError(f"stage {stage.name!r} appears twice; keep one of them")
            names.add(stage.name)
            missing = sorted(stage.requires - available)
            if missing:
                providers = ", ".join(missing)
                raise PipelineError(
                    f"stage {stage.name!r} (position {position}) requires {providers}, "
                    f"which no earlier stage provides; put a stage providing it before "
                    f"{stage.name!r}"
                )
            available |= stage.provides
        self.stages: tuple[Stage, ...] = tuple(stages)
        self.provides = frozenset(available)
        self.timings = StageTimings()

    def __call__(self, article: Article) -> Article:
        records = list(article.stages)
        for stage in self.stages:
            started = time.perf_counter()
            article = stage(article)
            self.timings.add(stage.name, time.perf_counter() - started)
            records.append(StageRecord(stage.name, stage.version))
        return article.replace(stages=tuple(records))

    def pipe(self, articles: Iterable[Article]) -> Iterator[Article]:
        for article in articles:
            yield self(article)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(stage.name for stage in self.stages)
