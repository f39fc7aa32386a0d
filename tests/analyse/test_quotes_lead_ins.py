"""Speakers from lead-ins and continuations: free indirect speech keeps the words of its
source ("Der Minister"), and lead-ins that name a speech by its noun ("Zitat von X:", "Seine Meinung:")."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _speaker, _words


def test_free_indirect_speech_keeps_the_role_noun_of_its_source() -> None:
    article = analyse(
        "Innenminister Karl Brunner stellte am Dienstag in Bern den Bericht vor. "
        "Der Minister sagte, die Lage an den Grenzen sei ernst. "
        "Die Regierung müsse die Kontrollen verstärken."
    )
    quote = _quote(article, "Kontrollen verstärken")
    assert _speaker(article, quote) == "Karl Brunner"
    assert _words(article, quote) == "Der Minister"


def test_zitat_von_names_the_speaker_after_von() -> None:
    article = analyse(
        "Die Delegierten jubelten Regula Meier lange zu. "
        "Zitat von Meier: „Wir haben mehr erreicht, als alle erwartet hatten.“"
    )
    quote = _quote(article, "mehr erreicht")
    assert _speaker(article, quote) == "Regula Meier"


def test_possessive_lead_in_speaks_for_its_owner() -> None:
    article = analyse(
        "Der Unternehmer Thomas Gerber hörte sich die Vorschläge an. "
        "Seine Meinung dazu: „Das ist zu wenig und kommt viel zu spät.“"
    )
    quote = _quote(article, "zu wenig")
    assert _speaker(article, quote) == "Thomas Gerber"
    assert _words(article, quote) == "Seine Meinung"


def test_a_lead_noun_without_a_source_names_no_one() -> None:
    article = analyse("Der Bericht ist erschienen. Fazit: „Die Preise steigen weiter.“")
    quote = _quote(article, "Preise steigen")
    assert _speaker(article, quote) is None
