"""Free indirect speech and reported speech acts, round 12."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _speaker


def test_verbs_of_welcoming_and_denouncing_report_their_clause() -> None:
    article = analyse(
        "Die Grossrätin Vreni Bucher prangerte an, dass die Schule in Menzingen zu wenig Lehrer habe. "
        "Der Gemeinderat Urs Gisler befürwortete, dass die Gemeinde neue Stellen schaffe."
    )
    quote = _quote(article, "zu wenig Lehrer habe")
    assert _speaker(article, quote) == "Vreni Bucher"
    quote = _quote(article, "neue Stellen schaffe")
    assert _speaker(article, quote) == "Urs Gisler"


def test_welcoming_without_a_clause_is_no_speech_act() -> None:
    # "begrüßte die Gäste": a greeting, not what someone said; a later verb still tells speech
    article = analyse(
        "Der Gemeindepräsident Urs Gisler begrüßte die Gäste in der Turnhalle von Menzingen. "
        "Die Landwirte begrüßten den Entscheid, forderten aber mehr Geld vom Kanton Zug."
    )
    assert not any("Gäste" in article.span_text(q.span) for q in article.quotes)
    assert _quote(article, "Die Landwirte begrüßten den Entscheid")


def test_so_names_a_source_with_a_lower_case_compound_at_the_end_of_an_indicative_sentence() -> None:
    article = analyse(
        "Die Busse in Winterthur bleiben über Ostern in den Depots, so verdi-Sprecher Beat Gisler. "
        "Nach den Feiertagen würden die Streiks weitergehen."
    )
    quote = _quote(article, "über Ostern in den Depots")
    assert _speaker(article, quote) == "Beat Gisler"
    assert _speaker(article, _quote(article, "die Streiks weitergehen")) == "Beat Gisler"


def test_so_before_dass_or_a_verb_names_no_source() -> None:
    article = analyse(
        "Der Regen in Chur hielt den ganzen Tag an, so dass die Strasse gesperrt wurde. "
        "Der Verkehr war stark behindert, so wurde der Bahnhof von Chur geschlossen."
    )
    assert not article.quotes


def test_konjunktiv_after_a_sentence_whose_subject_is_an_organisation_reports_it() -> None:
    # "Die Gisler AG sieht keine Gefahr. Die Lage sei ruhig.": the company's view
    article = analyse(
        "Die Gisler AG sieht noch keine besondere Gefahr. "
        "Lediglich Landwirte mit vielen Hühnern seien zu schützen."
    )
    quote = _quote(article, "Landwirte mit vielen Hühnern")
    assert _speaker(article, quote) == "Gisler AG"


def test_an_allegation_with_soll_goes_on_reporting_a_speaker_two_sentences_back() -> None:
    # "Er soll ... verholfen haben.": the allegation is the police's, though one sentence in the
    # writer's voice stands between; that sentence stays out of the quote
    article = analyse(
        "Polizeisprecher Beat Gisler sagte, ein Aufseher sei in Zug festgenommen worden. "
        "Der Mann arbeitet seit zehn Jahren in der Anstalt. "
        "Er soll zwei Häftlingen zur Flucht verholfen haben."
    )
    quote = _quote(article, "zur Flucht verholfen haben")
    assert _speaker(article, quote) == "Beat Gisler"
    assert "zehn Jahren" not in article.span_text(quote.span)
