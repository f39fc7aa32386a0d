"""Line-level recognisers shared by the text and HTML readers: credits, bylines,
datelines, bullets and headline shape. Each returns what it found or None."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from lagebild.extract.lexicon import (
    MAX_LABEL_CHARS,
    ad_markers,
    agencies,
    box_labels,
    canonical_agency,
    fold,
    furniture,
    related_labels,
    stock_sources,
    tag_labels,
)

__all__ = [
    "Dateline",
    "agency_line",
    "bullet_text",
    "byline_agency",
    "byline_authors",
    "credit_only",
    "find_dateline",
    "is_ad",
    "is_box_label",
    "is_furniture",
    "is_stock_credit",
    "is_tag_label",
    "looks_like_heading",
    "name_list",
    "related_label",
    "source_credit",
    "split_credit",
]

_PHOTO_WORDS = r"(?:Bild|Bilder|Foto|Fotos|Symbolbild|Archivbild|Archivfoto|Quelle|Grafik|Video)"
_BULLET = re.compile(r"^(?:[•●▪■◦‣∙·*›»>\-–—]|\+\+\+|\d{1,2}[.)])\s+(?P<text>.+?)(?:\s*\+\+\+)?$")
_SENTENCE_END = ".,;:"
# Captions with their credit are short; longer lines are paragraphs.
_MAX_CAPTION_CHARS = 400
# Lowercase words allowed inside a person's name in a byline ("Anna von Arx").
_NAME_PARTICLES = frozenset(
    {"von", "van", "de", "der", "den", "zu", "da", "di", "du", "la", "le", "und", "ten"}
)
_BYLINE = re.compile(
    r"^(?:Von|Ein Kommentar von|Eine Analyse von|Eine Reportage von|Text|Texte|Autor|Autorin|Autoren)"
    r"\s*:?\s+(?P<names>.+)$"
)


@functools.cache
def _agency_alternation() -> str:
    return "|".join(re.escape(a) for a in agencies())


@functools.cache
def _credit_suffix() -> re.Pattern[str]:
    # "... - AFP", "... – Keystone/Peter Klaunzer", "... | dpa"
    return re.compile(
        rf"^(?P<base>.*\S)\s+[-–—|]\s+(?P<credit>(?:{_agency_alternation()})(?:\s*/\s*[^/]{{1,60}})*)$",
        re.IGNORECASE,
    )


_CREDIT_PAREN = re.compile(rf"^(?P<base>.*\S)\s*\(\s*{_PHOTO_WORDS}\s*:\s*(?P<credit>[^()]{{1,80}})\)$")
# A credit has no sentence end, but may name a licence version ("cc by sa 2.0").
_CREDIT_LABEL = re.compile(
    rf"^(?P<base>.*\S)\s*[-–|·]?\s+{_PHOTO_WORDS}\s*:\s*(?P<credit>(?:[^.!?]|\.(?=\d)){{1,80}})$"
)
_CREDIT_COPY = re.compile(r"^(?P<base>.*\S)\s*©\s*(?P<credit>[^.!?]{1,80})$")
_CREDIT_ONLY = re.compile(rf"^(?:{_PHOTO_WORDS}\s*:|©|\(c\))\s*(?P<credit>[^.!?]{{1,80}})$", re.IGNORECASE)


def split_credit(line: str) -> tuple[str, str] | None:
    """``"Blinken in Vilnius - AFP"`` -> ``("Blinken in Vilnius", "AFP")``."""
    if len(line) > _MAX_CAPTION_CHARS:
        return None  # a paragraph, not a caption; also keeps the regexes linear
    for pattern in (_credit_suffix(), _CREDIT_PAREN, _CREDIT_LABEL, _CREDIT_COPY):
        match = pattern.match(line)
        if match and len(match.group("credit").split()) <= 8:
            return match.group("base").rstrip(" -–|·"), _tidy_credit(match.group("credit"))
    return None


def credit_only(line: str) -> str | None:
    """``"Foto: Keystone/Peter Klaunzer"`` -> ``"Keystone/Peter Klaunzer"``."""
    if len(line) > _MAX_CAPTION_CHARS:
        return None
    match = _CREDIT_ONLY.match(line.strip())
    return _tidy_credit(match.group("credit")) if match else None


def _tidy_credit(credit: str) -> str:
    # Kept as printed ("APA/KEYSTONE"): a credit names people and agencies the way
    # the page does; only Article.agency is normalised.
    return credit.strip().strip("()").strip()


def is_ad(line: str) -> bool:
    return len(line) <= MAX_LABEL_CHARS and fold(line.strip(" .-–()[]")) in ad_markers()


def is_furniture(line: str) -> bool:
    """A widget label or counter standing alone: ``"Aufrufe: 312"``, ``"Artikel teilen"``."""
    if len(line) > MAX_LABEL_CHARS:
        return False
    core = re.sub(r"[:\s]*[\d.,]*$", "", line)  # "Aufrufe: 312", "Kommentare 4"
    return fold(core) in furniture() or fold(line) in furniture()


def is_stock_credit(line: str) -> bool:
    """A short line naming a picture library: ``"TebNad/Shutterstock.com"``."""
    folded = line.casefold()
    return len(line) <= 80 and len(line.split()) <= 6 and any(s in folded for s in stock_sources())


def is_box_label(line: str) -> bool:
    return len(line) <= MAX_LABEL_CHARS and fold(line) in box_labels()


def is_tag_label(line: str) -> bool:
    return len(line) <= MAX_LABEL_CHARS and fold(line) in tag_labels()


def related_label(line: str) -> tuple[str, str] | None:
    """``"Lesen Sie auch: Neue Regeln"`` -> ``("Lesen Sie auch", "Neue Regeln")``; rest may be ""."""
    if len(line) <= MAX_LABEL_CHARS and fold(line) in related_labels():
        return line.strip().rstrip(":").strip(), ""
    label, sep, rest = line.partition(":")
    if sep and len(label) <= MAX_LABEL_CHARS and fold(label) in related_labels():
        return label.strip(), rest.strip()
    return None


def bullet_text(line: str) -> str | None:
    match = _BULLET.match(line.strip())
    return match.group("text").strip() if match else None


def looks_like_heading(line: str, *, max_words: int = 14, max_chars: int = 120) -> bool:
    """A short line without sentence-final punctuation: a headline or sub-heading."""
    line = line.strip()
    words = line.split()
    if not words or len(words) > max_words or len(line) > max_chars:
        return False
    # Look through a closing "(APA)" or quote mark at the final punctuation.
    core = re.sub(r"\s*\([^()]*\)$", "", line).rstrip("»«“”\"'›‹")
    if not core or core[-1] in _SENTENCE_END or not any(c.isalpha() for c in line):
        return False
    if line[-1] in "?!" and len(words) > 10:
        return False
    first = line.lstrip("«»„“\"'‹›(")[:1]
    return first.isupper() or first.isdigit()


def byline_agency(line: str) -> str | None:
    """The agency named after the comma of a byline: ``"Von Anna Muster, AFP"`` -> ``"AFP"``."""
    _, sep, rest = line.partition(",")
    return canonical_agency(rest.strip(" .")) if sep else None


def byline_authors(line: str) -> list[str] | None:
    """``"Von Anna Muster und Max Meier, Zürich"`` -> ``["Anna Muster", "Max Meier"]``."""
    line = line.strip()
    match = _BYLINE.match(line)
    if not match or len(line) > 100 or line[-1] in ".!?;":
        return None
    # What follows a comma is the place or the agency ("Von Anna Muster, Brüssel").
    names_part = match.group("names").split(",")[0]
    names = [n.strip() for n in re.split(r"\s+und\s+|\s*/\s*|\s+&\s+", names_part) if n.strip()]
    if not names or not all(_is_name(n) for n in names):
        return None
    return names


def name_list(text: str) -> list[str]:
    """``"Anna Gruber, Markus Pichler"`` -> both names; text that is not a list of names -> [text]."""
    names = [n.strip() for n in re.split(r"\s*(?:,|;|\bund\b|&)\s*", text) if n.strip()]
    return names if len(names) > 1 and all(_is_name(n) for n in names) else [text.strip()]


_AGENCY_CODE = re.compile(r"^(?:[a-zäöü]{2,4}\s*/\s*)+(?P<agency>[\w-]+(?:\s*/\s*[\w-]+)*)$")


def source_credit(line: str) -> str | None:
    """Agencies named by a source line or an agency code byline.

    ``"Quelle: DIE ZEIT, dpa, Reuters, jul"`` -> ``"dpa/Reuters"``; ``"jol/dpa"`` -> ``"dpa"``;
    ``"Quelle: SRF/sda"`` -> ``"SDA"``. None when no agency is named.
    """
    line = line.strip()
    code = _AGENCY_CODE.match(line)
    if code is not None:
        return canonical_agency(code.group("agency"))
    match = re.match(
        r"^(?:Quelle|Quellen|Mit Material von|Material von)\s*:?\s+(?P<rest>.+)$", line, re.IGNORECASE
    )
    if match is None:
        return None
    found = [canonical_agency(p) for p in re.split(r"\s*[,/]\s*|\s+und\s+", match.group("rest"))]
    names = list(dict.fromkeys(f for f in found if f))
    return "/".join(names) if names else None


def _is_name(name: str) -> bool:
    words = name.split()
    if not 1 <= len(words) <= 4:
        return False
    capitalised = [w for w in words if w[:1].isupper()]
    others = [w for w in words if not w[:1].isupper()]
    return len(capitalised) >= 1 and all(w in _NAME_PARTICLES for w in others)


def agency_line(line: str) -> str | None:
    """A line that is only an agency credit: ``"(sda)"``, ``"SDA/dpa"``, ``"Quelle: dpa"``."""
    core = line.strip()
    core = re.sub(r"^(?:Quelle|Mit Material von|Material|Agenturen?)\s*:?\s*", "", core, flags=re.IGNORECASE)
    core = core.strip("() .")
    return canonical_agency(core) if core else None


@dataclass(frozen=True, slots=True)
class Dateline:
    agency: str
    marker: str  # the exact text removed from the paragraph
    text: str  # the paragraph without the marker


_LEADING = re.compile(
    r"^(?P<city>[A-ZÄÖÜ][\w.\-/ ]{0,40}?)?\s*(?P<marker>\((?P<agency>[^()]{2,40})\))\s*(?P<dash>[–—-]\s*)?"
)
_TRAILING = re.compile(r"\s*(?P<marker>\((?P<agency>[^()]{2,40})\))\s*$")


def find_dateline(paragraph: str) -> Dateline | None:
    """``"Berlin (dpa) – Die ..."`` -> agency "dpa", text ``"Berlin – Die ..."``.

    The city stays in the text (it is where the story happened); only the agency
    marker goes. A marker closing a paragraph ("... mitgeteilt. (sda)") goes too.
    """
    match = _LEADING.match(paragraph)
    if match:
        agency = canonical_agency(match.group("agency"))
        city = (match.group("city") or "").strip()
        # With a city the dash is required ("Berlin (dpa) – "), so that a paragraph
        # opening with "Die Partei (SPD) ..." is never taken for a dateline.
        if agency and (not city or match.group("dash") is not None):
            rest = paragraph[match.end() :].lstrip()
            text = f"{city} – {rest}" if city else rest
            return Dateline(agency, match.group("marker"), text)
    match = _TRAILING.search(paragraph)
    if match and paragraph[: match.start()].rstrip()[-1:] in '.!?»“"':
        agency = canonical_agency(match.group("agency"))
        if agency:
            return Dateline(agency, match.group("marker"), paragraph[: match.start()].rstrip())
    return None
