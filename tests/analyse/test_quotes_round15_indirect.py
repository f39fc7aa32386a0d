"""Indirect and reported speech of round 15, in the shapes Swiss and German news use every day,
checked on passages written for the purpose: the name in apposition after a role behind the
verb ("sagte der Sprecher der Polizei, Hans Muster, es gebe ..."); a paper in guillemets spoken
to ("sagte dem «Blick»") is no quotation; the body whose document it is ("Wie aus einer
Mitteilung der Stadt Winterthur hervorgeht") is the source; a claim ("machte geltend, ...") is
speech; an inserted ", wie X sagte," leaves the reported clause open to the end of the sentence;
"Er" opening the next sentence goes on with the subject of the one before; a colon after a
confidence opens its clause ("ist überzeugt: Die Preise werden steigen"); "Der Präsident sagte"
speaks for the person given that role in an earlier apposition; "liess ausrichten, ..." passes on
a message; "sagte Ja zur Vorlage" is a vote, no speech; a paper's one-word
name in marks («Handelszeitung») is no quotation."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _speaker, _words


def test_name_in_apposition_after_the_role_behind_the_verb_speaks() -> None:
    article = analyse(
        "Am Montag sagte der Gemeindepräsident von Wil, Hans Mäder, die Gemeinde sei schuldenfrei."
    )
    quote = _quote(article, "schuldenfrei")
    assert article.span_text(quote.span) == "die Gemeinde sei schuldenfrei"
    assert _speaker(article, quote) == "Hans Mäder"


def test_apposition_after_a_genitive_role_speaks() -> None:
    article = analyse(
        "Gestern sagte der Sprecher der Kantonspolizei, Reto Zbinden, es gebe keine Verletzten."
    )
    quote = _quote(article, "keine Verletzten")
    assert article.span_text(quote.span) == "es gebe keine Verletzten"
    assert _words(article, quote) == "Reto Zbinden"


def test_a_name_that_begins_the_clause_is_no_apposition() -> None:
    article = analyse("Gestern sagte der Sprecher der Kantonspolizei, Reto Zbinden habe gelogen.")
    assert article.span_text(_quote(article, "gelogen").span) == "Reto Zbinden habe gelogen"


def test_a_paper_in_guillemets_spoken_to_is_no_quotation() -> None:
    article = analyse("Im Gespräch mit dem «Blick» sagte Adrian Keller, der Klub brauche neue Spieler.")
    assert [article.span_text(q.span) for q in article.quotes] == ["der Klub brauche neue Spieler"]


def test_sagte_dem_paper_is_no_quotation() -> None:
    article = analyse("Adrian Keller sagte dem «Blick», der Klub brauche neue Spieler.")
    assert [article.span_text(q.span) for q in article.quotes] == ["der Klub brauche neue Spieler"]


def test_a_word_in_marks_after_von_der_stays_a_quotation() -> None:
    article = analyse("Adrian Keller sprach von der «Kapitulation».")
    assert "Kapitulation" in [article.span_text(q.span) for q in article.quotes]


def test_wie_aus_einer_mitteilung_der_stadt_hervorgeht_names_the_body() -> None:
    article = analyse(
        "Wie aus einer Mitteilung der Stadt Winterthur hervorgeht, wird das Museum im Sommer renoviert."
    )
    assert _words(article, _quote(article, "Museum")) == "einer Mitteilung der Stadt Winterthur"


def test_the_organisation_whose_report_it_is_speaks() -> None:
    article = analyse(
        "Wie aus einem Bericht der Migros vom Montag hervorgeht, werden in Bern 40 Stellen abgebaut."
    )
    quote = _quote(article, "Stellen abgebaut")
    assert _speaker(article, quote) == "Migros"
    assert _words(article, quote) == "einem Bericht der Migros"


def test_machte_geltend_reports_a_claim() -> None:
    article = analyse("Die Verteidigerin Sabine Gut machte geltend, ihr Mandant habe in Notwehr gehandelt.")
    quote = _quote(article, "Notwehr")
    assert article.span_text(quote.span) == "ihr Mandant habe in Notwehr gehandelt"
    assert _speaker(article, quote) == "Sabine Gut"


def test_geltend_machen_without_a_clause_is_no_quote() -> None:
    article = analyse("Die Pendler aus Sursee haben die Pauschale beim Steueramt geltend gemacht.")
    assert article.quotes == ()


def test_an_inserted_wie_clause_leaves_the_reported_clause_open() -> None:
    article = analyse("Die Kosten würden, wie Projektleiter Jonas Hürlimann sagte, um zehn Prozent steigen.")
    quote = _quote(article, "Kosten")
    assert article.span_text(quote.span).endswith("um zehn Prozent steigen")
    assert _speaker(article, quote) == "Jonas Hürlimann"


def test_a_closing_wie_clause_still_ends_the_reported_clause() -> None:
    article = analyse("Die Brücke in Laupen bleibt gesperrt, wie die Gemeinde mitteilte.")
    assert article.span_text(_quote(article, "Brücke").span) == "Die Brücke in Laupen bleibt gesperrt"


def test_er_after_two_men_goes_on_with_the_subject() -> None:
    article = analyse(
        "Der Stadtpräsident Martin Zeller empfing den Botschafter Jean Dubois. Er sagte, die Stadt "
        "sei stolz auf die Partnerschaft."
    )
    assert _speaker(article, _quote(article, "stolz")) == "Martin Zeller"


def test_er_after_a_passive_with_von_goes_on_with_the_subject() -> None:
    article = analyse(
        "Der Angeklagte Mario Keller wurde von Anwalt Peter Studer verteidigt. Er beteuerte, er sei "
        "unschuldig."
    )
    assert _speaker(article, _quote(article, "unschuldig")) == "Mario Keller"


def test_sie_after_a_man_and_a_woman_follows_the_gender() -> None:
    article = analyse(
        "Die Nationalrätin Carla Weber traf den Bauern Toni Birrer. Sie sagte, die Milchpreise seien zu tief."
    )
    assert _speaker(article, _quote(article, "Milchpreise")) == "Carla Weber"


def test_ist_ueberzeugt_with_a_colon_reports_the_clause() -> None:
    article = analyse("Bauunternehmer Markus Vogel ist überzeugt: Die Preise in Zug werden weiter steigen.")
    quote = _quote(article, "Preise")
    assert _speaker(article, quote) == "Markus Vogel"
    assert article.span_text(quote.span).endswith("werden weiter steigen")


def test_ist_ueberzeugt_alone_is_no_quote() -> None:
    article = analyse("Bauunternehmer Markus Vogel aus Zug ist überzeugt.")
    assert article.quotes == ()


def test_role_noun_speaks_for_the_name_in_the_earlier_apposition() -> None:
    article = analyse(
        "Der Präsident des Fussballverbandes, Rolf Senn, trat am Montag zurück. Der Präsident sagte, "
        "er übernehme die Verantwortung."
    )
    assert _speaker(article, _quote(article, "Verantwortung")) == "Rolf Senn"


def test_role_noun_speaks_for_the_name_before_der_role() -> None:
    article = analyse(
        "Rolf Senn, der Präsident des Schwingerverbandes, trat am Montag zurück. Der Präsident sagte, "
        "er übernehme die Verantwortung."
    )
    assert _speaker(article, _quote(article, "Verantwortung")) == "Rolf Senn"


def test_liess_ausrichten_passes_on_a_message() -> None:
    article = analyse("Der Stadtrat von Olten liess ausrichten, die Badi öffne erst im Juli.")
    quote = _quote(article, "Badi")
    assert article.span_text(quote.span) == "die Badi öffne erst im Juli"
    assert _words(article, quote) == "Der Stadtrat von Olten"


def test_sagte_ja_zur_vorlage_is_a_vote_no_speech() -> None:
    article = analyse("Das Stimmvolk von Uri sagte am Sonntag deutlich Ja zur neuen Kantonsstrasse.")
    assert article.quotes == ()


def test_der_rat_sagte_nein_zum_kredit_is_a_vote() -> None:
    article = analyse("Der Nationalrat sagte Nein zum Kredit für die Armee.")
    assert article.quotes == ()


def test_a_papers_one_word_name_in_marks_is_no_quotation() -> None:
    article = analyse("Der Konzern in Baar dementierte einen Bericht der «Handelszeitung».")
    assert "Handelszeitung" not in [article.span_text(q.span) for q in article.quotes]


def test_a_scare_quoted_compound_stays_a_quotation() -> None:
    article = analyse("Der Präsident sprach von einem «Feigenblatt».")
    assert "Feigenblatt" in [article.span_text(q.span) for q in article.quotes]
