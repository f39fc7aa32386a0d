"""Speakers of indirect quotes: the subject of the clause with the speech verb, round 12."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _words


def test_a_quantifier_with_a_partitive_genitive_opens_the_subject() -> None:
    article = analyse(
        "Einige der einflussreichsten Bauern im Kanton Luzern haben Bundesrätin Heidi Amrein gestern "
        "in einem offenen Brief geschrieben, dass die Agrarpolitik dringend geändert werden müsse."
    )
    quote = _quote(article, "die Agrarpolitik dringend geändert")
    assert _words(article, quote) == "Einige der einflussreichsten Bauern im Kanton Luzern"
    assert quote.speaker is None or article.entities[quote.speaker].name != "Heidi Amrein"


def test_a_semicolon_ends_the_clause_before_the_speech_verb() -> None:
    article = analyse(
        "Der Sperrung vorausgegangen waren Proteste in Olten; Die Zeitung Oltner Anzeiger berichtete "
        "daraufhin, dass die Kosten für die Brücke gestiegen seien."
    )
    quote = _quote(article, "die Kosten für die Brücke")
    assert _words(article, quote) == "Die Zeitung Oltner Anzeiger"


def test_bekunden_and_aussagen_are_speech_verbs() -> None:
    article = analyse(
        "Die Polizei in Olten verstärkt ihre Präsenz. Anwohner haben dagegen gegenüber der Zeitung "
        "ausgesagt, dass die Brände schon länger geplant gewesen seien. Der Verein Pro Aare bekundete, "
        "dass die Daten leicht zugänglich gewesen seien."
    )
    assert _words(article, _quote(article, "die Brände schon länger")) == "Anwohner"
    assert _words(article, _quote(article, "die Daten leicht zugänglich")) == "Der Verein Pro Aare"


def test_geben_bekannt_in_the_plural_is_a_speech_verb() -> None:
    article = analyse(
        "Die Migration nach Luzern nimmt zu. Die Stiftung und der Verband geben in einer gestern "
        "veröffentlichten Mitteilung bekannt, dass sie neue Programme entwickeln wollen."
    )
    assert _words(article, _quote(article, "sie neue Programme")) == "Die Stiftung und der Verband"


def test_a_brand_with_a_lower_case_first_letter_is_the_subject() -> None:
    article = analyse(
        "Die Auktion der Kutsche aus Olten läuft noch bis Sonntag.\n\n"
        "eMarkt hält es für möglich, dass die Kutsche den Rekord heute noch bricht."
    )
    assert _words(article, _quote(article, "die Kutsche den Rekord")) == "eMarkt"


def test_a_verb_coordinated_after_an_object_first_clause_takes_its_subject() -> None:
    article = analyse(
        "Die Äußerungen Imhofs und Kellers bezeichnete Brunner als „Knaller aus Bern“ und glaubt, "
        "dass die Politik sie ernst nehmen müsse."
    )
    assert _words(article, _quote(article, "die Politik sie ernst")) == "Brunner"
    assert _words(article, _quote(article, "Knaller aus Bern")) == "Brunner"


def test_the_subject_of_a_subordinate_clause_in_marks_speaks() -> None:
    article = analyse(
        "Die Grünen setzen sich für die alte Fahne ein, während die „Initiative Roter Löwe“ "
        "Brunners Vorschlag unterstützt und fordert, dass der Löwe zur Flagge des Kantons wird."
    )
    quote = _quote(article, "der Löwe zur Flagge")
    assert _words(article, quote) == "die „Initiative Roter Löwe“"


def test_holding_a_view_is_a_cue_for_the_clause_after_it() -> None:
    article = analyse(
        "Im März hatte der Journalist Beat Imhof seine Recherche zur Schule in Olten veröffentlicht. "
        "Seit August vertritt er die These, dass die Vorfälle „im System angelegt“ seien."
    )
    quote = _quote(article, "die Vorfälle")
    assert _words(article, quote) == "er"
    assert quote.cue is not None
    assert article.span_text(quote.cue) == "vertritt"


def test_durchblicken_lassen_is_a_speech_verb() -> None:
    article = analyse(
        "Die Imhof AG plant ein Werk in Olten. Ein Manager des Konzerns ließ damals gegenüber der "
        "Zeitung durchblicken, dass auch ein neues Zentrum für Batterien entstehen könnte."
    )
    assert _words(article, _quote(article, "ein neues Zentrum")) == "Ein Manager des Konzerns"


def test_a_newspaper_in_marks_after_the_verb_is_its_subject() -> None:
    article = analyse(
        "Imhof hatte die Firma 1993 übernommen. Den Börsenwert des Unternehmens beziffert der "
        "„Oltner Anzeiger“ auf 17 Milliarden Franken."
    )
    assert _words(article, _quote(article, "Den Börsenwert")) == "der „Oltner Anzeiger“"


def test_a_comma_in_brackets_does_not_end_the_subject_before_the_auxiliary() -> None:
    article = analyse(
        "Bundespräsident Hans Imhof (FDP) hat in einem Gespräch mit seinem deutschen Amtskollegen "
        "Peter Brunner (Grüne, dt. etwa Umweltpartei) bekräftigt, die Schweiz bekenne sich zu ihrer "
        "Verantwortung."
    )
    quote = _quote(article, "die Schweiz bekenne sich")
    assert _words(article, quote) == "Bundespräsident Hans Imhof (FDP)"
