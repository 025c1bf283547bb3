"""Typed errors that carry where the problem is (file, line, unit), printed as one line by the CLI."""

from __future__ import annotations

import re

_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060-\u2069\ufeff]")


class L10nError(Exception):
    """Base of every error the CLI reports without a traceback.

    `str()` gives `path:line: message` (or `path: unit u1234: message`), the form compilers and
    msgfmt use, so editors can jump to the place.
    """

    def __init__(self, message: str, *, path: object = None, line: int | None = None, unit: str | None = None) -> None:
        message = " ".join(message.split("\n"))  # one line, always: the CLI prints it as such
        super().__init__(message)
        self.message = message
        self.path = printable_path(path) if path is not None else None
        self.line = line
        self.unit = unit

    def __str__(self) -> str:
        where = self.path or ""
        if self.line is not None:
            where = f"{where}:{self.line}"
        if self.unit:
            where = f"{where}: unit {self.unit}" if where else f"unit {self.unit}"
        return f"{where}: {self.message}" if where else self.message


class IngestError(L10nError):
    """The article cannot be parsed (bad encoding, broken markup, empty file)."""


class SegmentError(L10nError):
    """Sentence segmentation or placeable detection failed on a block."""


class CatalogError(L10nError):
    """A POT/PO/XLIFF/TMX file is unreadable, inconsistent or cannot be written."""


class LocaleError(L10nError):
    """A locale code is not valid BCP 47 / CLDR, or not safe as a path part."""


class EngineUnavailable(L10nError):
    """An MT engine or model is missing; the message names the command that installs it."""


class EngineError(L10nError):
    """An MT engine failed while translating."""


class QAError(L10nError):
    """QA could not run (not: QA found problems; those are a report)."""


class StorageError(L10nError):
    """A file cannot be written: disk full, quota or file-size limit, read-only filesystem."""


class ProjectError(L10nError):
    """The project root, its configuration or a domain is missing or invalid."""


def printable_path(path: object) -> str:
    r"""`path` as text with control, bidi and zero-width characters shown as escapes, so a
    hostile file name can neither break the one-line message nor reorder it on screen.

    >>> printable_path("seeds/a\nmsgid \"x\"/b\u202e.txt")
    'seeds/a\\nmsgid "x"/b\\u202e.txt'
    """
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), str(path))
