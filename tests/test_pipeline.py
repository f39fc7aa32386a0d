"""The pipeline checks stage order when it is built and records what ran."""

from __future__ import annotations

import pytest

from lagebild.errors import PipelineError
from lagebild.model import Article
from lagebild.pipeline import Pipeline


class _Stage:
    def __init__(self, name: str, requires: set[str], provides: set[str]) -> None:
        self.name = name
        self.version = "1"
        self.requires = frozenset(requires)
        self.provides = frozenset(provides)

    def __call__(self, article: Article) -> Article:
        return article.replace(text=article.text + self.name)


def test_pipeline_names_the_missing_feature() -> None:
    quotes = _Stage("quotes", {"sentences", "entities"}, {"quotes"})
    sentences = _Stage("sentences", {"text"}, {"sentences"})
    with pytest.raises(PipelineError, match=r"'quotes'.*requires entities"):
        Pipeline([sentences, quotes])


def test_pipeline_rejects_a_stage_twice() -> None:
    stage = _Stage("sentences", {"text"}, {"sentences"})
    with pytest.raises(PipelineError, match="twice"):
        Pipeline([stage, stage])


def test_pipeline_runs_in_order_and_records_versions() -> None:
    pipeline = Pipeline([_Stage("a", {"text"}, {"sentences"}), _Stage("b", {"sentences"}, {"entities"})])
    result = pipeline(Article(id="1", text=">"))
    assert result.text == ">ab"
    assert [(s.name, s.version) for s in result.stages] == [("a", "1"), ("b", "1")]
    assert pipeline.provides >= {"text", "blocks", "sentences", "entities"}
    assert set(pipeline.timings.calls) == {"a", "b"}
    assert [a.text for a in pipeline.pipe([Article(id="2", text="")])] == ["ab"]


def test_default_pipeline_is_in_a_valid_order() -> None:
    from lagebild.config import Config
    from lagebild.engine import default_stages

    pipeline = Pipeline(default_stages(Config()))
    assert {"sentences", "entities", "quotes", "key_points", "event", "tags"} <= pipeline.provides
