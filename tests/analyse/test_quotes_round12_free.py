"""Free indirect speech and reported speech acts, round 12."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _speaker


def test_verbs_of_welcoming_and_denouncing_report_their_clause() -> None:
    article = analyse(
        "Die Grossrätin Vreni Bucher prangerte an, dass die Schule in Menzingen zu wenig Lehrer habe. "
        "Der Gemeinderat Urs Gisler befürwortete, dass die Gemeinde neue Stellen schaffe."
    )
    quote = _quote(article, "zu wenig Lehrer habe")
    assert _speaker(article, quote) == "Vreni Bucher"
    quote = _quote(article, "neue Stellen schaffe")
    assert _speaker(article, quote) == "Urs Gisler"


def test_welcoming_without_a_clause_is_no_speech_act() -> None:
    # "begrüßte die Gäste": a greeting, not what someone said; a later verb still tells speech
    article = analyse(
        "Der Gemeindepräsident Urs Gisler begrüßte die Gäste in der Turnhalle von Menzingen. "
        "Die Landwirte begrüßten den Entscheid, forderten aber mehr Geld vom Kanton Zug."
    )
    assert not any("Gäste" in article.span_text(q.span) for q in article.quotes)
    assert _quote(article, "Die Landwirte begrüßten den Entscheid")
