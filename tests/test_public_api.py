"""The public surface is deliberate: __all__ lists exactly what the package exports."""

from __future__ import annotations

import importlib
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import lagebild

ROOT = Path(__file__).resolve().parent.parent


def test_all_matches_public_names() -> None:
    public = {name for name in vars(lagebild) if not name.startswith("_")} - {"annotations"}
    # submodules become attributes of the package once imported; they are not exports
    modules = {info.name for info in pkgutil.iter_modules(lagebild.__path__)}
    assert set(lagebild.__all__) - {"__version__"} == public - modules
    for name in lagebild.__all__:
        assert hasattr(lagebild, name), name


def test_version_matches_pyproject() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'^version = "([^"]+)"', text, re.MULTILINE)
    assert match is not None
    assert lagebild.__version__ == match.group(1)


def test_py_typed_is_shipped() -> None:
    assert (Path(lagebild.__file__).parent / "py.typed").exists()


def test_import_layers_hold() -> None:
    """import-linter's layers contract (pyproject.toml) keeps the dependency direction true."""
    result = subprocess.run(
        [sys.executable, "-c", "from importlinter.cli import lint_imports_command; lint_imports_command()"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_errors_module_docstring_draws_every_error() -> None:
    errors = importlib.import_module("lagebild.errors")
    for name in errors.__all__:
        assert name in (errors.__doc__ or ""), f"{name} missing from the tree in lagebild/errors.py"
