"""Speakers of round 12 (direct quotes): the noun phrase a relative pronoun stands for; an
adverb and a name in marks inside an opening subject; the speaker its words in marks found in a
sentence that goes on in Konjunktiv; a clause after "doch" in Indikativ ends a report; an
adverb opening the clause before a colon is no name."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _speaker, _words


def test_a_relative_pronoun_reaches_back_to_its_noun_phrase() -> None:
    article = analyse(
        "In der Thuner Rundschau erschien ein Kommentar, der den Entscheid des Gemeinderats "
        "als „völlig verfehlte Sparübung“ bezeichnet."
    )
    quote = _quote(article, "verfehlte Sparübung")
    assert _words(article, quote) == "ein Kommentar, der"


def test_welche_reaches_back_over_an_adjective() -> None:
    article = analyse(
        "Die Eindringlinge hinterließen eine kurze Botschaft, welche die Techniker in Aarau "
        "als „einen Haufen Anfänger“ bezeichnete."
    )
    quote = _quote(article, "Haufen Anfänger")
    assert _words(article, quote) == "eine kurze Botschaft, welche"


def test_an_adverb_before_the_adjectives_of_an_opening_subject() -> None:
    article = analyse(
        "Die staatlich kontrollierten Zeitungen hatten am Wochenende von einem „harten Kampf“ "
        "gegen die Schmuggler im Tessin gesprochen."
    )
    quote = _quote(article, "harten Kampf")
    assert _words(article, quote) == "Die staatlich kontrollierten Zeitungen"


def test_a_name_in_marks_inside_an_opening_subject() -> None:
    article = analyse(
        "Ein nicht genannter Vertreter der „solventa ag“ bezeichnet die Beteiligung als „strategisch“."
    )
    quote = _quote(article, "strategisch")
    assert _words(article, quote) == "Ein nicht genannter Vertreter der „solventa ag“"


def test_a_sentence_whose_words_in_marks_name_their_own_speaker_is_his() -> None:
    # not the speaker of the quote before: the words in marks name theirs in this sentence
    article = analyse(
        "„Das ist falsch“, sagte Rektorin Anna Gerber. Seit August 2013 bleibt Markus Zehnder "
        "bei seiner Deutung, dass Gewalt „in der Ideologie angelegt“ sei."
    )
    wrapper = next(q for q in article.quotes if article.span_text(q.span).startswith("Seit August"))
    assert _words(article, wrapper) == "Markus Zehnder"


def test_after_doch_the_writer_tells_again_and_a_second_speaker_speaks() -> None:
    article = analyse(
        "Präsident Urs Meili sagte vor der Presse, Keller sei tot, doch Sprecher Beat Imhof "
        "erklärte, den Tod bislang nicht bestätigen zu können."
    )
    first = _quote(article, "Keller sei tot")
    assert article.span_text(first.span) == "Keller sei tot"
    second = _quote(article, "nicht bestätigen")
    assert _speaker(article, second) == "Beat Imhof"


def test_after_doch_a_report_after_a_colon_has_its_own_source() -> None:
    article = analyse(
        "Verteidiger Kurt Amsler betonte, der Angeklagte sei „nie gewalttätig gewesen“, doch die "
        "Richterin ließ sich auf keinen Kompromiss ein: Eine Bewährungsstrafe sei nicht vermittelbar, "
        "„wenn jemand betrunken einen Velofahrer anfährt“, so Vreni Gasser."
    )
    quote = _quote(article, "Velofahrer anfährt")
    assert _speaker(article, quote) == "Vreni Gasser"


def test_an_adverb_and_an_aside_before_the_verb_are_no_name() -> None:
    article = analyse(
        "Spöttisch, wohl auf das Echo reagierend, veröffentlichte der Verfasser folgenden Kommentar "
        "dazu: „Wer gestrichen werden will, soll sich melden.“"
    )
    quote = _quote(article, "gestrichen werden")
    assert _words(article, quote) == "der Verfasser"
