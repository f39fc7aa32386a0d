"""Commands for ingest, search, rejects, brief, export, stories (the collection).

Registered on ``main`` by importing this module.
"""

from __future__ import annotations

from lagebild.cli.common import friendly_errors, main

__all__ = ["friendly_errors", "main"]
