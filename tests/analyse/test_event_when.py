"""The "when" rules: weekdays count back to the most recent such day on or before
publication; dates without a year take the publication year; nothing is resolved
without a publication date."""

from __future__ import annotations

from datetime import datetime

import pytest

from lagebild.analyse.event_when import DAY, MONTH, YEAR, find_times, normalise

WEDNESDAY = datetime(2024, 3, 13, 9, 30)  # Mittwoch, 13. März 2024


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Dies sagte er am Montag in Vilnius.", "am Montag", "2024-03-11"),
        ("Der Bundesrat entschied am Mittwoch.", "am Mittwoch", "2024-03-13"),  # same day
        ("Die Polizei meldete am Donnerstagabend einen Unfall.", "am Donnerstagabend", "2024-03-07"),
        ("Das Treffen fand am 12. März statt.", "am 12. März", "2024-03-12"),
        ("Das Abkommen wurde am 3. Mai 2021 unterzeichnet.", "am 3. Mai 2021", "2021-05-03"),
        ("Der Vertrag gilt seit dem 1.1.2020 in der ganzen Schweiz.", "1.1.2020", "2020-01-01"),
        ("Die Regierung trat gestern zurück.", "gestern", "2024-03-12"),
        ("Der Streik dauert seit vorgestern an.", "vorgestern", "2024-03-11"),
        ("Die Wahl findet im Juni statt.", "im Juni", "2024-06"),
        ("Die USA verlegen seit 2014 Truppen an die Ostgrenze.", "seit 2014", "2014"),
    ],
)
def test_expressions_resolve_against_publication(sentence: str, text: str, value: str) -> None:
    found = find_times(sentence)
    assert found, sentence
    assert found[0].text == text
    assert sentence[found[0].start : found[0].end] == text
    assert normalise(found[0], WEDNESDAY) == value


def test_without_publication_date_value_is_none() -> None:
    (expr,) = find_times("Dies sagte er am Montag in Vilnius.")
    assert normalise(expr, None) is None


def test_day_precision_comes_first() -> None:
    found = find_times("Seit 2014 sind Truppen dort, am Montag kamen weitere 400 Soldaten an.")
    assert [(t.text, t.precision) for t in found] == [("am Montag", DAY), ("Seit 2014", YEAR)]
    assert MONTH < YEAR


def test_lowercase_morgen_is_not_a_weekday_and_morgen_noun_is_ignored() -> None:
    assert find_times("Am Morgen war es in Bern ruhig.") == []


def test_sentence_initial_capitals_are_found() -> None:
    found = find_times("Gestern trat die Regierung zurück, Am 12. März folgte die Wahl.")
    assert [(t.text, normalise(t, WEDNESDAY)) for t in found] == [
        ("Gestern", "2024-03-12"),
        ("Am 12. März", "2024-03-12"),
    ]
