"""The one library API. The CLI, the web app and the batch runner are shells over it."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Self

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
from lagebild.model import Article, RawDocument, Reject, Story
from lagebild.pipeline import Pipeline, Stage
from lagebild.store import Facets, SearchResults, Store, open_store

if TYPE_CHECKING:
    from lagebild.collection import IngestReport, Period
    from lagebild.collection.views import ArticleView, EntityView, SourcesView, StoryView
    from lagebild.render_brief import BriefPage
    from lagebild.stories import CollectionEntity

__all__ = ["Engine", "default_stages"]

#: ``since``/``until`` of the collection methods: "24h", "7d", "2026-11-20", or a moment.
When = str | datetime | None


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

    def __init__(
        self, config: Config | None = None, pipeline: Pipeline | None = None, store: Store | None = None
    ) -> None:
        self.config = config or Config()
        self.pipeline = pipeline or Pipeline(default_stages(self.config))
        self._store = store

    # -- the collection (``config.db``, opened on first use) -------------------------------
    @property
    def store(self) -> Store:
        """The collection ``config.db`` names: a SQLite file or a postgresql:// URL."""
        if self._store is None:
            self._store = open_store(self.config.db)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

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
        # what the source said about the document (feed item, JSONL fields) fills the gaps
        return article.replace(
            language=language,
            title=article.title or raw.title,
            published=article.published or raw.published,
        )

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

    def analyse_batch(
        self, docs: Sequence[RawDocument], since: datetime | None = None
    ) -> list[Article | Reject]:
        """Each document analysed or rejected, never an exception: what ingest stores.

        A document published before ``since`` is rejected as ``too_old`` before the
        (slow) analysis; one without a date is kept, since its age is unknown.
        """
        from lagebild.collection.ingest import document_key, too_old

        results: list[Article | Reject] = []
        for raw in docs:
            where = document_key(raw)
            try:
                article = self.extract(raw)
                if since is not None and article.published is not None and article.published < since:
                    results.append(too_old(where, article.published, since))
                    continue
                results.append(self.pipeline(article))
            except InputError as exc:
                results.append(Reject(where, exc.reason, str(exc), datetime.now(UTC)))
            except Exception as exc:  # one broken document must not end an ingest of millions
                message = (
                    f"{where}: analysis failed ({type(exc).__name__}: {exc}); please report it with the file"
                )
                results.append(Reject(where, "failed", message, datetime.now(UTC)))
        return results

    def ingest(
        self,
        paths: Iterable[str | Path],
        *,
        since: When = None,
        lang: str | None = None,
        workers: int = 1,
        progress: Callable[[IngestReport], None] | None = None,
    ) -> IngestReport:
        """Analyse and store every document under ``paths``; see :mod:`lagebild.collection.ingest`.

        Idempotent and resumable: a rerun skips what was stored and adds nothing twice.
        ``since`` rejects articles published before it (reason ``too_old``); ``lang``
        overrides the expected language; ``workers`` > 1 analyses in a process pool.
        """
        from lagebild.collection.ingest import run_ingest

        bound = _moment(since)
        engine = (
            self if lang is None else Engine(self.config.replace(language=lang), self.pipeline, self.store)
        )
        analyse: Callable[[list[RawDocument]], list[Article | Reject]]
        if workers > 1:
            analyse = functools.partial(_analyse_in_worker, engine.config, bound)
        else:
            analyse = functools.partial(engine.analyse_batch, since=bound)
        items = iter_sources(paths, max_bytes=self.config.max_input_bytes)
        return run_ingest(self.store, items, analyse, workers=workers, progress=progress)

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> SearchResults:
        """Articles matching ``query`` (the language of :mod:`lagebild.store.query`), best first."""
        return self.store.search(query, limit=limit, offset=offset)

    def facets(self, query: str, *, size: int = 10) -> Facets:
        return self.store.facets(query, size=size)

    def get(self, article_id: str) -> Article | None:
        return self.store.get(article_id)

    def rejects(self) -> list[Reject]:
        return self.store.rejects()

    def period(self, since: When = None, until: When = None) -> Period:
        """The period ``since``/``until`` name; see :mod:`lagebild.collection.period`."""
        from lagebild.collection.period import resolve_period

        return resolve_period(_text(since), _text(until), newest=self.store.newest())

    def stories(self, since: When = None, until: When = None) -> list[Story]:
        """The stories of the period (default: as for :meth:`brief`), in the order they began.

        Read from the stored story assignments (kept up to date by ingest), not reclustered.
        """
        from lagebild.collection.briefing import period_articles, stored_period_stories

        period = self.period(since, until)
        return stored_period_stories(self.store, period_articles(self.store, period), period)

    def brief(self, since: When = None, until: When = None, *, top: int = 10) -> BriefPage:
        """The Lagebild: the ``top`` stories of the period, ranked by coverage and recency."""
        from lagebild.collection.briefing import brief_page

        return brief_page(self.store, self.period(since, until), top=top)

    def entities(
        self, since: When = None, until: When = None, *, name: str | None = None
    ) -> list[CollectionEntity]:
        """Canonical entities across the articles of the period (all articles by default).

        ``name`` keeps the entities that name or alias contains (case-insensitive).
        """
        from lagebild.stories import canonical_entities

        bounds = _moment(since), _moment(until)
        found = canonical_entities(list(self.store.articles(since=bounds[0], until=bounds[1])))
        if name is None:
            return found
        needle = name.casefold()
        return [e for e in found if any(needle in n.casefold() for n in (e.name, *e.aliases))]

    def export(self, query: str, fmt: str, out: str | Path) -> int:
        """Write what ``query`` matches (everything for "") as jsonl, csv or parquet; returns the count."""
        from lagebild.collection.export import export

        return export(self.store, query, fmt, out)

    # -- what the pages of the web app show (see lagebild.collection.views) -----------------
    def article_view(self, article_id: str, *, related: int = 5) -> ArticleView | None:
        """The article and its "Mehr zum Thema" articles; None when no article has that id."""
        from lagebild.collection.views import article_view

        return article_view(self.store, article_id, related=related)

    def story_of(self, article_id: str) -> StoryView | None:
        """The story the article belongs to, with its agency copy and each outlet's changes."""
        from lagebild.collection.views import story_of

        return story_of(self.store, article_id)

    def entity_view(self, name: str, *, limit: int = 20, offset: int = 0) -> EntityView:
        """An entity's articles per day, co-occurring entities, quotes and articles."""
        from lagebild.collection.views import entity_view

        return entity_view(self.store, name, limit=limit, offset=offset)

    def sources(self) -> SourcesView:
        """Articles per outlet and the rejects of ingest: where coverage has gaps."""
        from lagebild.collection.views import sources_view

        return sources_view(self.store)


def _text(value: When) -> str | None:
    return value.isoformat() if isinstance(value, datetime) else value


def _moment(value: When) -> datetime | None:
    """A bound as a UTC moment; a duration ("7d") counts back from the clock."""
    if value is None or isinstance(value, datetime):
        return value
    from lagebild.collection.period import parse_moment

    moment = parse_moment(value)
    return datetime.now(UTC) - moment if isinstance(moment, timedelta) else moment


@functools.cache
def _worker_engine(config: Config) -> Engine:
    """One Engine per worker process (the cache lives in the worker, not in the caller)."""
    return Engine(config)


def _analyse_in_worker(
    config: Config, since: datetime | None, docs: list[RawDocument]
) -> list[Article | Reject]:
    return _worker_engine(config).analyse_batch(docs, since)
