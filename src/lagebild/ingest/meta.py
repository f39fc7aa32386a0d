"""Metadata sidecars: ``article.meta.json`` beside ``article.txt`` says what the text cannot.

Scraped text carries no outlet name and often no date; scrapers usually keep
them in a file next to the text. A sidecar is a JSON object with the optional
string keys ``source``, ``url``, ``title`` and ``published`` (ISO 8601), the
same meaning as in the JSONL schema (docs/ingest.md); other keys are ignored. What the page itself says
wins for title and date (it is read later); the sidecar fills the gaps, and its
``source`` and ``url`` name the document. A sidecar that is not such an object
is a mistake the user must see: the document is rejected with ``bad_meta``
rather than stored without the metadata its owner meant it to have.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from lagebild.errors import MetadataError
from lagebild.ingest._common import parse_date
from lagebild.model import RawDocument

__all__ = ["META_KEYS", "META_SUFFIX", "meta_path", "with_meta"]

#: ``article.meta.json`` describes ``article.txt`` / ``article.html``; folder walks skip it.
META_SUFFIX = ".meta.json"
#: The keys lagebild reads from a sidecar; other keys are left to their owner, as in JSONL.
META_KEYS = ("source", "url", "title", "published")
_MAX_META_BYTES = 1 << 16


def meta_path(path: Path) -> Path:
    """Where the sidecar of ``path`` would be: the file name without its ending + ``.meta.json``."""
    return path.with_name(path.name.rsplit(".", 1)[0] + META_SUFFIX)


def with_meta(document: RawDocument, path: Path) -> RawDocument:
    """``document`` with the fields of its sidecar filled in; unchanged when there is none."""
    sidecar = meta_path(path)
    if not sidecar.is_file():
        return document
    where = str(sidecar)
    try:
        if sidecar.stat().st_size > _MAX_META_BYTES:
            raise MetadataError(f"{where} is larger than 64 KB; a metadata sidecar holds a few fields")
        data = json.loads(sidecar.read_bytes().decode("utf-8-sig"))
    except OSError as exc:
        raise MetadataError(f"{where}: cannot read it ({exc.strerror or exc})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise MetadataError(f"{where} is not UTF-8 JSON ({exc}); fix or remove it") from None
    if not isinstance(data, dict):
        raise MetadataError(f"{where}: expected a JSON object, found {type(data).__name__}")
    for key in META_KEYS:  # other keys are the user's own (story labels ...), as in JSONL
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            raise MetadataError(f'{where}: "{key}" must be a string')
    published = None
    if data.get("published"):
        published = parse_date(data["published"])
        if published is None:
            raise MetadataError(f'{where}: "published" must be an ISO 8601 date, not {data["published"]!r}')
    return dataclasses.replace(
        document,
        source=data.get("source") or document.source,
        url=data.get("url") or document.url,
        title=data.get("title") or document.title,
        published=published or document.published,
    )
