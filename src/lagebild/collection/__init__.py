"""The collection behind :class:`lagebild.Engine`: ingest, briefing, entities and export.

The Engine's collection methods are thin; the work is here, over a
:class:`lagebild.store.Store` and the story functions of :mod:`lagebild.stories`.
"""

from __future__ import annotations

from lagebild.collection.ingest import IngestReport
from lagebild.collection.period import Period, resolve_period

__all__ = ["IngestReport", "Period", "resolve_period"]
