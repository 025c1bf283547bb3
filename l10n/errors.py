"""Typed errors that carry where the problem is (file, line, unit), printed as one line by the CLI."""

from __future__ import annotations

import os

from l10n.terminal import printable_path


class L10nError(Exception):
    """Base of every error the CLI reports without a traceback.

    `str()` gives `path:line: message` (or `path: unit u1234: message`), the form compilers and
    msgfmt use, so editors can jump to the place. `path` is the file as printed
    (`terminal.printable_path`: escaped, under the root as the user named it, which depends on
    the process); `file` is the path as given (None for a name that is not a path), for a caller
    that must know which file it is (`cli.refusals.damaged_domain`). Both are attributes, so a
    worker's error pickled to the parent keeps them.
    """

    def __init__(self, message: str, *, path: object = None, line: int | None = None, unit: str | None = None) -> None:
        message = " ".join(message.split("\n"))  # one line, always: the CLI prints it as such
        super().__init__(message)
        self.message = message
        self.path = printable_path(path) if path is not None else None
        self.file = os.fsdecode(path) if isinstance(path, (str, bytes, os.PathLike)) else None
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


class ArticleMissing(ProjectError):
    """A domain's template is in `locales/` but its article is gone (deleted or moved): one
    article's state, which `assemble` and `publish` skip with a warning rather than stop the batch."""
