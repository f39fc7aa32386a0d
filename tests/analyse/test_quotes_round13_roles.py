"""Round 13 (lead): age nouns and roles the entity stage took for an institution."""

from __future__ import annotations

from test_quotes_de import analyse


def _speaker(text: str, quote_start: str) -> str | None:
    article = analyse(text)
    quote = next(q for q in article.quotes if article.span_text(q.span).startswith(quote_start))
    return None if quote.speaker is None else article.entities[quote.speaker].name


def test_an_age_noun_speaks_for_the_person_last_named() -> None:
    text = (
        "Der Stürmer Marco Streller traf zweimal. „Ich bin überglücklich“, sagte der 29-Jährige "
        "nach dem Spiel."
    )
    assert _speaker(text, "Ich bin") == "Marco Streller"


def test_a_female_age_noun_skips_the_man_named_last() -> None:
    text = (
        "Die Ärztin Anna Gerber und der Pfleger Beat Kunz halfen sofort. „Es war knapp“, sagte "
        "die 41-Jährige."
    )
    assert _speaker(text, "Es war") == "Anna Gerber"


def test_a_role_before_a_name_is_no_institution_speaking() -> None:
    text = "Die Lage bleibt unklar. „Wir prüfen die Lage“, twitterte Bundesrat Ignazio Cassis am Abend."
    assert _speaker(text, "Wir prüfen") == "Ignazio Cassis"
