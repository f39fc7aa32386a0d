"""Request parameters with their limits: what a page accepts, and a clear 4xx otherwise."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import Path, Query

__all__ = ["ArticleId", "EntityName", "ExportFormat", "PageNumber", "PageSize", "SearchQuery", "Since"]

#: Results per page of the HTML pages.
PAGE_SIZE = 20

SearchQuery = Annotated[
    str,
    Query(max_length=500, description='Suchanfrage, z. B. `Streik source:"Hanse Nachrichten"`'),
]
PageNumber = Annotated[int, Query(alias="page", ge=1, le=500, description="Seite (1 bis 500)")]
PageSize = Annotated[int, Query(ge=1, le=100, description="Treffer pro Seite (1 bis 100)")]
ArticleId = Annotated[
    str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$", description="Artikel-ID")
]
EntityName = Annotated[str, Path(min_length=1, max_length=200, description="Name, wie er im Artikel steht")]
Since = Annotated[
    str | None,
    Query(
        max_length=25,
        pattern=r"^(\d{1,4}[hdwHDW]|\d{4}-\d{2}-\d{2})$",
        description="Zeitraum: 24h, 7d, 2w oder ein Datum (JJJJ-MM-TT)",
    ),
]
ExportFormat = Literal["jsonl", "csv"]
