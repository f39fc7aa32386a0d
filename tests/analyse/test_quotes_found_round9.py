"""Quotes found in round 9: a closing ", so X" after a clause in Indikativ; "laut" before an
adjective, a possessive or a web address; "nach" before a plan, a document or a law; views seen
in something; a name with its apposition as subject; "Das <verb> X" after a short paragraph;
more speech verbs; "Danach" after a document; "seiner Meinung nach"; ", wonach"."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _speaker, _words


def test_a_closing_so_names_the_source_of_a_clause_in_indikativ() -> None:
    article = analyse(
        "Das Werk in Olten bleibt bis Ende Mai geschlossen, so Firmensprecher Beat Huber am Montag."
    )
    quote = _quote(article, "bleibt bis Ende Mai geschlossen")
    assert article.span_text(quote.span) == "Das Werk in Olten bleibt bis Ende Mai geschlossen"
    assert _speaker(article, quote) == "Beat Huber"
    assert _words(article, quote) == "Beat Huber"
    assert article.span_text(quote.cue) == "so"
    # "so dass" is no source
    assert analyse("Die Pumpe in Sarnen fiel am Morgen aus, so dass das Dorf ohne Wasser blieb.").quotes == ()


def test_laut_before_an_adjective_a_possessive_or_a_web_address() -> None:
    article = analyse(
        "Laut örtlichen Medien gab es in Thun drei Verletzte. "
        "Laut ihren Aussagen schließt die Gemeinderätin Vreni Bucher eine Kandidatur aus. "
        "In Aarau gibt es laut ai-Bericht eine hohe Dunkelziffer. "
        "Laut blick.ch blieben einige Demonstranten bis zum Abend auf dem Platz."
    )
    assert _words(article, _quote(article, "drei Verletzte")) == "örtlichen Medien"
    assert _words(article, _quote(article, "Kandidatur aus")) == "ihren Aussagen"
    assert _words(article, _quote(article, "hohe Dunkelziffer")) == "ai-Bericht"
    assert _words(article, _quote(article, "auf dem Platz")) == "blick.ch"
    # after a source noun the lower-case word is the verb, no adjective of the source
    article = analyse("Nach Behördenangaben wurden erhöhte Strahlungswerte in Milch aus Olten gemessen.")
    assert _words(article, _quote(article, "Strahlungswerte")) == "Behördenangaben"


def test_nach_before_a_plan_a_document_or_a_law_names_a_source() -> None:
    article = analyse(
        "Nach einem Plan des Bundesrats müssen alle Kantone bis 2027 neue Konzepte vorlegen. "
        "Nach der Kantonsverfassung muss sich Regierungsrätin Eva Gerber im Herbst der Wahl stellen. "
        "Nach einer Veröffentlichung im Fachblatt „Alpenforschung“ schrumpft der Gletscher schneller."
    )
    assert _speaker(article, _quote(article, "neue Konzepte")) == "Bundesrat"
    assert _words(article, _quote(article, "der Wahl stellen")) == "der Kantonsverfassung"
    assert _quote(article, "schrumpft der Gletscher").cue is not None
    # with its definite article the noun tells a time: "after the publication"
    assert analyse("Nach der Veröffentlichung kam es in Chur zu Protesten gegen die Regierung.").quotes == ()


def test_sehen_in_and_sah_es_als_an_tell_a_view() -> None:
    article = analyse(
        "Die Grünliberalen in Luzern sehen in diesem Vorschlag keine Lösung des Problems. "
        "Das Obergericht sah es als erwiesen an, dass der Angeklagte Kurt Blaser die Gelder veruntreut hatte."
    )
    view = _quote(article, "keine Lösung")
    assert article.span_text(view.cue) == "sehen"
    assert _words(article, view) == "Die Grünliberalen in Luzern"  # round 10: the place belongs to them
    proven = _quote(article, "die Gelder veruntreut")
    assert _words(article, proven) == "Das Obergericht"


def test_a_name_with_its_apposition_before_the_verb_is_its_subject() -> None:
    article = analyse(
        "Beat Amstutz, Manager des FC Thun, bezeichnete die Entscheidung als verantwortungsbewusst."
    )
    (quote,) = article.quotes
    assert article.span_text(quote.span).endswith("als verantwortungsbewusst")
    assert _speaker(article, quote) == "Beat Amstutz"


def test_das_berichtete_takes_up_a_short_opening_paragraph() -> None:
    article = analyse(
        "Der Ausbau der Autobahn zwischen Bern und Thun soll von privaten Investoren finanziert werden. "
        "Die Kosten deckt eine neue Vignette. Das gab Bundesrätin Vreni Aebi in Bern bekannt."
    )
    quote = _quote(article, "privaten Investoren")
    assert "neue Vignette" in article.span_text(quote.span)
    assert _speaker(article, quote) == "Vreni Aebi"


def test_a_title_in_marks_leaves_the_previous_sentence_a_statement() -> None:
    article = analyse(
        "Die Tournee „Grosse Reise“ brachte den Musikern 50 Millionen Franken ein. "
        "Das berichtete die Zeitschrift „Musikwelt“ in ihrer neuesten Ausgabe."
    )
    quote = _quote(article, "50 Millionen Franken")
    assert article.span_text(quote.cue) == "berichtete"


def test_plaedieren_anregen_attackieren_and_vergleichen_are_speech_acts() -> None:
    article = analyse(
        "Ebenso plädierte auch Nationalrätin Ursula Steffen dafür, dem Sänger kein Visum zu erteilen. "
        "Zudem regte ein Sprecher des Gemeindeverbands eine Konferenz zu den Vorfällen in Sion an. "
        "Die Lage im Tal verglich Regierungsrat Kurt Imboden mit einem Hochwasser."
    )
    assert _speaker(article, _quote(article, "kein Visum zu erteilen")) == "Ursula Steffen"
    assert article.span_text(_quote(article, "eine Konferenz").cue) == "regte"
    assert _speaker(article, _quote(article, "mit einem Hochwasser")) == "Kurt Imboden"


def test_danach_after_a_document_names_it_as_the_source() -> None:
    article = analyse(
        "Die Kantonalbank Glarus veröffentlichte heute neue Quartalszahlen. "
        "Danach verzeichnet das Institut Verluste in Höhe von zwei Millionen Franken. "
        "Der Direktor Hans Zwicky trat am Abend vor die Presse. Danach fuhr er nach Hause."
    )
    quote = _quote(article, "verzeichnet das Institut")
    assert _words(article, quote) == "Danach"
    assert all("fuhr er" not in article.span_text(q.span) for q in article.quotes)


def test_seiner_meinung_nach_and_dem_vernehmen_nach_name_a_view_as_source() -> None:
    article = analyse(
        "Der Pilot Reto Caflisch weist die Vorwürfe zurück. "
        "Seiner Meinung nach hätte der Flughafen in Samedan die Landung verbieten müssen. "
        "Dort treffen sich dem Vernehmen nach viele Jugendliche aus dem Tal."
    )
    assert _words(article, _quote(article, "die Landung verbieten")) == "Seiner Meinung"
    assert _words(article, _quote(article, "viele Jugendliche")) == "dem Vernehmen"


def test_wonach_gives_the_clause_to_the_source_before_the_comma() -> None:
    article = analyse(
        "Ein Bericht der Zeitung „Bote der Urschweiz“, wonach der Gemeindepräsident Toni Betschart "
        "zurücktreten will, wurde am Abend dementiert."
    )
    quote = _quote(article, "zurücktreten will")
    assert article.span_text(quote.span) == "der Gemeindepräsident Toni Betschart zurücktreten will"
    assert _words(article, quote) == "Ein Bericht der Zeitung „Bote der Urschweiz“"
