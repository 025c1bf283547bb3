"""PO/POT file text laid out as GNU gettext 0.21+ writes it, so `msgcat` gives the same bytes back.

A translator's editor or a localisation engineer's `msgcat`/`msgmerge` rewrites a catalog in
gettext's own layout; if ours differed, every such pass would rewrap dozens of lines and bury the
real change in a diff. So this writer follows gettext's `write-po.c` (gettext manual, "The Format
of PO Files"), not polib's `textwrap` layout:

- strings are escaped (`\\\\`, `\\"`, `\\t`, `\\n`, `\\r`, `\\v`, `\\b`, `\\f`, as polib reads them
  back) and cut into lines of at most 79 columns with `l10n.catalog.linebreak` (UAX #14, wide
  characters count two); a string that needs more than one line, or holds a `\\n` before its end,
  starts with `msgid ""` and has one line per `\\n`-ended part;
- `#|` previous fields and obsolete `#~` entries are cut the same way with their prefix counted;
- `#:` references fill lines up to 79 bytes, a reference never split; `#` and `#.` comments are
  written as they are (gettext never wraps them);
- `#,` flags put `fuzzy` first; obsolete entries keep only fuzzy and format flags, as msgcat does;
- in every string of a `python-brace-format` entry, breaks are forbidden where gettext 0.21 takes
  the string for a format directive — at the string's start, not where the directive is
  (`brace_hold`).

`tests/test_catalog_po_render.py` runs the real `msgcat` (and `msgmerge`) on what this writes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from l10n.catalog.linebreak import BREAK_MARK, cut, cut_many, marked_breaks

if TYPE_CHECKING:
    import polib

PAGE_WIDTH = 79  # gettext's default page width (msgcat -w)
FIELD_CACHE_SIZE = 2048  # rendered msgstr fields per process; under a MB
SOURCE_FIELD_CACHE_SIZE = 32768  # rendered msgctxt/msgid fields: every locale's catalog repeats them (~20 MB)
NO_WRAP_FLAG = "no-wrap"
_ESCAPED = re.compile(r'[\\\t\r\n\v\b\f"]')
_ESCAPE_CHARS = '\\\t\r\n\v\b\f"'  # what `_ESCAPED` finds
_ESCAPES = str.maketrans(
    {"\\": "\\\\", "\t": "\\t", "\r": "\\r", "\n": "\\n", "\v": "\\v", "\b": "\\b", "\f": "\\f", '"': '\\"'}
)


def render_po(catalog: polib.POFile) -> str:
    """The file text of `catalog`: header comment and entry, active entries, then obsolete ones.

    >>> import polib
    >>> catalog = polib.POFile()
    >>> catalog.metadata = {"Language": "de"}
    >>> catalog.append(polib.POEntry(msgid="Hello", msgstr="Hallo", occurrences=[("a.txt", "3")]))
    >>> print(render_po(catalog))
    msgid ""
    msgstr "Language: de\\n"
    <BLANKLINE>
    #: a.txt:3
    msgid "Hello"
    msgstr "Hallo"
    <BLANKLINE>
    """
    header = catalog.metadata_as_entry()
    header.tcomment = catalog.header
    body = [render_entry(header)]
    body.extend(render_entry(entry) for entry in catalog if not entry.obsolete)
    body.extend(render_entry(entry) for entry in catalog.obsolete_entries() if entry.msgstr or entry.msgstr_plural)
    return "\n".join(body)


def render_entry(entry: polib.POEntry) -> str:
    """One entry (active or obsolete), ending with a newline."""
    obsolete = entry.obsolete
    flags = list(entry.flags)
    if obsolete:  # msgcat keeps only what matters when the entry comes back
        flags = [f for f in flags if f == "fuzzy" or f.endswith("-format") or f == NO_WRAP_FLAG]
    lines = comment_lines(entry.tcomment, entry.comment, entry.occurrences, flags)
    wrap = NO_WRAP_FLAG not in flags
    brace = "python-brace-format" in flags and brace_parsed(flags)
    previous_prefix, prefix = ("#~| ", "#~ ") if obsolete else ("#| ", "")
    for name, value in (
        ("msgctxt", entry.previous_msgctxt),
        ("msgid", entry.previous_msgid),
        ("msgid_plural", entry.previous_msgid_plural),
    ):
        if value is not None:
            lines.extend(field_lines(name, value, prefix=previous_prefix, wrap=wrap, brace=brace))
    fields: list[tuple[str, str]] = []
    if entry.msgctxt is not None:
        fields.append(("msgctxt", entry.msgctxt))
    fields.append(("msgid", entry.msgid))
    if entry.msgid_plural:
        fields.append(("msgid_plural", entry.msgid_plural))
        fields.extend((f"msgstr[{index}]", entry.msgstr_plural[index]) for index in sorted(entry.msgstr_plural))
    else:
        fields.append(("msgstr", entry.msgstr))
    for name, value in fields:
        lines.extend(field_lines(name, value, prefix=prefix, wrap=wrap, brace=brace))
    lines.append("")
    return "\n".join(lines)


def entry_text(
    *,
    msgctxt: str | None,
    msgid: str,
    msgstr: str,
    tcomment: str,
    comment: str,
    occurrences: Sequence[tuple[str, str]],
    flags: Sequence[str],
) -> str:
    """An active entry without previous or plural fields, from its fields (what `render_entry`
    prints for such a polib entry), for writers that never build one."""
    lines = comment_lines(tcomment, comment, occurrences, flags)
    wrap = NO_WRAP_FLAG not in flags
    brace = "python-brace-format" in flags and brace_parsed(flags)
    if msgctxt is not None:
        lines.extend(field_lines("msgctxt", msgctxt, wrap=wrap, brace=brace))
    lines.extend(field_lines("msgid", msgid, wrap=wrap, brace=brace))
    lines.extend(field_lines("msgstr", msgstr, wrap=wrap, brace=brace))
    lines.append("")
    return "\n".join(lines)


def comment_lines(
    tcomment: str, comment: str, occurrences: Iterable[tuple[str, str]], flags: Sequence[str]
) -> list[str]:
    """`#` translator comments, `#.` extracted comments, `#:` references and the `#,` flags line."""
    lines: list[str] = []
    for text, mark in ((tcomment, "#"), (comment, "#.")):
        if text:
            lines.extend(f"{mark} {line}" if line else mark for line in text.split("\n"))
    if occurrences:
        lines.extend(reference_lines(occurrences))
    if flags:
        ordered = ["fuzzy", *(f for f in flags if f != "fuzzy")] if "fuzzy" in flags else list(flags)
        lines.append("#, " + ", ".join(ordered))
    return lines


def reference_lines(occurrences: Iterable[tuple[str, str]]) -> list[str]:
    """`#:` lines as gettext fills them: references added while the line stays within the page
    width, counted in bytes as gettext counts them; a lone long reference gets its own line.
    (gettext also drops a repeated reference when it reads one; ours are never repeated, and
    polib splits a path with spaces into pieces that may repeat, so they are written as they are.)

    >>> reference_lines([("a.txt", "1"), ("b.txt", "")])
    ['#: a.txt:1 b.txt']
    """
    lines: list[str] = []
    current, column = "#:", 2
    for path, line in occurrences:
        reference = f"{path}:{line}" if line else path
        size = len(reference.encode("utf-8")) + 1
        if column > 2 and column + size > PAGE_WIDTH:
            lines.append(current)
            current, column = "#:", 2
        current += " " + reference
        column += size
    lines.append(current)
    return lines


def field_lines(name: str, text: str, *, prefix: str = "", wrap: bool = True, brace: bool = False) -> list[str]:
    """`name "text"` as gettext prints it, in as many lines as it takes; `brace`: the entry's
    strings are parsed as python-brace-format (`brace_parsed` of its flags, see `brace_hold`).

    One-line texts of common fields go through a cache: a corpus repeats the same msgids
    (credits, boilerplate, the same sentence in the template and in every locale's catalog).
    Source fields get a cache of their own, large enough for a corpus's msgids: `translate`
    writes each article's catalog once per locale, locale after locale, and in one shared
    cache the new msgstrs (each seen once) pushed the msgids out before the next locale came.
    """
    if prefix or not wrap or "\n" in text:
        return _field_lines(name, text, prefix, wrap, brace and "{" in text)
    if name == "msgid" or name == "msgctxt":
        if brace and "{" in text:
            return list(_cached_source_field_lines(name, text, True))
        return list(_cached_source_field_lines(name, text))
    if brace and "{" in text:
        return list(_cached_field_lines(name, text, True))
    return list(_cached_field_lines(name, text))


_FORMATS_BEFORE_BRACE = frozenset(("c-format", "objc-format", "python-format"))
"""The format flags gettext looks at before python-brace-format (its `format_language` order):
it parses a string with the first format its entry has, and only that one."""


def brace_parsed(flags: Sequence[str]) -> bool:
    """Whether gettext parses an entry's strings as python-brace-format when it prints them."""
    return "python-brace-format" in flags and _FORMATS_BEFORE_BRACE.isdisjoint(flags)


def brace_hold(value: str) -> int:
    """The last UTF-8 byte offset of `value` before which gettext 0.21 forbids a line break in a
    python-brace-format string, or 0 for none.

    gettext's printer forbids breaks inside format directives, which the format's parser marks
    (start, end, error) in an array by byte offset. Its python-brace parser (format-python-brace.c,
    through gettext 0.21 and later) counts those offsets from the directive's own `{`, not from the
    string's start: every directive that parses marks a start at offset 0 and an end at its
    length less one. The printer then takes bytes 0 up to the first marked end (or error) for one
    directive and forbids a break before each of bytes 1 to that end — whatever they hold (spaces,
    a U+2028 whose break is mandatory, ideographs); a first mark that is an error forbids
    nothing, and so does a string whose parse marks no start (no directive parses before the
    first that fails). Found by running msgcat 0.21 (`tests/test_po34_msgcat_separators.py`).

    >>> brace_hold("ab cd {x}")  # bytes 1 and 2 ("b", " "): no break before "c"
    2
    >>> brace_hold("{a_1}Link{a_1_end} {b}"), brace_hold("no directive {{ here"), brace_hold("{x} {")
    (2, 0, 0)
    """
    simple = _SIMPLE_DIRECTIVE.findall(value)
    if simple and len(simple) == value.count("{"):  # every `{` opens `{name}` or `{0}`: all parse
        return min(map(len, simple)) - 1
    data = value.encode("utf-8")
    marks = _BraceMarks(data)
    index = data.find(b"{")
    while index != -1:
        after = marks.directive(index, toplevel=True)
        if after < 0:
            break
        index = data.find(b"{", after)
    if not marks.started:
        return 0
    first = min(offset for offset in marks.ends | marks.errors if offset < len(data))
    return 0 if first in marks.errors else first


_SIMPLE_DIRECTIVE = re.compile(r"\{(?:[A-Za-z_][A-Za-z0-9_]*|[0-9]+)\}")
"""A directive without attribute, item or format specifier (ASCII: its length in bytes)."""


class _BraceMarks:
    """gettext 0.21's python-brace parse of a string's bytes, keeping only the marks it leaves:
    offsets relative to each directive's `{` (see `brace_hold`)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.started = False
        self.ends: set[int] = set()
        self.errors: set[int] = set()

    def at(self, index: int) -> int:
        return self.data[index] if index < len(self.data) else 0  # the C string's NUL past the end

    def name(self, index: int, *, numeric: bool) -> int:
        """The offset after an identifier (or a number, when `numeric`) at `index`, or -1."""
        char = self.at(index)
        if _is_name_start(char):
            index += 1
            while _is_name_start(self.at(index)) or _is_digit(self.at(index)):
                index += 1
            return index
        if numeric and _is_digit(char):
            while _is_digit(self.at(index)):
                index += 1
            return index
        return -1

    def fail(self, start: int, index: int) -> int:
        self.errors.add(index - start)
        return -1

    def directive(self, start: int, *, toplevel: bool) -> int:
        """The offset after the directive whose `{` is at `start`, or -1 where it fails."""
        index = start + 1
        if self.at(index) == 0x7B:  # an escaped "{{"
            return index + 1
        after = self.name(index, numeric=True)
        if after < 0:
            return self.fail(start, index)
        index = after
        while True:
            char = self.at(index)
            if char == 0x2E:  # "." and an attribute
                after = self.name(index + 1, numeric=False)
                if after < 0:
                    return self.fail(start, index + 1)
                index = after
            elif char == 0x5B:  # "[", an item, "]"
                after = self.name(index + 1, numeric=True)
                if after < 0:
                    return self.fail(start, index + 1)
                if self.at(after) != 0x5D:
                    return self.fail(start, after + 1)
                index = after + 1
            else:
                break
        if char == 0x3A:  # ":" and a format specifier
            if not toplevel:
                return self.fail(start, index)
            index += 1
            if self.at(index) == 0x7B:
                index = self.directive(index, toplevel=False)
                if index < 0:
                    return -1
            else:
                index = self._standard_spec(index)
            if self.at(index) != 0x7D:
                return self.fail(start, index)
            char = 0x7D
        if char != 0x7D:
            return self.fail(start, index)
        if toplevel:
            self.started = True
            self.ends.add(index - start)
        return index + 1

    def _standard_spec(self, index: int) -> int:
        """The offset after [[fill]align][sign][#][0][width][.precision][type] at `index`."""
        if self.at(index + 1) in _ALIGNS:
            index += 2
        elif self.at(index) in _ALIGNS:
            index += 1
        for optional in _SIGNS, _HASH, _ZERO:
            if self.at(index) in optional:
                index += 1
        while _is_digit(self.at(index)):
            index += 1
        if self.at(index) == 0x2E:
            index += 1
            while _is_digit(self.at(index)):
                index += 1
        if self.at(index) in _TYPES:
            index += 1
        return index


_ALIGNS = frozenset(b"<>=^")
_SIGNS, _HASH, _ZERO = frozenset(b"+- "), frozenset(b"#"), frozenset(b"0")
_TYPES = frozenset(b"bcdoxXneEfFgG%")


def _is_name_start(char: int) -> bool:
    return 0x41 <= char <= 0x5A or 0x61 <= char <= 0x7A or char == 0x5F


def _is_digit(char: int) -> bool:
    return 0x30 <= char <= 0x39


_MANDATORY_BREAKS = ("\u2028", "\u2029", "\x85")
"""What UAX #14 breaks after whatever the width (BK, NL) and gettext leaves unescaped: the line
breaker starts the next column at 0 there, so a cut from the keyword's column is no cut from
column 0 with that much less room (found by fuzzing: "\u2028" and 70 columns after it)."""


def field_texts(fields: Sequence[tuple[str, str]], *, brace: Sequence[bool] = ()) -> list[str]:
    """`"\\n".join(field_lines(name, text))` of every (name, text), the strings that need line
    breaking cut in one call (`linebreak.marked_breaks`): what a printer of a whole catalog's new
    msgstrs asks, where a call per field cost more than the breaking, and a step of Python per
    piece about as much again. `brace`: which fields (by position; none if shorter) belong to
    python-brace-format entries (`field_lines`'s `brace`), printed by `field_lines` where
    `brace_hold` forbids a break."""
    if any(brace):
        fields = list(fields)
        held = {
            n
            for n, (flag, (_, text)) in enumerate(zip(brace, fields, strict=False))
            if flag and "{" in text and brace_hold(text)
        }
        if held:
            rest = field_texts([field for n, field in enumerate(fields) if n not in held])[::-1]
            return [
                "\n".join(field_lines(name, text, brace=True)) if n in held else rest.pop()
                for n, (name, text) in enumerate(fields)
            ]
    texts: list[str | None] = []
    waiting: list[tuple[int, str, str]] = []
    joined = "\0".join(text for _, text in fields)
    plain = not any(char in joined for char in _ESCAPE_CHARS)  # nothing to escape in any (a scan a character)
    room = PAGE_WIDTH - 2
    for name, text in fields:
        escaped = text if plain or _ESCAPED.search(text) is None else _escape(text)
        if not plain and "\n" in text:
            texts.append("\n".join(field_lines(name, text)))
            continue
        left = room - len(name) - 1
        if (
            2 * len(escaped) <= left
            or (len(escaped) if escaped.isascii() else 2 * len(escaped) - len(escaped.encode("ascii", "ignore")))
            <= left
        ):  # fits on the keyword's line even if every non-ASCII character is wide (`_first_line`)
            texts.append(f'{name} "{escaped}"')
        else:
            waiting.append((len(texts), name, escaped))
            texts.append(None)
    if not waiting:
        return texts  # type: ignore[return-value]
    strings = [(escaped, False) for _, _, escaped in waiting]
    marked = marked_breaks(strings, width=room)
    cut_lines: list[str | None]  # each string's lines, or None for one line
    if marked is None:  # (no libunistring, a line feed or a mark in a string: cut one by one)
        cut_lines = ['"\n"'.join(pieces) if len(pieces) > 1 else None for pieces in cut_many(strings, width=room)]
    else:
        cut_lines = [text.replace(BREAK_MARK, '"\n"') if BREAK_MARK in text else None for text in marked]
    one_line: dict[int, list[tuple[int, str, str]]] = {}  # one line from column 0, by the keyword line's room
    for (index, name, escaped), lines in zip(waiting, cut_lines, strict=True):
        if lines is not None:  # more than one line from column 0: from the keyword's column too
            texts[index] = f'{name} ""\n"{lines}"'
        elif any(char in escaped for char in _MANDATORY_BREAKS):  # the column restarts there: not less room
            texts[index] = "\n".join(field_lines(name, fields[index][1]))
        else:
            one_line.setdefault(room - len(name) - 1, []).append((index, name, escaped))
    for left, alone in one_line.items():
        # Cut from the keyword's column (`_first_line`), asked as a cut from column 0 with that
        # much less room: the breaker compares the start column plus the widths so far to the
        # width, so both find the same first break, or none (the keyword line's only question).
        keyword_line = marked_breaks([(escaped, False) for _, _, escaped in alone], width=left)
        for number, (index, name, escaped) in enumerate(alone):
            if keyword_line is None:
                texts[index] = "\n".join(field_lines(name, fields[index][1]))
            elif BREAK_MARK in keyword_line[number]:
                texts[index] = f'{name} ""\n"{escaped}"'
            else:
                texts[index] = f'{name} "{escaped}"'
    return texts  # type: ignore[return-value]


def _field_lines(name: str, text: str, prefix: str, wrap: bool, brace: bool = False) -> list[str]:
    after_break = len(prefix) + 1  # a continuation line: the prefix and the opening quote
    width = (PAGE_WIDTH if wrap else 1 << 30) - 1 - after_break  # room for the closing quote
    parts = _parts(text)
    # (parsed only where a line may be cut: two columns a character bound an escaped one)
    hold = brace_hold(text) if brace and (len(parts) > 1 or len(name) + 1 + 2 * len(text) > width) else 0
    spans = _held_spans(parts, hold) if hold and (len(parts) > 1 or _ESCAPED.search(text)) else None
    lines: list[str] = []
    first = True
    for number, part in enumerate(parts):
        escaped = _escape(part) if _ESCAPED.search(part) else part
        ends_line = part.endswith("\n")
        prohibit = (spans[number] if spans else (1, hold + 1)) if hold else None  # (one part, nothing escaped)
        pieces: list[str] | None = None
        if first:
            start = len(prefix) + len(name) + 2 - after_break
            keyword_line, pieces = _first_line(
                escaped, width, start, ends_line, prohibit, alone=number == len(parts) - 1
            )
            if not keyword_line:
                lines.append(f'{prefix}{name} ""')
                first = False
        if pieces is None:  # a continuation line: from column 0
            pieces = _cut(escaped, width, 0, ends_line, prohibit)
        head = f"{prefix}{name} " if first else prefix
        lines.append(f'{head}"{pieces[0]}"')
        lines.extend(f'{prefix}"{piece}"' for piece in pieces[1:])
        first = False
    return lines


def _held_spans(parts: list[str], hold: int) -> list[tuple[int, int] | None]:
    """Each part's span of its escaped text (UTF-8 byte offsets) where `brace_hold` forbids
    breaks — before each of the whole string's bytes 1 to `hold` — or None: an escape's
    backslash takes its character's place."""
    spans: list[tuple[int, int] | None] = []
    offset = 0  # the part's first byte in the string
    for part in parts:
        data = part.encode("utf-8")
        low, high = max(1, offset) - offset, min(hold, offset + len(data) - 1) - offset
        if low > high:
            spans.append(None)
        else:
            before_low = sum(data.count(char, 0, low) for char in _ESCAPE_BYTES)
            before_high = sum(data.count(char, 0, high) for char in _ESCAPE_BYTES)
            spans.append((low + before_low, high + before_high + 1))
        offset += len(data)
    return spans


_ESCAPE_BYTES = tuple(char.encode("ascii") for char in _ESCAPE_CHARS)


def _escape(text: str) -> str:
    """`text.translate(_ESCAPES)`, a `str.replace` per character present: a translation table
    looks every character up in a dict, several times the cost for a news sentence."""
    for char, escape in _ESCAPE_ORDER:
        if char in text:
            text = text.replace(char, escape)
    return text


_ESCAPE_ORDER = sorted(((chr(char), escape) for char, escape in _ESCAPES.items()), key=lambda pair: pair[0] != "\\")
"""The escapes, the backslash first (the others put one in)."""


def _parts(text: str) -> list[str]:
    """`text` split after each `\\n` (only `\\n`: gettext's rule), never an empty list."""
    if "\n" not in text:
        return [text]
    parts = text.split("\n")
    last = parts.pop()
    return [part + "\n" for part in parts] + ([last] if last else [])


def _first_line(
    escaped: str, width: int, start: int, ends_line: bool, prohibit: tuple[int, int] | None, *, alone: bool
) -> tuple[bool, list[str] | None]:
    """Whether a string's first part is printed on its keyword's line (from column `start`),
    and its pieces when they are known: gettext opens it with `name ""` instead when more
    parts follow or it needs more than one line from `start`.

    A string that needs more than one line when it starts a continuation line (column 0)
    needs more from any later column too: the breaker breaks only where a line would pass the
    width, and every column is then further right. So its cut from column 0 — which the
    continuation lines use — is asked first, and the cut from `start` only when that one is a
    single piece: one call of the line breaker where gettext's order of questions took two.
    """
    if not alone or start > width:
        return False, None
    if start + _columns_at_most(escaped) <= width:
        return True, [escaped]
    continued = _cut(escaped, width, 0, ends_line, prohibit)
    if len(continued) > 1:
        return False, continued
    if prohibit is None:
        keyword_line = cut(escaped, width=width, start_column=start, keep_last_escape=ends_line)
    else:
        keyword_line = cut(escaped, width=width, start_column=start, keep_last_escape=ends_line, prohibit=prohibit)
    alone_on_keyword_line = len(keyword_line) == 1
    return alone_on_keyword_line, continued  # one piece either way: the whole string


def _columns_at_most(escaped: str) -> int:
    """An upper bound of the columns `escaped` fills: one an ASCII character, at most two any
    other (libunistring's `uc_width` is never more than 2; control characters count 0)."""
    if escaped.isascii():
        return len(escaped)
    return 2 * len(escaped) - len(escaped.encode("ascii", "ignore"))


def _cut(escaped: str, width: int, start: int, ends_line: bool, prohibit: tuple[int, int] | None = None) -> list[str]:
    if start + _columns_at_most(escaped) <= width:
        return [escaped]  # fits even if every non-ASCII character is wide: no line breaking needed
    if prohibit is None:
        return cut(escaped, width=width, start_column=start, keep_last_escape=ends_line)
    return cut(escaped, width=width, start_column=start, keep_last_escape=ends_line, prohibit=prohibit)


@functools.lru_cache(maxsize=FIELD_CACHE_SIZE)
def _cached_field_lines(name: str, text: str, brace: bool = False) -> tuple[str, ...]:
    return tuple(_field_lines(name, text, "", True, brace))


@functools.lru_cache(maxsize=SOURCE_FIELD_CACHE_SIZE)
def _cached_source_field_lines(name: str, text: str, brace: bool = False) -> tuple[str, ...]:
    return tuple(_field_lines(name, text, "", True, brace))
