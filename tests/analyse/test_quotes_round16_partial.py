"""Speakers of round 16 (partial quotes, words in marks inside a sentence the writer speaks in):
inside a clause with "ist", "war" or "bleibt", "für" and the person or group after it hold the
view, the nearest "für" before the marks ("Was für die Direktorin eine «kluge Lösung» ist,
bleibt für die Lehrerverbände «ein Wortbruch»")."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _words


def test_the_nearest_fuer_in_the_clause_holds_the_view() -> None:
    article = analyse(
        "Was für die Direktorin eine «kluge Lösung» ist, bleibt für die Lehrerverbände im Thurgau "
        "«ein Wortbruch»."
    )
    assert _words(article, _quote(article, "ein Wortbruch")) == "die Lehrerverbände"


def test_fuer_and_a_group_inside_a_reported_clause_holds_the_view() -> None:
    article = analyse("Die Bauzonen in Sursee waren für die Anwohner «eine Zumutung».")
    assert _words(article, _quote(article, "eine Zumutung")) == "die Anwohner"
