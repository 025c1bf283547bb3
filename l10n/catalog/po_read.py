"""PO/POT text to polib entries in one tight pass: the entries polib 1.2's parser gives, for less.

Why: every stage reads catalogs, and polib's state machine pays a method dispatch, a `getattr`
and a regex callback per line (a cold `translate` of 1,000 articles × 10 locales read ~24,000
catalogs through it). This reader walks the same lines with the same rules — the gettext
manual's PO syntax as polib 1.2 reads it, quirks included (the first entry's `linenum` is 0,
`obsolete` is 0/1, a trailing comment drops the last entry, `#~|` lines are skipped) — and
builds the same `polib.POEntry` objects without calling their constructor.

It is a fast path, not a second parser of record: anything it does not take exactly as polib
does — a transition polib refuses, an unknown line, a bad escape index, undecodable bytes, more
than one `msgid ""` entry — raises `Unusual`, and the caller parses the file with polib itself,
which then gives polib's own result or error. Entries are handed to the catalog's `append`
only once the whole text parsed, so a fallback never follows half a catalog.
`tests/test_catalog_po_read.py` compares both parsers entry by entry, attribute by attribute.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from l10n.catalog import po_lines

if TYPE_CHECKING:
    import polib

_BOM = "\ufeff"
_KEYWORDS = {"msgctxt": "ct", "msgid": "mi", "msgstr": "ms", "msgid_plural": "mp"}
_PREVIOUS = {"msgid_plural": "pp", "msgid": "pm", "msgctxt": "pc"}
_UNESCAPED_QUOTE = re.compile(r'([^\\]|^)"')
_ESCAPE = re.compile(r'\\(\\|n|t|r|v|b|f|")')
_UNESCAPES = {"n": "\n", "t": "\t", "r": "\r", "v": "\v", "b": "\b", "f": "\f", "\\": "\\", '"': '"'}
_ALL = ("st", "he", "gc", "oc", "fl", "ct", "pc", "pm", "pp", "tc", "ms", "mp", "mx", "mi")
_FROM: dict[str, tuple[str, ...]] = {  # symbol → the states polib accepts it in (its `add` table)
    "tc": ("st", "he", "gc", "oc", "fl", "tc", "pc", "pm", "pp", "ms", "mp", "mx", "mi"),
    "gc": _ALL,
    "oc": _ALL,
    "fl": _ALL,
    "pc": _ALL,
    "pm": _ALL,
    "pp": _ALL,
    "ct": ("st", "he", "gc", "oc", "fl", "tc", "pc", "pm", "pp", "ms", "mx"),
    "mi": ("st", "he", "gc", "oc", "fl", "ct", "tc", "pc", "pm", "pp", "ms", "mx"),
    "mp": ("tc", "gc", "pc", "pm", "pp", "mi"),
    "ms": ("mi", "mp", "tc"),
    "mx": ("mi", "mx", "mp", "tc"),
    "mc": ("ct", "mi", "mp", "ms", "mx", "pm", "pp", "pc"),
}
_ALLOWED = frozenset((symbol, state) for symbol, states in _FROM.items() for state in states)
_CONTINUED = {  # state → the field a continuation line extends
    "ct": "msgctxt",
    "mi": "msgid",
    "mp": "msgid_plural",
    "ms": "msgstr",
    "pp": "previous_msgid_plural",
    "pm": "previous_msgid",
    "pc": "previous_msgctxt",
}


class Unusual(Exception):
    """The text holds something this reader leaves to polib (see the module docstring)."""


class Unterminated(Exception):
    """A string that does not close on its line (`msgstr "text` and no closing quote, the last
    line of a truncated catalog): msgfmt's "end-of-line within string", a fatal error. polib
    reads such a line as if it were closed, so a truncated or hand-broken PO was taken, and
    rewritten, without a word; the caller reports `line` (`pofile`)."""

    def __init__(self, line: int) -> None:
        super().__init__(f"line {line}")
        self.line = line


def _closed(text: str, number: int) -> None:
    """`Unterminated` unless `text` (a string token: `"…"`) ends in a quote no backslash escapes."""
    if len(text) < 2 or text[-1] != '"':
        raise Unterminated(number)
    if text[-2] == "\\" and (len(text) - 1 - len(text[:-1].rstrip("\\"))) % 2:
        raise Unterminated(number)


def unescape(text: str) -> str:
    """polib's `unescape`: the seven C escapes and `\\"`; any other backslash stays.

    >>> unescape(r'a\\"b\\n\\q')
    'a"b\\n\\\\q'
    """
    if "\\" not in text:
        return text
    return _ESCAPE.sub(lambda match: _UNESCAPES[match.group(1)], text)


def parse_into(instance: polib.POFile, data: bytes) -> polib.POFile:
    """Append the entries of PO `data` to `instance` (a fresh `POFile` subclass) and set its
    header comment and metadata as `polib.pofile` does; `Unusual` when polib must decide."""
    entries: list[polib.POEntry] = []
    header = _parsed(data, entries.append)
    if sum(1 for entry in entries if entry.msgid == "") > 1:
        raise Unusual('more than one msgid "" entry')  # polib's header pick and remove() by ==
    instance.header = header
    for entry in entries:
        instance.append(entry)
    _take_metadata(instance)
    return instance


class _Appending(BaseException):
    """Carries an error raised by `instance.append` out of the reader's own error handling."""

    def __init__(self, error: Exception) -> None:
        super().__init__(str(error))
        self.error = error


