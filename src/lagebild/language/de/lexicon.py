"""Word lists of the German language layer, read lazily from ``data/*.txt``.

Each file is plain UTF-8, one entry per line, ``#`` starts a comment. The lists
are loaded on first use and cached for the life of the process.
"""

from __future__ import annotations

import functools
from importlib import resources

__all__ = ["abbreviations", "final_abbreviations", "months", "sentence_starters", "word_list"]


@functools.cache
def word_list(name: str) -> tuple[str, ...]:
    """The entries of ``data/<name>``: one per line, ``#`` starts a comment, blanks skipped."""
    path = resources.files("lagebild.language.de").joinpath("data", name)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FileNotFoundError(
            f"word list {name!r} is missing from lagebild/language/de/data; "
            "reinstall lagebild (pip install -e .) so the package data is present"
        ) from None
    stripped = (line.split("#", 1)[0].strip() for line in raw.splitlines())
    return tuple(line for line in stripped if line)


_lines = word_list


@functools.cache
def _abbreviation_table() -> dict[str, bool]:
    """Abbreviation part (with its period) -> whether it may end a sentence."""
    table: dict[str, bool] = {}
    for line in _lines("abbreviations.txt"):
        form, _, flag = line.partition("\t")
        final = flag.strip() == "final"
        # "z. B." is written with spaces in running text: every part is a token
        # of its own, so every part is an abbreviation.
        for part in form.split():
            table[part] = table.get(part, False) or final
    return table


@functools.cache
def abbreviations() -> frozenset[str]:
    """Every known abbreviation (period included), e.g. ``"Dr."``, ``"bzw."``."""
    return frozenset(_abbreviation_table())


@functools.cache
def final_abbreviations() -> frozenset[str]:
    """Abbreviations that often end a sentence ("usw.", "Mio.")."""
    return frozenset(k for k, v in _abbreviation_table().items() if v)


@functools.cache
def months() -> frozenset[str]:
    return frozenset(_lines("months.txt"))


@functools.cache
def sentence_starters() -> frozenset[str]:
    return frozenset(_lines("sentence_starters.txt"))
