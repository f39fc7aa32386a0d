"""The query parser: what each piece of the query language becomes, and its errors."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from lagebild.errors import LagebildError
from lagebild.store.query import Phrase, Query, QueryError, Term, parse_query


def test_words_become_lemma_terms() -> None:
    query = parse_query("Soldaten verlegt")
    assert query.terms == (Term(("soldat",)), Term(("verlegen",)))
    assert query.has_text


def test_phrases_exclusions_and_hyphenated_words() -> None:
    query = parse_query('"Truppen nach Litauen" -Manöver -"kalter Krieg" US-Truppen')
    assert query.phrases == (Phrase(("truppe", "nach", "litauen")), Phrase(("us", "truppe")))
    assert query.exclude_terms == (Term(("manöver",)),)
    assert query.exclude_phrases == (Phrase(("kalt", "krieg")),)


def test_filters_are_folded_and_dates_bound_whole_days() -> None:
    query = parse_query(
        'source:NZZ source:"Neue Zürcher" tag:Straße entity:"Antony Blinken" since:2024-01-01'
    )
    assert query.sources == ("nzz", "neue zürcher")
    assert query.tags == ("strasse",)
    assert query.entities == ("antony blinken",)
    assert query.since == datetime(2024, 1, 1, tzinfo=UTC)
    assert parse_query("until:2024-02-29").until == datetime(2024, 3, 1, tzinfo=UTC)
    assert not query.has_text


def test_empty_and_punctuation_only_queries_have_no_text() -> None:
    assert parse_query("") == Query()
    assert parse_query("  – & ") == Query()
    assert parse_query("Fazit:").terms == (Term(("fazit",)),)  # not a filter name


@pytest.mark.parametrize(
    ("query", "hint"),
    [
        ('"Truppen nach', "unclosed quote"),
        ('a"b"', "put a space after"),
        ('""', "empty phrase"),
        ("since:2024-1-1", "YYYY-MM-DD"),
        ("until:2024-02-30", "YYYY-MM-DD"),
        ("since:2024-02-01 until:2024-01-31", "swap"),
        ("since:2024-01-01 since:2024-02-01", "twice"),
        ("autor:Muster", "unknown filter autor:"),
        ("source:", "needs a value"),
        ("-tag:NATO", "not supported"),
    ],
)
def test_bad_syntax_says_what_to_write(query: str, hint: str) -> None:
    with pytest.raises(QueryError, match=hint) as caught:
        parse_query(query)
    assert isinstance(caught.value, ValueError)
    assert isinstance(caught.value, LagebildError)
