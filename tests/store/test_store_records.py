"""The store's fast article JSON is byte for byte what lagebild.model.to_json writes."""

from __future__ import annotations

from datetime import UTC, datetime

from store_support import make_article
from test_store_contract import _rich_article

from lagebild.model import Article, Token, from_json, to_json
from lagebild.store.records import article_json, load_article, record


def test_article_json_equals_to_json() -> None:
    rich = _rich_article()
    assert article_json(rich) == to_json(rich)
    plain = make_article(
        "Föhn «im» Tal", 'Zitat: "hier"\\ und \u2028 dort', published=datetime(2026, 1, 2, tzinfo=UTC)
    )
    odd = plain.replace(
        tokens=(Token(plain.blocks[0].span, None), Token(plain.blocks[0].span, "föhn")), partial=True
    )
    assert article_json(odd) == to_json(odd)
    assert from_json(Article, article_json(odd)) == odd


def test_load_article_equals_from_json() -> None:
    rich = _rich_article()
    assert rich.tokens  # the lists the fast path builds itself
    assert rich.sentences
    assert rich.blocks
    assert rich.mentions
    assert load_article(to_json(rich)) == from_json(Article, to_json(rich)) == rich
    bare = make_article("Föhn im Tal", "Kein Token, kein Satz.")
    assert load_article(to_json(bare)) == bare


def test_record_keeps_first_spellings_for_facets() -> None:
    rec = record(make_article("Titel", "Text.", tags=("Nato", "NATO", "Ukraine"), entities=("Mark Rutte",)))
    assert rec.tags == ("nato", "ukraine")
    assert rec.tag_labels == ("Nato", "Ukraine")
    assert rec.entity_labels == ("Mark Rutte",)
