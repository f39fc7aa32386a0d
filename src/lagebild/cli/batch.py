"""Commands for batch and load (Parquet, local and Ray engines).

Registered on ``main`` by importing this module.
"""

from __future__ import annotations

from lagebild.cli.common import friendly_errors, main

__all__ = ["friendly_errors", "main"]
