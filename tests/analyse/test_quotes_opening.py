"""Speakers of round 3: the subject a clause opens with (the words after the verb are its
object), objects put first ("Die Tat bezeichnete er ..."), passive clauses with "von", a
paper's title after "schreibt", and phrases of opinion as cues for indirect speech."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _speaker, _words

from lagebild.model import QuoteKind


def test_opening_subject_not_the_object_after_the_verb() -> None:
    article = analyse(
        "Die Gemeinde stellte am Montag ihre Pläne vor. Der frühere Stadtpräsident, Markus Huber, "
        "warnte die Partei vor einem „gefährlichen Wahlkampf“."
    )
    quote = _quote(article, "gefährlichen Wahlkampf")
    assert _speaker(article, quote) == "Markus Huber"
    assert "Partei" not in (_words(article, quote) or "")


def test_opening_noun_phrase_is_the_speaker_words() -> None:
    article = analyse(
        "Der Verband kritisierte die Studie. Der Geschäftsführer des Verbandes nannte sie "
        "„leichtfertig“ und verwies auf eigene Zahlen."
    )
    quote = _quote(article, "leichtfertig")
    assert _words(article, quote) == "Der Geschäftsführer des Verbandes"


def test_object_first_then_pronoun_subject() -> None:
    article = analyse(
        "Polizeichef Stefan Baumann rief den Täter auf, sich zu stellen. "
        "Die Tat bezeichnete er als „völlig sinnlos“."
    )
    quote = _quote(article, "völlig sinnlos")
    assert _speaker(article, quote) == "Stefan Baumann"


def test_adverb_before_the_verb_is_no_subject() -> None:
    article = analyse(
        "Die Ministerin Petra Lanz besuchte die Schule in Olten. Weiterhin erklärte die Ministerin, "
        "die Zahl der Lehrkräfte sei gestiegen."
    )
    quote = _quote(article, "Zahl der Lehrkräfte")
    assert _words(article, quote) != "Weiterhin"
    assert _speaker(article, quote) == "Petra Lanz"


def test_title_in_marks_after_schreibt() -> None:
    article = analyse("„Die Firma will aufholen“, schreibt die „Wirtschaftswoche“.")
    quote = _quote(article, "Firma will aufholen")
    assert _words(article, quote) == "Wirtschaftswoche"


def test_geht_davon_aus_dass_is_indirect_speech() -> None:
    article = analyse(
        "Die Forscherin Anna Roth hat die Daten ausgewertet. Sie geht davon aus, dass der Gletscher "
        "bis 2050 verschwunden sein wird."
    )
    quote = _quote(article, "Gletscher bis 2050")
    assert quote.kind is QuoteKind.INDIRECT
    assert _speaker(article, quote) == "Anna Roth"


def test_ist_der_meinung_dass_is_indirect_speech() -> None:
    article = analyse(
        "Der Anwalt Martin Graf vertritt die Familie. Graf ist der Meinung, dass das Urteil "
        "keinen Bestand haben wird."
    )
    quote = _quote(article, "Urteil keinen Bestand")
    assert quote.kind is QuoteKind.INDIRECT
    assert _speaker(article, quote) == "Martin Graf"


def test_stellte_fest_dass_is_indirect_speech() -> None:
    article = analyse(
        "Die Gutachterin Claudia Meier prüfte das Gebäude. Sie stellte fest, dass die Decke "
        "einsturzgefährdet ist."
    )
    quote = _quote(article, "Decke einsturzgefährdet")
    assert _speaker(article, quote) == "Claudia Meier"


def test_passive_with_von_keeps_the_agent() -> None:
    article = analyse(
        "Die Forderungen des Verbandes wurden von Bundesrat Peter Keller als „unrealistisch“ bezeichnet."
    )
    quote = _quote(article, "unrealistisch")
    assert _speaker(article, quote) == "Peter Keller"
