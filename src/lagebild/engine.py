"""The one library API. The CLI, the web app and the batch runner are shells over it."""

from __future__ import annotations

from pathlib import Path

from lagebild.analyse.entities import EntityStage
from lagebild.analyse.event import EventStage
from lagebild.analyse.keypoints import KeyPointStage
from lagebild.analyse.quotes import QuoteStage
from lagebild.analyse.tags import TagStage
from lagebild.config import Config
from lagebild.errors import LanguageError
from lagebild.extract import extract
from lagebild.ingest.files import read_path
from lagebild.language.de.stages import SentenceStage, TokenStage
from lagebild.language.langid import detect_language
from lagebild.model import Article, RawDocument
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
