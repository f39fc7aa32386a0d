"""Sentence compression: each rule, and the guard that keeps a rule from breaking a sentence."""

from __future__ import annotations

import pytest

from lagebild.analyse.compress import compress
from lagebild.analyse.compress_check import balanced, has_finite_verb, problem, verb_form
from lagebild.analyse.compress_rules import (
    cut_tail,
    drop_attribution,
    drop_connective,
    drop_dateline,
    drop_parentheticals,
    drop_relative,
    resolve_pronoun,
)

# -- the grammar guard -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Die Lokführer streiken seit Mittwoch im ganzen Land.",
        "Betroffen sind vier Kantone in der Zentralschweiz.",  # participle + auxiliary: accepted V1
        "Noch vor der Pause glich Verteidiger Luca Gerber per Kopf aus.",  # strong past "glich"
        "Die Armee setzt rund 300 Soldatinnen und Soldaten ein.",  # particle "ein" at the end
    ],
)
def test_guard_accepts_complete_sentences(text: str) -> None:
    assert problem(text) is None


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("die Lage im Tal bleibt weiterhin angespannt.", "lower-case"),
        ("Versicherte Blinken den Balten die Solidarität zu.", "starts with the verb"),
        ("Eine sechsköpfige Gruppe im Aufstieg Richtung Gipfel.", "no finite verb"),
        ("Der Bundesrat will mit den Vertretern der Kantone.", "modal"),
        ("Die Feuerwehr rückte mit zwölf Fahrzeugen aus und.", "ends with"),
        ("Die Polizei sperrte die Strasse (bis zum Abend.", "unbalanced"),
        ("Die Polizei sperrte die Strasse bis zum Abend, .", "dangles"),
    ],
)
def test_guard_names_what_is_broken(text: str, reason: str) -> None:
    found = problem(text)
    assert found is not None
    assert reason in found


def test_guard_lets_a_known_name_open_the_sentence_even_if_it_is_a_verb() -> None:
    text = "Blinken versicherte den Balten die Solidarität der USA zu."
    assert problem(text) is not None  # "blinken" is also a verb
    assert problem(text, frozenset({"Blinken"})) is None


def test_verb_forms_and_balance() -> None:
    assert verb_form("sagte") == "finite"
    assert verb_form("gebracht") == "participle"
    assert verb_form("dauern") == "infinitive"
    assert verb_form("Kanton") is None
    assert has_finite_verb("Die Preise steigen weiter.")
    assert not has_finite_verb("Die Firma mit dem Plan, eine Fabrik zu bauen.")
    assert balanced("Sie sprach von einem «Rückschritt» (vorerst).")
    assert not balanced("Sie sprach von einem »Rückschritt«.")


# -- the rules, one by one -------------------------------------------------------------


def test_dateline_goes() -> None:
    assert (
        drop_dateline("Sitten – Die Lawine riss vier Tourengänger mit.")
        == "Die Lawine riss vier Tourengänger mit."
    )
    assert drop_dateline("Die Lawine riss vier Tourengänger mit.") is None


def test_parenthetical_goes_and_an_acronym_replaces_its_name() -> None:
    assert (
        drop_parentheticals("Das SLF gab die Gefahrenstufe 3 (erheblich) für die Walliser Alpen aus.")
        == "Das SLF gab die Gefahrenstufe 3 für die Walliser Alpen aus."
    )
    assert (
        drop_parentheticals("Die Gewerkschaft Deutscher Lokomotivführer (GDL) legt den Verkehr lahm.")
        == "Die GDL legt den Verkehr lahm."
    )


def test_attribution_tail_goes_unless_the_clause_is_reported_speech() -> None:
    assert (
        drop_attribution("Die Lawine ging kurz vor Mittag nieder, wie die Kantonspolizei mitteilte.")
        == "Die Lawine ging kurz vor Mittag nieder."
    )
    assert drop_attribution("Die Strecke bleibt bis Donnerstag gesperrt, teilte die Bahn mit.") == (
        "Die Strecke bleibt bis Donnerstag gesperrt."
    )
    # Konjunktiv I and quotes belong to their speaker: the attribution stays
    assert drop_attribution("Die Verantwortung trage allein der Vorstand, sagte Brückner.") is None
    assert drop_attribution("«Wir sind bereit», sagte die Ministerin am Montag.") is None
    # a separable verb that is no speech verb without its particle: "stellte ... ein"
    assert drop_attribution("Die Zentralbahn, die Luzern bedient, stellte den Betrieb ein.") is None


