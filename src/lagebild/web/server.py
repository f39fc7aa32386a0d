"""Running the app: uvicorn on 127.0.0.1 by default, over an existing collection."""

from __future__ import annotations

from pathlib import Path

from lagebild.engine import Engine
from lagebild.errors import ConfigError

__all__ = ["LOOPBACK", "check_collection", "serve"]

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def check_collection(db: str) -> None:
    """Refuse to serve a SQLite file that does not exist (it would be created empty)."""
    if db == "memory:" or db.startswith(("postgresql://", "postgres://")):
        return
    if not Path(db).is_file():
        raise ConfigError(
            f"there is no collection at {db!r}; run `lagebild ingest examples/ --db {db}` first, "
            "or pass --db with an existing file"
        )


def serve(engine: Engine, *, host: str = "127.0.0.1", port: int = 8000, token: str | None = None) -> None:
    """Serve the app until interrupted (Ctrl-C)."""
    import uvicorn

    from lagebild.web.app import create_app

    check_collection(engine.config.db)
    uvicorn.run(
        create_app(engine, token=token),
        host=host,
        port=port,
        log_level="info",
        server_header=False,
        # no body, header or line longer than h11's limits; ingest bodies are capped in the handler
        h11_max_incomplete_event_size=64 * 1024,
    )
