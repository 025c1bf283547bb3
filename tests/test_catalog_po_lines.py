"""PO bytes to lines (`l10n.catalog.po_lines`): whatever the piece or block size, the lines of the
whole text split at once, line ends read as polib reads them; bytes that are not UTF-8 leave the
catalog to polib (`po_read.Unusual`)."""

from __future__ import annotations

import random

import polib
import pytest

from l10n.catalog import po_lines, po_read

NOT_UTF8 = b'msgid "a"\nmsgstr "b"\n' * 10 + b'msgid "Latin-1 \xe9"\nmsgstr ""\n'


def _samples(seed: int, alphabet: list[str], extra: list[bytes]) -> list[bytes]:
    rng = random.Random(seed)
    return extra + [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 300))).encode("utf-8") for _ in range(300)
    ]


def _whole_lines(data: bytes) -> list[str]:
    return data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n").split("\n")


@pytest.mark.parametrize("chunk", [1, 5, 64, 4096])
def test_lines_read_a_piece_at_a_time_are_the_whole_texts_lines(monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    """`lines` cuts the bytes into pieces after a line feed; whatever the piece size, the lines
    (and so every line number) are those of the whole text split at once, CR LF and lone CR
    read as polib reads them, multi-byte characters never cut."""
    monkeypatch.setattr(po_lines, "LINES_CHUNK", chunk)
    alphabet = ["a", "é", "宝山", "😀", "\n", "\r\n", "\r", " ", '"', "\n\n"]
    for data in _samples(chunk, alphabet, [b"", b"\n", b"\r\n", b"x", b"\xef\xbb\xbfmsgid"]):
        assert list(po_lines.lines(data)) == _whole_lines(data), data
    with pytest.raises(UnicodeDecodeError):
        list(po_lines.lines(b"ok\n" * 10 + b"\xff\n"))


@pytest.mark.parametrize("size", [1, 3, 64, 4096])
def test_the_lines_of_blocks_are_the_whole_texts_lines(size: int) -> None:
    """Blocks cut anywhere — inside a character, between CR and LF, mid-line — give the lines of
    the whole text split at once, line ends read as polib reads them."""
    alphabet = ["a", "é", "宝山", "😀", "\n", "\r\n", "\r", " ", '"', "\n\n", "x" * 50]
    for data in _samples(size, alphabet, [b"", b"\n", b"\r\n", b"\r", b"x", b"\xef\xbb\xbfmsgid"]):
        blocks = [data[start : start + size] for start in range(0, len(data), size)]
        assert list(po_lines.lines_of_blocks(blocks)) == _whole_lines(data) == list(po_lines.lines(data)), data
    with pytest.raises(UnicodeDecodeError):
        list(po_lines.lines_of_blocks([b"ok\n" * 10, b"\xff\n"]))


@pytest.mark.parametrize("chunk", [16, 4096])
def test_bytes_that_are_not_utf8_leave_the_catalog_to_polib(monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    """Whole or streamed, the fast reader declines (`Unusual`), whatever piece the bad byte is in."""
    monkeypatch.setattr(po_lines, "LINES_CHUNK", chunk)
    with pytest.raises(po_read.Unusual, match="not UTF-8"):
        po_read.parse_into(polib.POFile(encoding="utf-8"), NOT_UTF8)
    with pytest.raises(po_read.Unusual, match="not UTF-8"):
        po_read.stream_into(polib.POFile(encoding="utf-8"), [NOT_UTF8[:50], NOT_UTF8[50:]])
