"""Speakers of round 16 (partial quotes, words in marks inside a sentence the writer speaks in):
inside a clause with "ist", "war" or "bleibt", "für" and the person or group after it hold the
view, the nearest "für" before the marks ("Was für die Direktorin eine «kluge Lösung» ist,
bleibt für die Lehrerverbände «ein Wortbruch»"); words in marks in the reported clause after a
speech noun and its comma are the noun's owner's ("Auf den Vorwurf der SVP, es handle sich um
einen «sozialistischen Antrag», entgegneten die Befürworter"), not the answering verb's; a
"Wie X festhält," clause opening the sentence names the speaker of the words in marks after it,
even where a verb stands right before them; "weil X ihn als «...» bezeichnet hat": the subject
of the subordinate clause that ends in the verb and its auxiliary speaks; words in marks in a
relative clause are its antecedent's, before a speech verb later in the sentence; after ", so heisst
es in einer Erklärung" the statement is the source."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _speaker, _words

from lagebild.model import QuoteKind


def test_the_nearest_fuer_in_the_clause_holds_the_view() -> None:
    article = analyse(
        "Was für die Direktorin eine «kluge Lösung» ist, bleibt für die Lehrerverbände im Thurgau "
        "«ein Wortbruch»."
    )
    assert _words(article, _quote(article, "ein Wortbruch")) == "die Lehrerverbände"


def test_fuer_and_a_group_inside_a_reported_clause_holds_the_view() -> None:
    article = analyse("Die Bauzonen in Sursee waren für die Anwohner «eine Zumutung».")
    assert _words(article, _quote(article, "eine Zumutung")) == "die Anwohner"


def test_marks_in_the_clause_of_a_reproach_are_the_reproachers_words() -> None:
    article = analyse(
        "Auf den Vorwurf der SVP, es handle sich um einen «sozialistischen Antrag», mit dem man die "
        "Bauherren in Wil «zum Guten zwingen» wolle, entgegneten die Befürworter, dies sei falsch."
    )
    assert _speaker(article, _quote(article, "sozialistischen Antrag")) == "SVP"
    assert _speaker(article, _quote(article, "zum Guten zwingen")) == "SVP"


def test_a_union_after_fuer_inside_the_clause_holds_the_view() -> None:
    article = analyse("Die neuen Arbeitszeiten im Spital Uster waren für die Gewerkschaft «ein Skandal».")
    assert _words(article, _quote(article, "ein Skandal")) == "die Gewerkschaft"


def test_a_wie_clause_in_front_names_the_speaker_of_the_marks() -> None:
    article = analyse(
        "Wie Urs Gerber, der als Beobachter bei der Anhörung in Chur anwesend war, dazu festhält, "
        "verlangt «das Gesetz eine klare Absicht»."
    )
    (quote,) = [q for q in article.quotes if q.kind is QuoteKind.PARTIAL]
    assert _speaker(article, quote) == "Urs Gerber"


_CALLED = (
    "Der Entscheid ist deshalb heikel, weil die Kantonsregierung den Verein nach dem langen Streit "
    "mit der Gemeinde Horw im letzten Monat als «verlässlichen Partner» bezeichnet hat."
)


def test_the_subject_of_a_clause_ending_in_verb_and_auxiliary_calls_it_so() -> None:
    article = analyse(_CALLED)
    (quote,) = [q for q in article.quotes if q.kind is QuoteKind.PARTIAL]
    assert _words(article, quote) == "die Kantonsregierung"


def test_the_report_around_it_has_the_same_speaker() -> None:
    article = analyse(_CALLED)
    (quote,) = [q for q in article.quotes if q.kind is QuoteKind.REPORTED]
    assert _words(article, quote) == "die Kantonsregierung"


def test_marks_in_a_relative_clause_belong_to_its_antecedent() -> None:
    article = analyse(
        "Am Montag verabschiedete der Kantonsrat eine Resolution, welche die wachsende Not der Pendler "
        "in Olten mit «grosser Sorge» zur Kenntnis nimmt und die Regierung auffordert, zu handeln."
    )
    (quote,) = [q for q in article.quotes if q.kind is QuoteKind.PARTIAL]
    words = _words(article, quote)
    assert words is not None
    assert words.startswith("eine Resolution")


def test_so_heisst_es_in_a_statement_names_the_statement() -> None:
    article = analyse(
        "Die Kosten sollen «durch mehr Effizienz» gesenkt werden, so heisst es in einer gemeinsamen "
        "Erklärung der Gewerkschaft und der Firma Bucher in Niederweningen."
    )
    (quote,) = [q for q in article.quotes if q.kind is QuoteKind.PARTIAL]
    words = _words(article, quote)
    assert words is not None
    assert "Erklärung" in words
