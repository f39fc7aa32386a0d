"""Exceptions raised by lagebild. Every message says what went wrong and how to fix it.

::

    LagebildError
    ├── InputError                 the user's input cannot be analysed
    │   ├── EmptyInputError        nothing (or only whitespace) to read
    │   ├── BinaryInputError       bytes that are not text (image, PDF, archive ...)
    │   ├── EncodingError          text whose encoding cannot be determined
    │   ├── InputTooLargeError     larger than Config.max_input_bytes
    │   ├── NotAFileError          a directory or special file where a file was expected
    │   ├── NoContentError         readable, but no article text was found in it
    │   ├── MetadataError          a metadata sidecar (article.meta.json) that is not valid
    │   └── LanguageError          not German (override with --lang)
    ├── QueryError                 a search query that cannot be parsed (also a ValueError)
    ├── StoreError                 the collection cannot be opened or written
    ├── PipelineError              stages in an order that cannot work
    └── ConfigError                a bad setting
"""

from __future__ import annotations

__all__ = [
    "BinaryInputError",
    "ConfigError",
    "EmptyInputError",
    "EncodingError",
    "InputError",
    "InputTooLargeError",
    "LagebildError",
    "LanguageError",
    "MetadataError",
    "NoContentError",
    "NotAFileError",
    "PipelineError",
    "QueryError",
    "StoreError",
]


class LagebildError(Exception):
    """Base of every error lagebild raises on purpose."""


class InputError(LagebildError):
    """The input cannot be analysed. ``reason`` is a short machine-readable code."""

    reason = "bad_input"


class EmptyInputError(InputError):
    reason = "empty"


class BinaryInputError(InputError):
    reason = "binary"


class EncodingError(InputError):
    reason = "encoding"


class InputTooLargeError(InputError):
    reason = "too_large"


class NotAFileError(InputError):
    reason = "not_a_file"


class NoContentError(InputError):
    reason = "no_content"


class MetadataError(InputError):
    reason = "bad_meta"


class LanguageError(InputError):
    reason = "language"


class PipelineError(LagebildError):
    """Stages were put together in an order that cannot work."""


class ConfigError(LagebildError):
    """A setting has a value lagebild cannot use."""


class QueryError(LagebildError, ValueError):
    """A search query that cannot be parsed; the message says how to write it."""


class StoreError(LagebildError):
    """The collection cannot be opened or written; the message says what to do."""
