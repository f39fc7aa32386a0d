"""Stories kept up to date: new articles join the stored stories, whose ids never change.

:func:`group_stories` clusters a set of articles from scratch. A collection grows,
and a reader's links to a story must keep working, so a store keeps the stories it
found (:meth:`lagebild.store.Store.save_stories`) and new articles are placed
against them with :func:`extend_stories`:

- each stored story still open for the new articles (see ``window``) is a seed
  cluster, its centroid built from its latest members (at most ``seed``): a
  story of ten thousand articles is known well enough from its last fifty;
- the new articles are placed oldest first, as :func:`group_stories` places every
  article: near-duplicates of a member join its story, the others join the most
  similar open story or start a new one;
- the second pass (``REATTACH``) of a lone article waits until its window has closed
  (the newest article placed is more than ``window`` after it), as it runs after the
  whole collection in :func:`group_stories`: until then the article may be the first
  of a story whose other articles come later, so it stays alone (or joins a story that
  began after it: an own report published before the agency copies). A stored lone
  article is a seed like any stored story, and gets its second pass in a later update;
- stored stories are joined, never merged or split; the one exception is a stored
  story of a single article, which a story that began after it may take in (the
  story then keeps the single's id, as it is its first article, unless the story
  was stored before: then the single's story is left empty, and lists skip it).

How far this is from grouping everything at once: ``python bench/stories.py
--incremental STEP``. It can differ: the IDF comes from the articles at hand (the
seeds, the new ones and the ``context``), two stories that a later article would
have bridged stay two, and a lone article of the last ``window`` waits for its
second pass.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta

from lagebild.errors import ConfigError
from lagebild.model import Article, Story
from lagebild.stories.cluster import JOIN, _Clustering, order_key, story_id
from lagebild.stories.dedup import near_duplicates
from lagebild.stories.features import Features, features
from lagebild.stories.text import utc
from lagebild.stories.title import story_title

__all__ = ["SEED", "StoryUpdate", "extend_stories"]

#: Members of a stored story that stand for it as a seed: its newest ones.
SEED = 50


@dataclass(frozen=True, slots=True)
class StoryUpdate:
    """What :func:`extend_stories` found: the stories to save and each new article's story."""

    stories: tuple[Story, ...]  # new stories and stored ones that gained articles, whole
    assigned: Mapping[str, str]  # new article id -> story id


def extend_stories(
    stored: Sequence[Story],
    members: Mapping[str, Article],
    new: Sequence[Article],
    *,
    window: timedelta = timedelta(days=3),
    join: float = JOIN,
    seed: int = SEED,
    context: Sequence[Article] = (),
) -> StoryUpdate:
    """Place ``new`` articles in the ``stored`` stories or new ones (see the module docstring).

    ``members`` holds the stored articles that seed the stories (any subset of
    their members; the newest ``seed`` of each are used). ``context``: stored articles
    that only count for the IDF (the collection's recent articles), so that a word is
    weighed as in the collection, not as in the few articles at hand. Stored stories
    that gain nothing are not returned.
    """
    if window <= timedelta(0):
        raise ConfigError(f"the story window must be positive, not {window}; try timedelta(days=3)")
    known = {i for story in stored for i in story.article_ids}
    fresh = sorted({a.id: a for a in new if a.id not in known}.values(), key=order_key)
    seeds = [_seed_members(story, members, seed) for story in stored]
    ordered = [a for group in seeds for a in group] + fresh
    placed = {a.id for a in ordered}
    background = [a for a in context if a.id not in placed]
    feats = features([*ordered, *background])[: len(ordered)]
    times = [utc(a.published) for a in ordered]
    clusters = _Clustering(window, join)
    position = 0
    origin: dict[int, int] = {}  # seed article -> the cluster of its stored story
    for story, group in zip(stored, seeds, strict=True):
        cluster = clusters._new()
        if len(story.article_ids) > 1:
            clusters.fixed.add(cluster.number)
        for _ in group:
            origin[position] = cluster.number
            cluster.add(position, feats[position], times[position])
            clusters.cluster_of[position] = cluster.number
            for term in feats[position].text:
                clusters.index.setdefault(term, set()).add(cluster.number)
            position += 1
        cluster.seen(utc(story.first_seen))
        cluster.seen(utc(story.last_seen))
    first_new = position
    newest = max((t for t in times[first_new:] if t is not None), default=None)
    clusters.open_after = None if newest is None else newest - window
    index = {a.id: i for i, a in enumerate(ordered)}
    dups: dict[int, list[int]] = {}
    for a, b, _ in near_duplicates(ordered):
        if index[a] >= first_new or index[b] >= first_new:
            dups.setdefault(index[a], []).append(index[b])
            dups.setdefault(index[b], []).append(index[a])
    for i in range(first_new, len(ordered)):
        clusters.place(i, feats[i], times[i], dups.get(i, []))
    clusters.reattach(feats, times)
    return _update(stored, ordered, feats, origin, clusters)


def _seed_members(story: Story, members: Mapping[str, Article], seed: int) -> list[Article]:
    known = [members[i] for i in story.article_ids if i in members]
    return sorted(known, key=order_key)[-seed:] if seed > 0 else []


def _update(
    stored: Sequence[Story],
    ordered: Sequence[Article],
    feats: Sequence[Features],
    origin: Mapping[int, int],
    clusters: _Clustering,
) -> StoryUpdate:
    stories: list[Story] = []
    assigned: dict[str, str] = {}
    for cluster in clusters.alive():
        added = sorted(i for i in cluster.members if origin.get(i) != cluster.number)
        if not added:
            continue
        seen = sorted(cluster.members)
        dated = [when for i in seen if (when := utc(ordered[i].published)) is not None]
        if cluster.number in clusters.fixed:
            old = stored[cluster.number]
            ids = old.article_ids + tuple(ordered[i].id for i in added)
            outlets = old.outlets
            sid = old.id
            dated += [when for when in (utc(old.first_seen), utc(old.last_seen)) if when is not None]
        else:
            # every member: a stored lone article is the whole of its stored story
            ids = tuple(ordered[i].id for i in sorted(seen, key=lambda i: order_key(ordered[i])))
            outlets = ()
            # a stored lone article that a later story took in is its first: the story keeps its id
            sid = story_id(ids[0])
        new_outlets = [source for i in added if (source := ordered[i].source)]
        stories.append(
            Story(
                id=sid,
                article_ids=ids,
                title=story_title([ordered[i] for i in seen], [feats[i] for i in seen], cluster.text.sums),
                outlets=tuple(dict.fromkeys((*outlets, *new_outlets))),
                first_seen=min(dated, default=None),
                last_seen=max(dated, default=None),
            )
        )
        assigned.update((ordered[i].id, sid) for i in (added if cluster.number in clusters.fixed else seen))
    return StoryUpdate(tuple(stories), assigned)
