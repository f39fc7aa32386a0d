"""Language identification (py3langid, model shipped in the wheel)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

__all__ = ["detect_language"]


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, *, sample: int = 5000) -> tuple[str, float]:
    """Return ``(iso639-1 code, probability)`` for the first ``sample`` characters."""
    if not text.strip():
        return ("und", 0.0)
    lang, prob = _identifier().classify(text[:sample])
    return (str(lang), float(prob))
