"""Speakers of indirect and reported quotes, round 13: relative sources ("Gerüchte, nach denen"),
clause subjects and passive agents that were missed or mistaken."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _words


def test_a_relative_clause_after_nach_denen_is_its_antecedents_report() -> None:
    article = analyse(
        "Im Dorf Wiesental wurde das alte Schulhaus geschlossen. Es gibt Gerüchte, nach denen "
        "der Gemeinderat das Gebäude an einen Investor aus Olten verkaufen will."
    )
    quote = _quote(article, "der Gemeinderat das Gebäude")
    assert "Es gibt" not in article.span_text(quote.span)
    assert _words(article, quote) == "Gerüchte, nach denen"


def test_denen_zufolge_and_nach_welchem_open_a_relative_source() -> None:
    article = analyse(
        "Die Stadt Aarwil stützt sich auf zwei Umfragen der Hochschule, denen zufolge die Mehrheit "
        "der Bevölkerung den Ausbau der Bahn befürwortet. Der Kanton beschloss einen Plan, nach welchem "
        "die Strecke bis 2030 zweispurig werden soll."
    )
    first = _quote(article, "die Mehrheit der Bevölkerung")
    assert _words(article, first) == "Umfragen der Hochschule, denen"
    second = _quote(article, "die Strecke bis 2030")
    assert _words(article, second) == "Plan, nach welchem"


def test_nach_dem_after_a_comma_is_no_relative_source_after_an_event() -> None:
    article = analyse("Das Spiel in Aarwil ging in die Pause, nach der die Gäste etwas stärker wurden.")
    assert all("die Gäste etwas stärker" not in article.span_text(q.span) for q in article.quotes)


def test_a_named_speech_act_keeps_the_relative_source_its_own() -> None:
    article = analyse(
        "Die Nationalrätin Verena Imhof bezweifelte die Vereinbarkeit des Plans mit Grundsätzen, "
        "denen zufolge jeder Bürger als unschuldig gelte. Die Speicherung der Daten sei unzulässig."
    )
    quote = _quote(article, "Speicherung der Daten")
    assert quote.speaker is not None
    assert article.entities[quote.speaker].name == "Verena Imhof"


def test_a_neuter_relative_pronoun_before_the_speech_verb_is_the_speaker() -> None:
    article = analyse(
        "Ein neuer Vorschlag kam an der Sitzung in Bern vom Nachbarland Liechtenstein, das vorschlug, "
        "die Grenzkontrollen sofort aufzuheben."
    )
    quote = _quote(article, "die Grenzkontrollen sofort")
    assert _words(article, quote) == "das"
    assert quote.speaker is not None
    assert article.entities[quote.speaker].name == "Nachbarland Liechtenstein"


def test_a_clock_time_in_the_prefield_is_no_colon() -> None:
    article = analyse(
        "Der Prozess in Olten dauert an. Um 15:36 Uhr meldete dann das Online-Portal des Senders, "
        "Richter Keller rechne mit einem Urteil im Mai."
    )
    quote = _quote(article, "rechne mit einem Urteil")
    assert _words(article, quote) == "das Online-Portal des Senders"


def test_a_web_address_in_lower_case_opens_the_clause_as_its_speaker() -> None:
    article = analyse("Wie tagblatt.ch berichtet, ist der neue Fahrplan für die Region Olten fertig.")
    quote = _quote(article, "der neue Fahrplan")
    assert _words(article, quote) == "tagblatt.ch"


def test_a_share_of_those_asked_opens_the_clause_as_its_speaker() -> None:
    article = analyse(
        "Die Umfrage wurde in Luzern durchgeführt. 80 Prozent befürworteten, dass die Abgeordneten "
        "ihre Einkünfte offenlegen."
    )
    quote = _quote(article, "die Abgeordneten ihre Einkünfte")
    assert _words(article, quote) == "80 Prozent"


def test_an_adjective_after_a_preposition_stays_in_the_opening_phrase() -> None:
    article = analyse(
        "Aus Mangel an neuen Befunden waren die Forscher bisher davon ausgegangen, dass die Siedlung "
        "bei Aarwil jünger sei."
    )
    quote = _quote(article, "die Siedlung bei Aarwil")
    assert _words(article, quote) == "die Forscher"


def test_a_person_after_the_conjunction_opening_the_sentence_speaks() -> None:
    article = analyse(
        "Die Debatte über den Haushalt beginnt. Obwohl Finanzministerin Vera Brunner aufgrund der "
        "anziehenden Konjunktur mit Mehreinnahmen des Bundes von bis zu 3,5 Milliarden Euro rechnet, "
        "sei man von einer Entschuldung weit entfernt."
    )
    quote = _quote(article, "von einer Entschuldung")
    assert _words(article, quote) == "Finanzministerin Vera Brunner"
    assert quote.speaker is not None
    assert article.entities[quote.speaker].name == "Vera Brunner"


def test_mit_dem_argument_reports_the_clause_after_its_comma() -> None:
    article = analyse(
        "Der Fahrgastverband kritisiert die neuen Fenster. Die Verkehrsbetriebe begegnen der Kritik "
        "mit dem Argument, die Züge seien meist unterirdisch unterwegs."
    )
    quote = _quote(article, "die Züge seien")
    assert _words(article, quote) == "Die Verkehrsbetriebe"


def test_a_bare_plural_noun_opening_the_clause_speaks_not_the_person_after_the_verb() -> None:
    article = analyse(
        "Kritiker werfen Bundesrat Peter Keller vor, er habe die Entscheidung nur aus Kalkül getroffen."
    )
    quote = _quote(article, "die Entscheidung nur aus Kalkül")
    assert _words(article, quote) == "Kritiker"
    assert quote.speaker is None


def test_das_before_the_speech_verb_points_back_and_the_subject_follows_the_verb() -> None:
    article = analyse(
        "Bei einem Anschlag in Aarwil ist der Bürgermeister getötet worden. Er soll das Ziel gewesen "
        "sein. Das berichten lokale Medien."
    )
    quote = _quote(article, "der Bürgermeister getötet")
    assert _words(article, quote) == "lokale Medien"


def test_an_adjective_and_a_bare_plural_noun_after_the_speech_verb_are_its_subject() -> None:
    article = analyse("In Olten meldeten lokale Zeitungen, der Stadtpräsident sei zurückgetreten.")
    quote = _quote(article, "der Stadtpräsident sei")
    assert _words(article, quote) == "lokale Zeitungen"


def test_the_passive_agent_ends_at_the_auxiliary() -> None:
    article = analyse(
        "Der Parteichef Urs Keller sagte: „Ich finde, Frau Brunner fehlt noch.“ Von Bürgerlichen "
        "wurden Kellers Äußerungen als geschmacklos bezeichnet."
    )
    quote = _quote(article, "als geschmacklos bezeichnet")
    assert _words(article, quote) == "Bürgerlichen"
    assert quote.speaker is None
