"""Tags: the page's own tags, the salient entities and the salient keywords.

Page tags (``TagKind.PAGE``, set by extraction) are kept as they are. Entities are
ranked by mention count with a bonus for early mentions and mentions in the title
or lead; keywords are capitalised nouns (German writes every noun with a capital)
outside entity names, ranked by frequency and length against a built-in stopword
list. No label appears twice, compared case- and ß/ss-insensitively.
"""

from __future__ import annotations

from collections.abc import Iterable

from lagebild.analyse.tags_rank import rank_entities, rank_keywords
from lagebild.model import Article, Tag, TagKind

__all__ = ["TagStage", "find_tags"]

#: How many entity and keyword tags to add at most.
TOP_ENTITIES = 5
TOP_KEYWORDS = 5


def tag_key(label: str) -> str:
    """Comparison key of a tag label: casefolded, ß as ss, hyphens and spaces ignored."""
    return label.casefold().replace("ß", "ss").replace("-", "").replace(" ", "")


def _add(tags: list[Tag], seen: set[str], new: Iterable[Tag], limit: int) -> None:
    added = 0
    for tag in new:
        if added >= limit:
            return
        key = tag_key(tag.label)
        if not key or key in seen:
            continue
        seen.add(key)
        tags.append(tag)
        added += 1


def find_tags(article: Article) -> tuple[Tag, ...]:
    page = [t for t in article.tags if t.kind is TagKind.PAGE]
    tags: list[Tag] = []
    seen: set[str] = set()
    _add(tags, seen, page, len(page))
    entity_tags = [Tag(name, TagKind.ENTITY, score) for name, score in rank_entities(article)]
    _add(tags, seen, entity_tags, TOP_ENTITIES)
    # an entity tag blocks a keyword that is only part of its name ("Nato" in "Nato-Ostflanke" stays)
    seen |= {tag_key(part) for t in tags if t.kind is not TagKind.KEYWORD for part in t.label.split()}
    keyword_tags = [Tag(word, TagKind.KEYWORD, score) for word, score in rank_keywords(article)]
    _add(tags, seen, keyword_tags, TOP_KEYWORDS)
    return tuple(tags)


class TagStage:
    """Keeps page tags and adds salient entities and keywords, each scored in [0, 1]."""

    name = "tags"
    version = "0.1"
    requires = frozenset({"entities", "tokens"})
    provides = frozenset({"tags"})

    def __call__(self, article: Article) -> Article:
        return article.replace(tags=find_tags(article))
