"""Headers every response carries, the token check of ``POST /api/ingest``, and error pages.

Article text and HTML are untrusted. Templates escape everything; the
Content-Security-Policy makes sure that even a mistake there runs nothing: scripts
and styles come only from this server's ``/static/`` files, never inline.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import AsyncIterator

from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["CSP", "SecurityHeaders", "check_token", "read_limited"]

log = logging.getLogger("lagebild.web")

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


class SecurityHeaders:
    """ASGI middleware: adds :data:`HEADERS` to every HTTP response, error pages included."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in HEADERS.items():
                    headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)


def check_token(configured: str | None, authorization: str | None) -> None:
    """Raise 403 when ingest is off or the token is wrong, 401 when none was sent."""
    if not configured:
        raise HTTPException(
            403,
            "Hinzufügen über HTTP ist ausgeschaltet: starte den Server mit LAGEBILD_TOKEN=<geheim> "
            "und sende 'Authorization: Bearer <geheim>'.",
        )
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise HTTPException(
            401,
            "Token fehlt: sende 'Authorization: Bearer <LAGEBILD_TOKEN>'.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    if not hmac.compare_digest(given.strip().encode(), configured.encode()):
        raise HTTPException(403, "Falscher Token.")


async def read_limited(chunks: AsyncIterator[bytes], declared: str | None, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it grows past ``limit`` bytes."""
    too_large = HTTPException(
        413, f"Der Inhalt ist grösser als {limit // (1024 * 1024)} MB; teile ihn auf (LAGEBILD_MAX_INPUT_MB)."
    )
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise too_large
    body = bytearray()
    async for chunk in chunks:
        body.extend(chunk)
        if len(body) > limit:
            raise too_large
    return bytes(body)
