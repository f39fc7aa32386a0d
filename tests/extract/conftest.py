from __future__ import annotations

from collections.abc import Callable

import pytest

from lagebild.extract import extract
from lagebild.model import Article, RawDocument

MAX = 10 * 1024 * 1024


def _read(text: str | bytes, media_type: str | None = None, encoding: str | None = None) -> Article:
    content = text.encode("utf-8") if isinstance(text, str) else text
    return extract(
        RawDocument(content, location="fixture", media_type=media_type, encoding=encoding), max_bytes=MAX
    )


@pytest.fixture
def read() -> Callable[..., Article]:
    return _read
