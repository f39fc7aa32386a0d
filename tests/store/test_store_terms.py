"""Index terms: lemmas, folding, compound parts, snippets."""

from __future__ import annotations

from lagebild.store.base import MARK_END, MARK_START
from lagebild.store.query import parse_query
from lagebild.store.snippet import WIDTH, snippet
from lagebild.store.terms import compound_parts, fold, index_fields, known_parts, word_terms, words


def test_fold_makes_sharp_s_and_case_equal() -> None:
    assert fold("Außenminister") == fold("AUSSENMINISTER") == "aussenminister"


def test_word_terms_are_folded_lemmas_split_at_hyphens() -> None:
    assert word_terms("Soldaten") == ("soldat",)
    assert word_terms("US-Truppen") == ("us", "truppe")
    assert word_terms("7000") == ("7000",)


def test_compound_parts_need_both_halves_known() -> None:
    vocabulary = {"truppe", "stärke", "staat", "präsident", "bund", "wehr"}
    assert compound_parts("truppenstärke", vocabulary) == ("truppe", "stärke")
    assert compound_parts("staatspräsident", vocabulary) == ("staat", "präsident")
    assert (
        compound_parts("bundeswehrstützpunkt", vocabulary | {"stützpunkt"})[:2]
        == (
            "bundeswehr",
            "stützpunkt",
        )
        or compound_parts("bundeswehrstützpunkt", vocabulary | {"stützpunkt"}) == ()
    )
    assert compound_parts("landsbergis", {"land", "berg"}) == ()  # "sbergis" is no word
    assert compound_parts("rathaus", set()) == ()


def test_known_parts_list_is_folded() -> None:
    parts = known_parts()
    assert {"truppe", "stärke", "massnahme"} <= parts
    assert all(p == fold(p) and p.strip() == p for p in parts)


def test_only_capitalised_words_are_split() -> None:
    found = words("Die Truppenstärke wächst. Truppen kommen.")
    assert [w.parts for w in found if w.parts] == [("truppe", "stärke")]
    fields = index_fields("Die Truppenstärke wächst.", "Truppen")
    assert fields.title == "truppe"
    assert fields.parts == "truppe stärke"
    assert fields.body.split()[:2] == ["der", "truppenstärke"]


def test_snippet_centres_on_the_matches() -> None:
    filler = " ".join(["Lorem"] * 60)
    text = f"Titel\n\n{filler} Die Soldaten kamen am Montag. {filler}"
    result = snippet(text, parse_query("Soldat"))
    assert f"{MARK_START}Soldaten{MARK_END}" in result
    assert result.startswith("… ")
    assert result.endswith(" …")
    assert len(result.split()) <= WIDTH + 2
    assert snippet(text, parse_query("Panzer"), start=7).startswith("Lorem")


def test_phrase_words_are_marked_only_inside_the_phrase() -> None:
    text = "Truppen aus Bern. Die USA schicken Truppen nach Litauen."
    result = snippet(text, parse_query('"Truppen nach Litauen"'))
    assert result.count(MARK_START) == 3
    assert f"{MARK_START}Truppen{MARK_END} {MARK_START}nach{MARK_END}" in result
    assert "Bern" in result  # the window reaches back to the unmarked first "Truppen"
