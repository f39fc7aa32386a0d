"""Speakers of round 2: pronouns by gender and outside quotations, subjects after a fronted
phrase, "heißt es in ...", quotes that go on with the speaker of the quote before them, and
speech verbs that tell an action rather than a statement."""

from __future__ import annotations

from test_quotes_de import analyse

from lagebild.model import Article, Quote


def _quote(article: Article, words: str) -> Quote:
    for quote in article.quotes:
        if words in article.span_text(quote.span):
            return quote
    raise AssertionError(f"no quote with {words!r}: {[article.span_text(q.span) for q in article.quotes]}")


def _speaker(article: Article, quote: Quote) -> str | None:
    return None if quote.speaker is None else article.entities[quote.speaker].name


def _words(article: Article, quote: Quote) -> str | None:
    return None if quote.speaker_span is None else article.span_text(quote.speaker_span)


def test_er_skips_a_woman_and_names_inside_quotes() -> None:
    article = analyse(
        "Der Gemeinderat Thomas Brunner traf am Montag die Ministerin Andrea Vogel. "
        "„Wir brauchen eine neue Brücke“, sagte er."
    )
    quote = _quote(article, "neue Brücke")
    assert _words(article, quote) == "er"
    assert _speaker(article, quote) == "Thomas Brunner"


def test_sie_is_not_the_man_named_in_her_quote() -> None:
    article = analyse(
        "Die Juristin Sabine Keller äusserte sich am Abend. "
        "„Peter Imhof hat die Frist verpasst“, betonte sie."
    )
    quote = _quote(article, "Frist verpasst")
    assert _speaker(article, quote) == "Sabine Keller"


def test_subject_after_a_fronted_phrase_before_a_colon() -> None:
    article = analyse("Im Interview zeigte sich der Bundestrainer zufrieden: „Die Mannschaft hat gekämpft.“")
    quote = _quote(article, "Mannschaft hat gekämpft")
    assert _words(article, quote) == "der Bundestrainer"


def test_subject_after_a_reflexive_speech_verb() -> None:
    article = analyse(
        "In einem Interview äusserte sich der Verbandspräsident Markus Egli zuversichtlich: "
        "„Wir finden eine Lösung.“"
    )
    quote = _quote(article, "Lösung")
    assert _speaker(article, quote) == "Markus Egli"


def test_heisst_es_names_the_document() -> None:
    article = analyse(
        "„Die Anlage bleibt bis auf Weiteres geschlossen“, heißt es in einer Mitteilung der Gemeinde."
    )
    quote = _quote(article, "Anlage bleibt")
    words = _words(article, quote)
    assert words is not None
    assert "Mitteilung der Gemeinde" in words


def test_a_quote_goes_on_with_the_speaker_before_it() -> None:
    article = analyse(
        "„Der Umbau dauert zwei Jahre“, sagte die Projektleiterin Claudia Frei. Die Kosten "
        "seien aber „vollständig gedeckt“."
    )
    quote = _quote(article, "vollständig gedeckt")
    assert _speaker(article, quote) == "Claudia Frei"


def test_a_quote_after_a_clause_ending_speech_verb_has_the_clause_subject() -> None:
    article = analyse("Die Regierung hatte den Bericht umgehend als „falsch“ zurückgewiesen.")
    quote = _quote(article, "falsch")
    words = _words(article, quote)
    assert words is not None
    assert "Regierung" in words


def test_so_after_the_closing_mark_without_comma() -> None:
    article = analyse("„Das war knapp.“ so die Trainerin Petra Wyss nach dem Spiel.")
    quote = _quote(article, "knapp")
    assert _speaker(article, quote) == "Petra Wyss"


def test_an_action_verb_alone_is_no_speech_act() -> None:
    article = analyse("Der Konzern Alpina AG bestätigte am Dienstag den Eingang der Bestellung.")
    assert article.quotes == ()


def test_an_action_verb_followed_by_konjunktiv_is_reported() -> None:
    article = analyse(
        "Der Konzern Alpina AG bestätigte am Dienstag den Eingang der Bestellung. "
        "Die Lieferung erfolge im Frühjahr."
    )
    assert len(article.quotes) == 2
    assert article.quotes[0].kind.value == "reported"
