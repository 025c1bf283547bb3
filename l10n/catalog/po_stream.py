"""A catalog read a block at a time for a pass that keeps no entry (`pofile.read_entries`: `status`).

Why: the streamed reader (`po_read.stream_into`) holds one entry at a time, but it was handed
the file's bytes whole — 356 MB of a 1,000,000-entry catalog's peak of ~360 (bench/sizes.py).
Read in blocks, the text is never held: only a block and the line it cuts.

The bytes whole were kept for one reason: where the fast reader stops on something it leaves
to polib (`po_read.Unusual`), polib parses *the same bytes* and goes on after the entries
already handed over. So the blocks are hashed as they are read (BLAKE2b), and polib gets the
file read again only when it begins with exactly the bytes streamed; a file replaced or edited
in that part meanwhile is refused as changed while read (one line, no count from two versions).
The size limit (`limits.MAX_CATALOG_BYTES`) is held on the bytes read, not only the stat.
"""

from __future__ import annotations

import hashlib
from collections.abc import Generator
from pathlib import Path

from l10n.errors import CatalogError
from l10n.limits import MAX_CATALOG_BYTES, describe

BLOCK = 1 << 20
"""Bytes read at a time (`po_lines.LINES_CHUNK`'s size: the same decode-and-split work per piece)."""


class StreamedFile:
    """`path`'s bytes in blocks (`blocks`, once), hashed as they are read; `again` gives the
    whole file for polib, checked to begin with what was streamed."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._digest = hashlib.blake2b(digest_size=16)
        self._read = 0

    def blocks(self) -> Generator[bytes]:
        """The file's bytes, `BLOCK` at a time; `CatalogError` past the size limit."""
        with open(self.path, "rb") as handle:
            while block := handle.read(BLOCK):
                self._read += len(block)
                if self._read > MAX_CATALOG_BYTES:
                    raise too_large(self.path)
                self._digest.update(block)
                yield block

    def again(self) -> bytes:
        """The whole file read again, for polib, when it begins with the bytes `blocks` gave."""
        data = self.path.read_bytes()
        if len(data) > MAX_CATALOG_BYTES:
            raise too_large(self.path)
        if hashlib.blake2b(data[: self._read], digest_size=16).digest() != self._digest.digest():
            raise CatalogError("changed while it was read; run the command again", path=self.path)
        return data


def too_large(path: Path) -> CatalogError:
    return CatalogError(f"catalog is larger than the {describe(MAX_CATALOG_BYTES)} limit (l10n.limits)", path=path)
