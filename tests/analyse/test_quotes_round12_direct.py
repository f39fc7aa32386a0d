"""Speakers of round 12 (direct quotes): the noun phrase a relative pronoun stands for."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _words


def test_a_relative_pronoun_reaches_back_to_its_noun_phrase() -> None:
    article = analyse(
        "In der Thuner Rundschau erschien ein Kommentar, der den Entscheid des Gemeinderats "
        "als „völlig verfehlte Sparübung“ bezeichnet."
    )
    quote = _quote(article, "verfehlte Sparübung")
    assert _words(article, quote) == "ein Kommentar, der"


def test_welche_reaches_back_over_an_adjective() -> None:
    article = analyse(
        "Die Eindringlinge hinterließen eine kurze Botschaft, welche die Techniker in Aarau "
        "als „einen Haufen Anfänger“ bezeichnete."
    )
    quote = _quote(article, "Haufen Anfänger")
    assert _words(article, quote) == "eine kurze Botschaft, welche"
