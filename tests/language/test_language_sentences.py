"""Sentence splitter: abbreviations, ordinals, quotes, headings, line breaks."""

from __future__ import annotations

import pytest

from lagebild.language.de import split_sentences


def sents(text: str) -> list[str]:
    return [span.of(text) for span in split_sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Das gilt z. B. für Litauen.",
        "Das gilt z.B. für Litauen.",
        "Dr. Meier kam spät.",
        "Prof. Dr. med. Anna Huber leitet die Klinik.",
        "Es kostet 1,5 Mio. Franken und 3 Mrd. Euro.",
        "Laut Art. 5 Abs. 1 der Verordnung gilt das.",
        "Die Meier GmbH & Co. KG hat Kurzarbeit angemeldet.",
        "Sie wohnt in St. Gallen.",
        "Betroffen sind u. a. Schulen und Spitäler.",
        "Es geht um Strom bzw. Gas.",
        "Es kamen ca. 30 Leute.",
        "Es kamen ca. 30 Leute, vgl. Tab. 2 im Anhang.",
        "Am 12. März kam er zurück.",
        "Im 3. Quartal sank der Umsatz.",
        "Ludwig XIV. kam an die Macht.",
        "Der 1. FC Köln gewann.",
        "Das Tor fiel in der 89. Minute.",
        "Die Sitzung beginnt um 14.30 Uhr.",
        "Anmeldungen sind bis zum 12.03.2024 möglich.",
        "Anmeldungen sind bis zum 12.03. möglich.",
        "Mehr unter www.nzz.ch/international/ld.1234 und auf nzz.ch.",
        "Donald J. Trump sprach.",
        "Das war im 19. und 20. Jahrhundert so.",
        "«Wir sind bereit», sagte er.",
        "«Wir sind bereit.» sagte er.",
        "«Wirklich?», fragte sie.",
        "«Wirklich?» fragte sie.",
        "Er sagte ... und ging.",
        "Er sprach vom «Ende der Geduld.»",
        "«Nein!» – so lautete die Antwort.",
        "Er sagte: „Das ist gut.“ – und ging.",
        "Die Partei (u. a. mit Sitz in Bern) kam.",
    ],
)
def test_one_sentence(text: str) -> None:
    assert sents(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das war 2014. Die Nato kam.", ["Das war 2014.", "Die Nato kam."]),
        ("Es kostete 45 Mio. Die Stadt zahlt.", ["Es kostete 45 Mio.", "Die Stadt zahlt."]),
        ("Strom, Gas usw. Die Preise steigen.", ["Strom, Gas usw.", "Die Preise steigen."]),
        ("Wie geht es weiter? Das ist unklar.", ["Wie geht es weiter?", "Das ist unklar."]),
        ("Sie brachen ab! Ein Termin fehlt.", ["Sie brachen ab!", "Ein Termin fehlt."]),
        ("Was nun?! Niemand weiss es.", ["Was nun?!", "Niemand weiss es."]),
        (
            "Im Juni stieg sie an … Die Behörden schweigen.",
            ["Im Juni stieg sie an …", "Die Behörden schweigen."],
        ),
        ("Es gibt 2:3. Bayern verliert.", ["Es gibt 2:3.", "Bayern verliert."]),
        ("Es waren 7.000. Die Zahl steigt.", ["Es waren 7.000.", "Die Zahl steigt."]),
        ("Mehr auf www.nzz.ch. Dort steht es.", ["Mehr auf www.nzz.ch.", "Dort steht es."]),
        (
            "Er traf Papst Benedikt XVI. Der Papst schwieg.",
            ["Er traf Papst Benedikt XVI.", "Der Papst schwieg."],
        ),
        ("Es sprach X. Die Menge jubelte.", ["Es sprach X.", "Die Menge jubelte."]),
        ("Es kamen 12. 13 blieben weg.", ["Es kamen 12.", "13 blieben weg."]),
        ("Er ging. – Dann kam sie.", ["Er ging.", "– Dann kam sie."]),
        ("Der Satz endet. (Die Klammer folgt.) Neu.", ["Der Satz endet.", "(Die Klammer folgt.)", "Neu."]),
        ("Er las „Die Zeit“. Dann schlief er.", ["Er las „Die Zeit“.", "Dann schlief er."]),
    ],
)
def test_boundaries(text: str, expected: list[str]) -> None:
    assert sents(text) == expected


