"""What the pages of the web app show beyond one stored article, computed from the store.

Each function answers one question a reader asks on a page, with the indexes the
store already has, so a page costs a few queries however large the collection is:

- :func:`article_view`: the article and "Mehr zum Thema" (articles naming the same
  main entities);
- :func:`story_of`: the story an article belongs to, with the agency copy and what
  each outlet changed in it (a word diff);
- :func:`entity_view`: an entity's articles per day (every one, from the store's
  precomputed counts), the entities named with it (in its newest
  :data:`~lagebild.store.FACET_SAMPLE` articles), its quotes and its articles;
- :func:`sources_view`: articles per outlet and the rejects of ingest.

A story here is the stored one (:mod:`lagebild.collection.stories`): found when
the article was ingested, read with its articles in a few queries.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from lagebild.model import Article, EntityType, Reject, Story
from lagebild.store import Facet, SearchHit, SearchResults, Store, parse_query
from lagebild.stories import BriefQuote, near_duplicates
from lagebild.stories.cluster import story_id
from lagebild.stories.entities import entity_key
from lagebild.stories.quotes import article_quotes
from lagebild.stories.text import body_text, utc

__all__ = [
    "STORY_SHOWN",
    "STORY_WINDOW",
    "ArticleView",
    "CopyChange",
    "DiffPart",
    "EntityView",
    "SourcesView",
    "StoryView",
    "article_view",
    "entity_query",
    "entity_view",
    "sources_view",
    "story_of",
]

#: How long a story stays open without a new article (the stored stories' window).
STORY_WINDOW = timedelta(days=3)
#: Articles of a story a story page shows and compares: those published nearest the
#: article. A story of thousands (a war, an election) cannot be read or diffed whole.
STORY_SHOWN = 40
#: Main entities of an article that find related articles and story candidates.
_MAIN_ENTITIES = 3
#: Articles whose quotes fill an entity page: reading every article of a frequent
#: name would cost one JSON parse per article.
_QUOTE_ARTICLES = 6
#: Words compared in a diff; a longer text is compared up to here.
_DIFF_WORDS = 4000
_WORDS = re.compile(r"\S+\s*")


@dataclass(frozen=True, slots=True)
class ArticleView:
    article: Article
    related: tuple[SearchHit, ...]  # "Mehr zum Thema", best first, without the article


@dataclass(frozen=True, slots=True)
class DiffPart:
    op: str  # "equal", "insert" (the outlet added it) or "delete" (the outlet left it out)
    text: str


@dataclass(frozen=True, slots=True)
class CopyChange:
    """How one outlet's article differs from the agency copy of its story."""

    article_id: str
    similarity: float  # Jaccard of the body shingles (see lagebild.stories.dedup)
    added: int  # words the outlet added
    removed: int  # words of the agency copy it left out
    parts: tuple[DiffPart, ...]


@dataclass(frozen=True, slots=True)
class StoryView:
    story: Story
    articles: tuple[Article, ...]  # oldest first, undated last; at most STORY_SHOWN, around the article
    agency_copy: str | None  # id of the article the reprints are compared with
    changes: tuple[CopyChange, ...]  # one per reprint of the agency copy


@dataclass(frozen=True, slots=True)
class EntityView:
    name: str
    type: EntityType | None  # None when no article names it
    articles: SearchResults  # the page of articles asked for, newest first
    by_day: tuple[Facet, ...]  # articles naming it per UTC day, oldest first
    cooccurring: tuple[Facet, ...]  # entities named in the same articles (its newest 1,000), most often first
    quotes: tuple[BriefQuote, ...]  # what it said, in its newest articles
    roles: tuple[str, ...]  # role words seen with the name ("Aussenministerin")


@dataclass(frozen=True, slots=True)
class SourcesView:
    total: int
    outlets: tuple[Facet, ...]  # articles per outlet, most first
    unknown_source: int  # articles whose outlet is not known
    reject_reasons: tuple[Facet, ...]  # rejects per reason code, most first
    rejects: tuple[Reject, ...]  # the latest rejects, newest first


def entity_query(name: str) -> str:
    """The search query for the articles naming ``name`` (quotes cannot occur in a phrase)."""
    cleaned = " ".join(name.replace('"', " ").split())
    return f'entity:"{cleaned}"' if cleaned else ""


def _main_entities(article: Article) -> list[str]:
    """The article's most mentioned entities, people and organisations first on ties."""
    counts = Counter(m.entity for m in article.mentions if 0 <= m.entity < len(article.entities))
    rank = {EntityType.PER: 0, EntityType.ORG: 1, EntityType.LOC: 2, EntityType.OTH: 3}
    ordered = sorted(
        counts, key=lambda i: (-counts[i], rank[article.entities[i].type], article.entities[i].name)
    )
    names = [article.entities[i].name for i in ordered]
    return [n for n in dict.fromkeys(names) if entity_query(n)][:_MAIN_ENTITIES]


def article_view(store: Store, article_id: str, *, related: int = 5) -> ArticleView | None:
    """The article and up to ``related`` articles naming its two main entities (else its main one)."""
    article = store.get(article_id)
    if article is None:
        return None
    names = _main_entities(article)
    found: dict[str, SearchHit] = {}
    for chosen in (names[:2], names[:1]):
        if len(found) >= related or not chosen:
            break
        query = " ".join(entity_query(n) for n in chosen)
        for hit in store.search(query, limit=related + 1).hits:
            if hit.article_id != article.id:
                found.setdefault(hit.article_id, hit)
    return ArticleView(article, tuple(list(found.values())[:related]))


