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


def test_a_body_with_fuer_as_subject_keeps_its_whole_name() -> None:
    article = analyse("Das Bundesamt für Strassen teilte mit, die Baustelle bei Gossau sei bald fertig.")
    quote = _quote(article, "die Baustelle bei Gossau")
    assert _words(article, quote) == "Das Bundesamt für Strassen"


def test_an_adjective_opens_the_name_and_the_abbreviation_is_the_speaker() -> None:
    article = analyse(
        "Das Eidgenössische Departement für auswärtige Angelegenheiten (EDA) teilte mit, der "
        "Botschafter in Lomé sei zurückgerufen worden."
    )
    quote = _quote(article, "der Botschafter in Lomé")
    assert _speaker(article, quote) == "EDA"
    assert _words(article, quote) == "Das Eidgenössische Departement für auswärtige Angelegenheiten (EDA)"


def test_laut_a_body_with_fuer_and_a_list() -> None:
    article = analyse(
        "Gemäss dem Staatssekretariat für Bildung, Forschung und Innovation steigen die Kosten in Chur."
    )
    quote = _quote(article, "steigen die Kosten")
    assert _words(article, quote) == "dem Staatssekretariat für Bildung, Forschung und Innovation"


def test_nach_angaben_of_a_body_with_fuer() -> None:
    article = analyse("Nach Angaben des Bundesamts für Statistik ist die Bevölkerung im Tessin gewachsen.")
    quote = _quote(article, "die Bevölkerung im Tessin")
    assert _words(article, quote) == "des Bundesamts für Statistik"
