"""The medium that passes a quote on (``Quote.source``), next to who said it: "zitiert die
«Luzerner Zeitung» X", "wird von der NZZ zitiert", "laut Keystone-SDA", "gegenüber SRF", "sagte
X der «Aargauer Zeitung»". Sentences written for lagebild with invented names."""

from __future__ import annotations

import pytest
from test_quotes_de import analyse
from test_quotes_speakers import _quote, _speaker, _words

from lagebild.analyse.quotes_media import is_medium
from lagebild.model import Article, Quote, from_dict, to_dict
from lagebild.render import render_markdown


def _source(article: Article, quote: Quote) -> str | None:
    return article.source_of(quote)


# (text, words of the quote, speaker entity, source); each written for lagebild
CASES = [
    pytest.param(
        "„Das ist eine Grössenordnung, die wir selten sehen“, zitiert die «Luzerner Zeitung» "
        "Polizeisprecher Kurt Meier.",
        "Grössenordnung",
        "Kurt Meier",
        "Luzerner Zeitung",
        id="the paper that cites is the source, the person speaks",
    ),
    pytest.param(
        "Der Fraktionschef der Grünen, Urs Tanner, wird von der «Aargauer Zeitung» mit den Worten "
        "zitiert: «Der Stadtrat ist angeschlagen.»",
        "angeschlagen",
        "Urs Tanner",
        "Aargauer Zeitung",
        id="the agent of a passive zitiert is the source",
    ),
    pytest.param(  # without the source pass the paper after "von" was taken for the speaker
        "«Wir haben gewonnen», wie Stadtpräsidentin Corine Mauch von der NZZ zitiert wird.",
        "gewonnen",
        "Corine Mauch",
        "Neue Zürcher Zeitung",
        id="the person cited by the paper speaks, not the paper",
    ),
    pytest.param(
        "Ein Fernsehsender zitierte Bundesrat Alain Berset mit den Worten: "
        "«Wenn ich das Problem bin, gehe ich.»",
        "Problem",
        "Alain Berset",
        "Ein Fernsehsender",
        id="the subject of an active zitieren is the source",
    ),
    pytest.param(
        "Der Gemeindepräsident Urs Brunner bestätigte laut Keystone-SDA, dass die Schule schliesse.",
        "Schule schliesse",
        "Urs Brunner",
        "Keystone-SDA",
        id="laut a medium beside a speech verb is the source of its subject",
    ),
    pytest.param(
        "«Wir sind bereit», sagte Sandra Huber der «Aargauer Zeitung».",
        "bereit",
        "Sandra Huber",
        "Aargauer Zeitung",
        id="the paper in the dative after the name is the source",
    ),
    pytest.param(
        "«Wir bleiben dran», zitiert die Gewerkschaft Unia ihren Präsidenten Marco Gisler.",
        "bleiben dran",
        "Marco Gisler",
        "Unia",
        id="an organisation that cites a person is the source",
    ),
    pytest.param(
        "In einem Brief an die Gemeinde wird Pfarrer Hans Keller mit den Worten zitiert: "
        "«Die Kirche bleibt offen.»",
        "Kirche",
        "Hans Keller",
        "einem Brief",
        id="a document that quotes is the source",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker", "source"), CASES)
def test_speaker_and_source(text: str, words: str, speaker: str, source: str) -> None:
    article = analyse(text)
    quote = _quote(article, words)
    assert _speaker(article, quote) == speaker
    assert _source(article, quote) == source


def test_whom_the_paper_cites_by_role_speaks() -> None:
    article = analyse(
        "Die «Aargauer Zeitung» zitiert den Gemeindepräsidenten mit den Worten «Wir schaffen das»."
    )
    quote = _quote(article, "schaffen")
    assert _words(article, quote) == "den Gemeindepräsidenten"
    assert _source(article, quote) == "Aargauer Zeitung"


def test_the_medium_spoken_to_is_the_source() -> None:
    article = analyse(
        "«Wir bleiben», sagte Köbi Frei gegenüber SRF. "
        "«Es geht weiter», sagte Anna Gerber im Interview mit der «SonntagsZeitung»."
    )
    assert _source(article, _quote(article, "bleiben")) == "SRF"
    assert _source(article, _quote(article, "geht weiter")) == "Sonntagszeitung"


def test_no_source_where_none_is_named_or_it_is_the_speakers_own() -> None:
    article = analyse(
        "«Das Projekt ist tot», sagte Köbi Frei am Montag in Chur. "
        "Auf seiner Website schrieb Beat Caduff, er werde an der Sitzung teilnehmen. "
        "Die Gemeinde erklärte, die Hacker hätten Zugriff auf die Website gehabt."
    )
    assert _source(article, _quote(article, "Projekt ist tot")) is None
    assert _source(article, _quote(article, "Sitzung teilnehmen")) is None
    assert _source(article, _quote(article, "Zugriff")) is None


def test_a_station_and_its_name_are_one_source() -> None:
    article = analyse("«Das ist ein Fehler», wird der Anwalt Reto Fässler von Radio SRF zitiert.")
    quote = _quote(article, "Fehler")
    assert _speaker(article, quote) == "Reto Fässler"
    assert quote.source_span is not None
    assert article.span_text(quote.source_span) == "Radio SRF"


def test_media_are_names_endings_and_web_addresses() -> None:
    assert is_medium("die «Luzerner Zeitung»")
    assert is_medium("Spiegel-Online")
    assert is_medium("Ein Fernsehsender")
    assert is_medium("ndr.de")
    assert is_medium("der Nachrichtenagentur Reuters")
    assert not is_medium("der Gemeinderat")
    assert not is_medium("Kurt Meier")


def test_the_source_survives_the_record_and_shows_in_markdown() -> None:
    article = analyse("„Die Lage ist ernst“, zitiert die «Luzerner Zeitung» Polizeisprecher Kurt Meier.")
    again = from_dict(Article, to_dict(article))
    assert again.quotes == article.quotes
    assert again.quotes[0].source_span is not None
    assert "via Luzerner Zeitung" in render_markdown(article)


def test_a_town_that_cites_its_director_passes_his_words_on() -> None:
    article = analyse(
        "Die Stadt Bern zitiert in ihrer Mitteilung den Sicherheitsdirektor mit den Worten: "
        "«Wir greifen durch.»"
    )
    quote = _quote(article, "greifen durch")
    assert _words(article, quote) == "Sicherheitsdirektor"
    assert _source(article, quote) == "Die Stadt Bern"


def test_a_thing_cited_is_no_speaker() -> None:
    # "eine Stelle" is no person: the report keeps its source, the agency its role
    article = analyse(
        "Die Agentur Keystone-SDA zitiert eine Stelle aus dem Bericht der Finanzkontrolle, in der "
        "davon berichtet wird, dass die Kosten gestiegen seien."
    )
    quote = _quote(article, "Kosten gestiegen")
    assert _words(article, quote) != "eine Stelle"


def test_a_paper_in_marks_next_to_zitiert_is_no_partial_quote() -> None:
    article = analyse(
        "Der Trainer wurde im «Blick» zitiert: «Wir haben verloren.» "
        "«Das wird das grösste Update», zitiert die «Computerwoche» den Entwickler Reto Baumann."
    )
    texts = [article.span_text(q.span) for q in article.quotes]
    assert "Blick" not in texts
    assert "Computerwoche" not in texts
    assert _source(article, _quote(article, "verloren")) == "«Blick»"
    assert _speaker(article, _quote(article, "grösste Update")) == "Reto Baumann"


def test_a_paper_cites_a_witness_or_an_officer() -> None:
    article = analyse(
        "«Es war schrecklich», zitierte die Agentur AFP einen Augenzeugen. "
        "Die «Aargauer Zeitung» zitierte einen Polizisten: «Wir suchen weiter.»"
    )
    assert _words(article, _quote(article, "schrecklich")) == "einen Augenzeugen"
    assert _source(article, _quote(article, "schrecklich")) == "AFP"
    assert _words(article, _quote(article, "suchen weiter")) == "einen Polizisten"


def test_a_word_in_marks_that_is_quoted_is_no_source() -> None:
    article = analyse(
        "Der Minister sprach von der „Kapitulation“ und wurde danach von allen Zeitungen zitiert."
    )
    for quote in article.quotes:
        assert quote.source_span is None or "Kapitulation" not in article.span_text(quote.source_span)


def test_a_wie_clause_keeps_its_verb_as_cue_and_its_medium_as_source() -> None:
    article = analyse(
        "Wie ein Sprecher der Stadtpolizei Zürich gegenüber Keystone-SDA sagte, wurde niemand verletzt."
    )
    quote = _quote(article, "niemand verletzt")
    assert quote.cue is not None
    assert article.span_text(quote.cue) == "sagte"
    assert _source(article, quote) == "Keystone-SDA"


def test_a_paper_in_the_dative_before_the_verb_was_spoken_to() -> None:
    article = analyse(
        "Der «Neuen Thurgauer Zeitung» sagte Gemeindepräsident Urs Frei, das Projekt sei gestorben. "
        "Dem «Blick» sagte die Bundesrätin Elisabeth Baume-Schneider: «Wir schaffen das.»"
    )
    quote = _quote(article, "Projekt sei gestorben")
    assert _speaker(article, quote) == "Urs Frei"
    assert _source(article, quote) == "Der «Neuen Thurgauer Zeitung»"
    assert "Blick" not in [article.span_text(q.span) for q in article.quotes]
    assert _speaker(article, _quote(article, "schaffen das")) == "Elisabeth Baume-Schneider"


def test_after_laut_a_body_named_by_its_kind_speaks() -> None:
    article = analyse(
        "Laut SRF sagte die Polizei, der Fahrer sei geflüchtet. "
        "Laut Keystone-SDA wurde der Entscheid von Gemeindepräsident Urs Frei bestätigt."
    )
    quote = _quote(article, "Fahrer sei")
    assert _words(article, quote) == "die Polizei"
    assert _source(article, quote) == "SRF"
    # a passive's subject says nothing: the agency stays the source of what it reports
    assert _words(article, _quote(article, "Entscheid")) != "der Entscheid"
