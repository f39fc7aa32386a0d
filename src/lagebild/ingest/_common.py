"""Small helpers shared by the sources: rejects, dates, the RawDocument they build."""

from __future__ import annotations

import html
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from lagebild.model import RawDocument, Reject

__all__ = ["html_document", "parse_date", "reject", "text_document"]


def reject(location: str, reason: str, message: str) -> Reject:
    """A Reject stamped with the time it was made (UTC)."""
    return Reject(location=location, reason=reason, message=message, at=datetime.now(UTC))


def parse_date(value: str | None) -> datetime | None:
    """ISO 8601 or RFC 822 ("Tue, 14 Mar 2024 09:12:00 +0100") to an aware datetime.

    A date without an offset is taken as UTC, so that every date lagebild keeps
    can be compared with every other; ``None`` when the value is not a date.
    """
    if not value or not value.strip():
        return None
    text = value.strip()
    parsed: datetime | None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if parsed is None:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def html_document(
    body_html: str,
    *,
    title: str | None = None,
    published: datetime | None = None,
    url: str | None = None,
) -> bytes:
    """A small HTML page around a fragment (a feed item's content).

    RawDocument has no title or date field yet, so they travel the way a saved
    page carries them: ``<title>``, ``article:published_time`` and the canonical
    link, which the HTML reader already understands.
    """
    head = ['<meta charset="utf-8">']
    if title:
        head.append(f"<title>{html.escape(title)}</title>")
    if published is not None:
        head.append(f'<meta property="article:published_time" content="{published.isoformat()}">')
    if url:
        head.append(f'<link rel="canonical" href="{html.escape(url, quote=True)}">')
    page = f"<!DOCTYPE html>\n<html><head>{''.join(head)}</head>\n<body><article>\n"
    if title:
        page += f"<h1>{html.escape(title)}</h1>\n"
    return (page + body_html + "\n</article></body></html>\n").encode("utf-8")


def text_document(
    text: str,
    *,
    location: str,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    published: datetime | None = None,
) -> RawDocument:
    """Plain text as UTF-8; a title goes on the first line, where the text reader looks for it,
    and into ``RawDocument.title``."""
    if title and not text.lstrip().startswith(title.strip()):
        text = f"{title.strip()}\n\n{text}"
    return RawDocument(
        content=text.encode("utf-8"),
        location=location,
        url=url,
        media_type="text/plain",
        encoding="utf-8",
        source=source,
        title=title,
        published=published,
    )
