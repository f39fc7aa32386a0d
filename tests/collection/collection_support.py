"""Helpers of the collection tests (a plain module: conftest.py and the tests import it)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"

__all__ = ["EXAMPLES", "ROOT", "example_articles", "load_generate"]


def example_articles() -> list[Path]:
    """The 32 example articles, without their .expected.json sidecars."""
    return sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".html"))


def load_generate() -> ModuleType:
    """bench/generate.py, the synthetic-article generator (a script, not a package)."""
    spec = importlib.util.spec_from_file_location("lagebild_bench_generate", ROOT / "bench" / "generate.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
