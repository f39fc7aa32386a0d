"""Pronoun speakers of round 17 that stand for an organisation, not a person: "Die Firma Stadler
Rail hält an den Plänen fest, wie sie mitteilte." – "sie" is the firm named in the noun phrase
that opens the sentence (or a sentence before), also when a man was named earlier; a woman named
nearer keeps "sie"."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _words


def _speaker(article_text: str, inside: str) -> str | None:
    article = analyse(article_text)
    quote = _quote(article, inside)
    return article.entities[quote.speaker].name if quote.speaker is not None else None


def test_sie_is_the_firm_opening_its_sentence() -> None:
    text = "Die Firma Stadler Rail hält an ihren Plänen für ein Werk in Altenrhein fest, wie sie mitteilte."
    article = analyse(text)
    quote = _quote(article, "Plänen")
    assert quote.speaker is not None
    assert article.entities[quote.speaker].name == "Stadler Rail"
    assert _words(article, quote) == "sie"  # the words as written stay the pronoun


def test_sie_is_the_firm_not_the_man_named_before() -> None:
    text = (
        "Bernhard Keller leitet das Werk seit 2019. Die Firma Stadler Rail hält an ihren Plänen für ein "
        "neues Werk fest, wie sie am Montag mitteilte."
    )
    assert _speaker(text, "Plänen") == "Stadler Rail"


def test_sie_goes_on_with_the_firm_of_the_sentence_before() -> None:
    text = "Die Migros baut in Zug eine neue Filiale. Sie wolle damit mehr Kunden gewinnen, sagte sie."
    assert _speaker(text, "Kunden") == "Migros"


def test_a_woman_named_nearer_keeps_sie() -> None:
    text = "Die Migros baut eine Filiale. Karin Frei leitet sie. Sie sagte, es gebe dort bald mehr Kunden."
    assert _speaker(text, "Kunden") == "Karin Frei"


def test_a_phrase_without_a_name_gives_no_speaker() -> None:
    text = "Die Gemeinde will sparen. Sie streiche das Hallenbad, schreibt sie in einer Mitteilung."
    article = analyse(text)
    quote = _quote(article, "Hallenbad")
    assert quote.speaker is None
    assert _words(article, quote) == "sie"


def test_a_name_in_the_genitive_does_not_speak() -> None:
    text = (
        "Kurt Meier leitet das Depot. Die Lokführer der Zentralbahn sind unzufrieden. Sie fordern mehr Lohn, "
        "sagten sie am Montag."
    )
    assert _speaker(text, "Lohn") != "Zentralbahn"


def test_sie_of_many_is_not_the_man_named_before() -> None:
    text = "Kurt Meier leitet das Depot. Die Lokführer sind unzufrieden. Sie fordern mehr Lohn, sagten sie."
    assert _speaker(text, "Lohn") is None


def test_er_stays_the_man_named_in_the_phrase_before() -> None:
    text = (
        "Die Ärztin Andrea Frei hat den Bericht gelesen. Der Italiener Nicola Bernasconi war dabei. "
        "Er erklärte, das Gesetz komme zu spät."
    )
    assert _speaker(text, "Gesetz") == "Nicola Bernasconi"
