"""Split the page's tag lists, including the glued ones scrapers leave behind.

Scraped pages lose the markup between tag links, so "Aleppo", "EU" and "NATO"
arrive as ``AleppoEUNATO``. We split at lowercase→uppercase and
acronym→word boundaries and let a curated list (``data/acronyms.txt``) claim
names whose capitals do not follow the rule (``AfD``, ``iPhone``) or that have
a space in them (``Credit Suisse``). A multiword tag missing from that list
comes back as its words: the limit of working without the markup.
"""

from __future__ import annotations

import re

from lagebild.extract.lexicon import acronyms

__all__ = ["looks_glued", "split_glued", "split_tag_line"]

_SEPARATORS = re.compile(r"\s*(?:[,;|·•/]|\s-\s|\s–\s)\s*")
_UPPER = "A-ZÄÖÜ"
_GLUED = re.compile(rf"[a-zäöüß0-9][{_UPPER}]|[{_UPPER}]{{2}}[a-zäöüß]")


def looks_glued(line: str) -> bool:
    """Tags run together, like ``AleppoEUNATO`` or ``LawineWallisAir ZermattSLF``."""
    line = line.strip()
    if not 0 < len(line) <= 120 or line[-1] in ".!?:":
        return False
    # More glue points than spaces: a headline with one "iPhone" in it is no tag list.
    joints = len(_GLUED.findall(line))
    return joints > 0 and joints >= line.count(" ")


def split_tag_line(line: str) -> list[str]:
    """Tags of one line: separated by commas, bars, bullets — or glued together."""
    line = line.strip()
    pieces = [p for p in _SEPARATORS.split(line) if p.strip()]
    tags: list[str] = []
    for piece in pieces:
        tags.extend(split_glued(piece) if looks_glued(piece) else [piece.strip()])
    return tags


def split_glued(line: str) -> list[str]:
    """``"AleppoEUNATO"`` -> Aleppo, EU, NATO; ``"FC BaselVfB Stuttgart"`` -> FC Basel, VfB Stuttgart.

    A space can only sit inside a tag (the glue removed the separators), so the
    words on either side of it belong to the same tag.
    """
    tags: list[str] = []
    for chunk in line.split():
        pieces = _split_chunk(chunk)
        if tags and pieces:
            tags[-1] = f"{tags[-1]} {pieces.pop(0)}"
        tags.extend(pieces)
    return tags


def _split_chunk(word: str) -> list[str]:
    tags: list[str] = []
    i = 0
    while i < len(word):
        known = _known_at(word, i)
        if known is not None:
            name, length = known
            tags.append(name)
            i += length
            continue
        length = _word_length(word, i)
        tags.append(word[i : i + length])
        i += length
    return _attach_digits(tags)


def _known_at(word: str, i: int) -> tuple[str, int] | None:
    for name in acronyms():
        glued = name.replace(" ", "")
        end = i + len(glued)
        # A known name only counts when the next tag starts right after it
        # (so "EU" does not claim the start of "EUropa" or "Eulen").
        if word.startswith(glued, i) and (end == len(word) or not word[end].islower()):
            return name, len(glued)
    return None


def _word_length(word: str, i: int) -> int:
    j = i + 1
    if word[i].isupper() and j < len(word) and word[j].isupper():
        # An acronym run: it ends before the capital that starts the next word.
        while j < len(word) and word[j].isupper():
            j += 1
        if j < len(word) and word[j].islower() and j - i > 1:
            j -= 1
        return j - i
    while j < len(word) and not word[j].isupper():
        j += 1
    return j - i


def _attach_digits(tags: list[str]) -> list[str]:
    """Keep "G20" or "Covid-19" whole if a digit ended up alone."""
    out: list[str] = []
    for tag in tags:
        if out and tag[:1].isdigit():
            out[-1] += tag
        else:
            out.append(tag)
    return out
