"""Stored stories in SQL, shared by SQLite and PostgreSQL: ``stories`` and ``story_articles``.

A story row holds what a page shows about it (title, outlets, first and last
seen); ``story_articles`` says which story each article belongs to (one story
per article). Times are UTC ISO text of fixed width (:func:`iso`), so text order
is time order in both databases. Members are listed oldest first, undated last,
ties by id: the order :func:`lagebild.stories.group_stories` gives.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from lagebild.model import Story
from lagebild.store.base import utc

__all__ = ["STORY_TABLES", "StoryRows"]

#: The migration that adds the two tables (SQLite 6, PostgreSQL 5); the SQL is the same.
STORY_TABLES: tuple[str, ...] = (
    """CREATE TABLE stories (
        id text PRIMARY KEY,
        title text NOT NULL,
        outlets text NOT NULL,
        first_seen text,
        last_seen text
    )""",
    "CREATE INDEX stories_last_seen ON stories (last_seen)",
    """CREATE TABLE story_articles (
        article text PRIMARY KEY,
        story text NOT NULL REFERENCES stories (id)
    )""",
    "CREATE INDEX story_articles_story ON story_articles (story)",
)

Run = Callable[[str, Sequence[Any]], list[Any]]
Many = Callable[[str, Sequence[Sequence[Any]]], None]

_MEMBERS = (
    "SELECT s.story, s.article FROM story_articles s JOIN articles a ON a.id = s.article {where} "
    "ORDER BY a.published IS NULL, a.published, a.id"
)


class StoryRows:
    """The story queries of one connection: ``run`` reads, ``many`` writes; ``mark`` is ``?`` or ``%s``."""

    def __init__(self, run: Run, many: Many, mark: str) -> None:
        self._run = run
        self._many = many
        self._mark = mark

    def save(self, stories: Sequence[Story], new: Mapping[str, str] | None) -> None:
        """Upsert the rows of ``stories`` and link articles (``new``, else every member); in a transaction."""
        m = self._mark
        self._many(
            "INSERT INTO stories (id, title, outlets, first_seen, last_seen) "
            f"VALUES ({m}, {m}, {m}, {m}, {m}) "
            "ON CONFLICT (id) DO UPDATE SET title = excluded.title, outlets = excluded.outlets, "
            "first_seen = excluded.first_seen, last_seen = excluded.last_seen",
            [
                (
                    s.id,
                    s.title,
                    json.dumps(list(s.outlets), ensure_ascii=False),
                    iso(s.first_seen),
                    iso(s.last_seen),
                )
                for s in stories
            ],
        )
        links = new if new is not None else {a: s.id for s in stories for a in s.article_ids}
        self._many(
            f"INSERT INTO story_articles (article, story) VALUES ({m}, {m}) "
            "ON CONFLICT (article) DO UPDATE SET story = excluded.story",
            sorted(links.items()),
        )

    def stories(self, since: datetime | None, until: datetime | None) -> list[Story]:
        where: list[str] = []
        params: list[Any] = []
        if since is not None:
            where.append(f"last_seen >= {self._mark}")
            params.append(iso(since))
        if until is not None:
            where.append(f"first_seen < {self._mark}")
            params.append(iso(until))
        clause = " WHERE " + " AND ".join(where) if where else ""
        rows = self._run(
            f"SELECT id, title, outlets, first_seen, last_seen FROM stories{clause} "
            "ORDER BY first_seen IS NULL, first_seen, id",
            params,
        )
        if not rows:
            return []
        if where:
            ids = [row[0] for row in rows]
            marks = ", ".join([self._mark] * len(ids))
            members = self._run(_MEMBERS.format(where=f"WHERE s.story IN ({marks})"), ids)
        else:
            members = self._run(_MEMBERS.format(where=""), [])
        return _stories(rows, members)

    def story_of(self, article_id: str) -> Story | None:
        m = self._mark
        rows = self._run(
            "SELECT id, title, outlets, first_seen, last_seen FROM stories "
            f"WHERE id = (SELECT story FROM story_articles WHERE article = {m})",
            [article_id],
        )
        if not rows:
            return None
        members = self._run(_MEMBERS.format(where=f"WHERE s.story = {m}"), [rows[0][0]])
        return _stories(rows, members)[0]

    def unstoried(self) -> list[str]:
        rows = self._run(
            "SELECT a.id FROM articles a WHERE NOT EXISTS "
            "(SELECT 1 FROM story_articles s WHERE s.article = a.id) ORDER BY a.seq",
            [],
        )
        return [str(row[0]) for row in rows]


def _stories(rows: Sequence[Any], members: Sequence[Any]) -> list[Story]:
    by_story: dict[str, list[str]] = {}
    for story, article in members:
        by_story.setdefault(str(story), []).append(str(article))
    return [
        Story(
            id=str(sid),
            article_ids=tuple(by_story.get(str(sid), ())),
            title=str(title),
            outlets=tuple(json.loads(outlets)),
            first_seen=_when(first),
            last_seen=_when(last),
        )
        for sid, title, outlets, first, last in rows
        if str(sid) in by_story  # a story whose articles all moved to another is left out
    ]


def iso(moment: datetime | None) -> str | None:
    """UTC ISO text of fixed width (as SQLite's article dates), so that text order is time order."""
    return None if moment is None else utc(moment).isoformat(timespec="microseconds")


def _when(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)
