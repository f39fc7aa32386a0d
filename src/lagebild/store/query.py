"""The search query language, one parser for every backend.

::

    Truppen Litauen                 words: all must occur (lemmas: "Soldaten" finds "Soldat")
    "Truppen nach Litauen"          a phrase: these words in this order (lemmas too)
    -Manöver  -"kalter Krieg"       exclusion: articles with this word or phrase are left out
    source:NZZ                      the outlet (case-insensitive; several source: mean either)
    since:2024-01-01 until:2024-01-31   published on or after / on or before these days (UTC)
    tag:NATO  entity:"Antony Blinken"   Article.tags labels / Article.entities names

A word that the lemmatizer turns into several terms ("US-Truppen" -> ``us truppe``)
is a phrase. A word matches the title, the body or a compound part; a phrase
matches consecutive words of the text. Words with nothing searchable in them
("–", "&") are ignored. Syntax errors raise :class:`QueryError`, which says what
to write instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from lagebild.errors import QueryError
from lagebild.store.terms import fold, split_words, text_terms, word_terms

__all__ = ["FIELDS", "Phrase", "Query", "QueryError", "Term", "parse_query"]

FIELDS = ("source", "since", "until", "tag", "entity")


@dataclass(frozen=True, slots=True)
class Term:
    """One query word: it matches when any of its ``forms`` is a term of the article."""

    forms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Phrase:
    """Consecutive body terms."""

    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Query:
    terms: tuple[Term, ...] = ()
    phrases: tuple[Phrase, ...] = ()
    exclude_terms: tuple[Term, ...] = ()
    exclude_phrases: tuple[Phrase, ...] = ()
    sources: tuple[str, ...] = ()  # folded; an article matches any of them
    tags: tuple[str, ...] = ()  # folded; an article must have all of them
    entities: tuple[str, ...] = ()  # folded; an article must name all of them
    since: datetime | None = None  # inclusive, UTC
    until: datetime | None = None  # exclusive, UTC (the day after until:)

    @property
    def has_text(self) -> bool:
        """Whether the query has positive words or phrases (else: filters only)."""
        return bool(self.terms or self.phrases)

    @property
    def forms(self) -> frozenset[str]:
        """Every term a positive word can match (phrase words count only in their phrase)."""
        return frozenset(f for t in self.terms for f in t.forms)


_TOKEN = re.compile(
    r"""(?P<neg>-)?(?:(?P<field>[^\W\d_]+):)?(?:"(?P<quoted>[^"]*)"|(?P<bare>[^\s"]+))""",
    re.UNICODE,
)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _forms(word: str) -> tuple[str, ...]:
    """The word's term and the term of its other capitalisation, when that differs.

    "verlegt" and "Verlegt" may lemmatize differently (sentence-initial capitals),
    so the query word matches either lemma.
    """
    variants = [word, word.capitalize() if word.islower() else word.lower()]
    forms: list[str] = []
    for variant in variants:
        terms = word_terms(variant)
        if len(terms) == 1 and terms[0] not in forms:
            forms.append(terms[0])
    return tuple(forms)


def _date(field: str, value: str) -> date:
    if _DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise QueryError(f"{field}: needs a date written YYYY-MM-DD, e.g. {field}:2024-01-31, not {value!r}")


class _Builder:
    def __init__(self) -> None:
        self.terms: list[Term] = []
        self.phrases: list[Phrase] = []
        self.exclude_terms: list[Term] = []
        self.exclude_phrases: list[Phrase] = []
        self.sources: list[str] = []
        self.tags: list[str] = []
        self.entities: list[str] = []
        self.since: datetime | None = None
        self.until: datetime | None = None

    def text(self, value: str, *, quoted: bool, negated: bool) -> None:
        if quoted and not value.strip():
            raise QueryError('an empty phrase "" searches for nothing; put words between the quotes')
        found = split_words(value)
        if not quoted and len(found) == 1:
            forms = _forms(found[0])
            if forms:
                (self.exclude_terms if negated else self.terms).append(Term(forms))
                return
        terms = text_terms(value)
        if terms:
            (self.exclude_phrases if negated else self.phrases).append(Phrase(tuple(terms)))

    def field(self, name: str, value: str, *, negated: bool) -> None:
        key = name.lower()
        if key not in FIELDS:
            known = ", ".join(f"{f}:" for f in FIELDS)
            raise QueryError(
                f"unknown filter {name}:; the filters are {known} "
                f'(to search for the text itself, put it in quotes: "{name}:{value}")'
            )
        if negated:
            raise QueryError(f"-{key}: is not supported; exclude words or phrases only")
        if not value.strip():
            raise QueryError(f'{key}: needs a value right after the colon, e.g. {key}:"..."')
        if key in ("since", "until"):
            self._bound(key, value)
        else:
            {"source": self.sources, "tag": self.tags, "entity": self.entities}[key].append(fold(value))

    def _bound(self, key: str, value: str) -> None:
        day = _date(key, value)
        if key == "since":
            if self.since is not None:
                raise QueryError("since: appears twice; keep one")
            self.since = datetime(day.year, day.month, day.day, tzinfo=UTC)
        else:
            if self.until is not None:
                raise QueryError("until: appears twice; keep one")
            # until: names a day that is included: the bound is the next midnight
            self.until = datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(days=1)

    def build(self) -> Query:
        if self.since is not None and self.until is not None and self.since >= self.until:
            raise QueryError("since: is after until:; swap the two dates")
        return Query(
            terms=tuple(self.terms),
            phrases=tuple(self.phrases),
            exclude_terms=tuple(self.exclude_terms),
            exclude_phrases=tuple(self.exclude_phrases),
            sources=tuple(self.sources),
            tags=tuple(self.tags),
            entities=tuple(self.entities),
            since=self.since,
            until=self.until,
        )


def parse_query(text: str) -> Query:
    """Parse a search query; raises :class:`QueryError` with a hint on bad syntax.

    >>> parse_query('Soldaten source:NZZ').sources
    ('nzz',)
    """
    builder = _Builder()
    pos = 0
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text):
            return builder.build()
        match = _TOKEN.match(text, pos)
        if match is None:
            raise QueryError(
                f'unclosed quote at position {pos + 1} of {text!r}; close the phrase with a second "'
            )
        pos = match.end()
        if pos < len(text) and not text[pos].isspace():
            raise QueryError(
                f"put a space after {match.group()!r} (position {pos + 1} of {text!r}); "
                'quotes start and end a phrase: "Truppen nach Litauen"'
            )
        negated = match.group("neg") is not None
        quoted = match.group("quoted")
        value = quoted if quoted is not None else match.group("bare")
        field = match.group("field")
        if field is not None:
            builder.field(field, value, negated=negated)
        elif value.endswith(":") and value[:-1].lower() in FIELDS:
            raise QueryError(f'{value} needs a value right after the colon, e.g. {value}"..."')
        else:
            builder.text(value, quoted=quoted is not None, negated=negated)
