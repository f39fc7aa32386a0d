"""The one data model of lagebild.

Every annotation is a character span into ``Article.text`` — the cleaned body of
the article — the way spaCy's ``Span`` points into a ``Doc``. Nothing is copied,
so every annotation can be highlighted in a page and checked in a test.

All types are frozen dataclasses and round-trip losslessly through JSON with
:func:`to_json` / :func:`from_json` (and the dict forms :func:`to_dict` /
:func:`from_dict`).

Layout of ``Article.text``: the content blocks of the article in reading order
(title, lead, key-point box items, captions, headings, body paragraphs), joined
by a blank line (``"\\n\\n"``). ``Article.blocks`` records the kind and span of
each. Boilerplate found on the page (ad markers, repeated captions with their
credit, tag lists, "Mehr zum Thema" labels) never reaches the text; it is kept
in ``Article.removed`` so that nothing leaves without a trace.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

__all__ = [
    "Article",
    "Block",
    "BlockKind",
    "Caption",
    "Entity",
    "EntityType",
    "Event",
    "EventSlot",
    "KeyPoint",
    "KeyPointOrigin",
    "Mention",
    "PageType",
    "Quote",
    "QuoteKind",
    "RawDocument",
    "Reject",
    "Removed",
    "Sentence",
    "Span",
    "StageRecord",
    "Story",
    "Tag",
    "TagKind",
    "Token",
    "from_dict",
    "from_json",
    "to_dict",
    "to_json",
]


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Half-open character range ``[start, end)`` into ``Article.text``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        """The slice of ``text`` this span covers."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


class BlockKind(enum.StrEnum):
    """What a block of the article is. Only content kinds reach ``Article.text``."""

    TITLE = "title"
    LEAD = "lead"
    KEY_POINT = "key_point"  # one bullet of the page's own key-points box
    CAPTION = "caption"  # image caption; its credit is in Article.captions
    HEADING = "heading"
    BODY = "body"
    # boilerplate kinds: used in Article.removed only, never as a text block
    CREDIT = "credit"
    KEY_POINTS_LABEL = "key_points_label"
    TAG_LIST = "tag_list"
    RELATED = "related"  # "Mehr zum Thema", "Lesen Sie auch" and their links
    AD = "ad"
    DUPLICATE = "duplicate"  # a line repeated verbatim or with a credit suffix
    BOILERPLATE = "boilerplate"  # anything else that is not article content


CONTENT_KINDS = frozenset(
    {
        BlockKind.TITLE,
        BlockKind.LEAD,
        BlockKind.KEY_POINT,
        BlockKind.CAPTION,
        BlockKind.HEADING,
        BlockKind.BODY,
    }
)


@dataclass(frozen=True, slots=True)
class Block:
    kind: BlockKind
    span: Span


@dataclass(frozen=True, slots=True)
class Removed:
    """A piece of the input that was recognised as boilerplate, with its reason."""

    kind: BlockKind
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Caption:
    """An image caption (a block in the text) and its credit ("AFP", "Keystone")."""

    span: Span
    credit: str | None = None


@dataclass(frozen=True, slots=True)
class Token:
    span: Span
    lemma: str | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    span: Span
    block: int  # index into Article.blocks


class EntityType(enum.StrEnum):
    PER = "PER"
    LOC = "LOC"
    ORG = "ORG"
    OTH = "OTH"


