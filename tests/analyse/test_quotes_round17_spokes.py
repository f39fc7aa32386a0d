"""Who speaks for whom (round 17): an unnamed spokesperson or representative ("ein Sprecher",
"eine Polizeisprecherin", "ein Vertreter") followed by the genitive or "von" and an organisation
speaks for that organisation: it is the speaker entity, the whole phrase the speaker words. A
spokesperson named after a comma ("ein Sprecher der Kantonspolizei Bern, Reto Muster") stays
the speaker."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _speaker, _words


def test_an_unnamed_spokesman_speaks_for_the_body_in_the_genitive() -> None:
    article = analyse("Die Strasse nach Wiler bleibt gesperrt, sagte ein Sprecher der Stadtpolizei Zürich.")
    quote = _quote(article, "Die Strasse nach Wiler")
    assert _speaker(article, quote) == "Stadtpolizei Zürich"
    assert _words(article, quote) == "ein Sprecher der Stadtpolizei Zürich"


def test_a_spokeswoman_of_an_office_with_its_abbreviation() -> None:
    article = analyse(
        "Wie eine Sprecherin des Bundesamts für Gesundheit (BAG) auf Anfrage sagte, sind die "
        "Fallzahlen in Obwalden gestiegen."
    )
    quote = _quote(article, "Fallzahlen in Obwalden")
    assert _speaker(article, quote) == "BAG"
    assert _words(article, quote) == "eine Sprecherin des Bundesamts für Gesundheit (BAG)"


def test_a_representative_with_von_speaks_for_the_company() -> None:
    article = analyse(
        "Die neuen Züge seien pünktlich, teilte ein Vertreter von Stadler Rail in Bussnang mit."
    )
    quote = _quote(article, "Die neuen Züge")
    assert _speaker(article, quote) == "Stadler Rail"
    assert _words(article, quote) == "ein Vertreter von Stadler Rail"


def test_a_compound_spokeswoman_noun_speaks_for_the_body() -> None:
    article = analyse("Es gebe keine Verletzten, sagte eine Polizeisprecherin der Kantonspolizei Aargau.")
    quote = _quote(article, "keine Verletzten")
    assert _speaker(article, quote) == "Kantonspolizei Aargau"
    assert _words(article, quote) == "eine Polizeisprecherin der Kantonspolizei Aargau"


def test_a_spokesman_named_after_the_body_stays_the_speaker() -> None:
    article = analyse(
        "Die Brücke bei Lützelau bleibe zu, sagte ein Sprecher der Kantonspolizei Bern, Reto Gubler."
    )
    quote = _quote(article, "Die Brücke bei Lützelau")
    assert _speaker(article, quote) == "Reto Gubler"
    assert _words(article, quote) == "ein Sprecher der Kantonspolizei Bern, Reto Gubler"
