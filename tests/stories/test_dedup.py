"""Exact and near-duplicate agency copies."""

from __future__ import annotations

import random

from stories_texts import MakeArticle

from lagebild.model import Article
from lagebild.stories import near_duplicates
from lagebild.stories.dedup import THRESHOLD, jaccard, shingles


def test_exact_duplicate_with_other_quote_marks_is_found_with_jaccard_one(
    analysed: dict[str, Article],
) -> None:
    ferry = analysed["ferry"]
    swiss = ferry.replace(id="swiss-copy", text=ferry.text.replace("„", "«").replace("“", "»"))
    assert swiss.text != ferry.text
    assert near_duplicates([ferry, swiss]) == [(*tuple(sorted([ferry.id, "swiss-copy"])), 1.0)]


def test_edited_reprint_is_a_near_duplicate(make: MakeArticle) -> None:
    a, b = make("ferry", "Seekurier"), make("reprint", "Thurgauer Blatt", 2)
    pairs = near_duplicates([a, b])
    assert [(x, y) for x, y, _ in pairs] == [tuple(sorted([a.id, b.id]))]
    assert THRESHOLD <= pairs[0][2] < 1.0


def test_own_report_and_other_story_are_not_copies(make: MakeArticle) -> None:
    articles = [make("ferry", "Seekurier"), make("own", "Hegau Zeitung"), make("other", "Chiemgau Post")]
    assert near_duplicates(articles) == []


def test_lsh_path_finds_copies_among_many_articles(make: MakeArticle) -> None:
    # more than eight articles: candidates come from MinHash-LSH, not from all pairs
    copies = [make("ferry", f"Blatt {i}", i) for i in range(3)] + [make("reprint", "Thurgauer Blatt", 4)]
    others = [make(name, f"Zeitung {i}", i, tag=str(i)) for i in range(3) for name in ("other", "council")]
    pairs = near_duplicates(others + copies)
    copy_ids = {a.id for a in copies}
    found = {(x, y) for x, y, _ in pairs}
    # the three identical ferry copies pair with each other and with the reprint; the
    # identical "other"/"council" copies pair among themselves
    assert {(x, y) for x, y in found if x in copy_ids and y in copy_ids} == {
        tuple(sorted((a.id, b.id))) for i, a in enumerate(copies) for b in copies[i + 1 :]
    }
    assert not any((x in copy_ids) != (y in copy_ids) for x, y in found)


def test_pairs_are_sorted_and_independent_of_input_order(make: MakeArticle) -> None:
    articles = [make("ferry", "A"), make("reprint", "B", 1), make("own", "C", 2), make("ferry", "D", 3)]
    expected = near_duplicates(articles)
    shuffled = articles[:]
    random.Random(7).shuffle(shuffled)
    assert near_duplicates(shuffled) == expected == sorted(expected)
    assert all(x < y for x, y, _ in expected)


def test_same_article_given_twice_is_not_its_own_duplicate(make: MakeArticle) -> None:
    article = make("ferry", "A")
    assert near_duplicates([article, article]) == []
    assert near_duplicates([]) == []


def test_shingles_fold_spelling_and_quotes() -> None:
    assert shingles("Die «Seeblick» fährt über die Straße") == shingles(
        "die „Seeblick“ fährt über die Strasse"
    )
    assert jaccard(frozenset(), frozenset()) == 1.0
    assert jaccard(frozenset({"a"}), frozenset({"b"})) == 0.0