@dataclass(frozen=True, slots=True)
class Mention:
    span: Span
    type: EntityType
    entity: int  # index into Article.entities


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world thing named in the article, with its canonical name."""

    name: str
    type: EntityType
    roles: tuple[str, ...] = ()


class QuoteKind(enum.StrEnum):
    DIRECT = "direct"
    INDIRECT = "indirect"
    PARTIAL = "partial"
    REPORTED = "reported"


@dataclass(frozen=True, slots=True)
class Quote:
    """What was said (``span``, without quote marks) and by whom."""

    span: Span
    kind: QuoteKind
    speaker: int | None = None  # index into Article.entities
    speaker_span: Span | None = None  # the words naming the speaker here ("er", "der Kanzler")
    cue: Span | None = None  # the speech verb or noun ("sagte", "zufolge")
    # the medium that passed the words on, when named besides the speaker: "zitiert die NZZ
    # X", "sagte X gegenüber SRF" (index into Article.entities; its words in source_span)
    source: int | None = None
    source_span: Span | None = None


class KeyPointOrigin(enum.StrEnum):
    PAGE = "page"  # printed on the page in a key-points box
    GENERATED = "generated"  # written by lagebild


@dataclass(frozen=True, slots=True)
class KeyPoint:
    text: str
    sources: tuple[Span, ...]  # the sentence spans it was made from
    origin: KeyPointOrigin = KeyPointOrigin.GENERATED


@dataclass(frozen=True, slots=True)
class EventSlot:
    """One answer of the 5W1H event: the words, and the sentence they come from."""

    text: str
    evidence: Span  # the sentence that supports it
    span: Span | None = None  # the words themselves, when they are in the text
    value: str | None = None  # normalised value, e.g. an ISO date for "when"


@dataclass(frozen=True, slots=True)
class Event:
    who: EventSlot | None = None
    what: EventSlot | None = None
    when: EventSlot | None = None
    where: EventSlot | None = None
    why: EventSlot | None = None
    how: EventSlot | None = None


class TagKind(enum.StrEnum):
    PAGE = "page"  # printed on the page ("Mehr zum Thema", article:tag)
    ENTITY = "entity"  # a salient entity
    KEYWORD = "keyword"  # a salient keyword


@dataclass(frozen=True, slots=True)
class Tag:
    label: str
    kind: TagKind
    score: float = 1.0


class PageType(enum.StrEnum):
    ARTICLE = "article"
    LIVE_TICKER = "live_ticker"
    INDEX = "index"
    VIDEO = "video"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class StageRecord:
    name: str
    version: str


@dataclass(frozen=True, slots=True)
class RawDocument:
    """Input bytes plus where they came from. ``media_type`` is a hint, not a promise."""

    content: bytes
    location: str | None = None  # file path or URL the bytes were read from
    url: str | None = None  # canonical URL of the page, when known
    media_type: str | None = None  # "text/html", "text/plain", ...
    encoding: str | None = None  # declared charset, when known
    fetched_at: datetime | None = None
    source: str | None = None  # outlet name, when known
    headers: tuple[tuple[str, str], ...] = ()
    title: str | None = None  # headline given by the source (feed item, JSONL), when known
    published: datetime | None = None  # publication date given by the source, when known


@dataclass(frozen=True, slots=True)
class Story:
    """Articles about one event, from one or more outlets (agency copies and own reports)."""

    id: str
    article_ids: tuple[str, ...]
    title: str
    outlets: tuple[str, ...] = ()
    first_seen: datetime | None = None
    last_seen: datetime | None = None


@dataclass(frozen=True, slots=True)
class Reject:
    """An input document that was not stored, and why. Nothing is dropped silently."""

    location: str  # file path, URL, "file.warc.gz#record-17", "feed.xml#item-3" ...
    reason: str  # short machine-readable code, e.g. InputError.reason ("empty", "binary", ...)
    message: str  # one line for people, saying what to do
    at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned news article and everything lagebild found in it."""

    id: str  # content hash of the cleaned text
    text: str
    blocks: tuple[Block, ...] = ()
    title: str | None = None
    url: str | None = None
    location: str | None = None
    source: str | None = None  # the outlet
    agency: str | None = None  # "AFP", "dpa", "SDA", ...
    authors: tuple[str, ...] = ()
    published: datetime | None = None
    updated: datetime | None = None  # last update the page states ("Stand:", dateModified)
    language: str | None = None
    page_type: PageType = PageType.ARTICLE
    partial: bool = False  # paywall or consent stub: not the whole article
    key_points_label: str | None = None  # e.g. "Das Wichtigste in Kürze"
    captions: tuple[Caption, ...] = ()
    removed: tuple[Removed, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    key_points: tuple[KeyPoint, ...] = ()
    event: Event | None = None
    tags: tuple[Tag, ...] = ()
    stages: tuple[StageRecord, ...] = ()

    # -- convenience views (computed, never stored) --------------------------
    def blocks_of(self, *kinds: BlockKind) -> Iterator[Block]:
        return (b for b in self.blocks if b.kind in kinds)

    def span_text(self, span: Span) -> str:
        return span.of(self.text)

    def source_of(self, quote: Quote) -> str | None:
        """The medium that passed ``quote`` on ("Luzerner Zeitung"): its entity's name, else its
        words; None when the text names none."""
        if quote.source is not None and 0 <= quote.source < len(self.entities):
            return self.entities[quote.source].name
        return None if quote.source_span is None else self.span_text(quote.source_span)

    @property
    def lead(self) -> str | None:
        for block in self.blocks_of(BlockKind.LEAD):
            return block.span.of(self.text)
        return None

    @property
    def headline(self) -> str:
        """The title; without one (scraped pages often lose it), the first key point, else the
        lead, else the start of the text, cut to a headline's length (about 90 characters)."""
        if self.title and self.title.strip():
            return " ".join(self.title.split())
        for point in (*self.page_key_points, *self.key_points):
            if point.text.strip():
                return _cut(point.text)
        return _cut(self.lead or self.text)

    @property
    def page_key_points(self) -> tuple[KeyPoint, ...]:
        """The page's own key-points box, as key points whose source is the bullet."""
        return tuple(
            KeyPoint(b.span.of(self.text), (b.span,), KeyPointOrigin.PAGE)
            for b in self.blocks_of(BlockKind.KEY_POINT)
        )

    def sentence_text(self, sentence: Sentence) -> str:
        return sentence.span.of(self.text)

    def mentions_of(self, entity: int) -> tuple[Mention, ...]:
        return tuple(m for m in self.mentions if m.entity == entity)

    def replace(self, **changes: Any) -> Article:
        return dataclasses.replace(self, **changes)


_HEADLINE_CHARS = 90


def _cut(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= _HEADLINE_CHARS:
        return text
    return text[:_HEADLINE_CHARS].rsplit(" ", 1)[0] + " …"


# --------------------------------------------------------------------------
# JSON round trip
# --------------------------------------------------------------------------

T = TypeVar("T")


def to_dict(obj: Any) -> Any:
    """Plain JSON-compatible form of a model object (dataclass, enum, datetime, ...)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, enum.Enum):
        return obj.value
    if isinstance(obj, datetime):
        return obj.isoformat()
    if isinstance(obj, bytes):
        return obj.decode("latin-1")
    if isinstance(obj, tuple | list):
        return [to_dict(x) for x in obj]
    return obj


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _convert(tp: Any, value: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin is typing.Union or origin is types.UnionType:
        if value is None:
            return None
        members = [a for a in typing.get_args(tp) if a is not type(None)]
        return _convert(members[0], value)
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_convert(args[0], v) for v in value)
        return tuple(_convert(a, v) for a, v in zip(args, value, strict=True))
    if isinstance(tp, type):
        if dataclasses.is_dataclass(tp):
            return from_dict(tp, value)
        if issubclass(tp, enum.Enum):
            return tp(value)
        if tp is datetime:
            return datetime.fromisoformat(value)
        if tp is bytes:
            return value.encode("latin-1")
        if tp is float and isinstance(value, int):
            return float(value)
    return value


def from_dict(cls: type[T], data: dict[str, Any]) -> T:
    """Inverse of :func:`to_dict` for the dataclass ``cls``."""
    hints = _hints(cls)
    kwargs = {
        f.name: _convert(hints[f.name], data[f.name])
        for f in dataclasses.fields(cls)  # type: ignore[arg-type]
        if f.name in data
    }
    return cls(**kwargs)


def to_json(obj: Any, *, indent: int | None = None) -> str:
    return json.dumps(to_dict(obj), ensure_ascii=False, indent=indent)


def from_json(cls: type[T], text: str) -> T:
    return from_dict(cls, json.loads(text))
