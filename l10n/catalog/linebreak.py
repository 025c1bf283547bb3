"""Where GNU gettext cuts a PO string into lines: UAX #14 line breaking by column width.

gettext's PO writer (the one behind msgcat, msgmerge, msginit and xgettext) cuts an *escaped*
string where Unicode line breaking (UAX #14) allows a break and the line would otherwise pass the
page width, counting East Asian wide characters as two columns; it asks libunistring's
`u8_width_linebreaks` which breaks to take. We ask the same function of the same library (the
system's libunistring, which Debian's gettext links), so a catalog we write comes back from
`msgcat` byte for byte — Chinese and Japanese msgstrs included, which a space-only wrapper would
leave as one long line. Inside an escape sequence (`\\"`, `\\n`) no break is allowed, nor before
the `\\n` that ends a string, as gettext arranges with the same override array; nor in a span the
caller names (`prohibit`: where gettext takes the string for a format directive, see
`po_render.brace_hold`), where even a mandatory break (U+2028) is overridden.

Without libunistring (not a Debian/Ubuntu/Fedora machine, where gettext itself would bring it)
a fallback breaks after spaces and around wide characters only: the file is still valid and
reads back the same, but gettext may re-cut some lines.
"""

from __future__ import annotations

import functools
import threading
import unicodedata
from collections.abc import Sequence
from itertools import accumulate, count
from operator import add

UC_BREAK_PROHIBITED = 1  # libunistring's enum values (unilbrk.h)
UC_BREAK_POSSIBLE = 2
_BACKSLASH = 0x5C
_NO_BREAK_BEFORE = frozenset("，。、：；！？）」』】〉》”’・ー…,.;:!?)]}")
_NO_BREAK_AFTER = frozenset("（「『【〈《“‘([{")


@functools.cache
def _u8_width_linebreaks():  # a ctypes function, or None
    import ctypes
    import ctypes.util

    def names():  # the search (`ldconfig -p` in a child process) only when neither soname loads
        yield from ("libunistring.so.5", "libunistring.so.2")
        yield ctypes.util.find_library("unistring")

    for name in names():
        if not name:
            continue
        try:
            function = ctypes.CDLL(name).u8_width_linebreaks
        except (OSError, AttributeError):
            continue
        function.restype = ctypes.c_int
        function.argtypes = [
            ctypes.c_char_p,
            ctypes.c_size_t,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.c_int,
            ctypes.c_char_p,
            ctypes.c_char_p,
            ctypes.c_char_p,
        ]
        return function
    return None


def exact() -> bool:
    """True when breaks come from libunistring, i.e. exactly where gettext puts them."""
    return _u8_width_linebreaks() is not None


def cut(
    escaped: str,
    *,
    width: int,
    start_column: int,
    keep_last_escape: bool = False,
    prohibit: tuple[int, int] | None = None,
) -> list[str]:
    """`escaped` cut into the pieces gettext prints on separate lines (one piece if none).

    `width` is the columns a line may fill, `start_column` where the first piece starts
    (gettext's `startcol`, relative to the continuation lines); `keep_last_escape` forbids a
    break before the final two characters (a string's trailing `\\n`); `prohibit` (start, stop),
    UTF-8 byte offsets of `escaped`, is a span where gettext overrides every break to
    "prohibited" (a format directive's inside), mandatory ones included: the column does not
    restart after a U+2028 there (the fallback without libunistring ignores it).

    >>> cut("one two three", width=8, start_column=0)
    ['one two ', 'three']
    >>> cut("在宝山区北部一座拥有", width=8, start_column=0)
    ['在宝山区', '北部一座', '拥有']
    """
    data = escaped.encode("utf-8")
    function = _u8_width_linebreaks()
    if function is None:
        return _cut_fallback(escaped, width=width, start_column=start_column, keep_last_escape=keep_last_escape)
    overrides = bytearray(len(data))  # UC_BREAK_UNDEFINED everywhere but inside escapes
    index = data.find(_BACKSLASH)
    while index != -1:  # every backslash of escaped text opens a two-character escape
        overrides[index + 1] = UC_BREAK_PROHIBITED
        index = data.find(_BACKSLASH, index + 2)
    if keep_last_escape and len(data) >= 2:
        overrides[len(data) - 2] = UC_BREAK_PROHIBITED
    if prohibit is not None:
        start, stop = prohibit
        overrides[start:stop] = _PROHIBITED * (stop - start)
    out = _breaks_buffer(len(data))
    function(data, len(data), width, start_column, 0, bytes(overrides), b"UTF-8", out)
    breaks = ctypes_string_at(out, len(data))
    pieces, start = [], 0
    position = breaks.find(UC_BREAK_POSSIBLE)  # a C scan: a Python loop over every byte cost more than the call
    while position != -1:
        pieces.append(data[start:position].decode("utf-8"))
        start = position
        position = breaks.find(UC_BREAK_POSSIBLE, position + 1)
    pieces.append(data[start:].decode("utf-8"))
    return pieces


