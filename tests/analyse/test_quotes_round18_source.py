"""Round 18: how often ``Quote.source`` (the medium that passed words on) is right on everyday
news text. Half the passages name a medium that passes the words on, half a look-alike that must
get no source (a medium that speaks itself, a paper that is not the channel, a place). Sentences
written for lagebild with invented names."""

from __future__ import annotations

import pytest
from test_quotes_de import analyse

from lagebild.model import Article, Quote

# (text, words of the quote, source words or None, speaker's last name)
TABLE: list[tuple[str, str, str | None, str | None]] = [
    # --- a medium passes the words on
    ("«Wir sind am Limit», zitiert die NZZ den Spitaldirektor Beat Imhof.", "am Limit", "NZZ", "Imhof"),
    (
        "«Das Dorf hält zusammen», zitierte der «Bote der Urschweiz» Gemeindepräsident Toni Betschart.",
        "hält zusammen",
        "Bote der Urschweiz",
        "Betschart",
    ),
    ("Laut «Blick» sagte Trainer Marco Wälti: «Wir haben es verdient.»", "verdient", "Blick", "Wälti"),
    (
        "Laut Kicker sagte der Trainer Jens Bräuer: «Die Mannschaft lebt.»",
        "Mannschaft lebt",
        "Kicker",
        "Bräuer",
    ),
    (
        "Gemäss der «Berner Zeitung» sagte Regierungsrat Paul Aebi, der Entscheid sei gefallen.",
        "Entscheid sei gefallen",
        "Berner Zeitung",
        "Aebi",
    ),
    (
        "«Wir prüfen alle Optionen», sagte Nationalrätin Petra Gysin gegenüber Radio SRF.",
        "alle Optionen",
        "Radio SRF",
        "Gysin",
    ),
    (
        "«Die Lage ist ernst», sagte Stadtrat Reto Kessler der «Luzerner Zeitung».",
        "Lage ist ernst",
        "Luzerner Zeitung",
        "Kessler",
    ),
    (
        "«Ich trete nicht zurück», sagte Bundesrat Anton Gmür im Interview mit der «SonntagsZeitung».",
        "nicht zurück",
        "SonntagsZeitung",
        "Gmür",
    ),
    ("«Wir haben gespart», sagte Finanzdirektorin Vreni Zaugg in der «Arena».", "gespart", "Arena", "Zaugg"),
    (
        "«Das Netz ist überlastet», sagte Konzernchef Urs Lanz im «Tagesgespräch» von Radio SRF.",
        "überlastet",
        "Tagesgespräch",
        "Lanz",
    ),
    ("«Ich bin enttäuscht», schrieb Ständerat Kurt Vogt auf Facebook.", "enttäuscht", "Facebook", "Vogt"),
    (
        "«Es gibt keine Pläne», sagte ein Sprecher der Post auf Anfrage von CH Media.",
        "keine Pläne",
        "CH Media",
        None,
    ),
    (
        "Die Bank will 300 Stellen streichen, berichtet die NZZ unter Berufung auf Insider.",
        "300 Stellen",
        None,
        None,
    ),
    ("Wie die «SonntagsZeitung» schreibt, soll Direktor Max Egli bald gehen.", "bald gehen", None, None),
    (
        "«Wir bauen aus», sagte Firmenchef Peter Wyss dem «Tages-Anzeiger».",
        "bauen aus",
        "Tages-Anzeiger",
        "Wyss",
    ),
    (
        "«Das war ein Fehler», räumte Gemeinderat Jürg Amrein gegenüber der «Aargauer Zeitung» ein.",
        "ein Fehler",
        "Aargauer Zeitung",
        "Amrein",
    ),
    (
        "«Wir sind zuversichtlich», sagte Verbandspräsidentin Anna Ruch zu Keystone-SDA.",
        "zuversichtlich",
        "Keystone-SDA",
        "Ruch",
    ),
    (
        "Laut Keystone-SDA sagte Polizeisprecherin Eva Bolt, niemand sei verletzt worden.",
        "niemand sei verletzt",
        "Keystone-SDA",
        "Bolt",
    ),
    (
        "«Wir kämpfen weiter», zitiert das «St. Galler Tagblatt» den Streikführer Ivo Rüegg.",
        "kämpfen weiter",
        "St. Galler Tagblatt",
        "Rüegg",
    ),
    ("«Der Vertrag ist tot», sagte Minister Karl Haider im ORF.", "Vertrag ist tot", "ORF", "Haider"),
    (
        "«Wir brauchen mehr Geld», sagte Rektorin Lea Frick dem Regionaljournal von Radio SRF.",
        "mehr Geld",
        "Regionaljournal",
        "Frick",
    ),
    (
        "«Das Projekt ist gestorben», sagte Gemeindepräsident Urs Spörri gegenüber «20 Minuten».",
        "gestorben",
        "20 Minuten",
        "Spörri",
    ),
    (
        "«Ich habe keine Angst», sagte Sängerin Mia Kolb in einem Interview mit dem «SonntagsBlick».",
        "keine Angst",
        "SonntagsBlick",
        "Kolb",
    ),
    (
        "Gegenüber der NZZ sagte Bankchef Felix Amstutz, die Zahlen seien solide.",
        "Zahlen seien solide",
        "NZZ",
        "Amstutz",
    ),
    (
        "«Wir sind überrascht», sagte ein Sprecher des Konzerns gegenüber der Nachrichtenagentur AFP.",
        "überrascht",
        "AFP",
        None,
    ),
    ("Dem «Blick» sagte Trainerin Nina Gut: «Wir geben nicht auf.»", "nicht auf", "Blick", "Gut"),
    (
        "«Wir helfen, wo wir können», sagte Pfarrer Heinz Roos der Zeitung «Der Bund».",
        "helfen",
        "Bund",
        "Roos",
    ),
    ("«Das ist Unsinn», schrieb Nationalrat Lukas Rey auf X.", "Unsinn", "X", "Rey"),
    (
        "«Die Preise steigen», sagte Ökonomin Sara Keel im SRF-Wirtschaftsmagazin «Eco».",
        "Preise steigen",
        "Eco",
        "Keel",
    ),
    (
        "«Wir bleiben», sagte Gastronom Toni Erb laut der «Südostschweiz».",
        "Wir bleiben",
        "Südostschweiz",
        "Erb",
    ),
    (
        "«Der Zug fährt wieder», sagte SBB-Sprecher Reto Sutter auf Anfrage von «Watson».",
        "Zug fährt",
        "Watson",
        "Sutter",
    ),
    ("«Wir haben verloren», sagte Trainer Hans Oberli nach dem Spiel zu SRF.", "verloren", "SRF", "Oberli"),
    (
        "«Das Gesetz kommt», sagte Ministerin Ulla Berg der Deutschen Presse-Agentur.",
        "Gesetz kommt",
        "Deutschen Presse-Agentur",
        "Berg",
    ),
    (
        "«Ich kandidiere», sagte Bürgermeister Franz Huber im Gespräch mit den «Salzburger Nachrichten».",
        "Ich kandidiere",
        "Salzburger Nachrichten",
        "Huber",
    ),
    (
        "«Die Lage beruhigt sich», zitierte die Nachrichtenagentur Reuters den Sprecher Omar Haddad.",
        "beruhigt",
        "Reuters",
        "Haddad",
    ),
    (
        "«Wir sind nicht schuld», sagte Anwalt Mario Conti in der «Rundschau» des Schweizer Fernsehens.",
        "nicht schuld",
        "Rundschau",
        "Conti",
    ),
    (
        "«Es geht um die Zukunft», sagte Landammann Beat Arnold im Lokalsender Tele 1.",
        "Zukunft",
        "Tele 1",
        "Arnold",
    ),
    (
        "«Das Ziel ist erreicht», sagte Direktorin Ruth Meili gemäss einer Mitteilung der Stadt.",
        "Ziel ist erreicht",
        None,
        "Meili",
    ),
    (
        "«Wir ziehen weiter», teilte Wirt Max Iten der «Zuger Zeitung» mit.",
        "ziehen weiter",
        "Zuger Zeitung",
        "Iten",
    ),
    (
        "«Ich war überrascht», sagte Sportler Fabian Stucki in der Sendung «Sportpanorama».",
        "überrascht",
        "Sportpanorama",
        "Stucki",
    ),
    (
        "Laut der NZZ bestätigte ein Sprecher, das Spital werde geschlossen.",
        "Spital werde",
        "NZZ",
        "Sprecher",
    ),
    (
        "«Das ist falsch», sagte Stadtrat Peter Frei laut einem Bericht der «Basler Zeitung».",
        "falsch",
        "Basler Zeitung",
        "Frei",
    ),
    (
        "Wie Regierungsrat Urs Hofmann im «Regionaljournal» sagte, wird die Strasse saniert.",
        "Strasse saniert",
        "Regionaljournal",
        "Hofmann",
    ),
    (
        "«Es tut uns leid», sagte Bahnchef Vinzenz Dubach der «Schweiz am Wochenende».",
        "tut uns leid",
        "Schweiz am Wochenende",
        "Dubach",
    ),
    (
        "«Alles gut», sagte Stadtrat Beat Roth am Montag gegenüber Tele Bärn.",
        "Alles gut",
        "Tele Bärn",
        "Roth",
    ),
    # --- look-alikes: no medium passes the words on
    (
        "«Wir haben gekämpft», sagte Captain Reto Amrein nach dem Spiel in der Arena.",
        "gekämpft",
        None,
        "Amrein",
    ),
    (
        "«Wir sind bereit», sagte Stadträtin Eva Roth, die von der NZZ oft zitiert wird.",
        "sind bereit",
        None,
        "Roth",
    ),
    (
        "«Das ist ein Witz», sagte Trainer Ivo Kehl, nachdem ihn der «Blick» zitiert hatte.",
        "ein Witz",
        None,
        "Kehl",
    ),
    ("Laut der NZZ wird das Spital im Mai geschlossen.", "Spital im Mai", None, "NZZ"),
    ("Die NZZ schreibt, der Bundesrat habe die Vorlage verschoben.", "Vorlage verschoben", None, None),
    ("Der Chefredaktor der NZZ, Eric Gujer, sagte: «Wir bleiben unabhängig.»", "unabhängig", None, "Gujer"),
    (
        "«Ich vermisse den Journalismus», sagte Politikerin Lisa Hug, die früher bei SRF arbeitete.",
        "Journalismus",
        None,
        "Hug",
    ),
    (
        "«Das ist unfair», kritisierte Trainer Jan Moser die Berichterstattung des «Blick».",
        "unfair",
        None,
        "Moser",
    ),
    ("«Wir sind bereit», sagte Bundesrätin Karin Sommer in Bern.", "bereit", None, "Sommer"),
    ("«Die Reform kommt», sagte Parteipräsident Martin Lüthi im Bundeshaus.", "Reform kommt", None, "Lüthi"),
    ("«Der Blick hat gelogen», sagte Unternehmer Rolf Baer.", "gelogen", None, "Baer"),
    ("SRF-Direktorin Nathalie Wappler sagte: «Wir müssen sparen.»", "sparen", None, "Wappler"),
    ("«Wir entlassen niemanden», sagte Tamedia-Chef Pietro Supino.", "niemanden", None, "Supino"),
    (
        "«Die Zeitung bleibt», sagte Verleger Hans Thalmann an der Generalversammlung.",
        "Zeitung bleibt",
        None,
        "Thalmann",
    ),
    ("«Ich lese jeden Tag die Zeitung», sagte Rentner Otto Wyler.", "jeden Tag", None, "Wyler"),
    (
        "«Das ist eine Kampagne», sagte Nationalrat Erich Ott über die Artikel der «Weltwoche».",
        "Kampagne",
        None,
        "Ott",
    ),
    ("Keystone-SDA meldet, der Pass sei wieder offen.", "Pass sei wieder offen", None, None),
    (
        "«Wir sind gut gestartet», sagte Gemeindepräsidentin Ursula Graf an einer Medienkonferenz.",
        "gut gestartet",
        None,
        "Graf",
    ),
    (
        "«Die Schule bleibt offen», sagte Schulleiter Peter Bühler an einem Elternabend in Thun.",
        "Schule bleibt",
        None,
        "Bühler",
    ),
    ("«Ich wurde falsch zitiert», sagte Regierungsrat Daniel Kurz.", "falsch zitiert", None, "Kurz"),
    (
        "«Wir haben viel gelernt», sagte Kapitän Luca Rossi nach dem Match in Basel.",
        "viel gelernt",
        None,
        "Rossi",
    ),
    (
        "«Die Bevölkerung wächst», sagte Stadtpräsident Beat Jans vor den Medien.",
        "Bevölkerung wächst",
        None,
        "Jans",
    ),
    ("Das Bundesamt für Gesundheit teilte mit, die Fallzahlen seien gesunken.", "Fallzahlen", None, None),
    ("«Wir wollen wachsen», sagte Verlagsleiter Roger Frei der Belegschaft.", "wachsen", None, "Frei"),
    ("«Das ist ein guter Tag», sagte Ministerin Eva Lind der Presse in Wien.", "guter Tag", None, "Lind"),
    ("«Die Armee hilft», sagte Korpskommandant Thomas Süssli in Andermatt.", "Armee hilft", None, "Süssli"),
    ("«Wir sind stolz», sagte ein Sprecher der Migros in Zürich.", "stolz", None, None),
    ("Der «Tages-Anzeiger» berichtet, die Stadt plane ein neues Stadion.", "neues Stadion", None, None),
    (
        "«Die Mieten steigen», sagte Mieterverbandspräsident Carlo Sommaruga im Nationalrat.",
        "Mieten steigen",
        None,
        "Sommaruga",
    ),
    ("«Ich danke allen», sagte Skirennfahrerin Lara Gut im Ziel.", "danke allen", None, "Gut"),
    ("«Wir brauchen Ruhe», sagte Trainer Urs Fischer nach dem Training in Bern.", "Ruhe", None, "Fischer"),
    ("«Das Wetter wird besser», sagte Meteorologe Klaus Marti am Radio.", "Wetter", "Radio", "Marti"),
    (
        "«Ich bleibe Präsident», sagte Gemeindepräsident Jakob Keller an der Gemeindeversammlung.",
        "bleibe Präsident",
        None,
        "Keller",
    ),
    ("«Das Buch ist fertig», sagte Autor Peter Stamm an der Buchmesse.", "Buch ist fertig", None, "Stamm"),
    ("«Die Kirche muss sich öffnen», sagte Bischof Felix Gmür in seiner Predigt.", "öffnen", None, "Gmür"),
    ("«Wir helfen gerne», sagte Gemeinderätin Rita Bucher am Telefon.", "helfen gerne", None, "Bucher"),
    (
        "«Der Entscheid ist falsch», sagte Nationalrat Roger Köppel, Verleger der «Weltwoche».",
        "Entscheid ist falsch",
        None,
        "Köppel",
    ),
    (
        "«Der Fall ist klar», sagte Staatsanwalt Max Bieri vor dem Bezirksgericht.",
        "Fall ist klar",
        None,
        "Bieri",
    ),
    (
        "«Wir investieren», sagte CEO Anna Keller am Hauptsitz in Winterthur.",
        "Wir investieren",
        None,
        "Keller",
    ),
    ("«Ich freue mich», sagte Moderatorin Susanne Wille, die bei SRF arbeitet.", "freue mich", None, "Wille"),
    (
        "«Die Strasse bleibt zu», sagte Polizeisprecher Marco Cortesi am Unfallort.",
        "Strasse bleibt",
        None,
        "Cortesi",
    ),
    ("«Das ist ein Skandal», sagte Parteichef Thierry Burkart zu den Vorwürfen.", "Skandal", None, "Burkart"),
    ("«Wir sparen», sagte Ringier-Chef Marc Walder am Montag.", "Wir sparen", None, "Walder"),
    (
        "«Die Zahlen stimmen», sagte Sprecherin Iris Blum zum Bericht der Finanzkontrolle.",
        "Zahlen stimmen",
        None,
        "Blum",
    ),
]


