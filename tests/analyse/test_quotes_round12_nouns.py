"""Round 12: what a speech noun reports, the clause after the noun and its comma ("der Vorwurf
der Opposition, die Regierung habe gelogen"), and who holds the noun."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _speaker, _words


def test_a_reproach_in_the_genitive_names_its_owner() -> None:
    article = analyse(
        "Die Debatte dauerte bis in die Nacht. Es bleibt der Vorwurf der Grünen Partei Uri an den "
        "Gemeinderat, er habe die Kosten der Brücke verschwiegen."
    )
    quote = _quote(article, "Kosten der Brücke verschwiegen")
    assert article.span_text(quote.span).startswith("er habe")
    assert _speaker(article, quote) == "Grünen Partei Uri"
    assert article.span_text(quote.cue) == "Vorwurf"


def test_an_appeal_with_an_infinitive_ends_at_its_comma() -> None:
    article = analyse(
        "Der Dieb floh mit dem Velo. Dem Appell der Kantonspolizei, sich sofort zu stellen, folgte er nicht."
    )
    quote = _quote(article, "sofort zu stellen")
    assert article.span_text(quote.span) == "sich sofort zu stellen"
    assert _words(article, quote) == "der Kantonspolizei"


def test_the_subject_holds_the_noun_it_names() -> None:
    article = analyse(
        "Die Fachleute untersuchten das Gemälde monatelang. Die Fachleute kamen zu dem Ergebnis, "
        "dass es aus dem 17. Jahrhundert stamme."
    )
    quote = _quote(article, "aus dem 17. Jahrhundert")
    assert _words(article, quote) == "Die Fachleute"


def test_a_rejected_claim_is_the_noun_s_own() -> None:
    article = analyse(
        "Der Bauernverband lud zur Versammlung. Die Präsidentin wandte sich gegen die Behauptung, "
        "die neue Rebsorte werde nicht verkauft."
    )
    quote = _quote(article, "Rebsorte werde nicht verkauft")
    assert _words(article, quote) == "die Behauptung"


def test_a_relative_clause_after_the_noun_reports_nothing() -> None:
    article = analyse(
        "Der Stadtrat tagte am Montag. Die Forderung, die der Verband gestellt habe, blieb unbeantwortet."
    )
    assert not any(q.cue and article.span_text(q.cue) == "Forderung" for q in article.quotes)


def test_a_state_of_suspicion_reports_nothing() -> None:
    article = analyse(
        "Der Kassier trat zurück. Der Kassier stand im Verdacht, Geld des Vereins veruntreut zu haben."
    )
    assert not any(q.cue and article.span_text(q.cue) == "Verdacht" for q in article.quotes)


def test_a_preposition_and_a_noun_after_the_comma_open_no_relative_clause() -> None:
    article = analyse(
        "Der Verband tagte in Chur. Die Gewerkschaft reagierte kühl auf die Forderung des Verbands "
        "Bündner Wirte, in der Lohnfrage nachzugeben."
    )
    quote = _quote(article, "in der Lohnfrage nachzugeben")
    assert "Verbands" in (_words(article, quote) or "")


def test_wie_a_study_found_names_the_study() -> None:
    article = analyse(
        "Die Eltern sind beunruhigt. Wie eine Umfrage der Hochschule Luzern ergab, schlafen viele "
        "Kinder zu wenig."
    )
    quote = _quote(article, "schlafen viele Kinder")
    assert _words(article, quote) == "eine Umfrage der Hochschule Luzern"
    assert article.span_text(quote.cue) == "ergab"


def test_wie_aus_a_report_hervorgeht_after_a_colon() -> None:
    article = analyse(
        "Der Zug entgleiste bei Arth. Ein weiterer Umstand kommt hinzu: Wie aus einem Bericht der "
        "Ermittler hervorgeht, hatte der Lokführer stark gebremst."
    )
    quote = _quote(article, "stark gebremst")
    assert article.span_text(quote.span) == "hatte der Lokführer stark gebremst"
    assert _words(article, quote) == "einem Bericht der Ermittler"


def test_konjunktiv_of_a_verb_in_eln_reports() -> None:
    article = analyse(
        "Im Hafen von Basel wurden Säcke mit Mais gefunden. Eine Laboranalyse bestätigte den Verdacht, "
        "es handele sich um Genmais."
    )
    quote = _quote(article, "um Genmais")
    assert article.span_text(quote.span) == "es handele sich um Genmais"
    assert _words(article, quote) == "Eine Laboranalyse"


def test_reproaches_raised_without_an_owner() -> None:
    article = analyse("Der Streik dauert an. Vorwürfe werden laut, dass der Verband die Fakten nicht kenne.")
    quote = _quote(article, "die Fakten nicht kenne")
    assert _words(article, quote) == "Vorwürfe"


def test_a_demand_in_konjunktiv_ii() -> None:
    article = analyse(
        "In Thun randalierten Fans. Es gab die Forderung, die Vereine müssten selbst für Ordnung sorgen."
    )
    quote = _quote(article, "selbst für Ordnung sorgen")
    assert article.span_text(quote.cue) == "Forderung"


def test_insisting_darauf_reports_the_clause() -> None:
    article = analyse(
        "Die Gespräche in Sitten dauerten lange. Der Walliser Bauernverband besteht jedoch darauf, "
        "dass die Alpen offen bleiben."
    )
    quote = _quote(article, "die Alpen offen bleiben")
    assert article.span_text(quote.span) == "die Alpen offen bleiben"
    assert _words(article, quote) == "Der Walliser Bauernverband"


def test_beruft_sich_darauf_names_the_subject_after_the_verb() -> None:
    article = analyse(
        "Die Kritik an der Bank wächst. Im Schreiben beruft sich die Bank darauf, dass die Daten "
        "anonym weitergegeben würden."
    )
    quote = _quote(article, "anonym weitergegeben")
    assert _words(article, quote) == "die Bank"