def cut_many(texts: Sequence[tuple[str, bool]], *, width: int) -> list[list[str]]:
    """`cut(escaped, width=width, start_column=0, keep_last_escape=keep)` of every
    (escaped, keep) in `texts`, with one call of the line breaker for all of them
    (`marked_breaks`, each text's pieces split at its marks).

    >>> cut_many([("one two three", False), ("在宝山区北部一座拥有", False)], width=8)
    [['one two ', 'three'], ['在宝山区', '北部一座', '拥有']]
    """
    marked = marked_breaks(texts, width=width)
    if marked is None:
        return [cut(text, width=width, start_column=0, keep_last_escape=keep) for text, keep in texts]
    return [text.split(BREAK_MARK) for text in marked]


BREAK_MARK = "\0"
"""What `marked_breaks` puts where a line is cut: a character no text it marks holds."""


def marked_breaks(texts: Sequence[tuple[str, bool]], *, width: int) -> list[str] | None:
    """Every (escaped, keep) of `texts` with `BREAK_MARK` where `cut(escaped, width=width,
    start_column=0, keep_last_escape=keep)` cuts it, all with one call of the line breaker; None
    when that is not how they are cut (no libunistring, a text holding a line feed or the mark).

    A printer of a whole catalog cuts dozens of strings, and a call cost several times the
    breaking itself; so did a step of Python per piece. The texts are joined by line feeds: a
    line feed is a mandatory break (UAX #14 LB5), after which libunistring starts the next text
    at column 0 in the state of the start of a text, so each text gets the breaks it gets alone
    (`tests/test_opencc_fast.py` compares both on real and random strings). The marks go in
    where the breaks are, joined into the UTF-8 bytes in one pass (a break is at a character's
    first byte), and the whole decoded and split at the line feeds once.

    >>> marked_breaks([("one two three", False), ("短", False)], width=8)
    ['one two \\x00three', '短']
    """
    function = _u8_width_linebreaks()
    joined = "\n".join(text for text, _ in texts)
    if function is None or BREAK_MARK in joined or joined.count("\n") != len(texts) - 1:
        return None
    data = joined.encode("utf-8")
    overrides = bytearray(len(data))
    index = data.find(_BACKSLASH)
    while index != -1:  # escapes pair up within each text, and a line feed is not a backslash
        overrides[index + 1] = UC_BREAK_PROHIBITED
        index = data.find(_BACKSLASH, index + 2)
    if any(keep for _, keep in texts):
        ascii_only = len(data) == len(joined)  # then byte offsets are character offsets
        end = -1
        for text, keep in texts:
            start, end = end + 1, end + 1 + (len(text) if ascii_only else len(text.encode("utf-8")))
            if keep and end - start >= 2:
                overrides[end - 2] = UC_BREAK_PROHIBITED
    out = _breaks_buffer(len(data))
    function(data, len(data), width, 0, 0, bytes(overrides), b"UTF-8", out)
    breaks = ctypes_string_at(out, len(data))
    if _POSSIBLE not in breaks:  # most catalogs' fields: not one cut
        return joined.split("\n")
    pieces = breaks.split(_POSSIBLE)  # the breaks' offsets, from the lengths between them
    cuts = [0, *map(add, accumulate(map(len, pieces[:-1])), count(0))]
    marked = b"\0".join([data[a:b] for a, b in zip(cuts, [*cuts[1:], len(data)], strict=True)])
    return marked.decode("utf-8").split("\n")


_POSSIBLE = bytes([UC_BREAK_POSSIBLE])
_PROHIBITED = bytes([UC_BREAK_PROHIBITED])


def _breaks_buffer(size: int):  # the thread's ctypes buffer for break kinds, grown as needed
    buffer = getattr(_BREAKS, "buffer", None)
    if buffer is None or len(buffer) < size:
        import ctypes

        buffer = _BREAKS.buffer = ctypes.create_string_buffer(max(size, 4096))
    return buffer


def ctypes_string_at(buffer, size: int) -> bytes:  # noqa: ANN001 - a ctypes char array
    """The first `size` bytes of a ctypes buffer (one copy; a new array per call cost more than
    the line breaking itself)."""
    return memoryview(buffer)[:size].tobytes()


_BREAKS = threading.local()


def columns(char: str) -> int:
    """Columns a character fills in a terminal: 2 for East Asian wide/fullwidth, else 1."""
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _cut_fallback(escaped: str, *, width: int, start_column: int, keep_last_escape: bool) -> list[str]:
    """Greedy lines breaking after spaces and around wide characters (see the module docstring)."""
    allowed = [False] * (len(escaped) + 1)
    for i in range(1, len(escaped)):
        before, char = escaped[i - 1], escaped[i]
        if before == "\\" and (i < 2 or escaped[i - 2] != "\\"):
            continue
        if char in _NO_BREAK_BEFORE or before in _NO_BREAK_AFTER or char == " ":
            continue
        allowed[i] = before == " " or columns(before) == 2 or columns(char) == 2
    if keep_last_escape and len(escaped) >= 2:
        allowed[len(escaped) - 2] = False
    pieces, start, column, last_allowed = [], 0, start_column, None
    for i, char in enumerate(escaped):
        if allowed[i] and i > start:
            last_allowed = i
        column += columns(char) if char != " " else 1
        if column > width and last_allowed is not None and char != " ":
            pieces.append(escaped[start:last_allowed])
            start, last_allowed = last_allowed, None
            column = sum(columns(c) for c in escaped[start : i + 1])
    pieces.append(escaped[start:])
    return pieces
