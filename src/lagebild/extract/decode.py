"""Bytes -> clean Unicode text, refusing what is not text.

Order of evidence: a byte-order mark; then strict UTF-8 (a legacy-encoded text that
contains non-ASCII bytes practically never happens to be valid UTF-8, so this wins
over a declared charset, which is wrong surprisingly often); then the declared
charset (``RawDocument.encoding`` or an HTML ``<meta charset>``); then Windows-1252
when the result looks like German; and only then charset-normalizer, whose guesses
for short German texts drift to cp1250 and friends.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from lagebild.errors import BinaryInputError, EmptyInputError, EncodingError, InputTooLargeError
from lagebild.model import RawDocument

__all__ = ["decode", "normalise"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts the same way
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/ODT)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"\x7fELF", "a program"),
    (b"OggS", "an audio file"),
    (b"ID3", "an MP3 file"),
    (b"RIFF", "a RIFF media file"),
    (b"wOFF", "a web font"),
    (b"SQLite format 3", "an SQLite database"),
)

# Legacy pages that declare ISO-8859-1 are in practice Windows-1252 (the WHATWG
# encoding standard maps one to the other for the same reason).
_ALIASES = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252"}

# Characters a German text in Windows-1252 uses outside ASCII.
_GERMAN_EXTRA = frozenset("äöüÄÖÜßéèêàâçëïôûÉÈÀ«»„“”‘’‚–—…•·°§€£©®´¨ \u00ad")

_NON_ASCII = re.compile("[^\x00-\x7f]")
_SURROGATES = re.compile("[\udc80-\udcff]")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")

# Invisible characters that only get in the way of matching: soft hyphen, zero-width
# space/joiners, word joiner, stray BOM.
# (Regexes, not str.translate: translate walks every character in Python-level
# steps and cost more than trafilatura itself on 100 kB pages.)
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# Spaces that are spaces for every later stage.
_SPACES = re.compile("[\u00a0\u202f\u2007\u2009\u200a\u3000]")
# Unicode category Cc without tab, newline, form feed and escape.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0d\x0e-\x1a\x1c-\x1f\x7f-\x9f]")
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\r\f\x1b")


def decode(raw: RawDocument, max_bytes: int) -> str:
    """Decode ``raw.content`` to normalised text; raise an InputError when it is not text."""
    content = raw.content
    where = raw.location or "the input"
    if len(content) > max_bytes:
        raise InputTooLargeError(
            f"{where} is {len(content) / (1024 * 1024):.1f} MB, more than the limit of "
            f"{max_bytes / (1024 * 1024):.1f} MB for one article; raise LAGEBILD_MAX_INPUT_MB to read it"
        )
    if not content.strip():
        raise EmptyInputError(f"{where} is empty: give it an article text or HTML page")
    text = _decode_bytes(content, raw.encoding, where)
    text = normalise(text)
    if not text.strip():
        raise EmptyInputError(f"{where} holds only whitespace or invisible characters: give it an article")
    if _control_ratio(text) > 0.02:
        raise BinaryInputError(
            f"{where} is full of control characters, so it is not a text: give a .txt or .html"
        )
    return text


def normalise(text: str) -> str:
    """One newline convention, NFC, no invisible characters, plain spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _SPACES.sub(" ", _INVISIBLE.sub("", text))
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def _decode_bytes(content: bytes, declared: str | None, where: str) -> str:
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            try:
                return content[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                raise EncodingError(
                    f"{where} starts with a {encoding} byte-order mark but is not valid {encoding}; "
                    "re-save it as UTF-8"
                ) from None
    _refuse_binary(content, where)
    try:
        return content.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mixed = _mostly_utf8(content)
    if mixed is not None:
        return mixed
    for name in (declared, _sniff_declared(content)):
        text = _try(content, name)
        if text is not None:
            return text
    text = _try(content, "cp1252")
    if text is not None and _looks_german(text):
        return text
    return _guess(content, where)


def _mostly_utf8(content: bytes) -> str | None:
    """UTF-8 with a few stray legacy bytes (a hand-edited template, an old footer).

    Real pages mix encodings: thousands of valid UTF-8 sequences and one "Küche"
    saved in Windows-1252. Reading the stray bytes as Windows-1252 keeps the rest
    intact, where a whole-page legacy guess would garble every umlaut.
    """
    text = content.decode("utf-8", errors="surrogateescape")
    stray = _SURROGATES.findall(text)
    multibyte = len(_NON_ASCII.findall(text)) - len(stray)
    # Calibrated on trafilatura's German evaluation pages: mixed pages have a
    # handful of stray bytes beside hundreds of valid sequences.
    if multibyte < 20 or len(stray) > 0.05 * multibyte:
        return None
    return _SURROGATES.sub(lambda m: bytes([ord(m.group()) - 0xDC00]).decode("cp1252", "replace"), text)


def _refuse_binary(content: bytes, where: str) -> None:
    for magic, what in _MAGIC:
        if content.startswith(magic):
            raise BinaryInputError(f"{where} is {what}, not a text: give the article as .txt or .html")
    if b"\x00" in content[:65536]:
        raise BinaryInputError(
            f"{where} contains NUL bytes, so it is binary (or UTF-16 without a byte-order mark): "
            "give the article as UTF-8 text"
        )
    head = content[:65536]
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if controls > 0.05 * len(head):
        raise BinaryInputError(f"{where} is mostly control bytes, not a text: give a .txt or .html")


def _sniff_declared(content: bytes) -> str | None:
    head = content[:4096]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None


def _try(content: bytes, name: str | None) -> str | None:
    if not name:
        return None
    name = _ALIASES.get(name.strip().lower(), name.strip().lower())
    try:
        codecs.lookup(name)
        return content.decode(name)
    except (LookupError, UnicodeDecodeError):
        return None


def _looks_german(text: str) -> bool:
    """Most non-ASCII characters are umlauts, ß, accents or typographic marks."""
    extra = [c for c in text if ord(c) > 127]
    if not extra:
        return True
    return sum(c in _GERMAN_EXTRA for c in extra) >= 0.9 * len(extra)


def _guess(content: bytes, where: str) -> str:
    best = from_bytes(content).best()
    # A chaos ("mess") ratio above 0.1 means the decoded text is full of unlikely
    # character sequences: charset-normalizer itself treats 0.2 as its give-up point.
    if best is None or best.chaos > 0.1:
        raise EncodingError(
            f"cannot tell the character encoding of {where}: re-save it as UTF-8 "
            "(or pass the charset in the HTML <meta charset>)"
        )
    return str(best)


def _control_ratio(text: str) -> float:
    sample = text[:65536]
    controls = len(_CONTROLS.findall(sample))
    return controls / max(1, len(sample))
