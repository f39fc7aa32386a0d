"""Articles for the story tests: the texts in data/ (see stories_texts.py), analysed once per session."""

from __future__ import annotations

from datetime import timedelta

import pytest
from stories_texts import DAY0, NAMES, MakeArticle, text

from lagebild import Engine
from lagebild.model import Article, RawDocument


@pytest.fixture(scope="session")
def analysed() -> dict[str, Article]:
    engine = Engine()
    return {name: engine.analyse(RawDocument(text(name).encode(), location=f"{name}.txt")) for name in NAMES}


@pytest.fixture
def make(analysed: dict[str, Article]) -> MakeArticle:
    """An analysed test article with an outlet, a publication time (hours after DAY0) and a URL."""

    def build(name: str, outlet: str, hours: float = 0.0, *, tag: str = "") -> Article:
        article = analysed[name]
        return article.replace(
            id=f"{article.id[:10]}-{outlet}{tag}",
            source=outlet,
            published=DAY0 + timedelta(hours=hours),
            url=f"https://{outlet.lower().replace(' ', '-')}.example/{name}{tag}",
        )

    return build