def test_connective_goes_and_the_subject_moves_to_the_front() -> None:
    assert (
        drop_connective("Auch deutsche Truppen sind im Baltikum präsent.")
        == "Deutsche Truppen sind im Baltikum präsent."
    )
    assert drop_connective("Allerdings, die Lage bleibt angespannt.") == "Die Lage bleibt angespannt."
    assert (
        drop_connective("Zugleich versicherte Blinken Litauen die Solidarität zu.", frozenset({"Blinken"}))
        == "Blinken versicherte Litauen die Solidarität zu."
    )
    assert (
        drop_connective("Zudem kritisierte der litauische Präsident die Lage.")
        == "Der litauische Präsident kritisierte die Lage."
    )
    # without a recognisable subject after the verb the adverb stays
    assert drop_connective("Zudem lagerte sich im Frühling Saharastaub ab.") is None


def test_relative_clause_goes_when_it_ends_in_a_finite_verb() -> None:
    assert (
        drop_relative("Die Gletscher, die in den Alpen liegen, schmelzen schneller als erwartet.")
        == "Die Gletscher schmelzen schneller als erwartet."
    )
    assert (
        drop_relative("Die Bundeswehr führt einen Verband, dessen Stärke zuletzt erhöht wurde.")
        == "Die Bundeswehr führt einen Verband."
    )
    # ", der Ausstand soll ... dauern" is a main clause, not a relative one
    assert (
        drop_relative("Die Lokführer streiken seit Mittwoch, der Ausstand soll bis Freitag dauern.") is None
    )


def test_tail_clause_goes_but_not_a_list() -> None:
    assert (
        cut_tail("Die Lokführer streiken seit Mittwoch, der Ausstand soll bis Freitag dauern.")
        == "Die Lokführer streiken seit Mittwoch."
    )
    assert (
        cut_tail("Das Gericht erklärte die Kündigung für nichtig, weil die Frau schwanger war.")
        == "Das Gericht erklärte die Kündigung für nichtig."
    )
    assert cut_tail("Er sprach mit den Kantonen, der Bahn und den Gemeinden.") is None


def test_pronoun_becomes_the_name_only_with_a_singular_verb() -> None:
    assert resolve_pronoun("Er musste kurz vor Schluss ausgewechselt werden.", "Simon Vogt") == (
        "Simon Vogt musste kurz vor Schluss ausgewechselt werden."
    )
    assert resolve_pronoun("Sie fordern mehr Lohn für die Nachtschicht.", "Sabine Kröger") is None
    assert resolve_pronoun("Er musste ausgewechselt werden.", None) is None


# -- the whole compression and its guard -----------------------------------------------


def test_compress_applies_rules_in_order_and_names_them() -> None:
    result = compress(
        "Zudem musste er nach einem Zusammenprall im Strafraum ausgewechselt werden, teilte der Verband mit.",
        antecedent="Simon Vogt",
    )
    assert result.text == "Simon Vogt musste nach einem Zusammenprall im Strafraum ausgewechselt werden."
    assert result.applied == ("attribution", "connective", "pronoun")


def test_compress_keeps_short_sentences_long_enough() -> None:
    # without the attribution only six words would remain: too short for a bullet
    text = "Die Strecke bleibt gesperrt, teilte die Bahn am Montag mit."
    assert compress(text).text == text


def test_compression_that_would_break_the_sentence_is_not_applied() -> None:
    # the splice cut would leave "will ... mit den Vertretern der Kantone": no infinitive
    text = (
        "Der Bundesrat will in den kommenden Wochen ausführlich mit den Vertretern der Kantone, "
        "der Bahnen und der Bauwirtschaft über die nächsten Schritte beim Ausbau verhandeln."
    )
    result = compress(text, long=10)
    assert result.text == text
    assert result.applied == ()


def test_optional_cuts_wait_until_the_bullet_is_long() -> None:
    text = (
        "Die Lokführer streiken seit Mittwoch im Personenverkehr der Bahn, "
        "der Ausstand soll bis Freitag dauern."
    )
    assert compress(text, long=30).text == text
    assert compress(text, long=10).text == "Die Lokführer streiken seit Mittwoch im Personenverkehr der Bahn."
