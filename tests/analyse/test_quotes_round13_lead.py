"""Round 13 (lead): a question in marks followed by ", will X wissen" is X asking."""

from __future__ import annotations

from test_quotes_de import analyse


def test_a_question_with_will_wissen_after_it_is_asked_by_the_subject() -> None:
    article = analyse(
        "Die Gemeinde Langnau will das Schulhaus schliessen. „Wo bleibt das Geld für die Schulen?“, "
        "will der Gemeinderat Ruedi Gasser wissen."
    )
    quote = next(q for q in article.quotes if article.span_text(q.span).startswith("Wo bleibt"))
    assert quote.speaker is not None
    assert article.entities[quote.speaker].name == "Ruedi Gasser"
    assert quote.cue is not None
    assert article.span_text(quote.cue) == "will"


def test_wanting_to_know_before_a_dass_clause_is_no_cue_after_a_quote() -> None:
    # only right after the closing mark does "will ... wissen" ask; here it claims to know
    article = analyse(
        "„Wir prüfen alles“, sagte Gemeindepräsidentin Vreni Aebi. Der Lokalsender will aber wissen, "
        "dass die Schliessung längst beschlossen sei."
    )
    first = next(q for q in article.quotes if article.span_text(q.span) == "Wir prüfen alles")
    assert first.speaker is not None
    assert article.entities[first.speaker].name == "Vreni Aebi"
