"""Speakers of round 15 (direct quotes in everyday news shapes): the name after an age and a noun
("sagte die 45-jährige Pflegefachfrau Sandra Huber"); a noun of origin, nationality or party
for the person named before ("sagte der Franzose", "sagte die SVP-Politikerin"); a minister
is a Swiss federal councillor named before and the other way round; whom a newspaper cites
("zitiert die Zeitung den Minister X") spoke; "heisst" without "es" names and quotes no one;
the second part of a quoted sentence cut by ", sagte X," is direct speech too; "Mit den Worten
„…“ verliess X den Saal" quotes X."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _speaker, _words

from lagebild.model import QuoteKind


def test_the_name_after_an_age_and_its_noun_speaks() -> None:
    article = analyse("„Ich fühle mich sicher“, sagte die 45-jährige Pflegefachfrau Sandra Huber aus Olten.")
    quote = _quote(article, "fühle mich sicher")
    assert _speaker(article, quote) == "Sandra Huber"
    assert _words(article, quote) == "die 45-jährige Pflegefachfrau Sandra Huber"


def test_the_name_right_after_the_age_speaks() -> None:
    article = analyse(
        "Der Wirt Anton Gisler ist zufrieden. „Es läuft gut“, sagte der 61-jährige Peter Frehner."
    )
    quote = _quote(article, "läuft gut")
    assert _speaker(article, quote) == "Peter Frehner"


def test_a_nationality_points_back_to_the_person_named() -> None:
    article = analyse(
        "Der Trainer Didier Lambert war nach dem Spiel in Sitten enttäuscht.",
        "„Wir haben zu viele Chancen vergeben“, sagte der Franzose.",
    )
    quote = _quote(article, "Chancen vergeben")
    assert _speaker(article, quote) == "Didier Lambert"
    assert _words(article, quote) == "der Franzose"


def test_a_woman_from_a_town_points_back_to_her_not_to_the_man_after() -> None:
    article = analyse(
        "Die Sängerin Lea Brunschwiler gewann den Preis vor Marco Caflisch.",
        "„Das bedeutet mir sehr viel“, sagte die Baslerin.",
    )
    quote = _quote(article, "sehr viel")
    assert _speaker(article, quote) == "Lea Brunschwiler"


def test_a_party_man_points_back_but_a_town_before_a_role_is_an_adjective() -> None:
    article = analyse(
        "Nationalrat Fabian Hürlimann kritisierte die Vorlage.",
        "„Diese Reform trifft die Falschen“, sagte der Sozialdemokrat.",
        "„Wir prüfen das“, sagte der Basler Regierungsrat Kaspar Sutter.",
    )
    assert _speaker(article, _quote(article, "trifft die Falschen")) == "Fabian Hürlimann"
    assert _speaker(article, _quote(article, "prüfen das")) == "Kaspar Sutter"


def test_a_party_before_the_hyphen_is_not_the_speaker() -> None:
    article = analyse(
        "Nationalrätin Esther Friedli lehnt das Gesetz ab.",
        "„Das ist ein Angriff auf den Föderalismus“, sagte die SVP-Politikerin.",
    )
    quote = _quote(article, "Angriff auf")
    assert _speaker(article, quote) == "Esther Friedli"
    assert _words(article, quote) == "die SVP-Politikerin"


def test_a_minister_is_the_federal_councillor_named_before() -> None:
    article = analyse(
        "Bundesrat Beat Jans besuchte am Freitag das Asylzentrum in Kreuzlingen.",
        "„Die Zusammenarbeit mit den Kantonen funktioniert“, sagte der Justizminister.",
    )
    assert _speaker(article, _quote(article, "Zusammenarbeit")) == "Beat Jans"


def test_a_federal_councillor_is_the_minister_named_before_and_of_her_gender() -> None:
    article = analyse(
        "Finanzministerin Regula Amstad traf in Bern den Wirtschaftsminister Guy Favre.",
        "„Das Budget ist im Lot“, sagte die Bundesrätin.",
    )
    assert _speaker(article, _quote(article, "Budget ist")) == "Regula Amstad"


def test_whom_a_newspaper_cites_spoke_the_words_not_a_name_behind_a_preposition() -> None:
    article = analyse(
        "„Die Grenze bleibt offen“, zitiert die Zeitung „Le Temps“ den Minister Pascal Rochat.",
        "„Wir wachsen“, zitierte der „Berner Bote“ aus einem Brief an Gemeinderätin Irma Scheidegger.",
    )
    assert _speaker(article, _quote(article, "Grenze bleibt")) == "Pascal Rochat"
    assert _speaker(article, _quote(article, "Wir wachsen")) != "Irma Scheidegger"


def test_heissen_without_es_names_and_quotes_no_one() -> None:
    article = analyse(
        "Der neue Trainer des FC Thun heisst Mauro Lustrinelli. Früher hiess der Klub anders.",
        "In der Mitteilung des Klubs heisst es, man sei «sehr glücklich».",
    )
    assert [
        article.span_text(q.span) for q in article.quotes if "Lustrinelli" in article.span_text(q.span)
    ] == []
    assert _words(article, _quote(article, "sehr glücklich")) == "In der Mitteilung des Klubs"


def test_a_quoted_sentence_goes_on_after_its_speaker_in_commas() -> None:
    article = analyse(
        "„Wir wollen“, sagte Bundesrätin Elisabeth Studer, „dass die Kinder sicher zur Schule kommen.“"
    )
    second = _quote(article, "Kinder sicher")
    assert second.kind is QuoteKind.DIRECT
    assert _speaker(article, second) == "Elisabeth Studer"


def test_words_opening_the_clause_with_mit_den_worten_are_the_subjects() -> None:
    article = analyse(
        "Mit den Worten „Ich habe genug gehört“ verliess Grossrat Peter Hofstetter den Saal.",
        "Mit dem Satz „Wir sind wieder da“ eröffnete Präsidentin Anna Wyss die Versammlung.",
    )
    assert _speaker(article, _quote(article, "genug gehört")) == "Peter Hofstetter"
    assert _speaker(article, _quote(article, "wieder da")) == "Anna Wyss"
