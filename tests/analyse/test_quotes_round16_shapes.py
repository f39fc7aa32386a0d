"""Indirect and reported speech of round 16, in the shapes Swiss news agencies and papers use every
day, checked on passages written for the purpose: Konjunktiv I of verbs in "-eln"/"-ern" in its
short form ("man ermittle", "man verhandle"); not ruling out ("Die Polizei schliesst ein Verbrechen nicht
aus") and regretting a decision or a loss ("Die Präsidentin bedauerte die Absage") are statements;
"liess offen, ob ..." reports its clause; "stellte ... in Aussicht" promises; what "war von X zu
erfahren" is what X said; confirming or denying a report is a statement; "machte darauf
aufmerksam, dass" and "beantragt, ... abzulehnen" report their clause; a Konjunktiv clause before
", hiess es" is indirect speech, no noun inside it the speaker; a paper's inflected name in marks
(«Neuen Zürcher Zeitung») is no quotation; "zeigte sich enttäuscht, dass ..." reports its clause."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _words


def test_short_konjunktiv_of_a_verb_in_eln_reports() -> None:
    article = analyse("Ein Polizeisprecher sagte auf Anfrage, man ermittle in alle Richtungen.")
    quote = _quote(article, "Richtungen")
    assert article.span_text(quote.span) == "man ermittle in alle Richtungen"
    assert quote.kind.value == "indirect"
    assert _words(article, quote) == "Ein Polizeisprecher"


def test_short_konjunktiv_after_the_speaker_reports() -> None:
    article = analyse("Die Gemeinde Gossau teilte am Freitag mit, man verhandle noch mit dem Käufer.")
    assert article.span_text(_quote(article, "Käufer").span) == "man verhandle noch mit dem Käufer"


def test_not_ruling_out_is_a_statement() -> None:
    article = analyse("Die Kantonspolizei Glarus schliesst ein Verbrechen nicht aus.")
    quote = _quote(article, "Verbrechen")
    assert quote.kind.value == "reported"
    assert _words(article, quote) == "Die Kantonspolizei Glarus"
    assert analyse("Der Wirt schloss die Gäste aus.").quotes == ()  # an action


def test_regretting_a_decision_is_a_statement() -> None:
    article = analyse("Die Präsidentin des Turnvereins bedauerte die Absage des Festes.")
    quote = _quote(article, "Absage")
    assert quote.kind.value == "reported"
    assert _words(article, quote) == "Die Präsidentin des Turnvereins"
    assert analyse("Die Nachbarin bedauerte den alten Mann.").quotes == ()  # pity, no statement


def test_leaving_open_whether_reports_the_clause() -> None:
    article = analyse("Der Gemeinderat von Thalwil liess am Montag offen, ob er die Kosten übernimmt.")
    quote = _quote(article, "Kosten")
    assert article.span_text(quote.span) == "er die Kosten übernimmt"
    assert _words(article, quote) == "Der Gemeinderat von Thalwil"
    assert analyse("Die Wirtin liess die Tür offen.").quotes == ()  # no question left open


def test_holding_out_a_prospect_is_a_speech_act() -> None:
    article = analyse("Der Regierungsrat stellte den Bauern in Sarnen eine rasche Lösung in Aussicht.")
    quote = _quote(article, "Lösung")
    assert quote.kind.value == "reported"
    assert _words(article, quote) == "Der Regierungsrat"
    article = analyse("Die Stadt Olten stellte in Aussicht, die Gebühren im Herbst zu senken.")
    assert article.span_text(_quote(article, "Gebühren").span) == "die Gebühren im Herbst zu senken"
    # without its "in" the noun is a view, no promise
    assert analyse("Die Gemeinde stellte am Seeufer neue Bänke auf, die Aussicht ist schön.").quotes == ()


def test_what_was_to_learn_from_a_body_is_reported() -> None:
    article = analyse("Von der Staatsanwaltschaft war am Freitag zu erfahren, dass die Ermittlungen laufen.")
    quote = _quote(article, "Ermittlungen")
    assert article.span_text(quote.span) == "die Ermittlungen laufen"
    assert _words(article, quote) == "der Staatsanwaltschaft"


def test_wie_zu_erfahren_war_opens_the_report() -> None:
    article = analyse("Wie von Gemeindeschreiber Paul Kuster zu erfahren war, öffnet das Bad im Mai.")
    quote = _quote(article, "Bad")
    assert article.span_text(quote.span) == "öffnet das Bad im Mai"
    assert _words(article, quote) == "Paul Kuster"


def test_confirming_or_denying_a_report_is_a_statement() -> None:
    article = analyse("Die Kantonspolizei Uri bestätigte am Abend einen Bericht der «Urner Zeitung».")
    quote = _quote(article, "Bericht")
    assert quote.kind.value == "reported"
    assert _words(article, quote) == "Die Kantonspolizei Uri"
    article = analyse("Die Kantonalbank dementierte auf Anfrage die Gerüchte über eine Fusion.")
    assert _words(article, _quote(article, "Gerüchte")) == "Die Kantonalbank"
    assert analyse("Die Behörde bestätigte den Eingang des Gesuchs.").quotes == ()  # an action


def test_drawing_attention_reports_the_clause() -> None:
    article = analyse("Der Bauernverband machte darauf aufmerksam, dass viele Höfe Personal suchen.")
    quote = _quote(article, "Höfe")
    assert article.span_text(quote.span) == "viele Höfe Personal suchen"
    assert _words(article, quote) == "Der Bauernverband"


def test_a_motion_reports_its_clause_but_an_application_is_no_speech() -> None:
    article = analyse("Die Kommission beantragt dem Kantonsrat, die Initiative abzulehnen.")
    assert article.span_text(_quote(article, "Initiative").span) == "die Initiative abzulehnen"
    assert analyse("Der Mieter beantragte einen Parkplatz.").quotes == ()


def test_hiess_es_without_a_source_names_no_one_inside_the_clause() -> None:
    article = analyse("Die Fahrerin sei ins Spital gebracht worden, hiess es weiter.")
    quote = _quote(article, "Spital")
    assert article.span_text(quote.span) == "Die Fahrerin sei ins Spital gebracht worden"
    assert quote.kind.value == "indirect"
    assert _words(article, quote) is None


def test_an_inflected_paper_name_in_marks_is_no_quotation() -> None:
    article = analyse(
        "Gegenüber der «Neuen Zürcher Zeitung» sagte Bankchef Marco Vogt, man sei gut aufgestellt."
    )
    assert [article.span_text(q.span) for q in article.quotes] == ["man sei gut aufgestellt"]


def test_a_stated_disappointment_reports_its_clause() -> None:
    article = analyse("Die Jungfreisinnigen zeigten sich enttäuscht, dass die Vorlage scheiterte.")
    quote = _quote(article, "Vorlage")
    assert article.span_text(quote.span) == "die Vorlage scheiterte"
    assert _words(article, quote) == "Die Jungfreisinnigen"
    # alone, the reaction stays the writer's account
    assert analyse("Die Bäuerin zeigte sich besorgt über das Wetter.").quotes == ()
