"""Free indirect speech, round 14: a report in Konjunktiv I that goes on after one sentence in
the writer's voice (or in marks) inside the same paragraph."""

from __future__ import annotations

from test_quotes_de import analyse, table


def test_one_writers_sentence_does_not_end_a_report_in_its_paragraph() -> None:
    article = analyse(
        "Bahnsprecherin Katrin Sommerfeld sagte, man bedauere die Ausfälle. "
        "Die Züge stehen seit Montag still. Ein Notfahrplan sei aber in Kraft."
    )
    assert ("indirect", "Ein Notfahrplan sei aber in Kraft", "Katrin Sommerfeld") in table(article)
    # the writer's sentence itself is no quote
    assert all("Die Züge" not in text for _, text, _ in table(article))
    # a paragraph break after the writer's sentence still ends the report
    article = analyse(
        "Bahnsprecherin Katrin Sommerfeld sagte, man bedauere die Ausfälle. Die Züge stehen still.",
        "Der Verband sei enttäuscht.",
    )
    assert all("Der Verband" not in text for _, text, _ in table(article))


def test_a_quotation_in_marks_between_two_reports_keeps_the_speaker() -> None:
    article = analyse(
        "Laut Reto Baumgartner bestehe die Gefahr noch nicht. "
        "„Das Virus kann sich aber jederzeit verändern.“ "
        "Bei einer Pandemie sei mit vielen Toten zu rechnen."
    )
    assert ("indirect", "Bei einer Pandemie sei mit vielen Toten zu rechnen", "Reto Baumgartner") in table(
        article
    )
    # a person named as the subject of the middle sentence does not let the report go on
    article = analyse(
        "Laut Reto Baumgartner bestehe die Gefahr noch nicht. "
        "Verkehrsminister Hans Wyss besuchte am Abend den Bahnhof Olten. Die Lage sei ernst."
    )
    assert ("indirect", "Die Lage sei ernst", "Reto Baumgartner") not in table(article)


def test_a_report_before_a_colon_and_a_quotation_goes_on() -> None:
    article = analyse(
        "Umweltministerin Karin Huber sagte, man werde handeln. "
        "Die Pflichten des Bundes seien klar: „Wir müssen das Klima schützen.“"
    )
    assert ("indirect", "Die Pflichten des Bundes seien klar", "Karin Huber") in table(article)
    assert ("direct", "Wir müssen das Klima schützen.", "Karin Huber") in table(article)


def test_a_longer_phrase_in_marks_by_the_same_speaker_leaves_the_report_going_on() -> None:
    article = analyse(
        "Der Theologe Urs Keller sagte, der Rücktritt sei verständlich. Es sei aber schwierig, dass "
        "die Kardinäle einen Nachfolger wählten, „der die Kirche aus ihrer vielschichtigen Krise "
        "herausführen könnte“."
    )
    quote = next(q for q in article.quotes if article.span_text(q.span).startswith("Es sei aber"))
    assert quote.kind.value == "indirect"
    assert quote.speaker is not None
    assert article.entities[quote.speaker].name == "Urs Keller"


def test_waere_and_haette_as_main_verb_go_on_reporting_right_after_an_indirect_quote() -> None:
    article = analyse(
        "Verteidigungsministerin Petra Gerber sagte, sie rechne mit einem Abschluss bis Mai. "
        "Damit wäre eine Verlängerung des Einsatzes nicht nötig."
    )
    assert ("indirect", "Damit wäre eine Verlängerung des Einsatzes nicht nötig", "Petra Gerber") in table(
        article
    )
    # a past counterfactual ("hätte ... eingebracht") is the writer's
    article = analyse(
        "Verteidigungsministerin Petra Gerber sagte, sie rechne mit einem Abschluss bis Mai. "
        "Eine Verlängerung hätte dem Kanton Zug mehr Geld eingebracht."
    )
    assert all("Kanton Zug" not in text for _, text, _ in table(article))


def test_an_authority_as_subject_is_the_source_of_the_next_konjunktiv_sentence() -> None:
    article = analyse(
        "Die Staatsanwaltschaft erhebt nun Anklage wegen Betrugs in 40 Fällen. Der Mann gebe die Taten zu."
    )
    quote = next(q for q in article.quotes if article.span_text(q.span) == "Der Mann gebe die Taten zu")
    assert quote.speaker_span is not None
    assert article.span_text(quote.speaker_span) == "Die Staatsanwaltschaft"