def _quote(article: Article, words: str) -> Quote | None:
    return next((q for q in article.quotes if words in article.span_text(q.span)), None)


def _source(article: Article, quote: Quote | None) -> str | None:
    if quote is None or (quote.source is None and quote.source_span is None):
        return None
    words = article.span_text(quote.source_span) if quote.source_span is not None else ""
    name = article.entities[quote.source].name if quote.source is not None else ""
    return f"{words} | {name}"


def _speaker_text(article: Article, quote: Quote | None) -> str:
    if quote is None:
        return ""
    name = article.entities[quote.speaker].name if quote.speaker is not None else ""
    words = article.span_text(quote.speaker_span) if quote.speaker_span is not None else ""
    return f"{words} | {name}"


def measure() -> tuple[float, float, list[str]]:
    """Source precision and recall on TABLE, and the passages where it is wrong."""
    found = right = expected = 0
    wrong = []
    for text, words, source, _ in TABLE:
        article = analyse(text)
        got = _source(article, _quote(article, words))
        expected += source is not None
        found += got is not None
        ok = (got is None) if source is None else (got is not None and source in got)
        right += ok and source is not None
        if not ok:
            wrong.append(f"{text!r}: expected {source!r}, got {got!r}")
    return right / max(found, 1), right / max(expected, 1), wrong


