"""Hand-built Articles for the key point, event and tag tests.

Sentences, tokens and mentions are laid out here directly, so the tests do not
depend on the quality of the sentence splitter or the entity stage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from lagebild.model import (
    Article,
    Block,
    BlockKind,
    Entity,
    EntityType,
    Mention,
    Sentence,
    Span,
    Tag,
    TagKind,
    Token,
)

_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")

BlockSpec = tuple[BlockKind, Sequence[str]]  # a block: its kind and its sentences
EntitySpec = tuple[str, EntityType, Sequence[str]]  # canonical name, type, surface forms


def build_article(
    blocks: Sequence[BlockSpec],
    entities: Sequence[EntitySpec] = (),
    *,
    published: datetime | None = None,
    tags: Sequence[Tag] = (),
) -> Article:
    """An Article whose blocks hold the given sentences, with tokens and mentions.

    Every whole-word occurrence of an entity's surface form becomes a mention.
    """
    parts: list[str] = []
    block_list: list[Block] = []
    sentences: list[Sentence] = []
    pos = 0
    for index, (kind, sents) in enumerate(blocks):
        block_start = pos
        for i, sent in enumerate(sents):
            if i:
                parts.append(" ")
                pos += 1
            sentences.append(Sentence(Span(pos, pos + len(sent)), index))
            parts.append(sent)
            pos += len(sent)
        block_list.append(Block(kind, Span(block_start, pos)))
        parts.append("\n\n")
        pos += 2
    text = "".join(parts)[:-2]
    tokens = tuple(
        Token(Span(m.start(), m.end()))
        for s in sentences
        for m in _TOKEN.finditer(text, s.span.start, s.span.end)
    )
    mentions: list[Mention] = []
    for number, (_, etype, forms) in enumerate(entities):
        for form in forms:
            for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
                mentions.append(Mention(Span(m.start(), m.end()), etype, number))
    mentions.sort(key=lambda m: m.span)
    return Article(
        id="test",
        text=text,
        blocks=tuple(block_list),
        sentences=tuple(sentences),
        tokens=tokens,
        entities=tuple(Entity(name, etype) for name, etype, _ in entities),
        mentions=tuple(mentions),
        published=published,
        tags=tuple(tags),
    )


# --- the shared fixture: a made-up Swiss report ---------------------------------

TITLE = "Bundesrat stoppt Ausbau der Gotthardstrecke vorerst"
LEAD = (
    "Der Bundesrat hat am Montag den geplanten Ausbau der Gotthardstrecke vorerst gestoppt, "
    "weil die Kosten um 40 Prozent gestiegen sind."
)
BOX = "Der Bundesrat stoppt den Ausbau der Gotthardstrecke."
CAPTION = "Ein Güterzug fährt durch den Gotthard-Basistunnel bei Erstfeld im Kanton Uri."
HEADING = "Wie geht es weiter?"
BODY_1 = (
    "Verkehrsministerin Anna Keller sagte in Bern, das Projekt werde nun von einer unabhängigen "
    "Kommission überprüft."
)
BODY_2 = "Die Kommission soll bis Ende Jahr einen Bericht mit neuen Kostenschätzungen vorlegen."
BODY_3 = "Zudem prüft das Bundesamt für Verkehr, ob einzelne Bauabschnitte günstiger umgesetzt werden können."
BODY_4 = "Auch die SBB hatten zuletzt vor steigenden Preisen für Stahl und Beton gewarnt."
BODY_5 = "«Wir brauchen Klarheit, bevor weitere Milliarden ausgegeben werden."
BODY_6 = "Das sind wir den Steuerzahlern schuldig», sagte Keller."
BODY_7 = "Ist der Ausbau damit endgültig gescheitert?"
BODY_8 = (
    "Im Kanton Uri stösst der Entscheid auf Kritik, weil die Region seit Jahren auf eine bessere "
    "Anbindung an den Güterverkehr wartet."
)
BODY_9 = "Der Urner Regierungsrat will sich nun direkt beim Bundesrat für eine rasche Lösung einsetzen."

ENTITIES: tuple[EntitySpec, ...] = (
    ("Bundesrat", EntityType.ORG, ("Bundesrat", "Bundesrats")),
    ("Anna Keller", EntityType.PER, ("Anna Keller", "Keller")),
    ("Bern", EntityType.LOC, ("Bern",)),
    ("Uri", EntityType.LOC, ("Uri",)),
    ("SBB", EntityType.ORG, ("SBB",)),
    ("Bundesamt für Verkehr", EntityType.ORG, ("Bundesamt für Verkehr",)),
    ("Erstfeld", EntityType.LOC, ("Erstfeld",)),
)


def gotthard(published: datetime | None = datetime(2024, 3, 13, 9, 30)) -> Article:
    """The shared fixture with every block kind."""
    return build_article(
        [
            (BlockKind.TITLE, [TITLE]),
            (BlockKind.LEAD, [LEAD]),
            (BlockKind.KEY_POINT, [BOX]),
            (BlockKind.CAPTION, [CAPTION]),
            (BlockKind.BODY, [BODY_1, BODY_2]),
            (BlockKind.BODY, [BODY_3, BODY_4]),
            (BlockKind.HEADING, [HEADING]),
            (BlockKind.BODY, [BODY_5, BODY_6, BODY_7]),
            (BlockKind.BODY, [BODY_8, BODY_9]),
        ],
        ENTITIES,
        published=published,
        tags=(Tag("Gotthard", TagKind.PAGE),),
    )


def test_builder_spans_slice_the_text() -> None:
    article = gotthard()
    assert [article.sentence_text(s) for s in article.sentences][:2] == [TITLE, LEAD]
    for mention in article.mentions:
        surface = mention.span.of(article.text)
        assert surface in ENTITIES[mention.entity][2]
    for block in article.blocks:
        assert "\n\n" not in block.span.of(article.text)