def test_closing_quote_stays_with_its_sentence() -> None:
    text = "«Wir sind bereit.» Dann ging er. Er sagte: »Wir kommen.« Sie nickte."
    assert sents(text) == ["«Wir sind bereit.»", "Dann ging er.", "Er sagte: »Wir kommen.«", "Sie nickte."]


def test_german_and_straight_quotes() -> None:
    text = '„Ja.“ Er ging. "Nein." Sie blieb.'
    assert sents(text) == ["„Ja.“", "Er ging.", '"Nein."', "Sie blieb."]


def test_quote_spanning_two_sentences_is_split_with_them() -> None:
    text = "«Satz eins. Satz zwei», sagte X. Danach war es still."
    assert sents(text) == ["«Satz eins.", "Satz zwei», sagte X.", "Danach war es still."]


def test_seed_two_sentence_quote() -> None:
    text = (
        "«Wir können nicht zulassen, dass ukrainische Städte ein weiteres Srebrenica, Grosny "
        "oder Aleppo werden. Die Hilfe für die Ukraine muss fortgesetzt werden», sagte Landsbergis."
    )
    first, second = sents(text)
    assert first.startswith("«Wir können")
    assert first.endswith("werden.")
    assert second.startswith("Die Hilfe")
    assert second.endswith("sagte Landsbergis.")


def test_heading_without_punctuation_ends_at_blank_line() -> None:
    text = "Litauen will die Ukraine unterstützen\n\nAlle drei Baltenstaaten grenzen an Russland."
    assert sents(text) == [
        "Litauen will die Ukraine unterstützen",
        "Alle drei Baltenstaaten grenzen an Russland.",
    ]


def test_blank_line_with_spaces_is_a_paragraph_break() -> None:
    assert sents("Mehr zum Thema\n  \t\nDer Text.") == ["Mehr zum Thema", "Der Text."]


def test_single_newline_inside_a_sentence_is_not_a_boundary() -> None:
    text = "Die USA wollen Truppen\naus North Carolina verlegen. Das ist neu."
    assert sents(text) == ["Die USA wollen Truppen\naus North Carolina verlegen.", "Das ist neu."]


def test_single_newline_after_sentence_punctuation_is_a_boundary() -> None:
    assert sents("Das ist neu.\nweitere Truppen folgen.") == ["Das ist neu.", "weitere Truppen folgen."]


def test_single_newline_after_an_abbreviation_is_not_a_boundary() -> None:
    assert sents("Es kam Dr.\nMeier.") == ["Es kam Dr.\nMeier."]


def test_bullets_start_new_sentences() -> None:
    text = "  • Die USA schicken Truppen\n  • Litauen ist besorgt"
    assert sents(text) == ["• Die USA schicken Truppen", "• Litauen ist besorgt"]


def test_numbered_list_item_keeps_its_number() -> None:
    assert sents("1. Die Lage ist ernst.\n2. Die Hilfe kommt.") == [
        "1. Die Lage ist ernst.",
        "2. Die Hilfe kommt.",
    ]


def test_lowercase_after_period_continues_the_sentence() -> None:
    assert sents("Es gibt Äpfel, Birnen etc. und Nüsse.") == ["Es gibt Äpfel, Birnen etc. und Nüsse."]


def test_range_and_whitespace_are_respected() -> None:
    text = "XX  Erster Satz.   Zweiter Satz.  YY"
    spans = split_sentences(text, 2, len(text) - 2)
    assert [s.of(text) for s in spans] == ["Erster Satz.", "Zweiter Satz."]
    assert spans[0].start == 4


def test_text_without_final_punctuation() -> None:
    assert sents("Das Wichtigste in Kürze") == ["Das Wichtigste in Kürze"]
    assert sents("") == []
    assert sents(" \n\n ") == []
