"""Speakers of indirect and reported quotes, round 10: a pronoun opening a sentence whose
second verb after "und" speaks."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _speaker, _words


def test_a_pronoun_opening_the_sentence_speaks_the_verb_after_und() -> None:
    article = analyse(
        "Der Bauer Urs Gisler hat sich in seinem Hof in Menzingen verschanzt. "
        "Er verständigte gegen Mitternacht selbst die Polizei und teilte mit, dass er bewaffnet sei."
    )
    quote = _quote(article, "bewaffnet sei")
    assert _words(article, quote) == "Er"
    assert _speaker(article, quote) == "Urs Gisler"


def test_a_subject_with_a_place_or_group_after_its_noun_speaks_not_the_one_addressed() -> None:
    article = analyse(
        "Ein Bezirksgericht in Olten hat die Firma Swisscom aufgefordert, die Daten herauszugeben. "
        "Politiker aus anderen Parteien haben der Gemeinderätin Vreni Bucher vorgeworfen, "
        "Zahlen zur Schulreform verheimlicht zu haben."
    )
    assert _words(article, _quote(article, "die Daten herauszugeben")) == "Ein Bezirksgericht in Olten"
    quote = _quote(article, "Zahlen zur Schulreform")
    assert _words(article, quote) == "Politiker aus anderen Parteien"
    assert _speaker(article, quote) is None


def test_a_bare_plural_noun_before_its_verb_speaks() -> None:
    article = analyse(
        "Die Gemeinde Menzingen baut ein neues Schulhaus. "
        "Kritiker hatten der Gemeinderätin Vreni Bucher vorgeworfen, sie wolle damit nur Stimmen gewinnen."
    )
    quote = _quote(article, "Stimmen gewinnen")
    assert _words(article, quote) == "Kritiker"
    assert _speaker(article, quote) is None
    # an adverb before the verb is no subject: the one after the verb speaks
    article = analyse("Bislang gingen die Forscher aus Bern davon aus, dass der Gletscher langsam schmelze.")
    assert _words(article, _quote(article, "Gletscher langsam schmelze")) != "Bislang"


def test_a_time_or_bezueglich_before_the_verb_is_no_subject() -> None:
    article = analyse(
        "Bezüglich der Ursache meldet die Nachrichtenagentur „Keystone-SDA“, die Pumpe sei defekt gewesen. "
        "Ende März 2019 verkündete der „Schweizerische Fussballverband“ dann offiziell, "
        "dass man sich für das Turnier bewerben werde."
    )
    words = _words(article, _quote(article, "Pumpe sei defekt"))
    assert words is not None
    assert words.startswith("die Nachrichtenagentur")
    words = _words(article, _quote(article, "bewerben werde"))
    assert words is not None
    assert "Fussballverband" in words


def test_a_name_in_marks_before_the_verb_speaks() -> None:
    article = analyse(
        "Wie „watson.ch“ berichtet, sperrten die Behörden in Olten den Zugang zu der Seite. "
        "Wie die „Aktion Berner Oberland hilft“ heute mitteilte, werde den Opfern in Thun "
        "mit Decken geholfen. "
        "„Zuger42“ erwähnte auch, dass er weiteren Quellcode am zweiten Tag veröffentlichen werde."
    )
    assert _words(article, _quote(article, "sperrten die Behörden")) == "„watson.ch“"
    quote = _quote(article, "mit Decken geholfen")
    assert _words(article, quote) == "die „Aktion Berner Oberland hilft“"
    assert _speaker(article, quote) is None  # no place inside the name speaks
    assert _words(article, _quote(article, "weiteren Quellcode")) == "„Zuger42“"
    # a quotation in marks after a preposition is no speaker
    article = analyse("Von einer „gezielten Kampagne“ sprach der Gemeinderat Urs Gisler am Montag in Zug.")
    assert all(_words(article, q) != "einer „gezielten Kampagne“" for q in article.quotes)


def test_heisst_es_names_a_long_document_one_with_a_relative_clause_and_in_der_es_heisst() -> None:
    article = analyse(
        "In der Vorabversion des Berichts, der als Download ins Netz gestellt wurde, heißt es, "
        "die Gewalt im Kanton Uri habe zugenommen. "
        "In der Mitteilung des Sekretärs des Komitees von heute Mittag heißt es, "
        "der Preis gehe an Urs Gisler. "
        "Man zitiert eine Erklärung der Behörde für Informations- und Kommunikationstechnologie, "
        "in der es heißt, dass nach technischer Analyse die Sperre nötig sei."
    )
    assert _words(article, _quote(article, "Gewalt im Kanton Uri")) == "In der Vorabversion des Berichts"
    words = _words(article, _quote(article, "Preis gehe an"))
    assert words == "In der Mitteilung des Sekretärs des Komitees von heute Mittag"
    words = _words(article, _quote(article, "Sperre nötig sei"))
    assert words == "eine Erklärung der Behörde für Informations- und Kommunikationstechnologie"


def test_a_capitalised_noun_inside_the_sentence_is_no_speech_verb() -> None:
    # "Angaben" is no form of "angeben": the source with its apposition stays one source
    article = analyse(
        "Das Flugzeug der Alpair war zwanzig Jahre alt. "
        "Nach Angaben des Direktors der Fluggesellschaft, Hans Imhof, "
        "sei der Zustand des Flugzeugs gut gewesen."
    )
    quote = _quote(article, "Zustand des Flugzeugs")
    assert not article.span_text(quote.span).startswith("Hans Imhof")
    assert _words(article, quote) == "des Direktors"
    assert article.span_text(quote.cue) == "Nach Angaben"


def test_the_subject_after_an_aside_in_dashes_speaks() -> None:
    article = analyse(
        "Die Brücke über die Aare in Olten wird im Mai geschlossen. "
        "Dies gab heute – nach einer Sitzung in Bern – der Gemeinderat Urs Gisler bekannt."
    )
    quote = _quote(article, "im Mai geschlossen")
    assert _speaker(article, quote) == "Urs Gisler"
    assert _words(article, quote) == "der Gemeinderat Urs Gisler"


def test_a_konjunktiv_sentence_with_a_speech_participle_goes_on_reporting() -> None:
    article = analyse(
        "Der Gemeinderat Urs Gisler sagte, die Stadt Olten prüfe die Lage genau. "
        "An eine Fusion mit anderen Gemeinden sei jedoch nicht gedacht."
    )
    quote = _quote(article, "An eine Fusion")
    assert _speaker(article, quote) == "Urs Gisler"


def test_the_subject_after_the_verb_of_a_clause_opening_with_a_preposition() -> None:
    article = analyse(
        "Von den öffentlichen Ämtern in Luzern erklärten nur die Gefängnisse, "
        "aus Sicherheitsgründen nicht an der Aktion teilnehmen zu wollen. "
        "Nach dem Angriff von Unbekannten am Freitag auf das Lager der Armee in der Nähe von Bellinzona "
        "kündigte heute der Bundesrat Urs Gisler an, die Wachen zu verstärken."
    )
    assert _words(article, _quote(article, "aus Sicherheitsgründen")) == "die Gefängnisse"
    quote = _quote(article, "die Wachen zu verstärken")
    assert _speaker(article, quote) == "Urs Gisler"
