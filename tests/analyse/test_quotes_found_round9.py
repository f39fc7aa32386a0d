"""Quotes found in round 9: a closing ", so X" after a clause in Indikativ, ..."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _speaker, _words


def test_a_closing_so_names_the_source_of_a_clause_in_indikativ() -> None:
    article = analyse(
        "Das Werk in Olten bleibt bis Ende Mai geschlossen, so Firmensprecher Beat Huber am Montag."
    )
    quote = _quote(article, "bleibt bis Ende Mai geschlossen")
    assert article.span_text(quote.span) == "Das Werk in Olten bleibt bis Ende Mai geschlossen"
    assert _speaker(article, quote) == "Beat Huber"
    assert _words(article, quote) == "Beat Huber"
    assert article.span_text(quote.cue) == "so"
    # "so dass" is no source
    assert analyse("Die Pumpe in Sarnen fiel am Morgen aus, so dass das Dorf ohne Wasser blieb.").quotes == ()
