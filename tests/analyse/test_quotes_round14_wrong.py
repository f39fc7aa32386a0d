"""Speakers of indirect and reported quotes, round 14: quotes that were found but named the wrong
speaker (the topic of a passive speech verb, ...)."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _words


def test_a_passive_speech_act_goes_on_with_the_source_just_quoted() -> None:
    article = analyse(
        "Die Aufsichtsbehörde kritisierte die Sicherheitsmängel bei der Fluggesellschaft Alpair. "
        "Auch wurde die Ausbildung der Piloten bemängelt."
    )
    quote = _quote(article, "Ausbildung der Piloten")
    assert _words(article, quote) == "Die Aufsichtsbehörde"


def test_the_subject_of_a_passive_speech_act_is_no_speaker() -> None:
    article = analyse(
        "Im Tessin ist am Sonntag ein Hangrutsch niedergegangen. "
        "Der Sachschaden wird auf zwei Millionen Franken geschätzt."
    )
    quote = _quote(article, "Der Sachschaden")
    assert quote.speaker is None
    assert quote.speaker_span is None
    # an agent after "von" still speaks, and so does the place after "aus"
    article = analyse(
        "Der Vorschlag wurde von Gemeinderat Urs Brunner kritisiert. "
        "Von Unwettern wird auch aus Olten und dem Gäu berichtet."
    )
    assert _words(article, _quote(article, "Der Vorschlag")) == "Urs Brunner"
    assert _words(article, _quote(article, "Von Unwettern")) == "dem Gäu"


def test_a_speakerless_passive_act_still_opens_a_chain_of_konjunktiv() -> None:
    article = analyse(
        "Im Tessin ist ein Hangrutsch niedergegangen. Die Zahl der Verletzten wurde mit zwölf angegeben. "
        "Drei von ihnen seien schwer verletzt."
    )
    assert any("Drei von ihnen" in article.span_text(q.span) for q in article.quotes)


def test_a_passive_speech_verb_before_its_clause_goes_on_with_the_source_just_quoted() -> None:
    article = analyse(
        "Der Verein kündigte an, die Halle in Wiesental zu schließen. "
        "Insbesondere kritisiert wird, dass die Gemeinde keine Hilfe angeboten habe."
    )
    quote = _quote(article, "keine Hilfe angeboten")
    assert _words(article, quote) == "Der Verein"


def test_will_erfahren_haben_reports_what_the_source_claims_to_know() -> None:
    article = analyse(
        "Die Zeitung „Landbote“ will aus Kreisen der Regierung erfahren haben, dass der Kanton "
        "die Vorlage zurückziehen werde."
    )
    quote = _quote(article, "die Vorlage zurückziehen")
    assert _words(article, quote) == "Die Zeitung „Landbote“"
    assert not analyse("Sie wollte erfahren, wie es ihm in Olten geht.").quotes


def test_a_speech_act_in_konjunktiv_goes_on_reporting_the_previous_speaker() -> None:
    article = analyse(
        "Die Kantonspolizei Uri teilte mit, der Fahrer habe die Kontrolle verloren. "
        "Die Feuerwehr habe die Anwohner vor Rauch gewarnt."
    )
    quote = _quote(article, "vor Rauch gewarnt")
    assert _words(article, quote) == "Die Kantonspolizei Uri"
    # in the indicative, and with Konjunktiv only in a relative clause, the subject speaks
    article = analyse(
        "Die Kantonspolizei Uri teilte mit, der Fahrer habe die Kontrolle verloren. "
        "Die Gemeinde, die keine Hilfe anbiete, kritisierte den Kanton."
    )
    assert _words(article, _quote(article, "kritisierte den Kanton")) == "Die Gemeinde"


def test_a_passive_names_the_place_it_reports_from() -> None:
    article = analyse("Am Freitag wurde aus Italien der Tod der Sängerin Lara Bossi gemeldet.")
    assert _words(article, _quote(article, "der Tod der Sängerin")) == "Italien"
    article = analyse("Aus Regierungskreisen wurde bestätigt, dass der Minister in Chur zurücktritt.")
    assert _words(article, _quote(article, "der Minister in Chur")) == "Regierungskreisen"
