"""The Lagebild: the top stories of a period, each with what happened, who and who said what.

Stories are ranked by coverage (distinct outlets, then articles) discounted by
age: ``score = (outlets + 0.25 * articles) * 0.5 ** (age_hours / 24)``, where the
age is measured from the story's newest article to ``now``. Without ``now`` the
newest article of all stories is "now", so a briefing over an archive is the
same every time it is built.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from lagebild.errors import ConfigError
from lagebild.model import Article, EntityType, KeyPoint, QuoteKind, Story
from lagebild.stories.entities import canonical_entities, entity_key
from lagebild.stories.points import merge_key_points
from lagebild.stories.quotes import AttributedQuote, BriefQuote, article_quotes
from lagebild.stories.text import utc

__all__ = ["Brief", "BriefItem", "BriefQuote", "build_brief"]

#: Hours after which a story's weight halves: a briefing is about the last day or two.
HALF_LIFE_HOURS = 24.0
#: Weight of each article beside each distinct outlet: ten reprints of one outlet's
#: story are not ten outlets.
ARTICLE_WEIGHT = 0.25
MAX_ACTORS = 5
MAX_QUOTES = 3
# Quotes shorter than this say little on their own ("unantastbar"); longer ones are cut by readers.
_QUOTE_WORDS = (5, 45)


@dataclass(frozen=True, slots=True)
class BriefItem:
    story: Story
    score: float
    key_points: tuple[KeyPoint, ...]  # merged from the articles, no two saying the same
    actors: tuple[str, ...]  # main people and organisations, canonical names
    quotes: tuple[BriefQuote, ...]  # two or three, distinct speakers first
    outlets: tuple[str, ...]
    article_ids: tuple[str, ...]
    urls: tuple[str, ...]  # the articles' known URLs, in article order


@dataclass(frozen=True, slots=True)
class Brief:
    items: tuple[BriefItem, ...]
    since: datetime | None  # first_seen of the earliest story considered
    until: datetime | None  # ``now``, or the last_seen of the newest story


def build_brief(
    stories: Sequence[Story],
    articles: Mapping[str, Article],
    *,
    top: int = 10,
    now: datetime | None = None,
) -> Brief:
    """The ``top`` stories by coverage and recency, each with points, actors and quotes."""
    if top < 1:
        raise ConfigError(f"a briefing needs at least one story, not top={top}; try top=10")
    seen = [s.last_seen for s in stories if s.last_seen is not None]
    until = now if now is not None else max(seen, key=_as_utc, default=None)
    firsts = [s.first_seen for s in stories if s.first_seen is not None]
    since = min(firsts, key=_as_utc, default=None)
    ranked = sorted(
        ((score(s, until), s) for s in stories),
        key=lambda pair: (-pair[0], -len(pair[1].outlets), -len(pair[1].article_ids), pair[1].id),
    )
    items = tuple(_item(story, value, articles) for value, story in ranked[:top])
    return Brief(items=items, since=since, until=until)


def score(story: Story, now: datetime | None) -> float:
    """Coverage times recency (see the module docstring)."""
    coverage = len(story.outlets) + ARTICLE_WEIGHT * len(story.article_ids)
    if now is None or story.last_seen is None:
        return round(coverage, 4)
    age_hours = max(0.0, (_as_utc(now) - _as_utc(story.last_seen)).total_seconds() / 3600)
    return round(coverage * float(0.5 ** (age_hours / HALF_LIFE_HOURS)), 4)


def _as_utc(moment: datetime) -> datetime:
    return utc(moment) or moment


def _item(story: Story, value: float, articles: Mapping[str, Article]) -> BriefItem:
    members = [articles[i] for i in story.article_ids if i in articles]
    entities = canonical_entities(members)
    actors = tuple(e.name for e in entities if e.type in (EntityType.PER, EntityType.ORG))[:MAX_ACTORS]
    canonical = {entity_key(alias): e.name for e in entities for alias in (e.name, *e.aliases)}
    return BriefItem(
        story=story,
        score=value,
        key_points=merge_key_points(members),
        actors=actors,
        quotes=_pick_quotes(members, canonical),
        outlets=story.outlets,
        article_ids=story.article_ids,
        urls=tuple(dict.fromkeys(a.url for a in members if a.url)),
    )


def _pick_quotes(members: Sequence[Article], canonical: Mapping[str, str]) -> tuple[BriefQuote, ...]:
    """Two or three quotes: direct and reprinted ones first, one per speaker while possible."""
    support: dict[str, set[str]] = {}
    first: dict[str, tuple[int, AttributedQuote, EntityType]] = {}
    order = 0
    for article in members:
        for found in article_quotes(article):
            kind = article.entities[found.entity].type
            words = len(found.quote.text.split())
            if (
                kind not in (EntityType.PER, EntityType.ORG)
                or not _QUOTE_WORDS[0] <= words <= _QUOTE_WORDS[1]
            ):
                continue
            key = " ".join(entity_key(found.quote.text).split())
            support.setdefault(key, set()).add(article.id)
            if key not in first:
                first[key] = (order, found, kind)
                order += 1

    def rank(key: str) -> tuple[int, int, int, int]:
        position, found, kind = first[key]
        return (
            found.kind is not QuoteKind.DIRECT,
            kind is not EntityType.PER,
            -len(support[key]),
            position,
        )

    chosen: list[BriefQuote] = []
    speakers: set[str] = set()
    ranked = sorted(first, key=rank)
    for distinct in (True, False):
        for key in ranked:
            found = first[key][1]
            name = canonical.get(entity_key(found.quote.speaker), found.quote.speaker)
            quote = BriefQuote(name, found.quote.text, found.quote.article_id, found.quote.via)
            if len(chosen) == MAX_QUOTES or quote in chosen or (distinct and name in speakers):
                continue
            chosen.append(quote)
            speakers.add(name)
        if len(chosen) >= 2:
            break
    return tuple(chosen)
