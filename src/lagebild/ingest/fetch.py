"""Fetch live pages politely: robots.txt, a per-host rate limit, timeouts, a size limit.

The HTTP client is injected (:class:`HttpClient`), so tests pass a fake and
never touch the network; :class:`UrllibClient` is the standard-library client
for real use. Every URL ends as one RawDocument or one Reject.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from lagebild.ingest._common import reject
from lagebild.ingest.http import charset_of
from lagebild.model import RawDocument, Reject

__all__ = ["FetchPolicy", "Fetcher", "HttpClient", "HttpResponse", "UrllibClient"]

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


@dataclass(frozen=True, slots=True)
class HttpResponse:
    url: str  # after redirects
    status: int
    headers: tuple[tuple[str, str], ...]
    content: bytes  # at most max_bytes + 1 bytes: one more tells that the body was larger

    def header(self, name: str) -> str | None:
        wanted = name.lower()
        return next((v for k, v in self.headers if k.lower() == wanted), None)


class HttpClient(Protocol):
    def get(self, url: str, *, headers: Mapping[str, str], timeout: float, max_bytes: int) -> HttpResponse:
        """GET ``url``; raise OSError when no response arrives (refused, timeout, DNS)."""
        ...


class UrllibClient:
    """The standard library's HTTP client; it follows redirects and reads at most max_bytes + 1."""

    def get(self, url: str, *, headers: Mapping[str, str], timeout: float, max_bytes: int) -> HttpResponse:
        request = urllib.request.Request(url, headers=dict(headers))
        try:
            with urllib.request.urlopen(request, timeout=timeout) as answer:
                return HttpResponse(
                    answer.geturl(), answer.status, tuple(answer.headers.items()), answer.read(max_bytes + 1)
                )
        except urllib.error.HTTPError as error:
            with error:
                return HttpResponse(url, error.code, tuple((error.headers or {}).items()), b"")


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    user_agent: str = "lagebild/0.1 (news research; respects robots.txt)"
    timeout: float = 15.0  # seconds for one request
    min_interval: float = 2.0  # seconds between two requests to the same host
    respect_robots: bool = True


@dataclass
class Fetcher:
    client: HttpClient
    policy: FetchPolicy = field(default_factory=FetchPolicy)
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    _robots: dict[str, RobotFileParser | Reject] = field(default_factory=dict, init=False)
    _last: dict[str, float] = field(default_factory=dict, init=False)

    def fetch_all(self, urls: Iterable[str], *, max_bytes: int) -> Iterator[RawDocument | Reject]:
        for url in urls:
            yield self.fetch(url, max_bytes=max_bytes)

    def fetch(self, url: str, *, max_bytes: int) -> RawDocument | Reject:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return reject(url, "unsupported", f"{url!r} is not an http(s) URL")
        host = f"{parts.scheme}://{parts.netloc}"
        if self.policy.respect_robots:
            robots = self._robots_for(host)
            if isinstance(robots, Reject):
                return reject(url, robots.reason, robots.message)
            if not robots.can_fetch(self.policy.user_agent, url):
                return reject(url, "robots", f"{host}/robots.txt disallows {url} for lagebild")
        response = self._get(host, url, max_bytes)
        if isinstance(response, Reject):
            return response
        return _document(response, url, max_bytes)

    def _robots_for(self, host: str) -> RobotFileParser | Reject:
        if host not in self._robots:
            self._robots[host] = self._load_robots(host)
        return self._robots[host]

    def _load_robots(self, host: str) -> RobotFileParser | Reject:
        answer = self._get(host, f"{host}/robots.txt", 512 * 1024)
        parser = RobotFileParser(f"{host}/robots.txt")
        if isinstance(answer, Reject):
            return reject(host, "robots_unavailable", f"{host}/robots.txt: {answer.message}; try later")
        if answer.status >= 500:
            # The site may be down or overloaded: do not crawl it blind.
            return reject(host, "robots_unavailable", f"{host}/robots.txt answered {answer.status}")
        if answer.status in (401, 403):  # the convention of urllib.robotparser and Google
            parser.parse(["User-agent: *", "Disallow: /"])
        elif answer.status < 400:
            parser.parse(answer.content.decode("utf-8", "replace").splitlines())
        else:  # 404 and friends: no rules, everything allowed
            parser.parse([])
        return parser

    def _get(self, host: str, url: str, max_bytes: int) -> HttpResponse | Reject:
        self._wait(host)
        headers = {"User-Agent": self.policy.user_agent, "Accept": "text/html,application/xhtml+xml"}
        try:
            return self.client.get(url, headers=headers, timeout=self.policy.timeout, max_bytes=max_bytes)
        except OSError as exc:  # TimeoutError, URLError and ConnectionError are all OSErrors
            return reject(url, "network", f"{url}: no answer ({exc}); check the address or try later")
        finally:
            self._last[host] = self.clock()

    def _wait(self, host: str) -> None:
        interval = self.policy.min_interval
        robots = self._robots.get(host)
        if isinstance(robots, RobotFileParser):
            delay = robots.crawl_delay(self.policy.user_agent)
            interval = max(interval, float(delay or 0))
        if host in self._last:
            remaining = self._last[host] + interval - self.clock()
            if remaining > 0:
                self.sleep(remaining)


def _document(response: HttpResponse, url: str, max_bytes: int) -> RawDocument | Reject:
    if not 200 <= response.status < 300:
        return reject(url, "http_status", f"{url} answered HTTP {response.status}")
    content_type = response.header("Content-Type")
    media = (content_type or "").split(";")[0].strip().lower()
    if media not in _HTML_TYPES:
        return reject(url, "unsupported", f"{url} is {media or 'of unknown type'}, not an HTML page")
    if len(response.content) > max_bytes:
        return reject(url, "too_large", f"{url} is larger than {max_bytes} bytes; raise the limit")
    if not response.content.strip():
        return reject(url, "empty", f"{url} sent an empty page")
    return RawDocument(
        content=response.content,
        location=url,
        url=response.url,
        media_type="text/html",
        encoding=charset_of(content_type),
        fetched_at=datetime.now(UTC),
        headers=response.headers,
    )
