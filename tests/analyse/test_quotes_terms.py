"""Reported speech in sentences that hold a short term or title in marks.

A title („Der Tagesbote“) or a phrase in marks („schweren Krise“) leaves the sentence the
writer's report of what a source said; a long quotation in marks is the statement itself.
Fixtures written for lagebild.
"""

from __future__ import annotations

import hashlib

from lagebild.analyse.entities import EntityStage
from lagebild.analyse.quotes import QuoteStage
from lagebild.language.de.stages import SentenceStage, TokenStage
from lagebild.model import Article, Block, BlockKind, QuoteKind, Span


def analyse(text: str) -> Article:
    block = Block(BlockKind.BODY, Span(0, len(text)))
    article = Article(id=hashlib.sha256(text.encode()).hexdigest(), text=text, blocks=(block,))
    for stage in (SentenceStage(), TokenStage(), EntityStage(), QuoteStage()):
        article = stage(article)
    return article


def _reported(article: Article) -> list[str]:
    return [article.span_text(q.span) for q in article.quotes if q.kind is QuoteKind.REPORTED]


def test_source_named_with_a_title_in_marks_is_reported_speech() -> None:
    article = analyse(
        "Nach Angaben des Magazins „Der Tagesbote“ sei bei den Behörden die Sorge gewachsen, "
        "die Lieferung komme zu spät."
    )
    reported = [q for q in article.quotes if q.kind is QuoteKind.REPORTED]
    assert [article.span_text(q.span) for q in reported] == [
        "Nach Angaben des Magazins „Der Tagesbote“ sei bei den Behörden die Sorge gewachsen, "
        "die Lieferung komme zu spät"
    ]
    assert reported[0].speaker_span is not None
    assert "Magazins" in article.span_text(reported[0].speaker_span)


def test_speech_act_around_a_short_phrase_in_marks_is_reported() -> None:
    article = analyse(
        "Die Ministerin sprach von einer „schweren Krise“ und kritisierte die Entscheidung scharf."
    )
    assert _reported(article) == [
        "Die Ministerin sprach von einer „schweren Krise“ und kritisierte die Entscheidung scharf"
    ]


def test_long_quotation_in_marks_is_not_reported_again() -> None:
    article = analyse(
        "Die Ministerin kritisierte am Montag die Entscheidung mit den Worten „Das ist ein "
        "schwerer Fehler für das ganze Land“."
    )
    assert _reported(article) == []
