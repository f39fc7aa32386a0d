"""Bad and legacy inputs: decoding, binary, empty, too large."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from lagebild.errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    InputTooLargeError,
    NoContentError,
)
from lagebild.extract import extract
from lagebild.extract.decode import decode
from lagebild.model import Article, RawDocument

Read = Callable[..., Article]
GERMAN = "Die Bürger in Zürich müssen grössere Strassen überqueren. «Gut», sagte Müller – Grüße aus Köln."


def _decode(content: bytes, encoding: str | None = None) -> str:
    return decode(RawDocument(content, encoding=encoding), 10_000_000)


@pytest.mark.parametrize("content", [b"", b"   \n\t \r\n", "\ufeff \u200b\n".encode()])
def test_empty_inputs(content: bytes) -> None:
    with pytest.raises(EmptyInputError):
        _decode(content)


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(200),
        b"%PDF-1.7\n" + b"x" * 100,
        b"PK\x03\x04" + b"x" * 100,
        b"\x1f\x8b\x08\x00" + b"x" * 100,
        b"Text mit\x00NUL-Bytes darin",
        bytes(range(1, 32)) * 20,
    ],
)
def test_binary_inputs(content: bytes) -> None:
    with pytest.raises(BinaryInputError, match=r"not a text|binary|control"):
        _decode(content)


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_legacy_german(codec: str) -> None:
    assert _decode(GERMAN.replace("–", "-").encode(codec)) == GERMAN.replace("–", "-")


def test_cp1252_typography() -> None:
    assert _decode(GERMAN.encode("cp1252")) == GERMAN


def test_declared_charset_used() -> None:
    text = "Ελληνικά γράμματα στην είδηση."
    assert _decode(text.encode("iso-8859-7"), encoding="iso-8859-7") == text


def test_html_meta_charset() -> None:
    page = f'<html><head><meta charset="windows-1252"></head><body><p>{GERMAN}</p></body></html>'
    assert GERMAN in _decode(page.encode("cp1252"))


def test_bom_and_utf16() -> None:
    assert _decode("\ufeff".encode() + GERMAN.encode()) == GERMAN
    assert _decode(GERMAN.encode("utf-16")) == GERMAN


def test_normalisation() -> None:
    text = _decode("Zu\u00adsam\u200bmen\r\nge\u00a0legt\rund e\u0301".encode())
    assert text == "Zusammen\nge legt\nund é"


def test_undecodable_garbage() -> None:
    with pytest.raises(EncodingError, match="UTF-8"):
        _decode(bytes(range(0x80, 0x100)) * 10)


def test_too_large() -> None:
    with pytest.raises(InputTooLargeError, match="LAGEBILD_MAX_INPUT_MB"):
        extract(RawDocument(GERMAN.encode() * 100), max_bytes=1000)


def test_html_without_text(read: Read) -> None:
    with pytest.raises(NoContentError, match="no article text"):
        read("<!doctype html><html><head><title>Leer</title></head><body><nav>Start</nav></body></html>")


def test_error_messages_are_one_line() -> None:
    for content in (b"", b"\x89PNG" + bytes(10), bytes(range(0x80, 0x100)) * 10):
        with pytest.raises(InputError) as info:
            _decode(content)
        assert "\n" not in str(info.value)
