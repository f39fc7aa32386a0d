"""Indirect and reported speech of round 16, in the shapes Swiss news agencies and papers use every
day, checked on passages written for the purpose: Konjunktiv I of verbs in "-eln"/"-ern" in its
short form ("man ermittle", "man verhandle")."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _words


def test_short_konjunktiv_of_a_verb_in_eln_reports() -> None:
    article = analyse("Ein Polizeisprecher sagte auf Anfrage, man ermittle in alle Richtungen.")
    quote = _quote(article, "Richtungen")
    assert article.span_text(quote.span) == "man ermittle in alle Richtungen"
    assert quote.kind.value == "indirect"
    assert _words(article, quote) == "Ein Polizeisprecher"


def test_short_konjunktiv_after_the_speaker_reports() -> None:
    article = analyse("Die Gemeinde Gossau teilte am Freitag mit, man verhandle noch mit dem Käufer.")
    assert article.span_text(_quote(article, "Käufer").span) == "man verhandle noch mit dem Käufer"
