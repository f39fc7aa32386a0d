"""Speakers of round 13 (documents and carriers): words in marks that no one speaks but a
document, a poster or a sign carries ("Auf dem Transparent war „…“ zu lesen", "ein Schild, auf
dem geschrieben stand: „…“", "Schilder mit der Aufschrift „…“"), and the document a "heißt es"
names before a purpose ("heißt es zur Begründung") or after "in dem es unter anderem heißt"."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _words


def test_the_noun_before_mit_der_aufschrift_carries_the_words() -> None:
    article = analyse(
        "In Langenthal trugen einige Bauern Schilder mit der Aufschrift „Keine Milch ohne Preis“."
    )
    assert _words(article, _quote(article, "Keine Milch")) == "Schilder"


def test_zu_lesen_after_marks_the_sentence_splitter_cut() -> None:
    article = analyse(
        "Am Samstag zogen 2000 Bauern durch Bern. Auf dem vordersten Transparent war die Parole "
        "„Bauern in Not. Bern muss handeln“ zu lesen. Danach löste sich der Zug auf."
    )
    assert _words(article, _quote(article, "Bauern in Not")) == "Auf dem vordersten Transparent"


def test_auf_dem_geschrieben_stand_reaches_back_to_its_noun() -> None:
    article = analyse(
        "Ab 1950 musste an jeder Tür im Rathaus von Wil ein Schild hängen, auf dem geschrieben stand: "
        "„Bitte leise sein, hier wird gearbeitet.“"
    )
    assert _words(article, _quote(article, "Bitte leise")) == "ein Schild"


def test_darauf_opening_the_sentence_is_the_carrier() -> None:
    article = analyse(
        "Auslöser war ein großes Plakat, das der Stadtpräsident hatte aufhängen lassen. "
        "Darauf waren die Worte zu lesen: „Wil grüßt die ganze Welt.“"
    )
    assert _words(article, _quote(article, "Wil grüßt")) == "Darauf"


def test_dort_reaches_back_to_the_place_of_the_sentence_before() -> None:
    article = analyse(
        "Die Gruppe übte den Umgang mit Waffen. Auf ihrer Website fanden sich Fotos des Lagers. "
        "Auch das Ziel fand sich dort: „Wir wollen das Tal befreien, koste es, was es wolle.“"
    )
    assert _words(article, _quote(article, "Tal befreien")) == "Auf ihrer Website"


def test_steht_with_the_document_after_the_verb() -> None:
    article = analyse(
        "Derzeit steht deshalb im Entwurf für ein neues Baugesetz noch der Satz: "
        "„Die Gemeinde entscheidet über jedes Gesuch allein.“"
    )
    assert _words(article, _quote(article, "Gemeinde entscheidet")) == "im Entwurf"


def test_die_rede_in_a_letter_is_the_letter_not_the_earlier_speaker() -> None:
    article = analyse(
        "Direktorin Anna Keller räumte ein, es könnten Stellen verloren gehen. In einem internen "
        "Schreiben an die Belegschaft war von einem „offenen und ehrlichen Dialog“ die Rede."
    )
    assert _words(article, _quote(article, "ehrlichen Dialog")) == "In einem internen Schreiben"


def test_a_person_on_the_podium_keeps_her_words() -> None:
    article = analyse(
        "In der Zeitung fand sich dazu die Feststellung „Mit diesem Ziel stellt sich das Blatt neu auf“. "
        "Auf dem Podium stand Bürgermeisterin Vreni Imhof und sagte: „Wir bauen die Brücke.“"
    )
    assert _words(article, _quote(article, "Mit diesem Ziel")) == "In der Zeitung"
    assert _words(article, _quote(article, "Wir bauen")) == "Vreni Imhof"


def test_heisst_es_zur_begruendung_names_the_page_before_it() -> None:
    article = analyse(
        "Auf der Homepage des Festivals heißt es zur Begründung, warum man dieses Bild wählte: "
        "„Die Striche sind archaisch und stark.“"
    )
    assert _words(article, _quote(article, "Striche sind")) == "Auf der Homepage des Festivals"


def test_in_dem_es_unter_anderem_heisst_names_the_law() -> None:
    article = analyse(
        "Das Gericht rügte Artikel 7 des Gesetzes, in dem es unter anderem heißt: "
        "„Die Behörde darf Daten ohne Anlass erheben.“"
    )
    assert _words(article, _quote(article, "Behörde darf")) == "des Gesetzes"


def test_nach_an_article_and_a_document_names_the_source() -> None:
    article = analyse(
        "Im Gemeinderat von Uster gab es Streit. Nach dem Artikel 12 der Gemeindeordnung wählt der "
        "Gemeinderat „den Präsidenten aus seiner Mitte und für zwei Jahre“."
    )
    assert _words(article, _quote(article, "Präsidenten aus")) == "dem Artikel"


def test_a_passive_speech_verb_quotes_the_statement_the_clause_opens_with() -> None:
    article = analyse(
        "In einer Presseerklärung, die am Mittwoch in Chur veröffentlicht wurde, wurde verkündet, "
        "dass die Gemeinde alle Opfer entschädigen werde."
    )
    assert _words(article, _quote(article, "Opfer entschädigen")) == "In einer Presseerklärung"


def test_hatte_es_geheissen_names_the_reports_before_the_auxiliary() -> None:
    article = analyse(
        "Bei Unruhen in Sitten starben zwei Menschen. In den anfänglichen Berichten hatte es "
        "geheißen, dass sechs Menschen erschossen worden seien."
    )
    assert _words(article, _quote(article, "sechs Menschen")) == "In den anfänglichen Berichten"


def test_steht_dass_after_a_document_is_an_indirect_quote_of_it() -> None:
    article = analyse(
        "In einem Jahresbericht für 2020 des zuständigen Departements steht, dass 42 Prozent aller "
        "Fälle in Glarus nie aufgeklärt werden."
    )
    quote = _quote(article, "42 Prozent")
    assert _words(article, quote) == "In einem Jahresbericht für 2020 des zuständigen Departements"


def test_zu_finden_right_before_the_marks_names_the_statement_not_a_list_of_themes() -> None:
    article = analyse(
        "Im Bereich der Ausstellung waren über 50 Themen zu finden, darunter „Brugg und die Post“. "
        "Der schwerste Vorwurf ist jedoch in der Behauptung zu finden „Wer den Aufruf unterschreibt, "
        "der hilft den Gegnern in Aarau“."
    )
    assert _words(article, _quote(article, "Aufruf unterschreibt")) == "in der Behauptung"
    assert _words(article, _quote(article, "Brugg und die Post")) is None


def test_so_heisst_es_reaches_back_to_the_report_of_the_sentence_before() -> None:
    article = analyse(
        "Viele Zeitungen brachten ohne Prüfung seinen Bericht über die Steuerverwaltung. So heißt es, "
        "die Verwaltung in Bern habe damit begonnen, Namen zu veröffentlichen."
    )
    assert _words(article, _quote(article, "Verwaltung in Bern")) == "seinen Bericht"
