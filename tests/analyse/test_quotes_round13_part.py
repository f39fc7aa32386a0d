"""Speakers of partial quotes in a sentence with no speech verb, round 13: the agent of a
passive, the phrase a relative pronoun stands for, and no speaker for a passive's subject."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _words


def test_the_agent_of_a_passive_speaks_not_the_adverb_opening_the_sentence() -> None:
    article = analyse(
        "Der Schnee hält an. Insbesondere in weiten Teilen Graubündens wird die Gefahr von Lawinen "
        "vom Schweizer Lawinendienst als „sehr hoch“ eingestuft."
    )
    assert _words(article, _quote(article, "sehr hoch")) == "Schweizer Lawinendienst"


def test_an_um_zu_clause_goes_with_the_passive_before_it() -> None:
    article = analyse(
        "Das Dorf bleibt ruhig. Ortschaften mit vielen Zuzügern werden immer wieder von Aktivisten "
        "durchquert, um auf „das Dorfsterben aufmerksam zu machen“."
    )
    assert _words(article, _quote(article, "das Dorfsterben")) == "Aktivisten"


def test_a_passive_without_agent_names_no_one_by_its_subject() -> None:
    article = analyse(
        "Die Gewerkschaft streikt seit Montag. Vergleiche werden gezogen mit „erfolgreicher Erpressung“ "
        "der Stadt."
    )
    quote = _quote(article, "erfolgreicher Erpressung")
    assert quote.speaker_span is None or _words(article, quote) != "Vergleiche"


def test_a_relative_pronoun_stands_for_the_source_before_it() -> None:
    article = analyse(
        "Die Bahn beklebt ihre Scheiben mit Folien. Kritik kommt vom Zürcher Fahrgastverband Pro Bahn, "
        "der diese Maßnahme als „Kapitulation“ vor den Sprayern sieht."
    )
    quote = _quote(article, "Kapitulation")
    assert quote.speaker is not None
    assert article.entities[quote.speaker].name == "Pro Bahn"


def test_a_quantifier_and_its_noun_open_the_clause_as_its_subject() -> None:
    article = analyse(
        "Im Grenzgebiet kam es erneut zu Schüssen. Beide Seiten hatten vereinbart, aus dem umstrittenen "
        "Tal bis Ende Mai „alle fremden Truppen“ zurückzuziehen."
    )
    assert _words(article, _quote(article, "alle fremden Truppen")) == "Beide Seiten"


def test_a_numbered_provision_after_nach_is_the_source() -> None:
    article = analyse(
        "Der Rat tagte am Montag in Bern. Nach dem Artikel 12 der Bundesverfassung bestimmt der "
        "Bundesrat „die Richtlinien der Politik“."
    )
    assert _words(article, _quote(article, "die Richtlinien")).startswith("dem Artikel")


def test_an_adverb_opening_the_sentence_is_no_speaker() -> None:
    article = analyse(
        "Der Entscheid fiel knapp. Besonders unangenehm musste es für die Kammer gewesen sein, dass "
        "Laien „ohne Aktenkenntnis“ urteilten."
    )
    quote = _quote(article, "ohne Aktenkenntnis")
    assert quote.speaker_span is None or _words(article, quote) != "Besonders"


def test_a_person_in_a_preposition_phrase_is_no_speaker() -> None:
    article = analyse(
        "Der Stadtrat tagte in Olten. Einige Gegner protestierten vor dem Rathaus gegen Stadtpräsident "
        "Beat Amrein mit Transparenten, auf denen Sprüche wie „Nieder mit dem Stadtrat“ standen."
    )
    quote = _quote(article, "Nieder mit dem Stadtrat")
    assert quote.speaker is None or article.entities[quote.speaker].name != "Beat Amrein"
