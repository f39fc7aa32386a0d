"""Round 13 (lead): age nouns and roles the entity stage took for an institution."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _speaker


def _speaker_of(text: str, quote_words: str) -> str | None:
    article = analyse(text)
    return _speaker(article, _quote(article, quote_words))


def test_an_age_noun_speaks_for_the_person_last_named() -> None:
    text = (
        "Der Stürmer Marco Streller traf zweimal. „Ich bin überglücklich“, sagte der 29-Jährige "
        "nach dem Spiel."
    )
    assert _speaker_of(text, "Ich bin") == "Marco Streller"


def test_a_female_age_noun_skips_the_man_named_last() -> None:
    text = (
        "Die Ärztin Anna Gerber und der Pfleger Beat Kunz halfen sofort. „Es war knapp“, sagte "
        "die 41-Jährige."
    )
    assert _speaker_of(text, "Es war") == "Anna Gerber"


def test_a_role_before_a_name_is_no_institution_speaking() -> None:
    text = "Die Lage bleibt unklar. „Wir prüfen die Lage“, twitterte Bundesrat Ignazio Cassis am Abend."
    assert _speaker_of(text, "Wir prüfen") == "Ignazio Cassis"
