"""Speakers of round 8: sources named by a bare noun after "laut", a source behind "Wie" with
an apposition, a name after a preposition, a subject before a relative clause, the speaker
after ", sagte" when the clause before it is in Konjunktiv, and a person before a colon."""

from __future__ import annotations

from test_quotes_de import analyse
from test_quotes_speakers import _quote, _speaker, _words


def test_laut_with_a_bare_noun_names_the_source() -> None:
    article = analyse("Im Dorf sind laut Augenzeugen mehrere Scheunen abgebrannt.")
    quote = _quote(article, "Scheunen abgebrannt")
    assert _words(article, quote) == "Augenzeugen"
    assert article.span_text(quote.cue) == "laut"


def test_laut_with_a_compound_after_an_abbreviation() -> None:
    article = analyse("Die Firma will laut einer dpa-Meldung im Frühling 200 Stellen streichen.")
    quote = _quote(article, "Stellen streichen")
    assert _words(article, quote) == "einer dpa-Meldung"


def test_wie_with_an_apposition_before_the_verb() -> None:
    article = analyse(
        "Wie Markus Frei, ein Sprecher der Kantonspolizei Uri, der Zeitung mitteilte, "
        "seien zwei Personen leicht verletzt worden."
    )
    quote = _quote(article, "leicht verletzt")
    assert _speaker(article, quote) == "Markus Frei"


def test_a_name_after_a_preposition_is_no_subject() -> None:
    article = analyse(
        "Die Bergführerin Anna Zumstein kehrte am Abend zurück. "
        "Über Anna Zumstein sagte Peter Gruber: „Sie kennt jeden Grat in diesem Tal.“"
    )
    quote = _quote(article, "jeden Grat")
    assert _speaker(article, quote) == "Peter Gruber"


def test_subject_before_a_relative_clause() -> None:
    article = analyse(
        "Lukas Meier, der Präsident des Vereins, der seit zwei Jahren im Amt ist, sagte am "
        "Abend: „Wir haben das Ziel erreicht.“"
    )
    quote = _quote(article, "Ziel erreicht")
    assert _speaker(article, quote) == "Lukas Meier"
    assert _words(article, quote) == "Lukas Meier, der Präsident des Vereins"


def test_after_konjunktiv_the_speaker_follows_the_verb() -> None:
    article = analyse(
        "Die Gemeindepräsidentin Ruth Amstutz besuchte den Ort mit der Försterin Eva Roth. "
        "Sie sei „schwer getroffen“ über den Verlust des Waldes, sagte die erschütterte "
        "Gemeindepräsidentin am Abend."
    )
    quotes = [q for q in article.quotes if "schwer getroffen" in article.span_text(q.span)]
    assert len(quotes) == 2  # the words in marks, and the indirect clause around them
    for quote in quotes:
        assert _speaker(article, quote) == "Ruth Amstutz"
        assert _words(article, quote) == "Gemeindepräsidentin"


def test_a_person_before_a_colon_without_a_speech_verb() -> None:
    article = analyse(
        "Im Streit um die Gebühren hatte sich Hanspeter Wyss während einer Rede zu einem "
        "Zwischenruf hinreissen lassen: "
        "„Das ist doch lächerlich.“"
    )
    quote = _quote(article, "doch lächerlich")
    assert _speaker(article, quote) == "Hanspeter Wyss"


def test_a_pronoun_before_a_colon_names_the_last_person() -> None:
    article = analyse(
        "Der Bauer Josef Kälin zeigte die Felder. Das Angebot der Gemeinde lehnt er ab: "
        "„Dafür gebe ich mein Land nicht her.“"
    )
    quote = _quote(article, "mein Land")
    assert _speaker(article, quote) == "Josef Kälin"


def test_compounds_of_speech_nouns_after_nach() -> None:
    article = analyse("Seit dem Morgen wurden nach Armeeangaben zwölf Dörfer geräumt.")
    quote = _quote(article, "Dörfer geräumt")
    assert _words(article, quote) == "Armeeangaben"


def test_nach_einem_bericht() -> None:
    article = analyse("Nach einem Bericht der Zeitung Der Bund will die Stadt das Bad schliessen.")
    quote = _quote(article, "Bad schliessen")
    assert article.span_text(quote.cue) == "Nach einem Bericht"


def test_laut_a_title_in_marks() -> None:
    article = analyse("Der Bankier soll sich laut „Welt“ in Zürich aufhalten.")
    quote = _quote(article, "Zürich aufhalten")
    assert _words(article, quote) == "Welt"


def test_zufolge_after_a_name_with_a_lower_case_prefix() -> None:
    article = analyse("Dem Sender al-Arabija zufolge wird das Schiff nach Aschdod gebracht.")
    quote = _quote(article, "nach Aschdod")
    assert _words(article, quote) == "al-Arabija"


def test_konjunktiv_with_a_term_in_marks_goes_on_reporting() -> None:
    article = analyse(
        "Die Ministerin Karin Baumann verteidigte am Montag den Plan. Er werde „einen echten "
        "Neuanfang“ bringen, und niemand müsse sich sorgen."
    )
    quote = _quote(article, "niemand müsse")
    assert _speaker(article, quote) == "Karin Baumann"


def test_passive_zitiert_names_the_person_quoted() -> None:
    article = analyse(
        "Die Trainerin Sandra Huber wird von der Zeitung Der Bund mit den Worten zitiert, "
        "die Mannschaft sei bereit."
    )
    quote = _quote(article, "Mannschaft sei bereit")
    assert _speaker(article, quote) == "Sandra Huber"