def story_of(store: Store, article_id: str) -> StoryView | None:
    """The stored story of the article ``article_id`` (see the module docstring); None if unknown."""
    article = store.get(article_id)
    if article is None:
        return None
    story = store.story_of(article.id)
    if story is None:  # stored by a killed or store-only ingest: place it now
        from lagebild.collection.stories import ensure_stories

        ensure_stories(store)
        story = store.story_of(article.id)
    if story is None:
        story = Story(story_id(article.id), (article.id,), article.headline, (), None, None)
    members = tuple(
        a
        for i in _around(story.article_ids, article.id)
        if (a := article if i == article.id else store.get(i))
    )
    base, changes = _agency_changes(members)
    return StoryView(story, members, base, changes)


def _around(ids: tuple[str, ...], article_id: str) -> tuple[str, ...]:
    """The :data:`STORY_SHOWN` members published nearest the article (``ids`` are oldest first)."""
    if len(ids) <= STORY_SHOWN:
        return ids
    at = ids.index(article_id) if article_id in ids else 0
    start = max(0, min(at - STORY_SHOWN // 2, len(ids) - STORY_SHOWN))
    return ids[start : start + STORY_SHOWN]


def _agency_changes(members: Sequence[Article]) -> tuple[str | None, tuple[CopyChange, ...]]:
    """The agency copy among ``members`` and a diff for each reprint of it.

    The copy is the article that most others reprint; on ties one that names its
    agency, then the earliest. Articles that are no reprint of it get no diff.
    """
    pairs = near_duplicates(members)
    if not pairs:
        return None, ()
    partners: dict[str, dict[str, float]] = {}
    for a, b, score in pairs:
        partners.setdefault(a, {})[b] = score
        partners.setdefault(b, {})[a] = score
    order = {a.id: n for n, a in enumerate(members)}
    by_id = {a.id: a for a in members}
    base = min(partners, key=lambda i: (-len(partners[i]), by_id[i].agency is None, order[i]))
    original = body_text(by_id[base])
    changes = tuple(
        _change(original, by_id[other], partners[base][other])
        for other in sorted(partners[base], key=order.__getitem__)
    )
    return base, changes


def _change(original: str, reprint: Article, similarity: float) -> CopyChange:
    old = _WORDS.findall(original)[:_DIFF_WORDS]
    new = _WORDS.findall(body_text(reprint))[:_DIFF_WORDS]
    matcher = difflib.SequenceMatcher(None, [w.strip() for w in old], [w.strip() for w in new], False)
    parts: list[DiffPart] = []
    added = removed = 0
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(DiffPart("equal", "".join(new[j1:j2])))
            continue
        if i2 > i1:
            parts.append(DiffPart("delete", "".join(old[i1:i2])))
            removed += i2 - i1
        if j2 > j1:
            parts.append(DiffPart("insert", "".join(new[j1:j2])))
            added += j2 - j1
    return CopyChange(reprint.id, round(similarity, 3), added, removed, tuple(parts))


def entity_view(store: Store, name: str, *, limit: int = 20, offset: int = 0) -> EntityView:
    """Everything the entity page shows about ``name`` (an entity name as articles store it)."""
    query = entity_query(name)
    if not query:
        return EntityView(name, None, SearchResults(0), (), (), (), ())
    results = store.search(query, limit=limit, offset=offset)
    # the entities of its newest articles (FACET_SAMPLE): a bounded cost for "Deutschland" too
    facets = store.facets(query, size=24)
    key = entity_key(name)
    others = tuple(f for f in facets.entity if entity_key(f.value) != key)[:12]
    kinds: Counter[EntityType] = Counter()
    roles: dict[str, None] = {}
    quotes: list[BriefQuote] = []
    for hit in results.hits[:_QUOTE_ARTICLES] if offset == 0 else ():
        article = store.get(hit.article_id)
        if article is None:
            continue
        mine = {i for i, e in enumerate(article.entities) if entity_key(e.name) == key}
        for index in mine:
            kinds[article.entities[index].type] += 1
            roles.update(dict.fromkeys(article.entities[index].roles))
        quotes.extend(q.quote for q in article_quotes(article) if q.entity in mine)
    kind = kinds.most_common(1)[0][0] if kinds else None
    # an agency quote reprinted by five outlets is one quote
    unique = {" ".join(q.text.casefold().split()): q for q in reversed(quotes)}
    quotes = [q for q in quotes if unique[" ".join(q.text.casefold().split())] is q]
    days = tuple(store.entity_days(parse_query(query).entities[0]))
    return EntityView(name, kind, results, days, others, tuple(quotes), tuple(roles))


def _iso(moment: datetime | None) -> str:
    when = utc(moment)
    return "" if when is None else when.isoformat()


def sources_view(store: Store, *, outlets: int = 200, rejects: int = 100) -> SourcesView:
    """Articles per outlet and the rejects: where coverage has gaps."""
    every = store.source_counts()
    counts = tuple(every[:outlets])
    total = store.count()
    all_rejects = store.rejects()
    reasons = Counter(r.reason for r in all_rejects)
    latest = sorted(all_rejects, key=lambda r: (_iso(r.at), r.location), reverse=True)
    return SourcesView(
        total=total,
        outlets=counts,
        unknown_source=max(0, total - sum(f.count for f in every)),
        reject_reasons=tuple(Facet(r, n) for r, n in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))),
        rejects=tuple(latest[:rejects]),
    )
