"""Lemmas (simplemma) and matching normalisation."""

from __future__ import annotations

import unicodedata

import pytest

from lagebild.language.de import lemmas, lemmatize, normalize, tokenize


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("Truppen", "Truppe"),
        ("Soldaten", "Soldat"),
        ("sagte", "sagen"),
        ("angekündigt", "ankündigen"),
        ("US-Truppen", "US-Truppe"),
        ("geht's", "gehen"),
        ("gibt’s", "geben"),
        (".", "."),
        ("«", "«"),
        ("7'000", "7'000"),
        ("12.", "12."),
    ],
)
def test_lemmatize(word: str, lemma: str) -> None:
    assert lemmatize(word) == lemma


def test_lemmas_follow_the_spans() -> None:
    text = "Die Soldaten kamen an."
    assert lemmas(text, tokenize(text)) == ["der", "Soldat", "kommen", "an", "."]


def test_lemmatize_is_cached() -> None:
    lemmatize.cache_clear()
    lemmatize("Verbündeten")
    lemmatize("Verbündeten")
    assert lemmatize.cache_info().hits >= 1


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("Straße", "strasse"),
        ("GROẞ", "gross"),
        ("Strasse", "strasse"),
        ("«unantastbar»", '"unantastbar"'),
        ("„Ja“ und »Nein« und “Yes”", '"ja" und "nein" und "yes"'),
        ("‚gut‘ und ‹so›", "'gut' und 'so'"),
        ("Nato–Gipfel — Nato‐Gipfel − 5", "nato-gipfel - nato-gipfel - 5"),
        ("Verteidi\u00adgung", "verteidigung"),
        ("Zürich", "zürich"),
        ("14\u00a0Uhr", "14 uhr"),
    ],
)
def test_normalize(text: str, normalized: str) -> None:
    assert normalize(text) == normalized


def test_normalize_composes_umlauts() -> None:
    decomposed = unicodedata.normalize("NFD", "Zürich")
    assert decomposed != "Zürich"
    assert normalize(decomposed) == "zürich"


def test_normalize_is_idempotent() -> None:
    text = "Der «Grosse» Straßen‐Bau – ẞ"
    assert normalize(normalize(text)) == normalize(text)
