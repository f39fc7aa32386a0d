"""The one library API. The CLI, the web app and the batch runner are shells over it."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from lagebild.analyse.entities import EntityStage
from lagebild.analyse.event import EventStage
from lagebild.analyse.keypoints import KeyPointStage
from lagebild.analyse.quotes import QuoteStage
from lagebild.analyse.tags import TagStage
from lagebild.config import Config
from lagebild.errors import InputError, LanguageError, NotAFileError
from lagebild.extract import extract
from lagebild.ingest import iter_sources
from lagebild.ingest.files import read_path
from lagebild.language.de.stages import SentenceStage, TokenStage
from lagebild.language.langid import detect_language
from lagebild.model import Article, RawDocument, Reject
from lagebild.pipeline import Pipeline, Stage

__all__ = ["Engine", "default_stages"]


def default_stages(config: Config) -> list[Stage]:
    """The analysis stages, in order: language layer first, then the analysers."""
    return [
        SentenceStage(),
        TokenStage(),
        EntityStage(),
        QuoteStage(),
        KeyPointStage(n=config.key_points),
        EventStage(),
        TagStage(),
    ]


class Engine:
    """Turns raw news into analysed articles.

    >>> engine = Engine()
    >>> article = engine.analyse_path("article.txt")  # doctest: +SKIP
    """

    def __init__(self, config: Config | None = None, pipeline: Pipeline | None = None) -> None:
        self.config = config or Config()
        self.pipeline = pipeline or Pipeline(default_stages(self.config))

    def read(self, path: str | Path) -> RawDocument:
        """Read a file (or ``-`` for standard input) into a RawDocument, with size checks."""
        return read_path(path, max_bytes=self.config.max_input_bytes)

    def extract(self, raw: RawDocument) -> Article:
        """Clean text and structure only: no analysis. Checks the language."""
        article = extract(raw, max_bytes=self.config.max_input_bytes)
        expected = self.config.language
        language, _ = detect_language(article.text)
        if expected is not None and language != expected:
            where = raw.location or "the input"
            raise LanguageError(
                f"{where} looks like {language!r}, not {expected!r}; "
                f"pass --lang {language} to analyse it anyway"
            )
        return article.replace(language=language)

    def analyse(self, raw: RawDocument) -> Article:
        """Extract and analyse one raw document."""
        return self.pipeline(self.extract(raw))

    def analyse_path(self, path: str | Path) -> Article:
        return self.analyse(self.read(path))

    def analyse_sources(
        self, paths: Iterable[str | Path], *, url: str | None = None
    ) -> Iterator[Article | Reject]:
        """Every document in ``paths`` (files, feeds, WARC, JSONL, folders), analysed or rejected.

        Never raises for bad input: a document that cannot be read, extracted or
        analysed comes back as a :class:`Reject` with its reason, and the run goes on.
        ``url`` overrides the URL of every document (provenance for a saved page).
        """
        for item in iter_sources(paths, max_bytes=self.config.max_input_bytes):
            if isinstance(item, Reject):
                yield item
                continue
            raw = item if url is None else dataclasses.replace(item, url=url)
            try:
                yield self.analyse(raw)
            except InputError as exc:
                yield Reject(raw.location or "-", exc.reason, str(exc), datetime.now(UTC))

    def analyse_file(self, path: str | Path, *, url: str | None = None) -> Iterator[Article | Reject]:
        """The articles of one file: a page, scraped text, a feed, a WARC or a JSONL file.

        A folder is refused (``lagebild ingest`` is for folders).
        """
        if str(path) != "-" and Path(path).is_dir():
            raise NotAFileError(
                f"{path} is a directory; give one file (or use `lagebild ingest` for folders)"
            )
        return self.analyse_sources([path], url=url)
