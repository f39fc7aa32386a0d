"""Reported speech acts of round 14: a speech verb after a name with an adjective in its
apposition ("Der bernische SVP-Präsident, Kurt Moser, warf ... vor") or after a clause that
frames the main clause ("Während die Regierung schwieg, forderte die Opposition ...") tells a
speech act in the writer's words; the words before the comma are no reported clause."""

from __future__ import annotations

from test_quotes_de import analyse

from lagebild.model import QuoteKind


def _kinds(text: str) -> list[tuple[QuoteKind, str]]:
    article = analyse(text)
    return [(q.kind, article.span_text(q.span)) for q in article.quotes]


def test_apposition_with_an_adjective_is_the_subject_not_a_clause() -> None:
    text = (
        "Der Gemeinderat tagte am Montag. Der bernische SVP-Präsident, Kurt Moser, warf der SP "
        "eine Fehlentwicklung vor."
    )
    assert _kinds(text) == [
        (QuoteKind.REPORTED, "Der bernische SVP-Präsident, Kurt Moser, warf der SP eine Fehlentwicklung vor")
    ]
    # a clause of verbs before the cue is still reported: no article stands before "verhandeln"
    text = "Die Firmen verhandeln, die Gespräche laufen gut, sagte Kurt Moser."
    assert _kinds(text) == [(QuoteKind.INDIRECT, "Die Firmen verhandeln, die Gespräche laufen gut")]


def test_framing_clause_before_a_speech_act_is_no_reported_clause() -> None:
    text = (
        "Der Gemeinderat tagte am Montag. Während die Regierung schwieg, forderte die Opposition "
        "den Rücktritt des Ministers."
    )
    assert [k for k, _ in _kinds(text)] == [QuoteKind.REPORTED]


def test_da_clause_before_rechnet_mit() -> None:
    text = "Da die Preise in Basel steigen, rechnet der Mieterverband mit weiteren Kündigungen."
    assert [k for k, _ in _kinds(text)] == [QuoteKind.REPORTED]


def test_wertete_als_is_a_speech_act() -> None:
    text = "Der Rat tagte in Chur. Die Gewerkschaft Syna wertete den Abschluss als Erfolg."
    assert _kinds(text) == [(QuoteKind.REPORTED, "Die Gewerkschaft Syna wertete den Abschluss als Erfolg")]


def test_verurteilte_als_and_wuerdigte_als() -> None:
    text = "Die Bündner Regierung verurteilte den Anschlag in Chur als feige."
    assert [k for k, _ in _kinds(text)] == [QuoteKind.REPORTED]
    text = "Regierungsrat Peider Caduff würdigte die Feuerwehr als Rückgrat der Gemeinde."
    assert [k for k, _ in _kinds(text)] == [QuoteKind.REPORTED]
    # not a court's sentence, nor a judging verb without "als"
    assert _kinds("Das Bezirksgericht Chur verurteilte den Mann als Mittäter zu drei Jahren Haft.") == []
    assert _kinds("Der Kantonsrat würdigte die Arbeit der Feuerwehr mit einem Fest.") == []


def test_speech_act_before_und_and_a_second_verb_with_its_clause() -> None:
    text = (
        "Der Rat tagte in Chur. Der Kantonsrat rief die Regierung zur Mäßigung auf und forderte, "
        "die Grenze bei Martina zu öffnen."
    )
    assert _kinds(text) == [
        (QuoteKind.REPORTED, "Der Kantonsrat rief die Regierung zur Mäßigung auf"),
        (QuoteKind.INDIRECT, "die Grenze bei Martina zu öffnen"),
    ]


def test_reported_clause_after_und_keeps_the_first_act() -> None:
    text = (
        "Die Lokführer streiken seit Montag. Sie fordern höhere Löhne in Olten und beklagen "
        "Überstunden, die zu Unfällen führen könnten."
    )
    kinds = _kinds(text)
    assert (QuoteKind.REPORTED, "Sie fordern höhere Löhne in Olten") in kinds


def test_welcoming_a_decision_is_a_speech_act() -> None:
    text = "Der Bauernverband in Brugg begrüßte den Entscheid des Regierungsrats."
    assert [k for k, _ in _kinds(text)] == [QuoteKind.REPORTED]
    # the verb at the end of the clause welcomes the noun before it
    text = "Die Grünen zögerten, während die Gewerkschaft Unia den Vorstoß begrüßte."
    assert [k for k, _ in _kinds(text)] == [QuoteKind.REPORTED]
    # guests and a new year are welcomed without a word about a decision
    assert _kinds("Der Gemeindepräsident Beat Gisler begrüßte die Gäste aus Altdorf.") == []


def test_judged_as_in_the_passive_by_an_agent() -> None:
    text = "Der Rat tagte in Chur. Der Verfasser wurde vom Bezirksgericht Chur als Querulant eingestuft."
    article = analyse(text)
    quotes = [q for q in article.quotes if q.kind is QuoteKind.REPORTED]
    assert [article.span_text(q.span) for q in quotes] == [
        "Der Verfasser wurde vom Bezirksgericht Chur als Querulant eingestuft"
    ]
    # no agent: no one whose judgement it is
    assert _kinds("Der Rat tagte in Chur. Die Lage wurde als ernst eingestuft.") == []


def test_betrachtet_als_finite_and_weisen_hin() -> None:
    # "betrachtet" is a participle too; as the finite verb it judges all the same
    text = "Der Rat tagte in Chur. Der Bauernverband betrachtet den Entscheid als Fehler."
    assert [k for k, _ in _kinds(text)] == [QuoteKind.REPORTED]
    text = "Die Richter in Lausanne weisen in ihrem Urteil auf die fehlende Rechtsgrundlage hin."
    assert [k for k, _ in _kinds(text)] == [QuoteKind.REPORTED]
