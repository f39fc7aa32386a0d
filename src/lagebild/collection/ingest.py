"""Ingest: every input document ends stored, a duplicate of a stored one, or a reject.

The loop reads documents in batches, skips those an earlier run stored (the
store's ingest log, :meth:`~lagebild.store.Store.ingested`), analyses the rest
(in this process or a process pool) and commits each batch in one transaction
(:meth:`~lagebild.store.Store.add_batch`). A kill -9 therefore loses at most the
batch in flight, and a rerun picks up where the last commit ended: nothing is
stored twice (the article id is a content hash) and nothing is lost.

Rejected documents are not skipped by a rerun: they are tried again, because a
rerun may come with other options (``--lang``, ``--since``); a reject that now
succeeds leaves the rejects table.
"""

from __future__ import annotations

import hashlib
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from multiprocessing import get_context

from lagebild.model import Article, RawDocument, Reject
from lagebild.store import Store

__all__ = ["BATCH", "Analyse", "IngestReport", "document_key", "run_ingest", "too_old"]

#: Documents per transaction. Small, so a crash loses little; large enough that
#: the commit (an fsync in WAL mode) is not what limits speed.
BATCH = 16

#: Analyses a batch of documents: one Article or Reject per document, in order.
Analyse = Callable[[list[RawDocument]], list[Article | Reject]]


@dataclass
class IngestReport:
    """What an ingest did. ``documents == stored + duplicates + rejected + skipped``."""

    documents: int = 0  # input documents seen
    stored: int = 0  # new articles
    duplicates: int = 0  # same text as an article stored before (same content hash)
    rejected: int = 0  # recorded in the rejects table, with their reason
    skipped: int = 0  # stored by an earlier run: not read again
    reasons: Counter[str] = field(default_factory=Counter)  # reject reason -> count
    storied: int = 0  # articles placed in the stored stories at the end of the run
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        """Documents handled per second (analysed, rejected or skipped)."""
        return self.documents / self.seconds if self.seconds > 0 else 0.0


def document_key(raw: RawDocument) -> str:
    """The location that names a document in the ingest log and the rejects table.

    Standard input has no name of its own: its content hash stands in for one, so
    that two different texts piped in one after the other are both ingested.
    """
    if raw.location and raw.location != "-":
        return raw.location
    return "stdin:" + hashlib.sha256(raw.content).hexdigest()[:16]


def too_old(location: str, published: datetime, since: datetime) -> Reject:
    return Reject(
        location,
        "too_old",
        f"published {published.date().isoformat()}, before --since {since.date().isoformat()}; "
        "ingest it again with an earlier --since (or none) to keep it",
        datetime.now(UTC),
    )


def _batches(items: Iterable[RawDocument | Reject], size: int) -> Iterator[list[RawDocument | Reject]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


class _Step:
    """One batch on its way: what is already decided, and the documents to analyse."""

    def __init__(self, batch: list[RawDocument | Reject], store: Store) -> None:
        self.rejects = [item for item in batch if isinstance(item, Reject)]
        docs = [item for item in batch if isinstance(item, RawDocument)]
        keys = [document_key(d) for d in docs]
        done = store.ingested(keys)
        self.skipped = sum(key in done for key in keys)
        fresh = [(key, d) for key, d in zip(keys, docs, strict=True) if key not in done]
        self.keys = [key for key, _ in fresh]
        self.docs = [d for _, d in fresh]
        self.size = len(batch)


def run_ingest(
    store: Store,
    items: Iterable[RawDocument | Reject],
    analyse: Analyse,
    *,
    workers: int = 1,
    progress: Callable[[IngestReport], None] | None = None,
    batch: int = BATCH,
) -> IngestReport:
    """Ingest ``items`` into ``store``; ``analyse`` must be picklable when ``workers > 1``."""
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    report = IngestReport()
    started = time.perf_counter()

    def commit(step: _Step, results: Sequence[Article | Reject]) -> None:
        stored = [(k, r) for k, r in zip(step.keys, results, strict=True) if isinstance(r, Article)]
        rejects = [r for r in results if isinstance(r, Reject)]
        rejects = [*step.rejects, *rejects]
        new = store.add_batch(stored, rejects)
        report.documents += step.size
        report.skipped += step.skipped
        report.stored += sum(new)
        report.duplicates += len(new) - sum(new)
        report.rejected += len(rejects)
        report.reasons.update(r.reason for r in rejects)
        report.seconds = time.perf_counter() - started
        if progress is not None:
            progress(report)

    steps = (_Step(b, store) for b in _batches(items, batch))
    if workers == 1:
        for step in steps:
            commit(step, analyse(step.docs) if step.docs else [])
    else:
        # spawn, not fork: a forked copy of a process with open connections and threads is unsafe
        with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
            pending: deque[tuple[_Step, Future[list[Article | Reject]]]] = deque()
            for step in steps:
                pending.append((step, pool.submit(analyse, step.docs)))
                # keep the workers busy, but commit in input order and hold little in memory
                while len(pending) > 2 * workers:
                    done, future = pending.popleft()
                    commit(done, future.result())
            while pending:
                done, future = pending.popleft()
                commit(done, future.result())
    # one story update per run (lagebild.collection.stories): pages read the stored stories
    from lagebild.collection.stories import update_stories

    report.storied = update_stories(store)
    report.seconds = time.perf_counter() - started
    return report
