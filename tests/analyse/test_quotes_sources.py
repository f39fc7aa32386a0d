"""Speakers that are no entity, sources named by prepositions, and speakers carried over.

Fixtures written for lagebild; each case is one that the speaker search used to miss.
"""

from __future__ import annotations

import hashlib

from lagebild.analyse.entities import EntityStage
from lagebild.analyse.quotes import QuoteStage
from lagebild.language.de.stages import SentenceStage, TokenStage
from lagebild.model import Article, Block, BlockKind, Quote, QuoteKind, Span


def analyse(*paragraphs: str) -> Article:
    """One body block per paragraph, through the real language stages, entities and quotes."""
    blocks: list[Block] = []
    position = 0
    for text in paragraphs:
        blocks.append(Block(BlockKind.BODY, Span(position, position + len(text))))
        position += len(text) + 2
    text = "\n\n".join(paragraphs)
    article = Article(id=hashlib.sha256(text.encode()).hexdigest(), text=text, blocks=tuple(blocks))
    for stage in (SentenceStage(), TokenStage(), EntityStage(), QuoteStage()):
        article = stage(article)
    return article


def _speaker_words(article: Article, quote: Quote) -> str | None:
    return None if quote.speaker_span is None else article.span_text(quote.speaker_span)


def _speaker_name(article: Article, quote: Quote) -> str | None:
    return None if quote.speaker is None else article.entities[quote.speaker].name


def _only(article: Article, kind: QuoteKind | None = None) -> Quote:
    quotes = [q for q in article.quotes if kind is None or q.kind is kind]
    assert len(quotes) == 1, article.quotes
    return quotes[0]


def test_person_before_the_verb_beats_the_newspaper_after_it() -> None:
    article = analyse(
        "Bundesrätin Regula Imboden sagte am Dienstag der Neuen Zürcher Zeitung, sie halte "
        "„eine rasche Einigung für möglich“."
    )
    quote = next(q for q in article.quotes if q.kind is not QuoteKind.INDIRECT)
    assert _speaker_name(article, quote) == "Regula Imboden"


def test_noun_phrase_after_the_verb_names_the_speaker() -> None:
    article = analyse("„Es war wie ein Donnerschlag“, beschreibt ein Anwohner aus Flüelen den Moment.")
    quote = _only(article, QuoteKind.DIRECT)
    assert _speaker_words(article, quote) == "ein Anwohner"


def test_noun_phrase_with_adjective_before_the_verb() -> None:
    article = analyse("Das kantonale Amt rät dazu, „nicht notwendige Fahrten zu verschieben“.")
    quote = _only(article, QuoteKind.PARTIAL)
    assert _speaker_words(article, quote) == "Das kantonale Amt"


def test_preposition_source_for_a_partial_quote() -> None:
    article = analyse("Der Entscheid ist laut einem Jury-Mitglied ein „mutiges Zeichen für die Region“.")
    quote = _only(article, QuoteKind.PARTIAL)
    assert quote.speaker_span is not None
    assert "Jury-Mitglied" in (_speaker_words(article, quote) or "")
    assert quote.cue is not None
    assert article.span_text(quote.cue) == "laut"


def test_media_reports_are_a_source() -> None:
    article = analyse("Medienberichten zufolge hat der Konzern das Werk in Emmen geschlossen.")
    quote = _only(article, QuoteKind.REPORTED)
    assert _speaker_words(article, quote) == "Medienberichten"


def test_inserted_so_clause_in_konjunktiv() -> None:
    article = analyse("Das Problem sei vielmehr, so der Gemeindepräsident, dass niemand zuständig sei.")
    quote = _only(article)
    assert quote.speaker_span is not None
    assert "Gemeindepräsident" in (_speaker_words(article, quote) or "")


def test_unknown_name_after_so() -> None:
    article = analyse(
        "Der Abgeordnete Lukas Brunnthaler kritisierte den Plan scharf. Die Vorlage sei "
        "„ein Schlag ins Gesicht der Pendler“, so Brunnthaler."
    )
    quote = [q for q in article.quotes if q.kind is not QuoteKind.INDIRECT][-1]
    assert _speaker_name(article, quote) == "Lukas Brunnthaler"


def test_infinitive_after_a_speech_verb_is_indirect_speech() -> None:
    article = analyse("Der Verband forderte die Regierung auf, die Grenzwerte sofort zu senken.")
    quote = _only(article, QuoteKind.INDIRECT)
    assert article.span_text(quote.span) == "die Grenzwerte sofort zu senken"


def test_context_speaker_carries_its_words() -> None:
    article = analyse("Die Sprecherin fügte hinzu. „Wir werden die Strecke morgen wieder öffnen.“")
    quote = _only(article, QuoteKind.DIRECT)
    assert _speaker_words(article, quote) in {"Sprecherin", "Die Sprecherin"}


def test_a_name_before_a_time_phrase_is_not_a_speaker() -> None:
    # "Anfang Woche" after the verb is no name: the role noun after it is the speaker
    article = analyse(
        "Bundesrätin Regula Imboden besuchte Flüelen. „Wir bleiben dran“, sagte Anfang Woche die Bundesrätin."
    )
    quote = _only(article, QuoteKind.DIRECT)
    assert _speaker_name(article, quote) == "Regula Imboden"
