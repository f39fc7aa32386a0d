"""Round 11 (direct): speakers of quotations in marks behind brackets, relative clauses and
clauses that put their subject after the verb."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _speaker, _words


def test_a_party_in_brackets_between_the_name_and_the_verb() -> None:
    article = analyse(
        "Ministerin Anna Berger (FDP) wies diese Behauptung zurück, die Sprecherin der Fraktion, "
        "Sandra Muster (GRÜNE), erklärte: „Neid ist hier fehl am Platz.“"
    )
    quote = _quote(article, "Neid ist")
    assert _speaker(article, quote) == "Sandra Muster"


def test_a_speech_verb_in_a_closed_relative_clause_is_not_the_cue() -> None:
    article = analyse(
        "Urs Keller kritisierte die Haltung Beats, der zum Boykott aufgerufen haben soll, "
        "als „Provokation, die niemandem nützt“."
    )
    quote = next(q for q in article.quotes if article.span_text(q.span).startswith("Provokation"))
    assert _speaker(article, quote) == "Urs Keller"


def test_fuer_names_whose_view_the_words_in_marks_are() -> None:
    article = analyse(
        "Anna Berger sagte, sie gehe. Für den Theologen Hans Keller sei der Rücktritt "
        "„aus vielen Gründen verständlich“."
    )
    quote = _quote(article, "Für den Theologen")
    assert _speaker(article, quote) == "Hans Keller"


def test_fuer_before_halten_als_names_the_holder() -> None:
    article = analyse(
        "Für Stadtrat Beat Imhof (SVP) hält die Beschäftigung der Frau in einem Verein als "
        "„gelungenes Beispiel für Integration“."
    )
    quote = _quote(article, "Für Stadtrat")
    assert _speaker(article, quote) == "Beat Imhof"


_LIST = (
    "Viele gratulierten der Preisträgerin, so der Bürgermeister Urs Keller, die Leiterin der "
    "Stiftung, Anna Berger („Niemand hat es mehr verdient.“), und der Präsident Beat Imhof: "
    "„Der Preis kommt nicht zu früh.“"
)


def test_a_quote_in_brackets_after_a_name_in_a_list() -> None:
    article = analyse(_LIST)
    assert _speaker(article, _quote(article, "Niemand hat")) == "Anna Berger"


def test_a_quote_after_a_colon_ending_a_list_item() -> None:
    article = analyse(_LIST)
    assert _speaker(article, _quote(article, "Der Preis kommt")) == "Beat Imhof"


def test_zusammen_mit_opens_a_phrase_before_the_verb_and_its_subject() -> None:
    article = analyse(
        "Zusammen mit Finanzminister Urs Keller plädierte er für neue Regeln und sagte: „Wir handeln jetzt.“"
    )
    quote = _quote(article, "Wir handeln")
    assert _words(article, quote) == "er"


def test_a_plural_object_before_a_singular_verb_leaves_the_subject_after_it() -> None:
    article = analyse(
        "Die jungen Bauern, die sich an den Protesten beteiligt hatten, beschrieb die Agentur "
        "als „aggressiv“ gegenüber der Polizei."
    )
    quote = _quote(article, "aggressiv")
    assert _words(article, quote) == "die Agentur"


def test_a_person_opening_an_indicative_clause_speaks_the_konjunktiv_after_it() -> None:
    article = analyse(
        "Auch Beat Imhof glaubt, dass ein Verbot möglich sei. Er geht davon aus, dass die Partei "
        "abgezogen werde. Auch der Sprecher der Fraktion, Urs Keller, will „in den kommenden Wochen "
        "sorgfältig prüfen“, ob ein Verbot angestrebt werden solle."
    )
    quote = _quote(article, "Auch der Sprecher")
    assert _speaker(article, quote) == "Urs Keller"


def test_a_bare_plural_after_the_speech_verb_behind_the_quote() -> None:
    article = analyse(
        "Denn: „Wozu sollte der Verband existieren, wenn er nichts beschliessen kann?“ fragen sich Fachleute."
    )
    quote = _quote(article, "Wozu sollte")
    assert _words(article, quote) == "Fachleute"


def test_a_place_before_a_colon_in_a_konjunktiv_sentence_is_no_speaker() -> None:
    article = analyse(
        "Wie die Regierungspräsidentin Anna Berger erklärte, habe sie den Zivilschutz bereitgestellt. "
        "Bern sei Zürich wegen seiner Hilfe beim Hochwasser zu Dank verpflichtet: „Sie haben uns "
        "Helfer geschickt, und wir werden ihnen genauso helfen.“"
    )
    quote = _quote(article, "Sie haben uns")
    assert _speaker(article, quote) == "Anna Berger"


def test_a_long_role_before_the_name_opening_an_indicative_clause() -> None:
    article = analyse(
        "Auch Beat Imhof glaubt, dass ein Verbot möglich sei. Er geht davon aus, dass die Partei "
        "abgezogen werde. Auch der innenpolitische Sprecher der Fraktion der SVP im Nationalrat, "
        "Urs Keller, will „in den kommenden Wochen sorgfältig prüfen“, ob ein Verbot angestrebt "
        "werden solle."
    )
    quote = _quote(article, "Auch der innenpolitische")
    assert _speaker(article, quote) == "Urs Keller"
