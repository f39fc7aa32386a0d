"""Speakers of indirect and reported quotes, round 10: a pronoun opening a sentence whose
second verb after "und" speaks."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _speaker, _words


def test_a_pronoun_opening_the_sentence_speaks_the_verb_after_und() -> None:
    article = analyse(
        "Der Bauer Urs Gisler hat sich in seinem Hof in Menzingen verschanzt. "
        "Er verständigte gegen Mitternacht selbst die Polizei und teilte mit, dass er bewaffnet sei."
    )
    quote = _quote(article, "bewaffnet sei")
    assert _words(article, quote) == "Er"
    assert _speaker(article, quote) == "Urs Gisler"
