"""MemoryStore: the reference backend, a few dicts. For tests and one-off runs.

It follows the query semantics of the SQL backends exactly (it indexes the same
terms); only the score is simpler: a tf-idf sum with the title weighted up.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from lagebild.model import Article, Reject, Story
from lagebild.store.base import (
    FACET_SAMPLE,
    ContextStore,
    Facet,
    Facets,
    SearchHit,
    SearchResults,
    check_page,
    utc,
)
from lagebild.store.query import Phrase, Query, Term, parse_query
from lagebild.store.records import Record, record, snippet_start
from lagebild.store.snippet import snippet
from lagebild.store.terms import fold

__all__ = ["MemoryStore"]

#: Field weights, in the proportion the SQL backends use (title, body, parts).
TITLE_WEIGHT = 5.0
PARTS_WEIGHT = 0.3


@dataclass(frozen=True, slots=True)
class _Doc:
    article: Article
    record: Record
    title: Counter[str]
    body: tuple[str, ...]
    body_counts: Counter[str]
    parts: Counter[str]

    def has_term(self, term: Term) -> bool:
        return any(f in self.body_counts or f in self.title or f in self.parts for f in term.forms)

    def has_phrase(self, phrase: Phrase) -> bool:
        n = len(phrase.words)
        body = self.body
        first = phrase.words[0]
        return any(body[i] == first and body[i : i + n] == phrase.words for i in range(len(body) - n + 1))

    def weight(self, form: str) -> float:
        return TITLE_WEIGHT * self.title[form] + self.body_counts[form] + PARTS_WEIGHT * self.parts[form]


def _doc(article: Article) -> _Doc:
    rec = record(article)
    body = tuple(rec.fields.body.split())
    return _Doc(
        article=article,
        record=rec,
        title=Counter(rec.fields.title.split()),
        body=body,
        body_counts=Counter(body),
        parts=Counter(rec.fields.parts.split()),
    )


def _in_range(published: datetime | None, since: datetime | None, until: datetime | None) -> bool:
    if since is None and until is None:
        return True
    if published is None:
        return False
    return (since is None or published >= utc(since)) and (until is None or published < utc(until))


def _filtered(doc: _Doc, query: Query) -> bool:
    rec = doc.record
    return (
        (not query.sources or rec.source_folded in query.sources)
        and all(t in rec.tags for t in query.tags)
        and all(e in rec.entities for e in query.entities)
        and _in_range(rec.published, query.since, query.until)
    )


def _matches(doc: _Doc, query: Query) -> bool:
    return (
        _filtered(doc, query)
        and all(doc.has_term(t) for t in query.terms)
        and all(doc.has_phrase(p) for p in query.phrases)
        and not any(doc.has_term(t) for t in query.exclude_terms)
        and not any(doc.has_phrase(p) for p in query.exclude_phrases)
    )


class MemoryStore(ContextStore):
    """Articles in a dict, in the order they were added."""

    def __init__(self) -> None:
        self._docs: dict[str, _Doc] = {}
        self._rejects: dict[str, Reject] = {}
        self._documents: dict[str, str] = {}  # ingested location -> article id
        self._stories: dict[str, Story] = {}  # rows only: members come from _story_of
        self._story_of: dict[str, str] = {}  # article id -> story id

    def add(self, article: Article) -> bool:
        if article.id in self._docs:
            return False
        self._docs[article.id] = _doc(article)
        return True

    def add_many(self, articles: Sequence[Article]) -> int:
        return sum(self.add(a) for a in articles)

    def add_reject(self, reject: Reject) -> None:
        self._rejects[reject.location] = reject

    def add_batch(self, stored: Sequence[tuple[str, Article]], rejects: Sequence[Reject] = ()) -> list[bool]:
        new = [self.add(article) for _, article in stored]
        for location, article in stored:
            self._documents[location] = article.id
            self._rejects.pop(location, None)
        for reject in rejects:
            self.add_reject(reject)
        return new

    def ingested(self, locations: Sequence[str]) -> set[str]:
        return {location for location in locations if location in self._documents}

    def get(self, article_id: str) -> Article | None:
        doc = self._docs.get(article_id)
        return None if doc is None else doc.article

    def count(self) -> int:
        return len(self._docs)

    def articles(
        self, *, since: datetime | None = None, until: datetime | None = None, undated: bool = False
    ) -> Iterator[Article]:
        for doc in list(self._docs.values()):
            published = doc.record.published
            if _in_range(published, since, until) or (undated and published is None):
                yield doc.article

    def newest(self) -> datetime | None:
        dates = [d.record.published for d in self._docs.values() if d.record.published is not None]
        return max(dates, default=None)

    def rejects(self) -> list[Reject]:
        return list(self._rejects.values())

    def _ranked(self, parsed: Query) -> tuple[list[_Doc], list[float]]:
        """Every match, best first (newest first for filters only), and their scores."""
        found = [doc for doc in self._docs.values() if _matches(doc, parsed)]
        if parsed.has_text:
            scores = self._scores(found, parsed)
            order = sorted(range(len(found)), key=lambda i: -scores[i])  # stable: ties in insertion order
        else:
            scores = [0.0] * len(found)
            order = sorted(range(len(found)), key=lambda i: _newest_key(found[i]))
        return [found[i] for i in order], [scores[i] for i in order]

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> SearchResults:
        check_page(limit, offset)
        parsed = parse_query(query)
        docs, scores = self._ranked(parsed)
        hits = [
            self._hit(d, s, parsed)
            for d, s in zip(docs[offset : offset + limit], scores[offset:], strict=False)
        ]
        return SearchResults(total=len(docs), hits=hits)

    def facets(self, query: str, *, size: int = 10, sample: int | None = FACET_SAMPLE) -> Facets:
        found, _ = self._ranked(parse_query(query))
        chosen = {id(d) for d in (found if sample is None else found[:sample])}
        found = [d for d in self._docs.values() if id(d) in chosen]  # spellings: the first added wins
        sources: Counter[str] = Counter()
        entities: Counter[str] = Counter()
        tags: Counter[str] = Counter()
        days: Counter[str] = Counter()
        shown: dict[tuple[str, str], str] = {}  # (facet, folded) -> first spelling seen
        for doc in found:
            rec = doc.record
            if rec.source_folded is not None and rec.source is not None:
                sources[rec.source_folded] += 1
                shown.setdefault(("source", rec.source_folded), rec.source)
            for name, label in zip(rec.entities, rec.entity_labels, strict=True):
                entities[name] += 1
                shown.setdefault(("entity", name), label)
            for name, label in zip(rec.tags, rec.tag_labels, strict=True):
                tags[name] += 1
                shown.setdefault(("tag", name), label)
            if rec.published is not None:
                days[rec.published.date().isoformat()] += 1
        return Facets(
            source=_top("source", sources, shown, size),
            entity=_top("entity", entities, shown, size),
            tag=_top("tag", tags, shown, size),
            day=[Facet(d, n) for d, n in sorted(days.items(), reverse=True)[:size]],
            counted=len(found),
        )

    def source_counts(self) -> list[Facet]:
        return self.facets("", size=len(self._docs), sample=None).source

    def entity_days(self, name: str) -> list[Facet]:
        key = fold(name)
        days = Counter(
            d.record.published.date().isoformat()
            for d in self._docs.values()
            if d.record.published is not None and key in d.record.entities
        )
        return [Facet(day, n) for day, n in sorted(days.items())]

    def _scores(self, docs: list[_Doc], query: Query) -> list[float]:
        n = len(self._docs)
        forms = [f for t in query.terms for f in t.forms] + [w for p in query.phrases for w in p.words]
        df = {f: sum(1 for d in self._docs.values() if d.weight(f) > 0) for f in set(forms)}
        idf = {f: math.log(1 + n / (1 + df[f])) for f in df}
        return [
            sum(idf[f] * math.log1p(d.weight(f)) for f in forms) / math.log(2 + len(d.body) / 100)
            for d in docs
        ]

    def _hit(self, doc: _Doc, score: float, query: Query) -> SearchHit:
        article = doc.article
        return SearchHit(
            article_id=article.id,
            title=article.title,
            score=score,
            snippet=snippet(article.text, query, start=snippet_start(article)),
            source=article.source,
            published=article.published,
            url=article.url,
        )

    def save_stories(self, stories: Sequence[Story], new: Mapping[str, str] | None = None) -> None:
        for s in stories:  # times in UTC, as the SQL backends read them back
            self._stories[s.id] = replace(
                s, first_seen=utc_or_none(s.first_seen), last_seen=utc_or_none(s.last_seen)
            )
        self._story_of.update(new if new is not None else {a: s.id for s in stories for a in s.article_ids})

    def stories(self, *, since: datetime | None = None, until: datetime | None = None) -> list[Story]:
        found = [
            s
            for s in self._stories.values()
            if (since is None or (s.last_seen is not None and utc(s.last_seen) >= utc(since)))
            and (until is None or (s.first_seen is not None and utc(s.first_seen) < utc(until)))
        ]
        found.sort(key=lambda s: (s.first_seen is None, utc(s.first_seen or _EPOCH), s.id))
        whole = [self._whole(s) for s in found]
        return [s for s in whole if s.article_ids]  # left out: a story whose articles all moved

    def story_of(self, article_id: str) -> Story | None:
        sid = self._story_of.get(article_id)
        return None if sid is None else self._whole(self._stories[sid])

    def unstoried(self) -> list[str]:
        return [i for i in self._docs if i not in self._story_of]

    def _whole(self, story: Story) -> Story:
        """``story`` with its members as the SQL stores list them: oldest first, undated last."""
        ids = [i for i, sid in self._story_of.items() if sid == story.id and i in self._docs]
        ids.sort(key=lambda i: _member_key(self._docs[i].record.published, i))
        return replace(story, article_ids=tuple(ids))

    def close(self) -> None:
        """Nothing to release; the articles stay readable."""


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def utc_or_none(moment: datetime | None) -> datetime | None:
    return None if moment is None else utc(moment)


def _member_key(published: datetime | None, article_id: str) -> tuple[bool, datetime, str]:
    return (published is None, _EPOCH if published is None else utc(published), article_id)


def _newest_key(doc: _Doc) -> tuple[bool, float]:
    published = doc.record.published
    return (published is None, 0.0 if published is None else -published.timestamp())


def _top(facet: str, counts: Counter[str], shown: dict[tuple[str, str], str], size: int) -> list[Facet]:
    """The largest counts first, ties by the shown value, as the SQL backends order them."""
    items = [Facet(shown[(facet, key)], n) for key, n in counts.items()]
    return sorted(items, key=lambda f: (-f.count, f.value))[:size]
