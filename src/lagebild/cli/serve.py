"""Commands for serve (the web app).

Registered on ``main`` by importing this module.
"""

from __future__ import annotations

from lagebild.cli.common import friendly_errors, main

__all__ = ["friendly_errors", "main"]
