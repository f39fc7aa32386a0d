"""Fixtures of the collection tests: the examples ingested once into a SQLite file."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from collection_support import example_articles

from lagebild.collection import IngestReport
from lagebild.config import Config
from lagebild.engine import Engine


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, IngestReport]:
    """The 32 example articles (their sidecars left out) ingested into a fresh SQLite file.

    In a process pool: the pooled path is then what every test here reads.
    """
    path = tmp_path_factory.mktemp("collection") / "lagebild.db"
    with Engine(Config(db=str(path))) as engine:
        report = engine.ingest(example_articles(), workers=min(4, os.cpu_count() or 1))
    return path, report


@pytest.fixture
def examples_engine(examples_db: tuple[Path, IngestReport]) -> Iterator[Engine]:
    with Engine(Config(db=str(examples_db[0]))) as engine:
        yield engine
