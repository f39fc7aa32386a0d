"""Indirect speech with the cue behind or in front, reported speech acts, colon introductions,
quotation marks that nest or close the English way, and chains of free indirect speech."""

from __future__ import annotations

from test_quotes_de import analyse, table

from lagebild.model import Article


def kinds(article: Article) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, quoted words, speaker name, speaker words) for every quote."""
    return [
        (
            kind,
            text,
            speaker,
            None if q.speaker_span is None else article.span_text(q.speaker_span),
        )
        for (kind, text, speaker), q in zip(table(article), article.quotes, strict=True)
    ]


def test_cue_behind_a_clause_without_marks() -> None:
    article = analyse("Die Bergung werde noch Tage dauern, sagte ein Sprecher der Kantonspolizei.")
    ((kind, text, _, words),) = kinds(article)
    assert (kind, text) == ("indirect", "Die Bergung werde noch Tage dauern")
    assert words is not None
    assert "Sprecher" in words


def test_wie_clause_in_front_names_the_source() -> None:
    article = analyse("Wie die Kantonspolizei Bern am Montag mitteilte, wurde niemand verletzt.")
    ((kind, text, _, words),) = kinds(article)
    assert (kind, text) == ("indirect", "wurde niemand verletzt")
    assert words is not None
    assert "Kantonspolizei" in words


def test_reported_clause_runs_to_the_end_of_the_sentence() -> None:
    article = analyse(
        "Bundesrätin Regula Imboden sagte am Dienstag, man prüfe rechtliche Schritte gegen die Firma."
    )
    assert table(article) == [("indirect", "man prüfe rechtliche Schritte gegen die Firma", "Regula Imboden")]


def test_infinitive_with_zu_inside_the_verb() -> None:
    article = analyse("Die Gemeinde Thun kündigte an, gegen den Entscheid vorzugehen.")
    ((kind, text, _, words),) = kinds(article)
    assert (kind, text) == ("indirect", "gegen den Entscheid vorzugehen")
    assert words is not None
    assert "Thun" in words


def test_indirect_speech_beside_a_partial_quote() -> None:
    article = analyse("Imboden sagte, die Schweiz sei ein «verlässlicher Partner» und bleibe neutral.")
    rows = table(article)
    assert ("indirect", "die Schweiz sei ein «verlässlicher Partner» und bleibe neutral", "Imboden") in rows
    assert ("partial", "verlässlicher Partner", "Imboden") in rows


def test_speech_act_is_reported_speech() -> None:
    article = analyse("Der Wetterdienst warnte am Sonntag vor Sturmböen im Mittelland. Es regnete.")
    reported = ("reported", "Der Wetterdienst warnte am Sonntag vor Sturmböen im Mittelland")
    assert kinds(article) == [(*reported, None, "Der Wetterdienst")]


def test_a_speech_verb_with_nothing_said_is_no_quote() -> None:
    assert analyse("Die Direktorin Anna Keller sagte nichts dazu.").quotes == ()


def test_colon_introduction_without_a_verb() -> None:
    article = analyse(
        "Die Anwohner des Quartiers sehen es gelassen: «Wir haben schon Schlimmeres erlebt.»",
        "Gemeindepräsident Urs Frei: «Wir bauen die Brücke wieder auf.»",
    )
    rows = kinds(article)
    assert rows[0][:2] == ("direct", "Wir haben schon Schlimmeres erlebt.")
    assert rows[0][3] is not None
    assert rows[0][3].startswith("Die Anwohner")
    assert rows[1][:3] == ("direct", "Wir bauen die Brücke wieder auf.", "Urs Frei")


def test_capitalised_word_in_marks_after_als_is_a_quote() -> None:
    article = analyse("Die Gewerkschaft bezeichnete den Abbau als «Wortbruch».", "Er liest die «Weltwoche».")
    rows = table(article)
    assert ("partial", "Wortbruch", None) in [(k, t, s) for k, t, s in rows]
    assert all(text != "Weltwoche" for _, text, _ in rows)


def test_english_closing_mark_and_nested_quotes() -> None:
    article = analyse(
        "„Das Angebot ist fair”, sagte Beat Roth. "
        "„Wir nennen es „Sommerpaket“ und verkaufen es ab Mai.“, sagte Roth danach."
    )
    texts = [text for _, text, _ in table(article)]
    assert "Das Angebot ist fair" in texts
    assert "Wir nennen es „Sommerpaket“ und verkaufen es ab Mai." in texts


def test_free_indirect_chain_is_one_quote_with_the_speaker_words() -> None:
    article = analyse(
        "Ein Sprecher der Bahn sagte, man bedauere die Ausfälle. "
        "Ein Ersatzbus sei unterwegs. Die Strecke werde am Abend wieder frei sein. Es schneite weiter."
    )
    rows = kinds(article)
    assert rows[1][:3] == (
        "indirect",
        "Ein Ersatzbus sei unterwegs. Die Strecke werde am Abend wieder frei sein",
        None,
    )
    assert rows[1][3] is not None
    assert "Sprecher" in rows[1][3]
    assert len(rows) == 2
