"""Speakers of round 4: bare nouns and pronouns right before the speech verb ("Zeitungen
berichteten", "..., der behauptet"), relative clauses ending in the verb, the agent of a
passive ("wurde von der Opposition kritisiert"), places and genitives that do not speak, and
a quote told by the next sentence ("„…“ Das musste der Minister einräumen.")."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _speaker, _words


def test_bare_plural_noun_before_the_verb() -> None:
    article = analyse(
        "Der Sturm zog in der Nacht über das Land. Hilfsorganisationen befürchten, dass weit mehr "
        "Menschen betroffen sein könnten."
    )
    quote = _quote(article, "weit mehr Menschen")
    assert _words(article, quote) == "Hilfsorganisationen"


def test_relative_pronoun_right_before_the_verb() -> None:
    article = analyse(
        "Die Firmen prüfen die Angaben eines Studenten, der behauptet, den Schutz der Geräte "
        "umgangen zu haben."
    )
    quote = _quote(article, "den Schutz der Geräte")
    assert _words(article, quote) == "der"


def test_relative_clause_ending_in_the_verb() -> None:
    article = analyse(
        "Der ehemalige Stadtrat Jakob Meier, der die Entscheidung der Behörde als „Skandal“ "
        "bezeichnete, will nun klagen."
    )
    quote = _quote(article, "Skandal")
    assert _words(article, quote) == "der"
    assert _speaker(article, quote) == "Jakob Meier"


def test_relative_pronoun_as_object_yields_to_the_subject() -> None:
    article = analyse(
        "Die Ministerin Anna Keller stellte die Pläne vor, die sie als „ausgewogen“ bezeichnete."
    )
    quote = _quote(article, "ausgewogen")
    assert _words(article, quote) != "die"


def test_passive_agent_after_von() -> None:
    article = analyse(
        "Der Minister besuchte am Montag die Truppe. Von der Opposition wurde die Reise als "
        "„reine Werbung“ kritisiert."
    )
    quote = _quote(article, "reine Werbung")
    assert _words(article, quote) == "der Opposition"


def test_von_after_berichten_names_the_topic() -> None:
    article = analyse("Von einer hohen Waldbrandgefahr wird auch aus dem Tessin berichtet.")
    for quote in article.quotes:
        assert _words(article, quote) != "einer hohen Waldbrandgefahr"


def test_place_inside_the_clause_does_not_speak() -> None:
    article = analyse(
        "Der Vertreter der Regierung nannte die Sanktionen gerecht und rief die Armee in Bern auf, "
        "das Volk zu schützen."
    )
    quote = _quote(article, "das Volk zu schützen")
    assert _speaker(article, quote) != "Bern"


def test_quote_told_by_the_next_sentence() -> None:
    article = analyse(
        "„Ja, es gibt Zumutungen.“ Das musste Finanzminister Peter Brunner zu Beginn der Debatte einräumen."
    )
    quote = _quote(article, "Ja, es gibt Zumutungen")
    assert _speaker(article, quote) == "Peter Brunner"
