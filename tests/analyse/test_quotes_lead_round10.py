"""Round 10 (lead): a Konjunktiv sentence with a longer phrase in marks goes on reporting, and
reported sentences keep the closing mark of the words in marks they end with."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _speaker


def test_konjunktiv_with_a_longer_phrase_in_marks_goes_on_reporting() -> None:
    article = analyse(
        "Die Datenschützerin Karin Imhof kritisierte die Pläne. Sie nannte sie einen „Wortbruch“. "
        "Über eine „Vernetzung der 400 kantonalen und kommunalen Register“ entstehe eine zentrale "
        "Datei, die niemand kontrolliere."
    )
    quote = _quote(article, "zentrale Datei")
    assert str(quote.kind) == "indirect"
    assert _speaker(article, quote) == "Karin Imhof"


def test_a_reported_sentence_keeps_the_closing_mark() -> None:
    article = analyse("Die Ministerin Karin Imhof bezeichnete die Pläne als „Wortbruch“.")
    quote = next(q for q in article.quotes if str(q.kind) == "reported")
    assert article.span_text(quote.span).endswith("„Wortbruch“")


def test_nach_angaben_before_words_in_marks_names_the_source() -> None:
    article = analyse(
        "Die Themen der Messe sind nach Angaben des künstlerischen Leiters „die Stadt, das Wasser "
        "und die Frage nach der Zukunft“."
    )
    quote = next(q for q in article.quotes if str(q.kind) == "partial")
    assert article.span_text(quote.speaker_span) == "des künstlerischen Leiters"


def test_adverbs_between_the_opening_subject_and_its_verb() -> None:
    article = analyse(
        "Die Kampagne der Gegner selber dagegen warf dem Gemeinderat Urs Imhof vor, er habe die "
        "Abstimmung verschleppt."
    )
    quote = _quote(article, "Abstimmung verschleppt")
    assert article.span_text(quote.speaker_span) == "Die Kampagne der Gegner"


def test_comma_und_goes_back_to_the_main_clause_subject() -> None:
    article = analyse(
        "Der Wahlsieger trat am Abend vor die Presse, es sei alles ruhig, und verglich die Lage "
        "mit einem Fussballabend, weil „manche dachten, sie würden gewinnen“."
    )
    quote = next(q for q in article.quotes if str(q.kind) == "partial")
    assert article.span_text(quote.speaker_span) == "Der Wahlsieger"


def test_a_name_in_the_genitive_is_no_speaker_of_words_in_marks() -> None:
    article = analyse(
        "Der Preis geht an Bundesrätin Karin Keller. Die Jury in Bern würdigte damit Kellers "
        "Einsatz für eine „Stärkung der direkten Demokratie“."
    )
    quote = next(q for q in article.quotes if str(q.kind) == "partial")
    assert _speaker(article, quote) != "Karin Keller"
    assert article.span_text(quote.speaker_span).startswith("Die Jury")


def test_a_verb_after_a_comma_without_subject_shares_the_main_subject() -> None:
    article = analyse(
        "Der Nationalrat Urs Kälin, ein Mitglied der Mitte, wollte sich nach einem Treffen mit "
        "Peter Blum noch nicht festlegen, sagte aber, die Partei müsse „alle Kandidaten prüfen“."
    )
    quote = next(q for q in article.quotes if str(q.kind) == "partial")
    assert _speaker(article, quote) == "Urs Kälin"


def test_a_second_main_clause_with_its_own_speaker_is_a_speech_act_of_its_own() -> None:
    article = analyse(
        "Der Stürmer Luca Meier nannte seinen Platzverweis „überzogen“, Trainer Beat Frei "
        "bezeichnete die vielen Karten als „übertrieben“."
    )
    quote = next(
        q for q in article.quotes if str(q.kind) == "reported" and "Trainer" in article.span_text(q.span)
    )
    assert _speaker(article, quote) == "Beat Frei"
    first = next(q for q in article.quotes if str(q.kind) == "reported" and q is not quote)
    assert _speaker(article, first) == "Luca Meier"
    assert "Trainer" not in article.span_text(first.span)


def test_a_clause_opened_by_als_is_no_second_speech_act() -> None:
    article = analyse(
        "Am Montag sagte der Hausbesitzer Urs Gisler der Zeitung, die Maus sei tot gewesen, als sie "
        "in die Glut geraten war."
    )
    assert all(_speaker(article, q) == "Urs Gisler" for q in article.quotes)
