"""The pieces under the pages: highlighting, the chart, the views of the collection."""

from __future__ import annotations

import html.parser

from lagebild.collection.views import entity_query, sources_view, story_of
from lagebild.engine import Engine
from lagebild.model import (
    Article,
    Block,
    BlockKind,
    Entity,
    EntityType,
    Mention,
    Quote,
    QuoteKind,
    Sentence,
    Span,
)
from lagebild.store import Facet
from lagebild.web.chart import bar_chart
from lagebild.web.highlight import entity_url, paragraphs

TEXT = "Die Ministerin <b>Anna Keller</b> sagte: «Wir bleiben in Bern.» Dann ging sie."


class _Balanced(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.ok = True

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        self.ok = self.ok and bool(self.stack) and self.stack.pop() == tag


def _article() -> Article:
    keller = Span(TEXT.index("Anna"), TEXT.index("</b>"))
    quote = Span(TEXT.index("Wir"), TEXT.index("»"))
    bern = Span(TEXT.index("Bern"), TEXT.index("Bern") + 4)
    first = Span(0, TEXT.index("Dann") - 1)
    return Article(
        id="a1",
        text=TEXT,
        blocks=(Block(BlockKind.BODY, Span(0, len(TEXT))),),
        sentences=(Sentence(first, 0), Sentence(Span(first.end + 1, len(TEXT)), 0)),
        entities=(Entity("Anna Keller", EntityType.PER), Entity("Bern", EntityType.LOC)),
        mentions=(Mention(keller, EntityType.PER, 0), Mention(bern, EntityType.LOC, 1)),
        quotes=(Quote(quote, QuoteKind.DIRECT, speaker=0),),
    )


def test_highlighted_text_is_escaped_and_nested() -> None:
    (paragraph,) = paragraphs(_article(), [BlockKind.BODY])
    out = str(paragraph.html)
    assert "&lt;b&gt;" in out
    assert "<b>" not in out
    assert 'class="ent ent-PER" href="/entity/Anna%20Keller"' in out
    assert '<span class="q q-direct">Wir bleiben in </span>' in out
    assert '<a class="badge" href="/entity/Anna%20Keller">Anna Keller</a>' in out
    assert out.count('<span class="s"') == 2
    checker = _Balanced()
    checker.feed(out)
    assert checker.ok
    assert not checker.stack


def test_entity_urls_encode_everything() -> None:
    assert entity_url("AC/DC") == "/entity/AC%2FDC"
    assert entity_url('"><script>') == "/entity/%22%3E%3Cscript%3E"


def test_chart_spans_a_fortnight_and_groups_long_ranges() -> None:
    short = bar_chart([Facet("2026-11-18", 3)])
    assert short is not None
    assert len(short.bars) == 14
    assert short.unit == "Tag"
    assert short.bars[-1].count == 3
    weekly = bar_chart([Facet("2026-01-01", 1), Facet("2026-06-01", 2), Facet("2026-06-02", 1)])
    assert weekly is not None
    assert weekly.unit == "Woche"
    assert max(b.count for b in weekly.bars) == 3
    monthly = bar_chart([Facet("2020-01-01", 1), Facet("2026-01-01", 1)])
    assert monthly is not None
    assert monthly.unit == "Monat"
    assert len(monthly.bars) == 73
    assert bar_chart([]) is None


def test_entity_query_drops_quotes() -> None:
    assert entity_query('Der "Chef"') == 'entity:"Der Chef"'
    assert entity_query('"') == ""


def test_story_of_unknown_article(engine: Engine) -> None:
    assert story_of(engine.store, "0000") is None


def test_sources_view_counts_everything(engine: Engine) -> None:
    view = sources_view(engine.store)
    assert view.total == 33
    assert view.unknown_source + sum(f.count for f in view.outlets) == 33


def test_the_article_page_lists_a_quotes_source() -> None:
    from lagebild.collection.views import ArticleView
    from lagebild.web.present import article_context

    article = _article()
    cited = Quote(article.quotes[0].span, QuoteKind.DIRECT, speaker=0, source=1, source_span=None)
    context = article_context(ArticleView(article.replace(quotes=(cited,)), ()))
    assert context["quotes"] == [("Wir bleiben in Bern.", "Anna Keller", "direct", "Bern")]
