"""RSS (0.9x, 1.0, 2.0) and Atom feed files: one RawDocument or Reject per item.

An item becomes a document when it carries the article itself (``content:encoded``,
Atom ``content``, or a description long enough to be more than a teaser), or
when its link points to a file saved next to the feed. An item with only a web
link is rejected with ``no_content``: fetching is the fetcher's job, not a
file reader's.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from lagebild.errors import InputError
from lagebild.ingest._common import html_document, parse_date, reject
from lagebild.ingest.files import read_path
from lagebild.model import RawDocument, Reject

__all__ = ["FEED_SIZE_FACTOR", "TEASER_CHARS", "is_feed", "read_feed"]

ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC_DATE = "{http://purl.org/dc/elements/1.1/}date"
_RSS1 = "{http://purl.org/rss/1.0/}"
_RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}RDF"
_FEED_ROOTS = frozenset({"rss", _RDF, f"{ATOM}feed"})

#: A description with at most this many characters of text is a teaser, not the article.
#: German news teasers run 150-350 characters; leads with the first paragraph are longer.
TEASER_CHARS = 400
#: A feed file holds many items; it may be this many times the one-article limit.
FEED_SIZE_FACTOR = 20


@dataclass(frozen=True, slots=True)
class _Item:
    title: str | None
    link: str | None
    published: datetime | None
    content: str | None  # the article as HTML, when the item carries it


def is_feed(path: Path) -> bool:
    """The file's root element is an RSS or Atom root (reads only its first tag)."""
    from lxml import etree

    try:
        with open(path, "rb") as stream:  # closed here, not when iterparse is collected
            for _event, element in etree.iterparse(
                stream, events=("start",), resolve_entities=False, no_network=True
            ):
                return str(element.tag) in _FEED_ROOTS
    except (etree.XMLSyntaxError, OSError):
        return False
    return False


def read_feed(path: Path, *, max_bytes: int) -> Iterator[RawDocument | Reject]:
    """Every item of the feed at ``path`` as a RawDocument or a Reject, in feed order."""
    location = str(path)
    parsed = _parse(path, max_bytes * FEED_SIZE_FACTOR)
    if isinstance(parsed, Reject):
        yield parsed
        return
    root, recovered = parsed
    source, items = _items(root)
    if items is None:
        yield reject(location, "unsupported", f"{location} is XML but not an RSS or Atom feed")
        return
    if not items:  # say so: a feed that yields nothing would otherwise vanish without a trace
        if recovered:
            yield reject(location, "bad_feed", f"{location} is damaged XML and no item could be read")
        else:
            yield reject(location, "no_content", f"{location} has no items")
        return
    for number, element in enumerate(items, start=1):
        item = _atom_item(element) if root.tag == f"{ATOM}feed" else _rss_item(element)
        yield _document(item, path, f"{location}#item-{number}", source, max_bytes)


def _parse(path: Path, limit: int) -> tuple[Any, bool] | Reject:
    from lxml import etree

    location = str(path)
    try:
        size = path.stat().st_size
        if size > limit:
            return reject(location, "too_large", f"{location} is {size} bytes, more than {limit} for a feed")
        data = path.read_bytes()
    except OSError as exc:
        return reject(location, "not_a_file", f"{location}: cannot read it ({exc.strerror or exc})")
    message = "no XML element found"
    # No entities, no network: a feed from the web must not read local files (XXE).
    for recover in (False, True):  # many real feeds have a stray "&"; recover only when needed
        parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=recover)
        try:
            root = etree.fromstring(data, parser)
        except etree.XMLSyntaxError as exc:
            message = str(exc)
            continue
        if root is not None:
            return root, recover
        message = "no XML element found"
    return reject(location, "bad_feed", f"{location} is not well-formed XML ({message}); check the file")


def _items(root: Any) -> tuple[str | None, list[Any] | None]:
    """The feed title and its item elements; None when the root is no feed."""
    if root.tag == "rss":
        channel = root.find("channel")
        if channel is None:
            return None, []
        return _text(channel.find("title")), channel.findall("item")
    if root.tag == _RDF:
        return _text(root.find(f"{_RSS1}channel/{_RSS1}title")), root.findall(f"{_RSS1}item")
    if root.tag == f"{ATOM}feed":
        return _text(root.find(f"{ATOM}title")), root.findall(f"{ATOM}entry")
    return None, None


