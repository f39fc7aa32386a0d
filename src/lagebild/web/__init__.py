"""The web app and JSON API over the Engine: ``lagebild serve`` or ``create_app(engine)``."""

from __future__ import annotations

from lagebild.web.app import create_app

__all__ = ["create_app"]
