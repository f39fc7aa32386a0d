"""Speakers of indirect and reported quotes, round 11."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _speaker, _words


def test_a_noun_after_a_preposition_before_the_verb_is_no_speaker() -> None:
    article = analyse(
        "Die Gemeinde Menzingen plant eine Fusion. Ein Sprecher des Gemeinderats schränkte die Pläne "
        "jedoch ein, dass nicht an eine Fusion mit dem Nachbardorf gedacht sei."
    )
    assert _words(article, _quote(article, "mit dem Nachbardorf")) == "Ein Sprecher"


def test_a_quantifier_opening_the_sentence_begins_the_subject() -> None:
    article = analyse(
        "Die Gemeinde Menzingen erhöht die Steuern. "
        "Manche Beobachter halten es für möglich, dass weitere Gemeinden folgen."
    )
    assert _words(article, _quote(article, "weitere Gemeinden folgen")) == "Manche Beobachter"


def test_a_speech_verb_after_the_comma_is_the_cue_not_the_verb_before_it() -> None:
    article = analyse(
        "Der Gemeindepräsident Urs Brunner wollte sich nicht festlegen, "
        "sagte aber, die Schule werde wohl geschlossen."
    )
    quote = _quote(article, "die Schule werde wohl geschlossen")
    assert article.span_text(quote.span) == "die Schule werde wohl geschlossen"
    assert quote.cue is not None
    assert article.span_text(quote.cue) == "sagte"
    assert _words(article, quote) == "Der Gemeindepräsident Urs Brunner"


def test_a_decision_verb_reports_the_clause_after_its_comma() -> None:
    article = analyse(
        "Die Schule in Menzingen hat zu wenige Kinder. "
        "Der Gemeinderat von Menzingen hat am Montag beschlossen, die Schule im Sommer zu schliessen. "
        "Das Kantonsgericht entschied, dass die Gemeinde die Kosten trägt."
    )
    quote = _quote(article, "die Schule im Sommer zu schliessen")
    assert _words(article, quote) == "Der Gemeinderat von Menzingen"
    assert _words(article, _quote(article, "die Gemeinde die Kosten trägt")) == "Das Kantonsgericht"


def test_an_open_decision_reports_nothing() -> None:
    article = analyse("Es ist noch nicht entschieden, ob die Schule in Menzingen im Sommer schliessen muss.")
    assert not article.quotes


def test_an_agreement_reports_the_clause_after_its_comma() -> None:
    article = analyse(
        "Die Gemeinden Menzingen und Neuheim haben sich geeinigt, die Schule ab Sommer gemeinsam zu führen. "
        "Die Lehrer und der Schulrat einigten sich darauf, dass die Klassen kleiner werden."
    )
    quote = _quote(article, "die Schule ab Sommer gemeinsam zu führen")
    assert _words(article, quote) == "Die Gemeinden Menzingen und Neuheim"
    assert _words(article, _quote(article, "die Klassen kleiner werden")) == "Die Lehrer und der Schulrat"


def test_the_side_after_von_is_the_agent_of_a_passive_speech_verb() -> None:
    article = analyse(
        "Die Gemeinde Menzingen erhöht die Steuern. "
        "Von Seiten der Gewerbetreibenden war der Gemeinde vorgeworfen worden, "
        "die Pläne verschwiegen zu haben. "
        "Von bürgerlicher Seite wurde gefordert, die Steuern wieder zu senken."
    )
    assert _words(article, _quote(article, "die Pläne verschwiegen zu haben")) == "der Gewerbetreibenden"
    assert _words(article, _quote(article, "die Steuern wieder zu senken")) == "bürgerlicher Seite"


def test_a_name_before_a_long_apposition_is_the_subject_of_the_verb_after_it() -> None:
    article = analyse(
        "Hans Imhof, der Kandidat der Freisinnigen um das Amt des Gemeindepräsidenten bei den Wahlen, "
        "hat in einer Videobotschaft angekündigt, auf Spenden verzichten zu wollen."
    )
    quote = _quote(article, "auf Spenden verzichten")
    assert _words(article, quote) == "Hans Imhof"
    assert _speaker(article, quote) == "Hans Imhof"


def test_a_compound_after_a_lower_case_abbreviation_is_the_subject_after_the_verb() -> None:
    article = analyse(
        "Die Polizei in Olten ermittelt seit Jahren. "
        "Auch wirft der ai-Bericht den Behörden vor, die Opfer nicht ausreichend zu schützen."
    )
    assert _words(article, _quote(article, "die Opfer nicht ausreichend zu schützen")) == "der ai-Bericht"


def test_dieser_without_a_noun_after_the_verb_stands_for_the_man_last_named() -> None:
    article = analyse(
        "Die Familie von Urs Gisler hat einen Anwalt. "
        "In einem Interview mit dem Anwalt der Familie – Beat Amrein – sagte dieser, dass Gisler krank sei."
    )
    quote = _quote(article, "Gisler krank sei")
    assert _words(article, quote) == "dieser"
    assert _speaker(article, quote) == "Beat Amrein"


def test_coordinated_adjectives_belong_to_the_opening_subject() -> None:
    article = analyse(
        "In Olten wurde ein Mann verhaftet. Die bernischen und solothurnischen Polizisten waren "
        "fälschlicherweise davon ausgegangen, der Mann sei bewaffnet gewesen."
    )
    quote = _quote(article, "der Mann sei bewaffnet")
    assert _words(article, quote) == "Die bernischen und solothurnischen Polizisten"


def test_so_and_a_speech_verb_between_commas_name_the_subject_after_the_verb() -> None:
    article = analyse(
        "Der Gemeinderat von Menzingen hat zwei Mitglieder entlassen. Der Grund für die Entlassung "
        "dieser Mitglieder, so vermutet die Zeitung Oltner Tagblatt, "
        "sei ihr Widerstand gegen die Fusion gewesen."
    )
    quote = _quote(article, "Widerstand gegen die Fusion")
    assert _words(article, quote) == "die Zeitung Oltner Tagblatt"


def test_a_phrase_after_nach_angaben_that_is_no_genitive_is_no_source() -> None:
    article = analyse(
        "Die Polizei fand bei Olten zwei Tunnel. Die Tunnel dienten nach bernischen Angaben dem Schmuggel "
        "von Waffen. Die Tasche enthielt nach Angaben der Polizei eine Bombe."
    )
    assert _words(article, _quote(article, "dem Schmuggel")) == "bernischen Angaben"
    assert _words(article, _quote(article, "eine Bombe")) == "der Polizei"


def test_the_genitive_after_the_noun_after_laut_belongs_to_the_source() -> None:
    article = analyse(
        "Die Freisinnigen und die Grünen in Menzingen wollen verhandeln. "
        "Die Gespräche sollen laut Vorschlag der Freisinnigen am Mittwoch beginnen."
    )
    assert _words(article, _quote(article, "am Mittwoch beginnen")) == "Vorschlag der Freisinnigen"
