"""Quotation marks: pairing them, telling quotes from titles, direct from partial quotes.

Swiss texts write «…», German ones „…“ or »…«; the direction of guillemets is read from the
text itself (whichever of « and » comes first opens). A quote that runs over several
paragraphs opens each paragraph again and closes only at its end; such a quote is one span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lagebild.model import QuoteKind

__all__ = ["PAPER_ENDINGS", "MarkedQuote", "find_marked_quotes"]

_MAX_QUOTE = 3000  # characters; a longer "quote" is a stray mark
_GAP = 120  # characters between the parts of a quoted sentence: „…“, sagte X, „…“
_NAME_INNER = frozenset({"der", "des", "am", "im", "von", "vom"})
_TITLE_CUES = frozenset(
    {
        "zeitung",
        "buch",
        "film",
        "schiff",
        "titel",
        "roman",
        "serie",
        "sendung",
        "magazin",
        "album",
        "song",
        "lied",
        "motto",
        "operation",
        "aktion",
        "kampagne",
        "projekt",
        "programm",
        "app",
        "blatt",
        "stück",
        "werk",
        "initiative",
        "ausstellung",
        "show",
        "festival",
        "kolumne",
        "podcast",
        "studie",
        "tageszeitung",
        "wochenzeitung",
        "onlineportal",
        "portal",
        "sender",
        "plattform",
        "hashtag",
        "slogan",
        "spitzname",
        "name",
        "namen",
        "wort",
        "begriff",
        "unwort",
        "marke",
        "modell",
        "restaurant",
        "hotel",
        "bar",
        "club",
        "verein",
        "partei",
        "bewegung",
    }
)


@dataclass(frozen=True, slots=True)
class MarkedQuote:
    start: int  # first character inside the marks
    end: int  # the closing mark
    kind: QuoteKind
    title_like: bool = False  # capitalised words only: a name or title unless its context quotes


def _pairs(text: str) -> dict[str, str]:
    swiss = text.find("«")
    german = text.find("»")
    guillemets = {"«": "»"} if german < 0 or 0 <= swiss < german else {"»": "«"}
    return {**guillemets, "„": "“”", "“": "”", "‚": "‘’", '"': '"'}


def _close(text: str, opening: str, closing: str, start: int) -> int:
    """Position of the closing mark for a quote opened just before ``start``, or -1.

    ``closing`` lists the marks that may close it („…“ and „…” are both written). A quote in
    the quote opened with the same mark is skipped ("„Wir haben „Small-Business“-Kunden.“").
    The quote may cross a paragraph break only if the next paragraph opens again.
    """
    marks = re.compile("\n\n|[" + re.escape(opening + closing) + "]")
    position = start
    depth = 0
    limit = min(len(text), start + _MAX_QUOTE)
    while position < limit:
        match = marks.search(text, position, limit)
        if match is None:
            return -1
        found = match.group()
        if found == "\n\n":
            if not text.startswith(opening, match.end()):
                return -1
            position = match.end() + 1  # the paragraph opens again: the same quote goes on
        elif found in closing and (depth == 0 or found == opening == closing):
            return match.start()
        elif found == opening and opening not in closing:
            depth += 1
            position = match.end()
        else:
            depth -= 1
            position = match.end()
    return -1


# endings of a paper's one-word name («Handelszeitung», «Tagblatt»); not "blatt" («Feigenblatt»)
PAPER_ENDINGS = ("zeitung", "tagblatt", "anzeiger", "kurier", "rundschau")


def _title(text: str, start: int, end: int) -> bool | None:
    """True for a title named as one ("die Zeitung „Die Welt“") or empty marks; None for words
    that look like a name or title («Titanic», „Kapitulation“): the caller decides; else False."""
    content = text[start:end].strip()
    words = content.split()
    if not words:
        return True
    before = text[max(0, start - 40) : start - 1].split()
    if before and before[-1].lower().strip(",:") in _TITLE_CUES:
        return True
    if len(words) == 1 and content.lower().endswith(PAPER_ENDINGS):
        return True  # "ein Bericht der «Handelszeitung»", "im «Tagblatt»": a paper's name
    if len(words) > 4 or content[-1:] in ".!?,:;":
        return False
    # a name may hold a small word between capitalised ones: «Bote der Urschweiz», «Schweiz am
    # Wochenende»
    inner = [
        w[:1].isupper() or w[:1].isdigit() or (0 < k < len(words) - 1 and w in _NAME_INNER)
        for k, w in enumerate(words)
    ]
    return None if all(inner) else False


def _kind(text: str, start: int) -> QuoteKind:
    """DIRECT for a quoted sentence (at a sentence start or after a colon), else PARTIAL."""
    if not text[start : start + 1].isupper():
        return QuoteKind.PARTIAL
    before = text[: start - 1].rstrip(" \t")
    if not before or before.endswith(("\n", ":", ".", "!", "?", "»", "«", "“", "”", '"')):
        return QuoteKind.DIRECT
    return QuoteKind.PARTIAL


def _goes_on(text: str, before: MarkedQuote, open_at: int) -> bool:
    """A quoted sentence goes on after its speaker in commas: „Wir wollen“, sagte Elisabeth
    Studer, „dass die Kinder sicher zur Schule kommen.“ – the second part is no fragment."""
    gap = text[before.end + 1 : open_at]
    return (
        before.kind is QuoteKind.DIRECT
        and gap.startswith(",")
        and gap.rstrip().endswith(",")
        and len(gap) <= _GAP
        and not any(c in gap for c in ".!?:;\n")
    )


def find_marked_quotes(text: str) -> list[MarkedQuote]:
    """Every quotation in marks, in text order; titles named as such and stray marks are left
    out, words that may be a name or a title are marked ``title_like``."""
    pairs = _pairs(text)
    openings = re.compile("[" + re.escape("".join(pairs)) + "]")
    found: list[MarkedQuote] = []
    position = 0
    while True:
        match = openings.search(text, position)
        if match is None:
            break
        open_at, mark = match.start(), match.group()
        close_at = _close(text, mark, pairs[mark], open_at + 1)
        if close_at < 0:
            position = open_at + 1
            continue
        start = open_at + 1
        title = _title(text, start, close_at) if close_at > start else True
        if title is not True:
            kind = _kind(text, start)
            if kind is QuoteKind.PARTIAL and found and _goes_on(text, found[-1], open_at):
                kind = QuoteKind.DIRECT
            found.append(MarkedQuote(start, close_at, kind, title_like=title is None))
        position = close_at + 1
    return found
