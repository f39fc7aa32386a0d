"""Sources that yield RawDocument. The only place that reads files or the network.

:func:`iter_sources` reads folders, RSS/Atom feeds, WARC files and JSONL into
RawDocuments; what cannot be read becomes a Reject, never an exception.
:class:`Fetcher` fetches live URLs through an injected HTTP client. The formats
are described in docs/ingest.md.
"""

from __future__ import annotations

from lagebild.ingest.fetch import Fetcher, FetchPolicy, HttpClient, HttpResponse, UrllibClient
from lagebild.ingest.sources import SUPPORTED_SUFFIXES, iter_sources

__all__ = [
    "SUPPORTED_SUFFIXES",
    "FetchPolicy",
    "Fetcher",
    "HttpClient",
    "HttpResponse",
    "UrllibClient",
    "iter_sources",
]