def stream_into(instance: polib.POFile, data: bytes | Iterable[bytes]) -> polib.POFile:
    """`parse_into` handing each entry to `instance.append` as soon as it is complete, so a
    reader that keeps none (`pofile.read_entries`) holds one at a time, as polib's streamed
    parse does. `data`: the text's bytes, or its blocks as they are read from the file
    (`po_stream.StreamedFile`: the whole text is then never held). `Unusual` may now come
    after some entries were appended: they are the ones polib appends first, in the same order
    (both read line by line; an entry is handed over only once the next one has begun), so the
    caller lets polib go on from there."""
    headers = 0

    def append(entry: polib.POEntry) -> None:
        nonlocal headers
        if entry.msgid == "":
            headers += 1
            if headers > 1:
                raise Unusual('more than one msgid "" entry')
        try:
            instance.append(entry)
        except Exception as error:  # the caller's, not a line of the text
            raise _Appending(error) from None

    try:
        instance.header = _parsed(data, append)
    except _Appending as appending:
        raise appending.error from None
    _take_metadata(instance)
    return instance


def _parsed(data: bytes | Iterable[bytes], append: Callable[[polib.POEntry], None]) -> str:
    """Every entry of PO `data` (bytes, or blocks of them) to `append`, in order; the header
    comment is returned."""
    try:
        return _entries(po_lines.lines(data) if isinstance(data, bytes) else po_lines.lines_of_blocks(data), append)
    except UnicodeDecodeError:
        raise Unusual("not UTF-8") from None
    except (IndexError, KeyError, ValueError, TypeError, AttributeError):
        raise Unusual("a line polib would refuse") from None  # polib says which, and where


def _new_entry(linenum: int) -> polib.POEntry:
    import polib

    entry = polib.POEntry.__new__(polib.POEntry)
    entry.__dict__.update(
        msgid="",
        msgstr="",
        msgid_plural="",
        msgstr_plural={},
        msgctxt=None,
        obsolete=False,
        encoding="utf-8",
        comment="",
        tcomment="",
        occurrences=[],
        flags=[],
        previous_msgctxt=None,
        previous_msgid=None,
        previous_msgid_plural=None,
        linenum=linenum,
    )
    return entry


