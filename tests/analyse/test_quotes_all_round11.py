"""Speakers of indirect and reported quotes, round 11."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _words


def test_a_noun_after_a_preposition_before_the_verb_is_no_speaker() -> None:
    article = analyse(
        "Die Gemeinde Menzingen plant eine Fusion. Ein Sprecher des Gemeinderats schränkte die Pläne "
        "jedoch ein, dass nicht an eine Fusion mit dem Nachbardorf gedacht sei."
    )
    assert _words(article, _quote(article, "mit dem Nachbardorf")) == "Ein Sprecher"


def test_a_quantifier_opening_the_sentence_begins_the_subject() -> None:
    article = analyse(
        "Die Gemeinde Menzingen erhöht die Steuern. "
        "Manche Beobachter halten es für möglich, dass weitere Gemeinden folgen."
    )
    assert _words(article, _quote(article, "weitere Gemeinden folgen")) == "Manche Beobachter"
