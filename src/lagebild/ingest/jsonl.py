"""JSONL (one JSON object a line) and JSON files of documents; the schema is in docs/ingest.md.

Each object needs ``"html"`` (a page) or ``"text"`` (plain text, one paragraph a
line); ``"url"``, ``"title"``, ``"published"``, ``"source"``, ``"id"`` and
``"lang"`` are optional, other keys are ignored. A line that breaks the schema
is rejected with ``bad_jsonl`` and its line number; the next line is read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from lagebild.ingest._common import parse_date, reject, text_document
from lagebild.model import RawDocument, Reject

__all__ = ["OPTIONAL_KEYS", "document_from_object", "read_json", "read_jsonl"]

#: Optional string keys of a JSONL object.
OPTIONAL_KEYS = ("url", "title", "published", "source", "id", "lang")
_CHUNK = 1 << 16


def read_jsonl(path: Path, *, max_bytes: int) -> Iterator[RawDocument | Reject]:
    """One RawDocument or Reject per non-blank line of ``path``, in file order."""
    location = str(path)
    try:
        with open(path, "rb") as stream:
            for number, line in _lines(stream, max_bytes):
                here = f"{location}:{number}"
                if line is None:
                    yield reject(here, "too_large", f"line {number} is longer than {max_bytes} bytes")
                elif line.strip():
                    yield _from_line(line, here, number)
    except OSError as exc:
        yield reject(location, "not_a_file", f"{location}: cannot read it ({exc.strerror or exc})")


def read_json(path: Path, *, max_bytes: int) -> Iterator[RawDocument | Reject]:
    """A .json file: one object of the JSONL schema, or a list of them."""
    location = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield reject(location, "too_large", f"{location} is larger than {max_bytes} bytes")
            return
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except OSError as exc:
        yield reject(location, "not_a_file", f"{location}: cannot read it ({exc.strerror or exc})")
        return
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        yield reject(location, "bad_jsonl", f"{location} is not UTF-8 JSON ({exc}); check the file")
        return
    if isinstance(data, list):
        for index, obj in enumerate(data):
            yield document_from_object(obj, f"{location}#{index}")
    else:
        yield document_from_object(data, location)


def _lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines; None for a line over ``max_bytes``, which is skipped, not kept in memory."""
    number = 0
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := stream.readline(_CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield number, None
        else:
            yield number, line


def _from_line(line: bytes, here: str, number: int) -> RawDocument | Reject:
    try:
        obj = json.loads(line.decode("utf-8-sig" if number == 1 else "utf-8"))
    except UnicodeDecodeError:
        return reject(here, "bad_jsonl", f"line {number} is not UTF-8; write JSONL as UTF-8")
    except json.JSONDecodeError as exc:
        return reject(here, "bad_jsonl", f"line {number} is not JSON ({exc.msg} at column {exc.colno})")
    return document_from_object(obj, here)


def document_from_object(obj: Any, here: str) -> RawDocument | Reject:
    """A RawDocument from one object of the schema, or a Reject naming what is wrong."""
    if not isinstance(obj, dict):
        return reject(here, "bad_jsonl", f"{here}: expected a JSON object, found {type(obj).__name__}")
    for key in (*OPTIONAL_KEYS, "text", "html"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            return reject(here, "bad_jsonl", f'{here}: "{key}" must be a string')
    body = obj.get("html") or obj.get("text")
    if body is None:
        return reject(here, "bad_jsonl", f'{here}: the object needs "text" or "html"')
    if not body.strip():
        return reject(here, "empty", f"{here}: the document text is empty")
    if obj.get("published") and parse_date(obj["published"]) is None:
        return reject(
            here, "bad_jsonl", f'{here}: "published" must be an ISO 8601 date, not {obj["published"]!r}'
        )
    published = parse_date(obj["published"]) if obj.get("published") else None
    if obj.get("html"):
        return RawDocument(
            content=obj["html"].encode("utf-8"),
            location=here,
            url=obj.get("url"),
            media_type="text/html",
            encoding="utf-8",
            source=obj.get("source"),
            title=obj.get("title"),
            published=published,
        )
    return text_document(
        obj["text"],
        location=here,
        title=obj.get("title"),
        url=obj.get("url"),
        source=obj.get("source"),
        published=published,
    )