def _entries(lines: Iterable[str], append: Callable[[polib.POEntry], None]) -> str:  # noqa: C901 - one loop, polib's order
    header = ""
    entry = _new_entry(0)
    state = "st"
    plural_index = 0
    last_is_comment = False
    seen_line = False
    allowed = _ALLOWED
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if number == 1 and raw.startswith(_BOM):
            line = raw[1:].strip()
        if not line:
            continue
        seen_line = True
        first = line[0]
        if first == '"':  # a continuation line, the most common kind
            last_is_comment = False
            if line[-1] != '"' or line[-2:-1] == "\\" or len(line) < 2:
                _closed(line, number)
            inner = line[1:-1]
            if ('"' in inner and _UNESCAPED_QUOTE.search(inner)) or ("mc", state) not in allowed:
                raise Unusual(number)
            _continue(entry, state, unescape(inner) if "\\" in inner else inner, plural_index)
            continue
        tokens = line.split(None, 2)
        head = tokens[0]
        last_is_comment = head.startswith("#")
        if head == "#~|":
            continue
        obsolete = 0
        if head == "#~" and len(tokens) > 1:
            line = line[3:].strip()
            tokens = tokens[1:]
            head = tokens[0]
            obsolete = 1
            last_is_comment = head.startswith("#")
        count = len(tokens)
        if head in _KEYWORDS and count > 1:
            token = line[len(head) :].lstrip()
            _closed(token, number)
            if '"' in token[1:-1] and _UNESCAPED_QUOTE.search(token[1:-1]):
                raise Unusual(number)
            symbol = _KEYWORDS[head]
        elif head == "#:":
            if count <= 1:
                continue
            symbol, token = "oc", line
        elif line[:1] == '"':  # only after `#~`
            _closed(line, number)
            if _UNESCAPED_QUOTE.search(line[1:-1]) or ("mc", state) not in allowed:
                raise Unusual(number)
            _continue(entry, state, unescape(line[1:-1]), plural_index)
            continue
        elif line[:7] == "msgstr[":
            symbol, token = "mx", line
            _closed(line, number)
        elif head == "#,":
            if count <= 1:
                continue
            symbol, token = "fl", line
        elif head == "#" or head.startswith("##"):
            symbol, token = "tc", line
        elif head == "#.":
            if count <= 1:
                continue
            symbol, token = "gc", line
        elif head == "#|":
            if count <= 1:
                raise Unusual(number)
            token = line[2:].lstrip()
            _closed(token, number)
            if tokens[1].startswith('"'):  # a continuation of a `#|` field
                if ("mc", state) not in allowed:
                    raise Unusual(number)
                _continue(entry, state, unescape(token[1:-1]), plural_index)
                continue
            if count == 2 or tokens[1] not in _PREVIOUS:
                raise Unusual(number)
            token = token[len(tokens[1]) :].lstrip()
            symbol = _PREVIOUS[tokens[1]]
        else:
            raise Unusual(number)
        if (symbol, state) not in allowed:
            raise Unusual(number)
        if symbol == "tc" and state in ("st", "he"):
            header = f"{header}\n{token[2:]}" if header != "" else token[2:]  # polib's joining
            state = "he"
            continue
        if state in ("ms", "mx") and symbol in ("tc", "gc", "oc", "fl", "pp", "pm", "pc", "ct", "mi"):
            append(entry)
            entry = _new_entry(number)
        if symbol == "mi":
            entry.obsolete = obsolete
            entry.msgid = unescape(token[1:-1])
        elif symbol == "ms":
            entry.msgstr = unescape(token[1:-1])
        elif symbol == "tc":
            comment = token.lstrip("#")
            if comment.startswith(" "):
                comment = comment[1:]
            entry.tcomment = f"{entry.tcomment}\n{comment}" if entry.tcomment != "" else comment
        elif symbol == "gc":
            entry.comment = f"{entry.comment}\n{token[3:]}" if entry.comment != "" else token[3:]
        elif symbol == "oc":
            entry.occurrences.extend(_occurrences(token[3:]))
        elif symbol == "fl":
            entry.flags += [flag.strip() for flag in token[3:].split(",")]
        elif symbol == "ct":
            entry.msgctxt = unescape(token[1:-1])
        elif symbol == "mp":
            entry.msgid_plural = unescape(token[1:-1])
        elif symbol == "mx":
            if not token[7].isdigit() or len(token[7]) != 1 or not token[7].isascii():
                raise Unusual(number)
            plural_index = int(token[7])
            entry.msgstr_plural[plural_index] = unescape(token[token.find('"') + 1 : -1])
        elif symbol == "pm":
            entry.previous_msgid = unescape(token[1:-1])
        elif symbol == "pc":
            entry.previous_msgctxt = unescape(token[1:-1])
        else:  # "pp"
            entry.previous_msgid_plural = unescape(token[1:-1])
        state = symbol
    if seen_line and not last_is_comment:
        append(entry)  # polib appends the last entry unless the file ends in a comment
    return header


def _continue(entry: polib.POEntry, state: str, text: str, plural_index: int) -> None:
    # the field emptied first, so `value` is the string's only reference and `+=` grows it in
    # place: `entry.__dict__[name] += text` copied the whole string for every line, so a 10 MB
    # msgstr took minutes to read (quadratic in its lines)
    fields: dict = entry.msgstr_plural if state == "mx" else entry.__dict__
    key = plural_index if state == "mx" else _CONTINUED[state]
    value, fields[key] = fields[key], ""
    value += text
    fields[key] = value


def _occurrences(text: str) -> list[tuple[str, str]]:
    found = []
    for occurrence in text.split():
        path, colon, line = occurrence.rpartition(":")
        if not colon:
            found.append((occurrence, ""))
        elif line.isdigit():
            found.append((path, line))
        else:
            found.append((occurrence, ""))
    return found


def _take_metadata(instance: polib.POFile) -> None:
    """polib's own last step: the `msgid ""` entry leaves the list and becomes the metadata."""
    header = instance.find("")
    if not header:
        return
    instance.remove(header)
    instance.metadata_is_fuzzy = header.flags
    key = None
    for message in header.msgstr.splitlines():
        try:
            key, value = message.split(":", 1)
            instance.metadata[key] = value.strip()
        except (ValueError, KeyError):
            if key is not None:
                instance.metadata[key] += "\n" + message.strip()
