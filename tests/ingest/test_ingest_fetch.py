"""The fetcher with a fake HTTP client: robots.txt, rate limit, statuses; no network."""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise

from lagebild.ingest.fetch import Fetcher, FetchPolicy, HttpResponse
from lagebild.model import RawDocument, Reject

MB = 1024 * 1024
PAGE = "<html><body><p>Bern – Der Bundesrat tagt.</p></body></html>".encode()
HTML = (("Content-Type", "text/html; charset=utf-8"),)


class FakeClient:
    """Answers from a dict; records each request and the fake time it was made at."""

    def __init__(self, pages: dict[str, HttpResponse | OSError], clock: FakeClock) -> None:
        self.pages = pages
        self.clock = clock
        self.requests: list[tuple[str, float, float]] = []

    def get(self, url: str, *, headers: Mapping[str, str], timeout: float, max_bytes: int) -> HttpResponse:
        assert headers["User-Agent"].startswith("lagebild")
        self.requests.append((url, self.clock.now, timeout))
        answer = self.pages.get(url, HttpResponse(url, 404, (), b""))
        if isinstance(answer, OSError):
            raise answer
        return answer


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def _ok(url: str, content: bytes = PAGE, headers: tuple[tuple[str, str], ...] = HTML) -> HttpResponse:
    return HttpResponse(url, 200, headers, content)


def _fetcher(pages: dict[str, HttpResponse | OSError]) -> tuple[Fetcher, FakeClient]:
    clock = FakeClock()
    client = FakeClient(pages, clock)
    policy = FetchPolicy(timeout=5.0, min_interval=2.0)
    return Fetcher(client, policy, clock=clock, sleep=clock.sleep), client


def test_pages_are_fetched_with_robots_rate_limit_and_timeout() -> None:
    robots = b"User-agent: *\nDisallow: /intern/\n"
    fetcher, client = _fetcher(
        {
            "https://www.example.ch/robots.txt": _ok("https://www.example.ch/robots.txt", robots, ()),
            "https://www.example.ch/a": _ok("https://www.example.ch/a"),
            "https://www.example.ch/b": _ok("https://www.example.ch/b"),
            "https://www.example.ch/bild": _ok(
                "https://www.example.ch/bild", b"\x89PNG", (("Content-Type", "image/png"),)
            ),
        }
    )
    urls = [
        "https://www.example.ch/a",
        "https://www.example.ch/intern/x",
        "https://www.example.ch/b",
        "https://www.example.ch/bild",
        "https://www.example.ch/fehlt",
        "ftp://example.ch/x",
    ]
    results = list(fetcher.fetch_all(urls, max_bytes=MB))
    assert [r.reason if isinstance(r, Reject) else "doc" for r in results] == [
        "doc",
        "robots",
        "doc",
        "unsupported",
        "http_status",
        "unsupported",
    ]
    first = results[0]
    assert isinstance(first, RawDocument)
    assert first.content == PAGE
    assert first.encoding == "utf-8"
    assert first.fetched_at is not None
    assert first.url == "https://www.example.ch/a"
    fetched = [url for url, _, _ in client.requests]
    assert fetched[0] == "https://www.example.ch/robots.txt"  # once, before the first page
    assert fetched.count("https://www.example.ch/robots.txt") == 1
    assert "https://www.example.ch/intern/x" not in fetched
    times = [at for _, at, _ in client.requests]
    assert all(b - a >= 2.0 for a, b in pairwise(times))  # one host: 2 s apart
    assert {timeout for _, _, timeout in client.requests} == {5.0}


def test_crawl_delay_and_network_errors() -> None:
    robots = b"User-agent: *\nCrawl-delay: 10\n"
    fetcher, client = _fetcher(
        {
            "https://www.example.de/robots.txt": _ok("https://www.example.de/robots.txt", robots, ()),
            "https://www.example.de/a": _ok("https://www.example.de/a"),
            "https://www.example.de/b": TimeoutError("timed out"),
            "https://www.example.at/robots.txt": HttpResponse(
                "https://www.example.at/robots.txt", 503, (), b""
            ),
        }
    )
    results = list(
        fetcher.fetch_all(
            ["https://www.example.de/a", "https://www.example.de/b", "https://www.example.at/x"], max_bytes=MB
        )
    )
    assert [r.reason if isinstance(r, Reject) else "doc" for r in results] == [
        "doc",
        "network",
        "robots_unavailable",
    ]
    times = [at for url, at, _ in client.requests if "example.de" in url and "robots" not in url]
    assert times[1] - times[0] >= 10.0


def test_a_page_over_the_limit_is_rejected() -> None:
    fetcher, _ = _fetcher({"https://www.example.ch/gross": _ok("https://www.example.ch/gross", b"x" * 101)})
    (result,) = fetcher.fetch_all(["https://www.example.ch/gross"], max_bytes=100)
    assert isinstance(result, Reject)
    assert result.reason == "too_large"
