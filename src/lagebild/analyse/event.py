"""The main event of an article as 5W1H: who, what, when, where, why (how stays empty).

Every slot is read from a sentence that states the news — the lead and the first
body sentences — or, for "when" (day dates only) and "why", from a sentence that
names an entity of the "what" sentence. No slot comes from an unrelated sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lagebild.analyse.event_when import DAY, find_times, normalise
from lagebild.analyse.event_why import find_cause
from lagebild.analyse.keypoints_text import SentenceInfo, fold, main_sentences, sentence_infos, words
from lagebild.analyse.keypoints_trim import cut_to_fit
from lagebild.model import Article, BlockKind, EntityType, Event, EventSlot, Mention, Span

__all__ = ["EventStage", "find_event"]

#: A "what" longer than this loses its trailing attribution or adjunct clause.
WHAT_MAX_WORDS = 25
_LEADING_SUBORDINATORS = frozenset(
    {"nachdem", "weil", "da", "obwohl", "als", "wenn", "während", "bevor", "seit", "seitdem", "falls",
     "sobald"}
)  # fmt: skip
# Words after a comma that continue a subordinate part rather than start the main clause.
_NOT_MAIN = frozenset(
    {"dass", "ob", "wie", "und", "oder", "um", "weil", "da", "wenn", "als", "die", "der", "das", "den",
     "dem", "deren", "dessen", "denen", "welche", "welcher", "welches", "wo", "was", "sondern", "aber"}
)  # fmt: skip
# "aus" is left out: "ein Mann aus Deutschland" names where someone comes from.
_LOCATIVE = frozenset({"in", "im", "ins", "nach", "bei", "vor", "auf", "am"})
# A name after one of these is an object or a source ("in die Bundesliga", "laut der
# Polizei"), rarely the one who acts.
_NOT_ACTOR_BEFORE = frozenset(
    {"in", "im", "ins", "nach", "aus", "bei", "vor", "auf", "am", "an", "mit", "von", "vom", "zu", "zum",
     "zur", "für", "gegen", "über", "laut", "gemäss", "gemäß", "wie", "seitens"}
)  # fmt: skip
_ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einen", "einem"})
_SOURCE_AFTER = re.compile(r"^\s*(?:\w+\s+){0,3}(?:zufolge|mitteilte|mitteilten|berichtete|meldete)\b")
_COMMA_WORD = re.compile(r",\s+(\w+)")
_TRAILING_CAUSE = re.compile(r",\s+(?:weil|da|zumal)\s[^,;:]*$")


def _what_sentence(main: Sequence[SentenceInfo]) -> SentenceInfo | None:
    for info in main:
        if info.text.rstrip().endswith("?") or info.quoted > 0.5 or info.n_words < 6:
            continue
        return info
    return None


def _main_clause_start(text: str) -> int:
    """Offset where the main clause starts, after a leading subordinate clause."""
    first = words(text)[:1]
    if not first or fold(first[0]) not in _LEADING_SUBORDINATORS:
        return 0
    for m in _COMMA_WORD.finditer(text):
        pos = m.start()
        # a comma inside a quotation does not end the subordinate clause
        depth = sum(text.count(a, 0, pos) - text.count(b, 0, pos) for a, b in (("«", "»"), ("„", "“")))
        word = m.group(1)
        if depth == 0 and word[:1].islower() and fold(word) not in _NOT_MAIN:
            return m.start(1)
    return 0


def _what(article: Article, info: SentenceInfo) -> EventSlot:
    text = info.text
    start = _main_clause_start(text)
    # cut_to_fit returns a prefix of its input (plus a full stop), so the result
    # is still a contiguous piece of the sentence
    clause = (cut_to_fit(text[start:], WHAT_MAX_WORDS, min_words=4) or text[start:]).rstrip(" .!")
    # a trailing "weil ..." belongs to "why", not to "what"
    cause = _TRAILING_CAUSE.search(clause)
    if cause is not None and len(words(clause[: cause.start()])) >= 4:
        clause = clause[: cause.start()]
    end = start + len(clause)
    base = info.sentence.span.start
    span = Span(base + start, base + end)
    return EventSlot(text=span.of(article.text), evidence=info.sentence.span, span=span)


def _mentions_in(article: Article, span: Span, *types: EntityType) -> list[Mention]:
    return [m for m in article.mentions if span.contains(m.span) and (not types or m.type in types)]


def _actor_weight(article: Article, mention: Mention, sentence: Span) -> float:
    """1.0 for a name that may be the subject; less after a preposition or as a source."""
    before = [
        fold(w)
        for w in words(article.text[max(sentence.start, mention.span.start - 40) : mention.span.start])
    ]
    while before and before[-1] in _ARTICLES:
        before.pop()
    after = article.text[mention.span.end : min(sentence.end, mention.span.end + 60)]
    if (before and before[-1] in _NOT_ACTOR_BEFORE) or _SOURCE_AFTER.match(after):
        return 0.2
    return 1.0


def _who(article: Article, what: SentenceInfo, main: Sequence[SentenceInfo]) -> EventSlot | None:
    actors = (EntityType.PER, EntityType.ORG)
    scores: dict[int, float] = {}
    first: dict[int, tuple[SentenceInfo, Mention]] = {}
    for rank, info in enumerate(main):
        for mention in _mentions_in(article, info.sentence.span, *actors):
            # sentence-initial names are usually the subject, the one acting
            opening = mention.span.start - info.sentence.span.start < 30
            bonus = (3.0 if info.index == what.index else 2.0 / (1 + rank)) + (1.0 if opening else 0.0)
            bonus *= _actor_weight(article, mention, info.sentence.span)
            scores[mention.entity] = scores.get(mention.entity, 0.0) + bonus
            first.setdefault(mention.entity, (info, mention))
    # below this, every candidate was only an object or a source: better no "who"
    if not scores or max(scores.values()) < 1.0:
        return None
    best = max(scores, key=lambda e: (scores[e], -first[e][1].span.start))
    info, mention = first[best]
    name = article.entities[best].name if best < len(article.entities) else None
    return EventSlot(mention.span.of(article.text), info.sentence.span, mention.span, name)


def _where(article: Article, what: EventSlot, sentences: Sequence[SentenceInfo]) -> EventSlot | None:
    def before(m: Mention) -> str:
        previous = words(article.text[max(0, m.span.start - 12) : m.span.start])
        return fold(previous[-1]) if previous else ""

    def locative(m: Mention) -> bool:
        return before(m) in _LOCATIVE

    for info in sentences:
        # "ein Mann aus Deutschland": an origin, never the place of the event
        places = [m for m in _mentions_in(article, info.sentence.span, EntityType.LOC) if before(m) != "aus"]
        if not places:
            continue
        inside = [m for m in places if what.span is not None and what.span.contains(m.span)]
        for group in ([m for m in inside if locative(m)], inside, [m for m in places if locative(m)], places):
            if group:
                m = group[0]
                return EventSlot(m.span.of(article.text), info.sentence.span, m.span)
    return None


def _when(
    article: Article, strict: Sequence[SentenceInfo], related: Sequence[SentenceInfo]
) -> EventSlot | None:
    found = [(t, info) for info in strict for t in find_times(info.text)]
    found += [(t, info) for info in related for t in find_times(info.text) if t.precision == DAY]
    if not found:
        return None
    expr, info = min(enumerate(found), key=lambda p: (p[1][0].precision, p[0]))[1]
    base = info.sentence.span.start
    span = Span(base + expr.start, base + expr.end)
    return EventSlot(expr.text, info.sentence.span, span, normalise(expr, article.published))


def _why(article: Article, sentences: Sequence[SentenceInfo]) -> EventSlot | None:
    for info in sentences:
        cause = find_cause(info.text)
        if cause is not None:
            base = info.sentence.span.start
            span = Span(base + cause.start, base + cause.end)
            return EventSlot(cause.text, info.sentence.span, span)
    return None


def _related(article: Article, what: SentenceInfo, infos: Sequence[SentenceInfo]) -> list[SentenceInfo]:
    """Lead and body sentences that name an entity of the "what" sentence."""
    entities = {m.entity for m in _mentions_in(article, what.sentence.span)}
    out = []
    for info in infos:
        if info.kind not in (BlockKind.LEAD, BlockKind.BODY) or info.index == what.index:
            continue
        if any(m.entity in entities for m in _mentions_in(article, info.sentence.span)):
            out.append(info)
    return out


def find_event(article: Article) -> Event | None:
    """The main event of ``article``, or ``None`` when it has no lead or body sentence."""
    infos = sentence_infos(article)
    main = main_sentences(infos)
    what_info = _what_sentence(main)
    if what_info is None:
        return None
    what = _what(article, what_info)
    ordered = [what_info] + [i for i in main if i.index != what_info.index]
    related = [i for i in _related(article, what_info, infos) if i not in ordered]
    return Event(
        who=_who(article, what_info, ordered),
        what=what,
        when=_when(article, ordered, related),
        where=_where(article, what, ordered),
        why=_why(article, ordered + related),
        how=None,  # no reliable reading yet; left empty rather than guessed
    )


class EventStage:
    """Finds the main event (5W1H) of each article."""

    name = "event"
    version = "0.1"
    requires = frozenset({"sentences", "entities"})
    provides = frozenset({"event"})

    def __call__(self, article: Article) -> Article:
        return article.replace(event=find_event(article))
