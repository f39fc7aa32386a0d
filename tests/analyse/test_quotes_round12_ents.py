"""Speakers lost on the entity side: names the entity stage misses or links wrongly, round 12."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote


def _speaker(article_text: str, words: str) -> str | None:
    article = analyse(article_text)
    quote = _quote(article, words)
    return article.entities[quote.speaker].name if quote.speaker is not None else None


def test_initials_and_a_surname_are_a_person() -> None:
    text = (
        "Der Stadtpräsident Peter Zünd eröffnete die Messe in Thun. "
        "M.T. Zgraggen, der am Montag auf einer Tagung in Zug war, sagte, dass er hoffe, "
        "die Gespräche würden bald fortgesetzt."
    )
    assert _speaker(text, "die Gespräche würden bald") == "M.T. Zgraggen"


def test_initials_before_a_short_surname_are_a_person() -> None:
    article = analyse("Auch C.Y. Leu, der früher in Zug lebte, kam zur Versammlung nach Olten.")
    assert any(e.name == "C.Y. Leu" for e in article.entities)


def test_the_person_apposed_after_a_role_and_its_genitive_speaks() -> None:
    text = (
        "Die Gemeinde Altdorf feierte. „Wir bleiben dabei“, sagte der Sprecher des Kantons Uri, Hans Arnold."
    )
    assert _speaker(text, "Wir bleiben dabei") == "Hans Arnold"


def test_a_chief_rabbi_is_a_role_and_not_his_country() -> None:
    text = "„Das ist ein guter Tag“, sagte der Oberrabbiner Österreichs, Urs Brändli."
    assert _speaker(text, "Das ist ein guter Tag") == "Urs Brändli"


def test_a_closing_so_source_reports_a_clause_whose_subject_is_asked() -> None:
    text = (
        "Die Kritik am Kanton wächst. Luzern wird inzwischen bereits aufgefordert, die Brücke über die "
        "Reuss zu öffnen, so Gemeinderat Hans Arnold im Lokalradio."
    )
    assert _speaker(text, "die Brücke über die") == "Hans Arnold"


def test_feststellt_at_the_end_of_a_wie_clause_is_a_cue() -> None:
    text = "Das Urteil fiel in Sarnen. Wie Hans Arnold dazu feststellt, ist dies für den Kanton ungewöhnlich."
    assert _speaker(text, "ist dies für den Kanton") == "Hans Arnold"


def test_a_long_relative_clause_after_the_wie_source_is_passed_over() -> None:
    text = (
        "Das Urteil fiel in Sarnen. Wie Hans Arnold, der als Begleiter des Anwalts Peter Zünd am "
        "20. August zur Beobachtung bei der mündlichen Anhörung in Luzern anwesend war, dazu "
        "feststellt, verlangt das Gesetz eine klare Absicht."
    )
    assert _speaker(text, "verlangt das Gesetz eine") == "Hans Arnold"