def test_a_verb_after_und_shares_the_subject() -> None:
    article = analyse(
        "Der Landwirt Beat Amrein verständigte am Abend selbst die Polizei und teilte mit, "
        "dass er den Hof nicht verlassen werde."
    )
    quote = _quote(article, "Hof nicht verlassen")
    assert _speaker(article, quote) == "Beat Amrein"


def test_opinion_verbs_are_reported_speech_acts() -> None:
    article = analyse(
        "Die Kantonspolizei geht von einem Unfall aus. Analysten rechnen mit einem Gewinn "
        "von 60 Millionen Franken. Die Behörden werfen dem Händler Betrug vor."
    )
    assert [(str(q.kind), article.span_text(q.cue)) for q in article.quotes] == [
        ("reported", "geht"),
        ("reported", "rechnen"),
        ("reported", "werfen"),
    ]


def test_subject_after_an_auxiliary_in_second_place() -> None:
    article = analyse(
        "Am Rande der Konferenz hat der deutsche Innenminister am Freitag bekanntgegeben, "
        "dass die Grenze offen bleibe."
    )
    quote = _quote(article, "Grenze offen")
    assert _words(article, quote) == "der deutsche Innenminister"


def test_a_quantifier_opens_the_subject() -> None:
    article = analyse("Auch einige kleinere Parteien haben angekündigt, vor Gericht zu ziehen.")
    quote = _quote(article, "vor Gericht")
    assert _words(article, quote) == "einige kleinere Parteien"


def test_subject_before_a_relative_clause_with_dessen() -> None:
    article = analyse(
        "Der Leiter des Forstamts, dessen Abteilung für die Wälder zuständig ist, sagte, dass "
        "der Sturm viele Bäume gefällt habe."
    )
    quote = _quote(article, "viele Bäume")
    assert _words(article, quote) == "Der Leiter des Forstamts"


def test_gegenueber_names_whom_it_was_said_to() -> None:
    article = analyse(
        "Fatima Benali, die Generalsekretärin der Union Générale du Travail (UGT) sagte "
        "gegenüber der Nachrichtenagentur dpa: „Wir geben nicht auf.“"
    )
    quote = _quote(article, "geben nicht auf")
    assert _speaker(article, quote) == "Fatima Benali"


def test_separable_verbs_of_emphasis() -> None:
    article = analyse(
        "„Ich bleibe im Rennen“, strich Reto Wyss in Luzern heraus. Die Ärztin Petra Moser "
        "hob hervor, der Impfstoff sei sicher."
    )
    assert _speaker(article, _quote(article, "im Rennen")) == "Reto Wyss"
    assert _speaker(article, _quote(article, "Impfstoff sei sicher")) == "Petra Moser"


def test_konjunktiv_after_a_named_subject_reports_it() -> None:
    article = analyse(
        "Die Gemeindepräsidentin Rita Baumann ist besorgt. Der Streit im Dorf sei nicht "
        "politisch, sondern persönlich."
    )
    quote = _quote(article, "nicht politisch")
    assert str(quote.kind) == "indirect"
    assert _speaker(article, quote) == "Rita Baumann"


def test_the_conditional_alone_reports_no_one() -> None:
    article = analyse("Die Gemeindepräsidentin Rita Baumann ist besorgt. Ein Neubau wäre zu teuer.")
    assert article.quotes == ()


def test_two_sources_in_one_sentence_make_two_quotes() -> None:
    article = analyse(
        "Nach Angaben der Kantonspolizei sind beim Unwetter 14 Häuser beschädigt worden, "
        "darunter laut der Gemeinde Brienz drei Schulhäuser."
    )
    rows = [(article.span_text(q.span), article.span_text(q.speaker_span)) for q in article.quotes]
    assert rows == [
        (
            "Nach Angaben der Kantonspolizei sind beim Unwetter 14 Häuser beschädigt worden",
            "der Kantonspolizei",
        ),
        ("darunter laut der Gemeinde Brienz drei Schulhäuser", "der Gemeinde"),
    ]


def test_soll_goes_on_reporting_the_source_before() -> None:
    article = analyse(
        "Laut der Staatsanwaltschaft Luzern wurde der Verdächtige am Montag festgenommen. "
        "Das Motiv soll Eifersucht gewesen sein."
    )
    quote = _quote(article, "Eifersucht")
    assert str(quote.kind) == "indirect"
    assert _words(article, quote) == "Staatsanwaltschaft Luzern"


def test_soll_alone_reports_no_one() -> None:
    article = analyse("Der Kanton plant eine neue Brücke. Sie soll 2030 fertig sein.")
    assert article.quotes == ()


def test_strong_konjunktiv_ii_goes_on_reporting() -> None:
    article = analyse(
        "Der Kassenwart Urs Gisler sagte, die Studie sei richtig. Die Kassen brächten jedes Jahr "
        "zwei Milliarden Franken für Heilmittel auf."
    )
    quote = _quote(article, "zwei Milliarden")
    assert _speaker(article, quote) == "Urs Gisler"


def test_subject_after_an_auxiliary_behind_a_subordinate_clause() -> None:
    article = analyse(
        "In der Debatte um die Preise, die seit Wochen geführt wird, hat die Staatssekretärin "
        "am Montag gefordert, die Tankstellen stärker zu kontrollieren."
    )
    quote = _quote(article, "stärker zu kontrollieren")
    assert _words(article, quote) == "die Staatssekretärin"
