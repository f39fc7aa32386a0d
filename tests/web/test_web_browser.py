"""The app in Debian's Chromium, driven by Playwright against a live server on 127.0.0.1.

``playwright install`` downloads a browser, which CI cannot; these tests launch
/usr/bin/chromium (``scripts/install_chromium.sh`` installs it) and skip with that
reason when it is missing. A screenshot of each page lands in test-artifacts/web/.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "web"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="needs Debian's Chromium at /usr/bin/chromium (scripts/install_chromium.sh)",
    ),
]


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=10_000)

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def tab(chromium: Any) -> Iterator[Any]:
    """A fresh page that records console errors, dialogs and failed requests."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="de-CH")
    opened = context.new_page()
    opened.problems = []
    opened.on("console", lambda m: m.type == "error" and opened.problems.append(f"console: {m.text}"))
    opened.on("pageerror", lambda e: opened.problems.append(f"page error: {e}"))
    opened.on("dialog", lambda d: (opened.problems.append(f"dialog: {d.message}"), d.dismiss()))
    yield opened
    context.close()


def expect(locator: Any) -> Any:
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


def _shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_search_then_open_an_article(tab: Any, live_server: str) -> None:
    tab.goto(live_server + "/")
    tab.fill("#q", "Hochwasser Armee")
    tab.press("#q", "Enter")  # htmx swaps the results in place
    expect(tab.locator(".count strong")).to_have_text("Hochwasser Armee")
    first = tab.locator(".hit-title").first
    expect(tab.locator("#results mark").first).to_be_visible()
    _shot(tab, "search")
    first.click()
    tab.wait_for_url("**/article/*")
    assert tab.locator("h1").inner_text()
    assert tab.locator(".ent").count() > 5
    assert tab.problems == []


def test_click_a_key_point_highlights_its_sources(tab: Any, live_server: str) -> None:
    tab.goto(live_server + "/?q=" + quote('Nato source:"Donau Zeitung Online"'))
    tab.locator(".hit-title").first.click()
    tab.wait_for_url("**/article/*")
    expect(tab.locator("#story .story-title")).to_be_visible()  # the story box came in by htmx
    assert tab.locator(".s.src").count() == 0
    item = tab.locator(".kp-item").nth(1)
    item.click()
    marked = tab.locator(".s.src")
    assert marked.count() >= 1
    assert "16 Milliarden" in marked.first.inner_text()
    assert "active" in (item.get_attribute("class") or "")
    assert marked.first.is_visible()
    _shot(tab, "article")
    tab.locator("#story .story-title a").click()
    tab.wait_for_url("**/story/*")
    assert tab.locator(".timeline li").count() >= 2
    assert tab.locator(".diff ins").count() > 0
    _shot(tab, "story")
    assert tab.problems == []


def test_entity_page_has_a_chart(tab: Any, live_server: str) -> None:
    tab.goto(live_server + "/entity/" + quote("Holger Brückner"))
    assert tab.locator("svg.chart rect.bar").count() >= 14
    assert tab.locator("blockquote.quote").count() >= 1
    _shot(tab, "entity")
    tab.locator(".facet a").first.click()
    tab.wait_for_url("**/entity/*")
    assert tab.problems == []


def test_brief_and_sources_pages(tab: Any, live_server: str) -> None:
    tab.goto(live_server + "/lagebild")
    assert tab.locator(".entry").count() >= 3
    _shot(tab, "lagebild")
    tab.goto(live_server + "/sources")
    assert tab.locator("table.outlets tbody tr").count() >= 3
    _shot(tab, "sources")
    assert tab.problems == []


def test_hostile_article_runs_nothing(tab: Any, live_server: str, hostile_id: str) -> None:
    tab.goto(live_server + f"/article/{hostile_id}")
    tab.wait_for_load_state("networkidle")
    assert tab.evaluate("window.__pwned === undefined")
    assert tab.locator("#text img, #text svg, #text script, .art h1 script").count() == 0
    assert "<script>" in tab.locator(".art h1").inner_text()  # shown as text
    _shot(tab, "hostile")
    assert tab.problems == []