if __name__ == "__main__":
    precision, recall, wrong = measure()
    print(f"source precision {precision:.3f} recall {recall:.3f} ({len(TABLE)} passages)")
    print("\n".join(wrong))


# passages the source pass still gets wrong (kept in TABLE so the measure stays honest)
_KNOWN_MISSES = frozenset(
    {
        "Bote der Urschweiz",  # a title with a lower-case word inside stays a partial quote
        "X",  # a one-letter platform is no listed medium
        "Eco",  # the programme after "SRF-Wirtschaftsmagazin" is not joined to it
    }
)


@pytest.mark.parametrize(
    ("text", "words", "source", "speaker"),
    [
        pytest.param(*row, marks=pytest.mark.xfail(strict=True) if row[2] in _KNOWN_MISSES else (), id=row[1])
        for row in TABLE
    ],
)
def test_source_of_a_passage(text: str, words: str, source: str | None, speaker: str | None) -> None:
    article = analyse(text)
    quote = _quote(article, words)
    assert quote is not None, [article.span_text(q.span) for q in article.quotes]
    got = _source(article, quote)
    if source is None:
        assert got is None
    else:
        assert got is not None
        assert source in got
    if speaker is not None:
        assert speaker in _speaker_text(article, quote)
        assert got is None or speaker not in got  # the source is never the speaker


