"""PO bytes to text lines, as polib's universal-newline read of a UTF-8 file gives them.

Why apart from `po_read`: how bytes become lines (decoded a piece at a time, CR LF and a lone CR
read as a line feed) is one rule for the whole text in hand (`lines`) and for a file read block
by block (`lines_of_blocks`, `po_stream.StreamedFile`); the reader only walks the lines. Bytes
that are not UTF-8 raise `UnicodeDecodeError`, which the reader leaves to polib (`po_read.Unusual`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

LINES_CHUNK = 1 << 20
"""Bytes of PO text decoded and split at a time (`lines`)."""


def lines(data: bytes) -> Iterator[str]:
    """The lines of UTF-8 `data` as `data.decode().split("\\n")` gives them, decoded and split
    about `LINES_CHUNK` bytes at a time, each piece cut just after a line feed (a byte no other
    UTF-8 sequence contains, so no character is cut, and a CR LF stays whole). Besides `data`
    only one piece is held: a reader that keeps no entry (`status`) held the whole text and a
    list of all its lines as well, ~5× the file (1.3 GB at 1,000,000 entries; bench/sizes.py).

    >>> list(lines(b"a\\r\\nb\\rc\\n"))
    ['a', 'b', 'c', '']
    """
    start, size = 0, len(data)
    while True:
        end = data.find(b"\n", start + LINES_CHUNK)
        last = end < 0
        end = size if last else end + 1
        found = _decoded(data[start:end]).split("\n")
        if last:
            yield from found
            return
        found.pop()  # the empty text after the piece's last line feed: the next piece goes on
        yield from found
        start = end


def lines_of_blocks(blocks: Iterable[bytes]) -> Iterator[str]:
    """`lines` of the bytes `blocks` make together, each block cut just after its last line
    feed (the rest goes on with the next): only a block and a line's remainder are held."""
    held: list[bytes] = []  # a line's start, kept in pieces (a line longer than a block: not copied again per block)
    for block in blocks:
        cut = block.rfind(b"\n") + 1
        if not cut:
            held.append(block)
            continue
        held.append(block[:cut])
        found = _decoded(b"".join(held)).split("\n")
        found.pop()  # the empty text after the last line feed: the next block goes on
        yield from found
        held = [block[cut:]]
    yield from _decoded(b"".join(held)).split("\n")


def _decoded(piece: bytes) -> str:
    """UTF-8 `piece` (whole lines) as text, line ends as polib's universal-newline read gives
    them; `UnicodeDecodeError` for bytes that are not UTF-8."""
    text = piece.decode("utf-8")
    if "\r" in text:  # polib reads in universal-newline mode
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text
