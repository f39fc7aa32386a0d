"""Common Swiss first names and short forms (first_names.txt, female_names.txt) make persons.

Sentences written for lagebild; before these names were listed, the entity stage missed the
person at the start of a sentence ("Anita Fetz sprach …") or cut the name short ("Laut Sämi").
"""

from __future__ import annotations

import pytest
from test_quotes_de import analyse, table

from lagebild.model import EntityType


def persons(text: str) -> list[str]:
    return [e.name for e in analyse(text).entities if e.type is EntityType.PER]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Anita Fetz sprach im Ständerat über die Finanzen.", "Anita Fetz"),
        ("Köbi Kuhn trainierte die Nationalmannschaft.", "Köbi Kuhn"),
        ("Fredi Bär wohnt in Aarau.", "Fredi Bär"),
        ("Laut Sämi Weber ist der Entscheid gefallen.", "Sämi Weber"),
        ("Gemeinderätin Rosmarie Gut sagte, der Kredit sei zu hoch.", "Rosmarie Gut"),
        ("Am Montag trafen sich Corine Mauch und Cédric Wermuth in Zürich.", "Cédric Wermuth"),
        ("Vreni Ammann und Ruedi Zbinden eröffneten den Markt in Langnau.", "Ruedi Zbinden"),
    ],
)
def test_a_swiss_first_name_makes_a_person(text: str, name: str) -> None:
    assert name in persons(text)


def test_a_speaker_at_the_start_of_the_sentence_is_named() -> None:
    article = analyse("Anita Fetz sprach im Ständerat über die Finanzen.")
    assert [speaker for _, _, speaker in table(article)] == ["Anita Fetz"]


def test_a_swiss_female_short_name_is_no_er() -> None:
    # "Rösli" is a woman's name: "sagte er" goes to Toni Brunner, not to the nearer Rösli Egger
    article = analyse("Toni Brunner und Rösli Egger stritten über das Budget. «Wir müssen sparen», sagte er.")
    assert table(article) == [("direct", "Wir müssen sparen", "Toni Brunner")]
