"""Typed settings: the one place that reads the environment.

Every setting has a default that works on a laptop with nothing configured.
``Config.from_env()`` applies ``LAGEBILD_*`` environment variables on top.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field

from lagebild.errors import ConfigError

__all__ = ["Config"]

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Config:
    #: Inputs larger than this are rejected before reading (``LAGEBILD_MAX_INPUT_MB``).
    max_input_bytes: int = 10 * MB
    #: The language lagebild expects; other languages are rejected unless this is changed
    #: (``--lang``). ``None`` accepts any language.
    language: str | None = "de"
    #: How many key points to write (2 to 5).
    key_points: int = 3
    #: Where the collection lives (``LAGEBILD_DB``): a SQLite file path or a postgresql:// URL.
    db: str = "lagebild.db"
    #: The token `POST /api/ingest` requires (``LAGEBILD_TOKEN``); without one, web ingest is off.
    token: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if not 2 <= self.key_points <= 5:
            raise ConfigError(f"key_points must be between 2 and 5, not {self.key_points}")
        if self.max_input_bytes <= 0:
            raise ConfigError("max_input_bytes must be positive")

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: object) -> Config:
        env = os.environ if environ is None else environ
        values: dict[str, object] = {}
        if "LAGEBILD_MAX_INPUT_MB" in env:
            try:
                values["max_input_bytes"] = int(float(env["LAGEBILD_MAX_INPUT_MB"]) * MB)
            except ValueError:
                raise ConfigError(
                    f"LAGEBILD_MAX_INPUT_MB must be a number, not {env['LAGEBILD_MAX_INPUT_MB']!r}"
                ) from None
        if "LAGEBILD_DB" in env:
            values["db"] = env["LAGEBILD_DB"]
        if env.get("LAGEBILD_TOKEN"):
            values["token"] = env["LAGEBILD_TOKEN"]
        if "LAGEBILD_LANG" in env:
            values["language"] = env["LAGEBILD_LANG"] or None
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]

    def replace(self, **changes: object) -> Config:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]