def test_table_precision_and_recall() -> None:
    precision, recall, _ = measure()
    assert precision >= 0.94
    assert recall >= 0.86


def test_a_programme_in_marks_before_the_verb_is_no_partial_quote() -> None:
    article = analyse("Wie Regierungsrat Urs Hofmann im «Regionaljournal» sagte, wird die Strasse saniert.")
    assert "Regionaljournal" not in [article.span_text(q.span) for q in article.quotes]


def test_a_scare_quote_with_a_medium_ending_stays_a_quotation() -> None:
    article = analyse("Die Präsidentin sprach von einem «Reinen Feigenblatt», sagte Nationalrat Ueli Bär.")
    assert "Reinen Feigenblatt" in [article.span_text(q.span) for q in article.quotes]


def test_a_name_in_marks_with_a_small_word_inside_is_no_quotation() -> None:
    article = analyse("Im Gespräch mit der «Schweiz am Wochenende» sagte Bahnchef Vinzenz Dubach, er bleibe.")
    texts = [article.span_text(q.span) for q in article.quotes]
    assert "Schweiz am Wochenende" not in texts
    quote = _quote(article, "er bleibe")
    assert quote is not None
    assert _source(article, quote) == "der «Schweiz am Wochenende» | "  # no "Schweiz" as its entity
