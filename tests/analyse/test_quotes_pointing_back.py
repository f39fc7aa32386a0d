"""Quotes pointing back: a sentence whose statement is named by the next one ("… Dies bestätigte
der Vorsitzende."), and more nouns after "nach" that name a source ("nach einer Studie")."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _speaker, _words

from lagebild.model import QuoteKind


def test_statement_named_by_the_next_sentence() -> None:
    article = analyse(
        "Die Genossenschaft Alpenmilch schließt ihre Käserei in Langnau Ende Jahr. "
        "Dies bestätigte der Geschäftsführer Markus Zwahlen am Dienstag."
    )
    quote = _quote(article, "schließt ihre Käserei")
    assert quote.kind is QuoteKind.INDIRECT
    assert article.span_text(quote.span).endswith("Dies")
    assert _speaker(article, quote) == "Markus Zwahlen"


def test_das_as_article_is_no_pointer_back() -> None:
    article = analyse(
        "Die Gemeinde baut im Sommer eine neue Turnhalle für die Schule. "
        "Das Gericht bestätigte den Entscheid am Montag."
    )
    assert not any("neue Turnhalle" in article.span_text(q.span) for q in article.quotes)


def test_pointer_back_after_a_quotation_adds_no_quote() -> None:
    article = analyse("„Wir bleiben hier“, rief die Menge. Das sagte später auch die Polizeisprecherin.")
    assert not any(article.span_text(q.span).endswith("Das") for q in article.quotes)


def test_source_after_nach_a_study() -> None:
    article = analyse(
        "Nach einer schwedischen Studie verdoppelt schon wenig Lärm in der Nacht das Risiko "
        "für Herzkrankheiten."
    )
    quote = _quote(article, "verdoppelt schon wenig Lärm")
    assert quote.kind is QuoteKind.REPORTED
    assert _words(article, quote) == "einer schwedischen Studie"
