"""Indirect speech of round 14: cues the finder lacked. A separable verb whose particle is written
apart right before it ("hat bekannt gegeben, dass", "Wie die Gemeinde bekannt gab, ..."), making
clear ("machte deutlich, dass"), finding out ("fanden heraus, dass"), a rule's content ("Die
Klausel besagt, dass") and a conclusion ("kam zu dem Schluss, dass")."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _words

from lagebild.model import QuoteKind


def test_bekannt_gegeben_written_apart_opens_a_dass_clause() -> None:
    article = analyse(
        "Die Firma Keller hat am Montag in einer Stellungnahme bekannt gegeben, dass die Abfälle "
        "in Muttenz keine Gefahr darstellen."
    )
    quote = _quote(article, "keine Gefahr")
    assert quote.kind is QuoteKind.INDIRECT
    assert _words(article, quote) == "Die Firma Keller"


def test_wie_x_bekannt_gab_reports_the_main_clause() -> None:
    article = analyse(
        "Wie die Kantonspolizei Thurgau am Montag bekannt gab, wird es in Frauenfeld künftig mehr "
        "Kontrollen geben."
    )
    quote = _quote(article, "mehr Kontrollen")
    assert _words(article, quote) == "Kantonspolizei Thurgau"


def test_bekannt_gegeben_without_a_clause_is_no_quote() -> None:
    article = analyse(
        "Das Ergebnis der Abstimmung in Aarau wird am Sonntag bekannt gegeben. Die Stadt hat aber "
        "schon bekannt gegeben, dass die Beteiligung hoch war."
    )
    assert [article.span_text(q.span) for q in article.quotes] == ["die Beteiligung hoch war"]


def test_machte_deutlich_dass() -> None:
    article = analyse("Der Gemeinderat Urs Koller machte deutlich, dass die Schule in Egg geschlossen wird.")
    assert _words(article, _quote(article, "Schule in Egg")) == "Der Gemeinderat Urs Koller"


def test_deutlich_gemacht_in_the_passive() -> None:
    article = analyse(
        "Von den Behörden in Chur wurde erneut deutlich gemacht, dass fremde Helfer nicht erwünscht seien."
    )
    assert _quote(article, "nicht erwünscht").kind is QuoteKind.INDIRECT


def test_fanden_heraus_dass() -> None:
    article = analyse("Die Forscher aus Basel fanden heraus, dass die Schnecken im Winter kleiner werden.")
    assert _words(article, _quote(article, "im Winter kleiner")) == "Forscher"


def test_klausel_besagt_dass() -> None:
    article = analyse(
        "In den Vertrag wurde eine Klausel eingebaut. Diese besagt, dass der Käufer die Aktien "
        "zurückgeben muss."
    )
    assert _words(article, _quote(article, "zurückgeben muss")) == "Diese"


def test_zu_dem_schluss_gekommen_dass() -> None:
    article = analyse(
        "Nach langen Gesprächen sei die Richterin Petra Gisler zu dem Schluss gekommen, dass der "
        "Vertrag ungültig sei."
    )
    assert _words(article, _quote(article, "Vertrag ungültig")) == "die Richterin Petra Gisler"


def test_um_zu_after_a_speech_verb_is_a_purpose_no_quote() -> None:
    article = analyse(
        "Die Gemeinde Egg erklärte die Pläne im Amtsblatt, um die Bürger rechtzeitig zu informieren."
    )
    assert not any(article.span_text(q.span).startswith("um ") for q in article.quotes)


def test_laut_before_the_speech_verb_reports_the_whole_sentence() -> None:
    article = analyse(
        "Laut der Kantonspolizei Thurgau appellierte Regierungsrat Beat Moser an die Bevölkerung, "
        "sich an die Regeln zu halten."
    )
    quote = _quote(article, "an die Regeln")
    assert article.span_text(quote.span).startswith("Laut der Kantonspolizei")
    assert quote.kind is QuoteKind.REPORTED


def test_zufolge_between_verb_and_clause_reports_the_whole_sentence() -> None:
    article = analyse(
        "Das Team um Vreni Suter kam der Meldung zufolge zu dem Schluss, dass die Infektionen "
        "vermeidbar seien."
    )
    quote = _quote(article, "vermeidbar")
    assert article.span_text(quote.span).startswith("Das Team")
    # the report passes the team's conclusion on: the team speaks, the report is the source
    assert quote.source_span is not None
    assert article.span_text(quote.source_span) == "Meldung"
    assert "Vreni Suter" in _words(article, quote)


def test_a_source_inside_the_clause_leaves_it_the_speakers() -> None:
    article = analyse(
        "Laut der Zeitung „Bote“ hat die Polizei die Frau befragt. Ein Sprecher der Polizei, Lars "
        "Gerber, sagte am Abend, nach neuesten Erkenntnissen habe ein Unbekannter den Namen der Frau "
        "verwendet. Laut dem Anwalt der Frau erklärte die Polizei, der Fall sei gelöst."
    )
    inner = _quote(article, "Unbekannter")
    assert article.span_text(inner.span).startswith("nach neuesten")
    assert _words(article, inner) == "Ein Sprecher der Polizei, Lars Gerber"
    assert article.span_text(_quote(article, "Fall sei gelöst").span).startswith("Laut dem Anwalt")


def test_aus_der_regierung_ist_zu_hoeren() -> None:
    article = analyse(
        "Die Wahl im Wallis steht bevor. Aus der Regierung ist zu hören, der Unternehmer Beat Imhof "
        "habe die Filme in Auftrag gegeben. Die Schüler in Visp hören dem Lehrer zu, wenn er spricht."
    )
    quote = _quote(article, "Filme in Auftrag")
    assert _words(article, quote) == "der Regierung"
    assert quote.cue is not None
    assert article.span_text(quote.cue) == "hören"
    assert not any("Lehrer" in article.span_text(q.span) for q in article.quotes)


def test_a_wenn_clause_after_a_speech_verb_inside_the_report_is_no_report_of_its_own() -> None:
    article = analyse(
        "Von Urs Koller liegt nur die knappe Äußerung vor, er werde sich erst wieder äußern, wenn "
        "der Kandidat feststehe. Die Präsidentin Anna Roth sagte, wenn es regne, werde das Fest "
        "verschoben."
    )
    assert article.span_text(_quote(article, "Kandidat feststehe").span).startswith("Von Urs Koller")
    assert article.span_text(_quote(article, "Fest").span).startswith("wenn es regne")


def test_zuversichtlich_and_ueberzeugt_with_a_clause() -> None:
    article = analyse(
        "Die Regierung in Bern ist zuversichtlich, im Jahr 2030 Mitglied werden zu können. Der Anwalt "
        "Beat Huber zeigte sich überzeugt, dass sein Mandant unschuldig sei. Die Gemeinde ist "
        "optimistisch."
    )
    assert _words(article, _quote(article, "Mitglied werden")) == "Die Regierung in Bern"
    assert _words(article, _quote(article, "unschuldig")) == "Der Anwalt Beat Huber"
    assert not any("optimistisch" in article.span_text(q.span) for q in article.quotes)


def test_konjunktiv_ii_of_a_strong_verb_marks_the_report() -> None:
    article = analyse(
        "Der Wetterdienst in Zürich warnt vor Hochwasser. Die wichtigsten Dämme des Kantons befänden "
        "sich nahe der Grenze der Belastbarkeit."
    )
    assert _quote(article, "Dämme des Kantons").kind is QuoteKind.INDIRECT
