"""Speakers of quotes in marks, round 9: the subject after a verb that follows a fronted
subordinate clause or a chain of preposition phrases."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _speaker, _words

from lagebild.language.de import split_sentences


def test_subject_after_a_fronted_subordinate_clause() -> None:
    article = analyse(
        "Warum die Hochschule bei der von Rolf Brunner vorgelegten Arbeit den Fehler nicht "
        "bemerkte, erklärte die Universität so: „Beide Gutachter gingen von den Regeln aus.“"
    )
    quote = _quote(article, "Beide Gutachter")
    assert _words(article, quote) == "die Universität"
    assert _speaker(article, quote) is None


def test_subject_after_a_chain_of_preposition_phrases() -> None:
    article = analyse(
        "Nach Gerüchten über eine Festnahme nach der Landung auf der Piste teilte dessen "
        "Stellvertreter über die Vorkehrungen seines Chefs mit: „Er ruft uns an.“"
    )
    quote = _quote(article, "ruft uns an")
    assert _words(article, quote) == "dessen Stellvertreter"


def test_a_verb_after_und_shares_the_subject_after_a_fronted_verb() -> None:
    article = analyse(
        "Als ein Fahrgast zu Hilfe eilte, biss der Randalierer den Fahrgast und rief: „Lasst mich raus!“"
    )
    quote = _quote(article, "Lasst mich raus")
    assert _words(article, quote) == "der Randalierer"


def test_a_title_in_marks_belongs_to_the_fronted_phrase() -> None:
    article = analyse(
        "Unter dem Motto „Freiheit statt Angst“ zogen die Bauern durch Thun und skandierten "
        "dabei Parolen wie „Stoppt den Preiszerfall“."
    )
    quote = _quote(article, "Stoppt den Preiszerfall")
    assert _words(article, quote) == "die Bauern"


def test_a_plural_noun_without_article_after_a_speech_verb() -> None:
    article = analyse(
        "Von „absichtlicher“ oder „grober Täuschung“ sprechen Medienberichte heute im "
        "Zusammenhang mit der Arbeit des Gemeinderats."
    )
    quote = _quote(article, "grober Täuschung")
    assert _words(article, quote) == "Medienberichte"


def test_an_adjective_inside_a_genitive_of_the_first_phrase() -> None:
    article = analyse(
        "Im Vorfeld der abgesagten Parade haben Anhänger der Gruppe mit der Parole „Wir "
        "kommen wieder“ gedroht."
    )
    quote = _quote(article, "Wir kommen wieder")
    assert _words(article, quote) == "Anhänger der Gruppe"


def test_a_period_glued_to_the_next_sentence_ends_it() -> None:
    text = "„Ich bin müde“, sagte der Bischof.Der Bruder des Bischofs sei eingeweiht gewesen."
    sentences = [s.of(text) for s in split_sentences(text)]
    assert sentences == [
        "„Ich bin müde“, sagte der Bischof.",
        "Der Bruder des Bischofs sei eingeweiht gewesen.",
    ]
    assert len(split_sentences("Mehr dazu auf www.example.ch/News.Html und im Archiv.")) == 1


def test_words_in_marks_after_als_opening_the_sentence() -> None:
    article = analyse(
        "Als „verpasste Chance“ beurteilte der Fraktionschef der Grünen, Beat Wyss, das Wirken "
        "des Bischofs. „Unter ihm ist die Kirche zurückgefallen.“"
    )
    for words in ("verpasste Chance", "Unter ihm"):
        quote = _quote(article, words)
        assert _speaker(article, quote) == "Beat Wyss"
        assert _words(article, quote) == "der Fraktionschef der Grünen"


def test_a_quote_without_cue_takes_the_person_the_sentence_before_opens_with() -> None:
    article = analyse(
        "„Ich bin müde“, sagte der Bischof. Der ältere Bruder des Bischofs, Georg Amrein, war "
        "seit langem eingeweiht. „Mein Bruder wünscht sich im Alter mehr Ruhe.“"
    )
    quote = _quote(article, "mehr Ruhe")
    assert _speaker(article, quote) == "Georg Amrein"
    assert _words(article, quote) == "Der ältere Bruder des Bischofs, Georg Amrein"


def test_a_name_in_a_genitive_before_a_colon_is_no_speaker() -> None:
    article = analyse(
        "Der Ermittler, der als wichtiger Zeuge gilt, will nach dem Abschluss des Falls "
        "Kowalski seine Arbeit beenden: „Was Größeres als Kowalski kommt nicht nach!“"
    )
    quote = _quote(article, "Was Größeres")
    assert _speaker(article, quote) is None
    assert _words(article, quote) == "Der Ermittler"


def test_um_opens_a_preposition_phrase_not_a_verb() -> None:
    article = analyse(
        "Bei einer Debatte um die Praxis der Behörden stand die Abgeordnete Gudrun Pieper auf "
        "und rief: „Das ist ein Skandal.“"
    )
    assert _speaker(article, _quote(article, "ein Skandal")) == "Gudrun Pieper"


def test_so_das_fazit_names_the_source_in_the_genitive() -> None:
    article = analyse(
        "Die Stiftung zog ihr Geld zurück. „Offenbar sind die Anfragen dann doch zu lästig.“ "
        "so das Fazit der Betreiber von Bürgerwatch."
    )
    assert _words(article, _quote(article, "zu lästig")) == "der Betreiber"


def test_das_fazit_des_berichts_before_a_colon() -> None:
    article = analyse("Das Fazit des Vorabberichts lautete: „Die Wahl im Kanton war frei.“")
    assert _words(article, _quote(article, "Wahl im Kanton")) == "des Vorabberichts"


def test_zeigte_sich_after_the_quote_names_the_speaker() -> None:
    article = analyse(
        "„Wir haben jetzt vier Punkte“, zeigte sich Milan Horvat, der Trainer des FC Thun, "
        "nach dem Spiel zufrieden."
    )
    assert _speaker(article, _quote(article, "vier Punkte")) == "Milan Horvat"