def _rss_item(element: Any) -> _Item:
    def child(name: str) -> Any:
        # RSS 2.0 has no namespace, RSS 1.0 puts the same names in its own.
        found = element.find(name)
        return found if found is not None else element.find(f"{_RSS1}{name}")

    content = _text(element.find(_CONTENT))
    if not content:
        description = _text(child("description"))
        content = description if _is_article(description) else None
    link = _text(child("link"))
    guid = element.find("guid")
    if not link and guid is not None and guid.get("isPermaLink", "true") != "false":
        link = _text(guid)
    date = _text(child("pubDate")) or _text(element.find(_DC_DATE))
    return _Item(_text(child("title")), link, parse_date(date), content or None)


def _atom_item(element: Any) -> _Item:
    link = None
    for candidate in element.findall(f"{ATOM}link"):
        if candidate.get("rel", "alternate") == "alternate":
            link = candidate.get("href")
            break
    content = None
    body = element.find(f"{ATOM}content")
    if body is not None and body.get("src"):
        link = link or body.get("src")  # out-of-line content: the same as a link
    elif body is not None:
        content = _atom_html(body)
    if not content:
        summary = element.find(f"{ATOM}summary")
        text = _atom_html(summary) if summary is not None else None
        content = text if _is_article(text) else None
    date = _text(element.find(f"{ATOM}published")) or _text(element.find(f"{ATOM}updated"))
    return _Item(_text(element.find(f"{ATOM}title")), link, parse_date(date), content or None)


def _atom_html(element: Any) -> str | None:
    """Atom text constructs as HTML: ``html`` is escaped HTML, ``xhtml`` a div, ``text`` text."""
    from lxml import etree

    kind = element.get("type", "text")
    if kind == "xhtml":
        inner = [etree.tostring(child, encoding="unicode") for child in element]
        return "".join(inner).strip() or None
    text = _text(element)
    if not text or kind == "html":
        return text
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    return "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)


def _is_article(fragment: str | None) -> bool:
    """More text than a teaser has (see TEASER_CHARS)."""
    if not fragment:
        return False
    import lxml.html

    try:
        text = lxml.html.fragment_fromstring(fragment, create_parent="div").text_content()
    except Exception:  # lxml raises several types on junk; junk is no article
        return False
    return len(" ".join(text.split())) > TEASER_CHARS


def _text(element: Any) -> str | None:
    if element is None:
        return None
    text = "".join(element.itertext()).strip()
    return text or None


def _document(item: _Item, feed: Path, here: str, source: str | None, max_bytes: int) -> RawDocument | Reject:
    web_link = item.link if item.link and urlsplit(item.link).scheme in ("http", "https") else None
    if item.content:
        content = html_document(item.content, title=item.title, published=item.published, url=web_link)
        if len(content) > max_bytes:
            return reject(here, "too_large", f"the item is larger than {max_bytes} bytes; raise the limit")
        return RawDocument(
            content=content,
            location=here,
            url=web_link,
            media_type="text/html",
            encoding="utf-8",
            source=source,
        )
    if item.link and not web_link:
        return _linked_file(item.link, feed, here, source, max_bytes)
    if web_link:
        return reject(
            here,
            "no_content",
            f"the item has only a web link ({web_link}); fetch it, or save the page next to the feed",
        )
    return reject(here, "no_content", "the item has neither content nor a link")


def _linked_file(
    link: str, feed: Path, here: str, source: str | None, max_bytes: int
) -> RawDocument | Reject:
    parts = urlsplit(link)
    if parts.scheme not in ("", "file") or (parts.scheme == "file" and parts.netloc not in ("", "localhost")):
        return reject(here, "unsupported", f"the item links to {link!r}, which is neither web nor file")
    folder = feed.resolve().parent
    raw = url2pathname(parts.path) if parts.scheme == "file" else unquote(parts.path)
    target = (folder / raw).resolve()
    # A feed may come from anywhere; it must not make lagebild read files outside its folder.
    if not target.is_relative_to(folder):
        return reject(here, "outside_feed", f"the item links to {target}, outside the feed's folder {folder}")
    try:
        document = read_path(target, max_bytes=max_bytes)
    except InputError as exc:
        return reject(here, exc.reason, str(exc))
    return RawDocument(
        content=document.content,
        location=document.location,
        media_type=document.media_type,
        source=source,
    )
