"""The word lists load, and every listed abbreviation keeps its period."""

from __future__ import annotations

import pytest

from lagebild.language.de import split_sentences, tokenize
from lagebild.language.de.lexicon import abbreviations, final_abbreviations, months, sentence_starters


def test_lists_are_loaded_and_sized() -> None:
    assert len(abbreviations()) >= 250
    assert final_abbreviations() < abbreviations()
    assert {"usw.", "Mio.", "Mrd.", "etc."} <= final_abbreviations()
    assert "Dr." not in final_abbreviations()
    assert {"März", "Jänner", "Dez"} <= months()
    assert {"Die", "Er", "Dann"} <= sentence_starters()


def test_every_abbreviation_ends_in_a_period() -> None:
    assert all(entry.endswith(".") for entry in abbreviations())


@pytest.mark.parametrize("abbreviation", sorted(abbreviations()))
def test_every_abbreviation_is_one_token_and_no_sentence_end(abbreviation: str) -> None:
    text = f"Es geht {abbreviation} weiter."
    assert tokenize(text)[2].of(text) == abbreviation
    assert len(split_sentences(f"Es geht {abbreviation} Weiter geht es.")) == 1
