from __future__ import annotations

import pytest

from lagebild.extract.tags import looks_glued, split_glued, split_tag_line


@pytest.mark.parametrize(
    ("glued", "tags"),
    [
        ("AleppoEUNATO", ["Aleppo", "EU", "NATO"]),
        ("AfDBerlinSPD", ["AfD", "Berlin", "SPD"]),
        ("ÖVPWienFPÖ", ["ÖVP", "Wien", "FPÖ"]),
        ("WEFDavos", ["WEF", "Davos"]),
        ("CreditSuisseUBS", ["Credit Suisse", "UBS"]),
        ("LawineWallisAir ZermattSLF", ["Lawine", "Wallis", "Air Zermatt", "SLF"]),
        ("G7Gipfel", ["G7", "Gipfel"]),
        ("EulenEU", ["Eulen", "EU"]),
    ],
)
def test_split_glued(glued: str, tags: list[str]) -> None:
    assert split_glued(glued) == tags


def test_headline_is_not_glued() -> None:
    assert not looks_glued("Der neue iPhone-Test zeigt Schwächen")
    assert not looks_glued("NATO")
    assert looks_glued("AleppoEUNATO")


def test_separated_tags() -> None:
    assert split_tag_line("Aleppo · EU | NATO") == ["Aleppo", "EU", "NATO"]
