"""Quotes and speakers on German news: the seed article (when ../shared is there) and fixtures."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from lagebild.analyse.entities import EntityStage
from lagebild.analyse.quotes import QuoteStage
from lagebild.language.de.stages import SentenceStage, TokenStage
from lagebild.model import Article, Block, BlockKind, Span

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "000_f6fe3d9bbf771269.txt"


def analyse(*paragraphs: tuple[BlockKind, str] | str) -> Article:
    """One block per paragraph, through the real language stages, entities and quotes."""
    parts: list[str] = []
    blocks: list[Block] = []
    position = 0
    for paragraph in paragraphs:
        kind, text = (BlockKind.BODY, paragraph) if isinstance(paragraph, str) else paragraph
        blocks.append(Block(kind, Span(position, position + len(text))))
        parts.append(text)
        position += len(text) + 2
    text = "\n\n".join(parts)
    article = Article(id=hashlib.sha256(text.encode()).hexdigest(), text=text, blocks=tuple(blocks))
    for stage in (SentenceStage(), TokenStage(), EntityStage(), QuoteStage()):
        article = stage(article)
    return article


def table(article: Article) -> list[tuple[str, str, str | None]]:
    """(kind, quoted words, speaker name) for every quote."""
    return [
        (
            q.kind.value,
            article.span_text(q.span),
            None if q.speaker is None else article.entities[q.speaker].name,
        )
        for q in article.quotes
    ]


def test_direct_quote_with_cue_after() -> None:
    article = analyse("«Wir bleiben dran», sagte Bundesrätin Regula Imboden am Mittwoch.")
    assert table(article) == [("direct", "Wir bleiben dran", "Regula Imboden")]
    quote = article.quotes[0]
    assert quote.cue is not None
    assert article.span_text(quote.cue) == "sagte"
    assert quote.speaker_span is not None
    assert article.span_text(quote.speaker_span) == "Regula Imboden"


def test_direct_quote_after_colon_and_german_marks() -> None:
    article = analyse("Imboden sagte: „Die Lage ist ernst.“ Dann ging sie.")
    assert table(article) == [("direct", "Die Lage ist ernst.", "Imboden")]


def test_pronoun_and_so_cues() -> None:
    article = analyse(
        "Ministerin Karin Vogt kam spät. «Wir haben viel zu tun», sagte sie. "
        "«Das ist ein guter Tag», so Vogt."
    )
    assert table(article) == [
        ("direct", "Wir haben viel zu tun", "Karin Vogt"),
        ("direct", "Das ist ein guter Tag", "Karin Vogt"),
    ]
    assert article.span_text(article.quotes[0].speaker_span or Span(0, 0)) == "sie"


def test_role_noun_as_speaker() -> None:
    article = analyse(
        "Kanzler Olaf Brenner reiste nach Wien. Dort traf er Gewerkschaftschef Peter Lanz.",
        "«Wir sind nahe an einer Lösung», sagte der Kanzler.",
    )
    assert table(article) == [("direct", "Wir sind nahe an einer Lösung", "Olaf Brenner")]


def test_generic_institution_speaks_without_being_an_entity() -> None:
    article = analyse("«Verletzt wurde niemand», teilte die Polizei mit.")
    assert table(article) == [("direct", "Verletzt wurde niemand", None)]
    quote = article.quotes[0]
    assert quote.speaker_span is not None
    assert article.span_text(quote.speaker_span) == "die Polizei"
    assert article.entities == ()


def test_generic_institution_speaks_for_the_named_one() -> None:
    article = analyse(
        "Die Kantonspolizei Wallis wurde am Mittag alarmiert.",
        "«Die Lage war unübersichtlich», teilte die Polizei mit.",
    )
    assert table(article) == [("direct", "Die Lage war unübersichtlich", "Kantonspolizei Wallis")]


def test_organisation_as_speaker() -> None:
    article = analyse("«Der Zugverkehr läuft wieder», teilte die Deutsche Bahn mit.")
    assert table(article) == [("direct", "Der Zugverkehr läuft wieder", "Deutsche Bahn")]


def test_quote_over_two_paragraphs_is_one_quote() -> None:
    article = analyse(
        "Landsbergis erklärte: «Wir brauchen Hilfe. Und zwar jetzt.",
        "«Niemand darf wegsehen.»",
        "Danach reiste er ab.",
    )
    assert len(article.quotes) == 1
    text = article.span_text(article.quotes[0].span)
    assert text.startswith("Wir brauchen Hilfe.")
    assert text.endswith("Niemand darf wegsehen.")
    assert table(article)[0][2] == "Landsbergis"


def test_titles_are_not_quotes() -> None:
    article = analyse(
        "Die Recherche erschien in der „Süddeutschen Zeitung“. Das Schiff «Titanic» sank 1912. "
        "Sie las das Buch «Der Schatten»."
    )
    assert article.quotes == ()


def test_partial_quote_gets_the_speaker_from_context() -> None:
    article = analyse(
        "Zugleich versicherte Antony Blinken den Partnern die Solidarität der USA. "
        "Die Verpflichtung sei «unantastbar».",
        "Die Pflicht sei «heilig», hiess es später.",
    )
    rows = [row for row in table(article) if row[0] != "reported"]  # "versicherte ... die Solidarität"
    # the Konjunktiv sentence goes on reporting Blinken; its words in marks are his too
    assert rows[0] == ("indirect", "Die Verpflichtung sei «unantastbar»", "Antony Blinken")
    assert rows[1] == ("partial", "unantastbar", "Antony Blinken")
    assert rows[2][:2] == ("partial", "heilig")
    assert rows[2][2] is None


def test_indirect_speech_with_dass_and_konjunktiv() -> None:
    article = analyse(
        "Bundesrätin Regula Imboden betonte, dass die Schweiz neutral bleibe. "
        "Imboden sagte, man sei zu Gesprächen bereit. Sie sagte nichts weiter."
    )
    assert table(article) == [
        ("indirect", "die Schweiz neutral bleibe", "Regula Imboden"),
        ("indirect", "man sei zu Gesprächen bereit", "Regula Imboden"),
    ]


def test_reported_speech_with_laut_and_zufolge() -> None:
    article = analyse(
        "Laut Polizei wurde niemand verletzt. Der Sachschaden ist gross. "
        "Markus Huber zufolge kommen 400 Soldaten."
    )
    rows = table(article)
    assert rows == [
        ("reported", "Laut Polizei wurde niemand verletzt", None),
        ("reported", "Markus Huber zufolge kommen 400 Soldaten", "Markus Huber"),
    ]
    police = article.quotes[0].speaker_span
    assert police is not None
    assert article.span_text(police) == "Polizei"


def test_no_quotes_without_marks_or_cues() -> None:
    assert analyse("Die Preise steigen. Der Winter kommt.").quotes == ()


def test_quote_spans_exclude_the_marks() -> None:
    article = analyse("«Ja», sagte Vogt. „Nein“, sagte Karin Vogt.")
    for quote in article.quotes:
        text = article.span_text(quote.span)
        assert text[0] not in "«»„“"
        assert text[-1] not in "«»„“"


@pytest.mark.shared
@pytest.mark.skipif(not SEED.exists(), reason="needs ../shared/seed (the seed article) beside the repo")
def test_seed_quotes() -> None:
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").split("\n")]
    paragraphs = [(BlockKind.LEAD, lines[0])] + [
        (BlockKind.BODY, line) for line in lines[3:] if line.endswith((".", "»"))
    ]
    rows = table(analyse(*paragraphs))

    def quote(start: str) -> tuple[str, str | None]:
        (found,) = [(kind, speaker) for kind, text, speaker in rows if text.startswith(start)]
        return found

    assert quote("Die sich verschlechternde Sicherheitslage") == ("direct", "Gintanas Nauseda")
    assert quote("unantastbar") == ("partial", "Antony Blinken")
    assert quote("alle verfügbaren Mittel") in {("partial", "Litauen"), ("partial", None)}
    assert quote("rücksichtslose Aggression gegen die Ukraine") == ("partial", "Gintanas Nauseda")
    landsbergis = [r for r in rows if r[1].startswith("Wir können nicht zulassen")]
    assert len(landsbergis) == 1
    assert landsbergis[0][1].endswith("Die Hilfe für die Ukraine muss fortgesetzt werden")
    assert landsbergis[0][2] == "Gabrielius Landsbergis"


def test_konjunktiv_sentences_continue_the_previous_speaker() -> None:
    article = analyse(
        "Bahnsprecherin Katrin Sommerfeld sagte, man habe die Ausfälle bedauert. "
        "Ein Notfahrplan sei in Kraft. Die Züge stehen still.",
        "Der Verband sei enttäuscht.",
        "Weiter unten: Es gebe keine Lösung.",
    )
    assert table(article) == [
        ("indirect", "man habe die Ausfälle bedauert", "Katrin Sommerfeld"),
        ("indirect", "Ein Notfahrplan sei in Kraft", "Katrin Sommerfeld"),
    ]
