"""The ``lagebild`` command. Each command parses its options, makes one library call and renders.

Commands live in one module per area (``analyze.py``, ...), each registering on the
``main`` group from ``common.py``; importing them here wires them up.
"""

from __future__ import annotations

from lagebild.cli import analyze as _analyze  # noqa: F401  (registers the command)
from lagebild.cli.common import main

__all__ = ["main"]
