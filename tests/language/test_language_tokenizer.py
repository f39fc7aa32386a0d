"""Tokenizer: offsets, abbreviations, numbers, compounds, quotes."""

from __future__ import annotations

import pytest

from lagebild.language.de import tokenize


def toks(text: str) -> list[str]:
    return [span.of(text) for span in tokenize(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr. Meier", ["Dr.", "Meier"]),
        ("Prof. Dr. med. Huber", ["Prof.", "Dr.", "med.", "Huber"]),
        ("z. B. heute", ["z.", "B.", "heute"]),
        ("z.B. heute", ["z.B.", "heute"]),
        ("u. a. Litauen", ["u.", "a.", "Litauen"]),
        ("1,5 Mio. Franken", ["1,5", "Mio.", "Franken"]),
        ("3 Mrd. Euro", ["3", "Mrd.", "Euro"]),
        ("Nr. 5", ["Nr.", "5"]),
        ("Art. 5 Abs. 1", ["Art.", "5", "Abs.", "1"]),
        ("St. Gallen", ["St.", "Gallen"]),
        ("Strom bzw. Gas", ["Strom", "bzw.", "Gas"]),
        ("ca. 30", ["ca.", "30"]),
        ("vgl. oben", ["vgl.", "oben"]),
        ("inkl. Steuern", ["inkl.", "Steuern"]),
        ("Meier GmbH & Co. KG", ["Meier", "GmbH", "&", "Co.", "KG"]),
        ("Vgl. dazu", ["Vgl.", "dazu"]),
        ("Donald J. Trump", ["Donald", "J.", "Trump"]),
    ],
)
def test_abbreviations_keep_their_period(text: str, expected: list[str]) -> None:
    assert toks(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("rund 7000 Soldaten", ["rund", "7000", "Soldaten"]),
        ("7'000 Stellen", ["7'000", "Stellen"]),
        ("7’000 Stellen", ["7’000", "Stellen"]),
        ("7.000 Stellen", ["7.000", "Stellen"]),
        ("1,5 Prozent", ["1,5", "Prozent"]),
        ("1.250.000,50 Euro", ["1.250.000,50", "Euro"]),
        ("um 14.30 Uhr", ["um", "14.30", "Uhr"]),
        ("am 12.03.2024 in Bern", ["am", "12.03.2024", "in", "Bern"]),
        ("am 12.03. in Bern", ["am", "12.03.", "in", "Bern"]),
        ("2:1 gewonnen", ["2", ":", "1", "gewonnen"]),
        ("5% mehr", ["5", "%", "mehr"]),
    ],
)
def test_numbers_keep_their_separators(text: str, expected: list[str]) -> None:
    assert toks(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("am 12. März", ["am", "12.", "März"]),
        ("am 1. Jan. 2024", ["am", "1.", "Jan.", "2024"]),
        ("im 3. Quartal", ["im", "3.", "Quartal"]),
        ("Der 1. FC Köln", ["Der", "1.", "FC", "Köln"]),
        ("das 17. Jahrhundert", ["das", "17.", "Jahrhundert"]),
        ("am 19. und 20. Mai", ["am", "19.", "und", "20.", "Mai"]),
        ("Ludwig XIV. kam", ["Ludwig", "XIV.", "kam"]),
        ("im XVIII. Jahrhundert", ["im", "XVIII.", "Jahrhundert"]),
        # a year or a number before a sentence opener is a full stop
        ("seit 2014. Die Nato", ["seit", "2014", ".", "Die", "Nato"]),
        ("Es waren 400. Dann", ["Es", "waren", "400", ".", "Dann"]),
        ("Es endete 2:3. Bayern", ["Es", "endete", "2", ":", "3", ".", "Bayern"]),
        ("Es waren 12.", ["Es", "waren", "12", "."]),
    ],
)
def test_ordinals_keep_their_period_only_before_a_month_or_noun(text: str, expected: list[str]) -> None:
    assert toks(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("US-Aussenminister Blinken", ["US-Aussenminister", "Blinken"]),
        ("die Nato-Ostflanke", ["die", "Nato-Ostflanke"]),
        ("im EU- und Nato-Land", ["im", "EU-", "und", "Nato-Land"]),
        ("Ein- oder Ausreise", ["Ein-", "oder", "Ausreise"]),
        ("das 400-Millionen-Projekt", ["das", "400-Millionen-Projekt"]),
        ("die G7-Staaten", ["die", "G7-Staaten"]),
        ("Verlegen - AFP", ["Verlegen", "-", "AFP"]),
        ("geht's weiter", ["geht's", "weiter"]),
        ("gibt’s das", ["gibt’s", "das"]),
        ("Verteidi\u00adgung", ["Verteidi\u00adgung"]),
    ],
)
def test_compounds_and_apostrophes_stay_whole(text: str, expected: list[str]) -> None:
    assert toks(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("«unantastbar».", ["«", "unantastbar", "»", "."]),
        ("„Ja“, sagte er", ["„", "Ja", "“", ",", "sagte", "er"]),
        ("»Nein«", ["»", "Nein", "«"]),
        ("‚Gut‘", ["‚", "Gut", "‘"]),
        ('"Ja"', ['"', "Ja", '"']),
        ("Wirklich?!", ["Wirklich", "?!"]),
        ("Und dann ... nichts", ["Und", "dann", "...", "nichts"]),
        ("Und dann … nichts", ["Und", "dann", "…", "nichts"]),
        ("(AFP)", ["(", "AFP", ")"]),
    ],
)
def test_punctuation_and_quote_marks_are_tokens(text: str, expected: list[str]) -> None:
    assert toks(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Siehe https://www.nzz.ch/international/litauen-ld.1234567?ref=a.",
            ["Siehe", "https://www.nzz.ch/international/litauen-ld.1234567?ref=a", "."],
        ),
        ("unter www.stadt-beispiel.ch, oder", ["unter", "www.stadt-beispiel.ch", ",", "oder"]),
        ("(www.admin.ch)", ["(", "www.admin.ch", ")"]),
        ("auf nzz.ch.", ["auf", "nzz.ch", "."]),
        ("an info@stadt-beispiel.ch.", ["an", "info@stadt-beispiel.ch", "."]),
        ("#Ukraine und @nzz", ["#Ukraine", "und", "@nzz"]),
    ],
)
def test_urls_and_addresses_are_one_token(text: str, expected: list[str]) -> None:
    assert toks(text) == expected


def test_sentence_final_period_is_its_own_token() -> None:
    assert toks("Sie kommen in Litauen an.") == ["Sie", "kommen", "in", "Litauen", "an", "."]
    assert toks("Dies sagte er. Die USA") == ["Dies", "sagte", "er", ".", "Die", "USA"]


def test_final_abbreviation_keeps_period_at_sentence_end() -> None:
    assert toks("Gas, Öl usw. Die Preise") == ["Gas", ",", "Öl", "usw.", "Die", "Preise"]


def test_offsets_point_into_the_text_and_respect_the_range() -> None:
    text = "Vorspann. US-Truppen kommen am 12. März."
    spans = tokenize(text, 10, len(text))
    assert spans[0].start == 10
    assert [s.of(text) for s in spans] == ["US-Truppen", "kommen", "am", "12.", "März", "."]
    assert all(10 <= s.start < s.end <= len(text) for s in spans)
    assert tokenize(text, 0, 9)[-1].of(text) == "."


def test_empty_and_blank_text() -> None:
    assert tokenize("") == []
    assert tokenize("  \n\n ") == []
