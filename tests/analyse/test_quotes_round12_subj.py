"""Speakers of indirect quotes: the subject of the clause with the speech verb, round 12."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _words


def test_a_quantifier_with_a_partitive_genitive_opens_the_subject() -> None:
    article = analyse(
        "Einige der einflussreichsten Bauern im Kanton Luzern haben Bundesrätin Heidi Amrein gestern "
        "in einem offenen Brief geschrieben, dass die Agrarpolitik dringend geändert werden müsse."
    )
    quote = _quote(article, "die Agrarpolitik dringend geändert")
    assert _words(article, quote) == "Einige der einflussreichsten Bauern im Kanton Luzern"
    assert quote.speaker is None or article.entities[quote.speaker].name != "Heidi Amrein"


def test_a_semicolon_ends_the_clause_before_the_speech_verb() -> None:
    article = analyse(
        "Der Sperrung vorausgegangen waren Proteste in Olten; Die Zeitung Oltner Anzeiger berichtete "
        "daraufhin, dass die Kosten für die Brücke gestiegen seien."
    )
    quote = _quote(article, "die Kosten für die Brücke")
    assert _words(article, quote) == "Die Zeitung Oltner Anzeiger"
