"""The ``lagebild`` command. Each command parses its options, makes one library call and renders.

Commands live in one module per area, each registering on the ``main`` group from
``common.py``; importing them here wires them up.
"""

from __future__ import annotations

from lagebild.cli import analyze as _analyze  # noqa: F401  (registers its commands)
from lagebild.cli import batch as _batch  # noqa: F401
from lagebild.cli import collection as _collection  # noqa: F401
from lagebild.cli import serve as _serve  # noqa: F401
from lagebild.cli import train as _train  # noqa: F401
from lagebild.cli.common import main

__all__ = ["main"]
