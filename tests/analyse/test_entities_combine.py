"""Rules and CRF together: the combination policy, lower-case names, first names alone, the
organisation list. German fixtures written for these tests."""

from __future__ import annotations

from test_entities_links import analyse

from lagebild.analyse.entities_combine import SPEECH_MAX_OUTSIDE, combine
from lagebild.analyse.entities_rules import CRF, GAZETTEER, SPEECH, Candidate
from lagebild.analyse.entities_words import Word, words_of
from lagebild.analyse.ner.stack import article_of
from lagebild.model import Article, EntityType


def found(article: Article) -> dict[str, EntityType]:
    return {e.name: e.type for e in article.entities}


def words(sentence: str) -> list[Word]:
    return words_of(article_of(sentence.split()))


def candidate(ws: list[Word], first: int, last: int, kind: EntityType, evidence: int) -> Candidate:
    name = " ".join(w.text for w in ws[first:last])
    return Candidate(first, last, ws[first].start, ws[last - 1].end, kind, name, evidence)


def test_a_crf_mention_over_a_name_and_an_ordinary_word_is_cut_back() -> None:
    ws = words("Forscher lassen bei Genf Atomkerne zusammenstossen .")
    crf = [candidate(ws, 3, 5, EntityType.LOC, CRF)]
    rules = [candidate(ws, 3, 4, EntityType.LOC, GAZETTEER)]
    kept = combine(crf, rules, ws, [0.0] * len(ws), frozenset({4}))
    assert [(c.name, c.type) for c in kept] == [("Genf", EntityType.LOC)]


def test_a_crf_mention_over_two_listed_names_is_split() -> None:
    ws = words("Ein Kommentar von SWR Washington .")
    crf = [candidate(ws, 3, 5, EntityType.ORG, CRF)]
    rules = [candidate(ws, 3, 4, EntityType.ORG, GAZETTEER), candidate(ws, 4, 5, EntityType.LOC, GAZETTEER)]
    kept = combine(crf, rules, ws, [0.0] * len(ws), frozenset())
    assert [(c.name, c.type) for c in kept] == [("SWR", EntityType.ORG), ("Washington", EntityType.LOC)]


def test_a_name_of_another_type_inside_stays_part_of_the_crf_mention() -> None:
    # "Universität Innsbruck" is an organisation, not the place inside it
    ws = words("Eine Studie der Universität Innsbruck zeigt das .")
    crf = [candidate(ws, 3, 5, EntityType.ORG, CRF)]
    rules = [candidate(ws, 4, 5, EntityType.LOC, GAZETTEER)]
    kept = combine(crf, rules, ws, [0.0] * len(ws), frozenset({3}))
    assert [c.name for c in kept] == ["Universität Innsbruck"]


def test_a_speech_verb_surname_needs_a_model_that_is_not_sure() -> None:
    ws = words("Das sei falsch , sagte Pfeiffer .")
    rule = candidate(ws, 5, 6, EntityType.PER, SPEECH)
    unsure = [0.5] * len(ws)
    sure = [1.0] * len(ws)
    assert [c.name for c in combine([], [rule], ws, unsure)] == ["Pfeiffer"]
    assert combine([], [rule], ws, sure) == []
    assert SPEECH_MAX_OUTSIDE < 1.0


def test_a_gazetteer_name_is_added_whatever_the_model_says() -> None:
    # GermEval leaves compounds out, so the model says "no name" on "EU-Parlament"; the list knows
    ws = words("Das EU-Parlament stimmt zu .")
    rule = candidate(ws, 1, 2, EntityType.ORG, GAZETTEER)
    assert [c.name for c in combine([], [rule], ws, [1.0] * len(ws))] == ["EU-Parlament"]


def test_a_lower_case_agency_is_found() -> None:
    article = analyse("Berlin (dpa) - Die Regierung hat am Montag neue Zahlen vorgelegt.")
    assert found(article).get("dpa") is EntityType.ORG


def test_companies_and_media_from_the_organisation_list() -> None:
    article = analyse(
        "Der Sportartikelhersteller Nike und der Konzern Siemens wollen kooperieren, "
        "berichtete die Nachrichtenagentur Reuters am Dienstag."
    )
    names = found(article)
    assert names.get("Nike") is EntityType.ORG
    assert names.get("Reuters") is EntityType.ORG


def test_a_common_word_on_the_organisation_list_needs_more_than_itself() -> None:
    article = analyse("Ein Blick auf die Zahlen zeigt, dass die Preise steigen.")
    assert "Blick" not in found(article)


def test_a_first_name_alone_is_the_person_of_the_article_with_it() -> None:
    article = analyse(
        "Der FC Thun hat den Mittelfeldspieler Jonas Wyss verpflichtet.",
        "«Jonas ist ein laufstarker Spieler», sagte der Trainer.",
    )
    people = [e.name for e in article.entities if e.type is EntityType.PER]
    assert people == ["Jonas Wyss"]
