"""PLACEHOLDER stage: to be replaced by the real analyser."""

from __future__ import annotations

from lagebild.model import Article

__all__ = ["EventStage"]


class EventStage:
    name = "event"
    version = "0.0"
    requires = frozenset({"sentences","entities"})
    provides = frozenset({"event"})

    def __init__(self, n: int = 3) -> None:
        self.n = n

    def __call__(self, article: Article) -> Article:
        return article
