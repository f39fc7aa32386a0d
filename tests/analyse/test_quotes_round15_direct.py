"""Speakers of round 15 (direct quotes in everyday news shapes): the name after an age and a noun
("sagte die 45-jährige Pflegefachfrau Sandra Huber")."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _speaker, _words


def test_the_name_after_an_age_and_its_noun_speaks() -> None:
    article = analyse("„Ich fühle mich sicher“, sagte die 45-jährige Pflegefachfrau Sandra Huber aus Olten.")
    quote = _quote(article, "fühle mich sicher")
    assert _speaker(article, quote) == "Sandra Huber"
    assert _words(article, quote) == "die 45-jährige Pflegefachfrau Sandra Huber"


def test_the_name_right_after_the_age_speaks() -> None:
    article = analyse(
        "Der Wirt Anton Gisler ist zufrieden. „Es läuft gut“, sagte der 61-jährige Peter Frehner."
    )
    quote = _quote(article, "läuft gut")
    assert _speaker(article, quote) == "Peter Frehner"
