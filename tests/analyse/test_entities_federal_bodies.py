"""Swiss and German federal bodies named with "für", declined or not.

Sentences written for lagebild. Before, a listed name was found only in the form listed
("Bundesamt für Statistik", not "des Bundesamts für Statistik"), and an unlisted body only
when an abbreviation in brackets followed it ("Bundesamt für Strassen (Astra)").
"""

from __future__ import annotations

import pytest
from test_quotes_de import analyse

from lagebild.model import EntityType


def organisations(text: str) -> list[str]:
    return [e.name for e in analyse(text).entities if e.type is EntityType.ORG]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Die Teuerung sank nach Angaben des Bundesamts für Statistik im Mai.", "Bundesamt für Statistik"),
        ("So steht es in einem Bericht des Bundesamtes für Umwelt.", "Bundesamt für Umwelt"),
        ("Die Zahlen des Statistischen Bundesamtes überraschten in Bonn.", "Statistisches Bundesamt"),
        ("Die Sprecherin des Eidgenössischen Departements für auswärtige Angelegenheiten schwieg.", "EDA"),
    ],
)
def test_a_declined_listed_name_is_its_organisation(text: str, name: str) -> None:
    assert organisations(text) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Das Bundesamt für Strassen teilte mit, die Brücke bleibe gesperrt.", "Bundesamt für Strassen"),
        ("Das Bundesamt für Energie rechnet mit tieferen Strompreisen.", "Bundesamt für Energie"),
        ("Ein Bericht des Bundesamts für Landwirtschaft liegt nun vor.", "Bundesamt für Landwirtschaft"),
        (
            "Das Kantonale Amt für Umwelt und Energie warnte vor der Trockenheit.",
            "Kantonales Amt für Umwelt und Energie",
        ),
        (
            "Die Eidgenössische Kommission für Impffragen empfiehlt die Auffrischung.",
            "Eidgenössische Kommission für Impffragen",
        ),
        (
            "Laut dem Departement für Verteidigung, Bevölkerungsschutz und Sport kommen die Jets später.",
            "Departement für Verteidigung, Bevölkerungsschutz und Sport",
        ),
        (
            "Experten des Eidgenössischen Instituts für Schnee- und Lawinenforschung warnen.",
            "Eidgenössisches Institut für Schnee- und Lawinenforschung",
        ),
    ],
)
def test_an_unlisted_body_with_fuer_is_an_organisation(text: str, name: str) -> None:
    assert organisations(text) == [name]


def test_a_list_without_und_ends_at_the_first_field() -> None:
    found = organisations("Das Amt für Wald, Jagd sagte ab.")
    assert found == ["Amt für Wald"]


def test_an_office_held_for_years_is_no_organisation() -> None:
    assert organisations("Sie hatte das Amt für vier Jahre inne.") == []
