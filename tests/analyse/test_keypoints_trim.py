"""Cutting and connective rules of key points."""

from __future__ import annotations

import pytest

from lagebild.analyse.keypoints_trim import cut_to_fit, strip_connective

LONG_HEAD = (
    "Der Bundesrat will in den kommenden Wochen mit den Vertretern der Kantone, der Bahnen und der "
    "Bauwirtschaft über die nächsten Schritte beim Ausbau der Nord-Süd-Achse verhandeln"
)


def test_short_sentence_is_returned_unchanged() -> None:
    text = "Der Bundesrat hat den Ausbau vorerst gestoppt, sagte sie."
    assert cut_to_fit(text) == text


def test_trailing_attribution_is_cut() -> None:
    text = LONG_HEAD + ", sagte die Verkehrsministerin am Montag nach der Sitzung in Bern vor den Medien."
    assert cut_to_fit(text) == LONG_HEAD + "."


def test_trailing_relative_clause_is_cut() -> None:
    text = LONG_HEAD + ", die seit Jahren von den Kantonen im Süden der Schweiz gefordert wird und teuer ist."
    assert cut_to_fit(text) == LONG_HEAD + "."


def test_complement_clause_is_never_cut() -> None:
    words = " ".join(["sehr"] * 30)
    text = f"Beide betonten, dass die Schweiz {words} viel Geld für die Bahn ausgeben müsse."
    assert cut_to_fit(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Auch deutsche Truppen sind seit Jahren auf dem Stützpunkt präsent.",
            "Auch deutsche Truppen sind seit Jahren auf dem Stützpunkt präsent.",
        ),
        (
            "Auch die SBB hatten zuletzt vor steigenden Preisen gewarnt.",
            "Die SBB hatten zuletzt vor steigenden Preisen gewarnt.",
        ),
        (
            "Auch Blinken betonte am Montag die Solidarität der USA mit Litauen.",
            "Blinken betonte am Montag die Solidarität der USA mit Litauen.",
        ),
        (
            "Zudem versicherte Blinken Litauen die Solidarität der USA.",
            "Zudem versicherte Blinken Litauen die Solidarität der USA.",
        ),
        (
            "Ausserdem, so die Ministerin, sei der Bericht bis Ende Jahr fertig.",
            "So die Ministerin, sei der Bericht bis Ende Jahr fertig.",
        ),
        ("Auch er sagte am Montag, die Lage sei ernst und besorgniserregend.", None),
    ],
)
def test_connectives(text: str, expected: str | None) -> None:
    assert strip_connective(text) == (text if expected is None else expected)
