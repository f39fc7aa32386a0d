"""Entities of a collection: one entry per real-world thing across all articles.

Each article already links its own mentions to one entity ("Antony Blinken",
"Blinken" and "US-Aussenminister Blinken" in one text). Across articles the names
are merged here:

- role and title words before a name are dropped ("Bahnsprecherin Katrin Sommerfeld");
- names are compared casefolded, ß as ss, without accents ("Nausėda" = "Nauseda");
- a one-word person or organisation name joins the one longer name of that type
  ending in it ("Blinken" -> "Antony Blinken", "Armee" -> "Schweizer Armee"), and
  an acronym joins the one organisation whose initials it spells ("GDL" ->
  "Gewerkschaft Deutscher Lokomotivführer"); when two longer names fit, nothing
  is merged, because guessing would join two people.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from lagebild.language.normalize import normalize
from lagebild.model import Article, EntityType
from lagebild.stories.quotes import BriefQuote, article_quotes
from lagebild.stories.text import role_word, utc

__all__ = ["CollectionEntity", "canonical_entities", "entity_key", "strip_roles"]


@dataclass(frozen=True, slots=True)
class CollectionEntity:
    """One entity across the collection, with the articles that name it."""

    name: str  # canonical name: the fullest common form
    type: EntityType
    aliases: tuple[str, ...]  # other names and mention forms, sorted
    article_ids: tuple[str, ...]  # in the order the articles were given
    mention_count: int
    quotes: tuple[BriefQuote, ...] = ()
    by_day: tuple[tuple[str, int], ...] = ()  # (ISO date, mentions) for dated articles


def strip_roles(name: str) -> str:
    """``name`` without leading role or title words; a lone role word stays."""
    parts = name.split()
    while len(parts) > 1 and role_word(parts[0]):
        parts.pop(0)
    return " ".join(parts)


def entity_key(name: str) -> str:
    """Matching key of a name: roles dropped, folded, accents removed."""
    folded = normalize(strip_roles(name))
    decomposed = unicodedata.normalize("NFKD", folded)
    # umlauts stay: "Müller" and "Muller" are different people
    kept = [c for c in decomposed if not unicodedata.combining(c) or c == "\u0308"]
    return unicodedata.normalize("NFC", "".join(kept))


@dataclass(slots=True)
class _Group:
    key: str
    names: Counter[str] = field(default_factory=Counter)  # canonical form -> mentions
    types: Counter[EntityType] = field(default_factory=Counter)
    surfaces: set[str] = field(default_factory=set)
    articles: dict[str, None] = field(default_factory=dict)
    days: Counter[str] = field(default_factory=Counter)
    quotes: list[BriefQuote] = field(default_factory=list)

    @property
    def mentions(self) -> int:
        return sum(self.names.values())

    def absorb(self, other: _Group) -> None:
        self.names.update(other.names)
        self.types.update(other.types)
        self.surfaces |= other.surfaces
        self.articles.update(other.articles)
        self.days.update(other.days)
        self.quotes.extend(other.quotes)


def canonical_entities(articles: Sequence[Article]) -> list[CollectionEntity]:
    """The collection's entities, most widely reported first (articles, mentions, name)."""
    groups: dict[str, _Group] = {}
    for article in articles:
        quotes = article_quotes(article)
        day = utc(article.published).date().isoformat() if article.published else None  # type: ignore[union-attr]
        for index, entity in enumerate(article.entities):
            name = strip_roles(" ".join(entity.name.split()))
            key = entity_key(name)
            if not key:
                continue
            group = groups.setdefault(key, _Group(key))
            mentions = article.mentions_of(index)
            count = max(1, len(mentions))
            group.names[name] += count
            group.types[entity.type] += count
            group.surfaces.update(" ".join(article.span_text(m.span).split()) for m in mentions)
            group.surfaces.add(entity.name)
            group.articles[article.id] = None
            if day:
                group.days[day] += count
            group.quotes.extend(q.quote for q in quotes if q.entity == index)
    merged = _merge_short_names(groups)
    return sorted(
        (_entity(g) for g in merged),
        key=lambda e: (-len(e.article_ids), -e.mention_count, e.name),
    )


def _type(group: _Group) -> EntityType:
    return min(group.types, key=lambda t: (-group.types[t], t.value))


def _merge_short_names(groups: dict[str, _Group]) -> list[_Group]:
    long_by_type: dict[EntityType, list[_Group]] = {}
    for group in groups.values():
        if " " in group.key:
            long_by_type.setdefault(_type(group), []).append(group)
    absorbed: set[str] = set()
    for group in sorted(groups.values(), key=lambda g: g.key):
        if " " in group.key:
            continue
        kind = _type(group)
        if kind not in (EntityType.PER, EntityType.ORG):
            continue
        fits = [g for g in long_by_type.get(kind, ()) if _short_form(group, g)]
        if len(fits) == 1:
            fits[0].absorb(group)
            absorbed.add(group.key)
    return [g for key, g in sorted(groups.items()) if key not in absorbed]


def _short_form(short: _Group, full: _Group) -> bool:
    """Whether the one-word name ``short`` names the same thing as ``full``."""
    last = full.key.rsplit(" ", 1)[-1]
    if short.key == last:
        return True
    initials = "".join(word[0] for word in full.key.replace("-", " ").split() if word[0].isalpha())
    # an acronym is written in capitals somewhere ("GDL"), not only spelled lower-case
    return len(short.key) >= 2 and short.key == initials and any(s.isupper() for s in short.surfaces)


def _canonical(group: _Group) -> str:
    return min(group.names, key=lambda n: (-len(n.split()), -group.names[n], -len(n), n))


def _entity(group: _Group) -> CollectionEntity:
    name = _canonical(group)
    aliases = sorted({s for s in group.surfaces | set(group.names) if s and s != name}, key=str.casefold)
    quotes = tuple(BriefQuote(name, q.text, q.article_id, q.via) for q in _unique(group.quotes))
    return CollectionEntity(
        name=name,
        type=_type(group),
        aliases=tuple(aliases),
        article_ids=tuple(group.articles),
        mention_count=group.mentions,
        quotes=quotes,
        by_day=tuple(sorted(group.days.items())),
    )


def _unique(quotes: Iterable[BriefQuote]) -> list[BriefQuote]:
    seen: set[str] = set()
    out = []
    for quote in quotes:
        key = normalize(quote.text)
        if key not in seen:
            seen.add(key)
            out.append(quote)
    return out
