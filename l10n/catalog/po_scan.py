"""A PO catalog read as plain fields, for hot paths that read a catalog and rewrite it whole.

Why: deriving zh_TW from zh_CN (issue 16) reads two catalogs and writes one per article; through
polib objects that cost several times the OpenCC conversion itself. This scanner takes the shape
our writer (`l10n.catalog.po_render`, gettext's layout) and `msgmerge`/`msgcat` produce — entries
separated by one blank line, comments first, then `msgctxt`/`msgid`/`msgstr` with their
continuation lines (gettext manual, "The Format of PO Files") — and builds light entries with the
attribute names polib uses, so the rules that fill catalogs (`l10n.catalog.translations`) run on
them unchanged and `po_render.entry_text` prints them.

It reads as polib 1.2 reads (the same stripping, comment joining and escapes as
`l10n.catalog.po_read`), and answers None — "parse it with polib" — for anything else: plurals,
previous (`#|`) or obsolete (`#~`) fields, a comment after a keyword, a line it does not know, a
duplicate, a second `msgid ""`, a carriage return, bytes that are not UTF-8, or a catalog over
the limits (`l10n.limits`), so every error is still the general reader's. The header goes
through `po_read` itself (polib's metadata rules). `tests/test_catalog_po_scan.py` compares both
readers and both writers on real catalogs. `l10n.catalog.po_blocks` (the zh_TW derivation)
splits and matches catalogs with the same pieces (`block_texts`, `header_match`, `BLOCK`).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from itertools import chain, takewhile
from operator import itemgetter
from pathlib import Path
from stat import S_ISREG
from typing import TYPE_CHECKING

from l10n.catalog.po_read import Unusual, parse_into, unescape
from l10n.limits import MAX_CATALOG_BYTES, MAX_CATALOG_ENTRIES

if TYPE_CHECKING:
    import polib

    CatalogKey = tuple[str | None, str]


@dataclass(slots=True)
class ScannedEntry:
    """An active, singular PO entry without previous fields: polib's `POEntry` attributes."""

    msgctxt: str | None
    msgid: str
    msgstr: str
    tcomment: str = ""
    comment: str = ""
    occurrences: list[tuple[str, str]] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    previous_msgctxt: str | None = None
    previous_msgid: str | None = None
    previous_msgid_plural: str | None = None
    linenum: int = field(default=0, compare=False)  # polib's (the entry's first line): `scan_units` sets it

    @property
    def fuzzy(self) -> bool:
        return "fuzzy" in self.flags

    @property
    def obsolete(self) -> bool:
        return False  # (an obsolete entry is left to polib)


@dataclass
class ScannedCatalog:
    """A catalog's header (a polib `POFile` holding only metadata and header comment) and its
    active entries in file order."""

    header: polib.POFile
    entries: list[ScannedEntry]

    def index(self) -> dict[CatalogKey, ScannedEntry]:
        return {(entry.msgctxt, entry.msgid): entry for entry in self.entries}


def scannable_bytes(path: Path | str) -> bytes | None:
    """The bytes of the catalog at `path` for a scan, or None — not a regular file, over
    `MAX_CATALOG_BYTES` (checked before reading), unreadable — when the general reader must
    decide (and report). One open, one status of the open file and its reads (a FIFO is opened
    without waiting for a writer, then refused): `Path.is_file`, `stat` and `read_bytes` took
    twice the system calls and more time than the read itself, four reads a catalog pair. A
    first read that gives the size its status counts, asked for a byte more, has met the end
    of the file, so no second read asks it again (a file that shrank or grew is read on)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        status = os.fstat(fd)
        if not S_ISREG(status.st_mode) or status.st_size > MAX_CATALOG_BYTES:
            return None
        data = os.read(fd, status.st_size + 1)
        if len(data) == status.st_size:  # all its status counts, and not a byte more: its end
            return data
        chunks = [data]
        while chunks[-1]:  # (a file that grew since: read to its end, as `read_bytes` does)
            chunks.append(os.read(fd, 1 << 16))
        return b"".join(chunks)
    except OSError:
        return None
    finally:
        os.close(fd)


def scan_catalog(data: bytes) -> ScannedCatalog | None:
    """The catalog in PO `data`, or None when polib's reader must decide (module docstring)."""
    return _scanned(data, units=False)


def scan_units(data: bytes) -> ScannedCatalog | None:
    """`scan_catalog` for a reader of the units and their translations (`l10n qa`): each entry
    with its `linenum` as polib gives it (the entry's first line), its translator comments and
    flags, and without its references and extracted comments (left empty: most of an entry's
    comment lines, which such a reader never looks at); None as for `scan_catalog`."""
    return _scanned(data, units=True)


def _scanned(data: bytes, *, units: bool) -> ScannedCatalog | None:
    blocks = _blocks(data)
    if blocks is None:
        return None
    header = header_catalog(blocks[0])
    entries = []
    line = blocks[0].string.count("\n") + 3  # blocks are one blank line apart (`block_texts`)
    for match in blocks[1:]:
        comments, msgctxt, msgid, msgstr = match.groups()
        entry = ScannedEntry(None if msgctxt is None else field_value(msgctxt), field_value(msgid), field_value(msgstr))
        lines = comments[:-1].split("\n") if comments else []
        if lines:
            take_comments(entry, [text for text in lines if text[:2] not in _NOT_UNITS] if units else lines)
        if units:
            entry.linenum = line + _bare_marks(lines)
            line += match.string.count("\n") + 2
        entries.append(entry)
    if header is None or not distinct_keys([(entry.msgctxt, entry.msgid) for entry in entries]):
        return None
    return ScannedCatalog(header, entries)


def read_scanned(path: Path | str) -> ScannedCatalog | None:
    """The catalog at `path` scanned, or None when polib's reader must decide (and name any error)."""
    data = scannable_bytes(path)
    return scan_catalog(data) if data is not None else None


def save_scanned(catalog: ScannedCatalog, path: Path) -> None:
    """Write a scanned catalog an edit changed, atomically, with a new `PO-Revision-Date`."""
    from l10n import fsio
    from l10n.catalog.pofile import touch_revision_date

    touch_revision_date(catalog.header)
    fsio.atomic_write_text(path, render_scanned(catalog))


def scan_translated(data: bytes) -> list[tuple[CatalogKey, str, bool]] | None:
    """(key, msgstr, fuzzy) of every entry with a msgstr, in file order — what a reader of
    translations needs, without the comments — or None as for `scan_catalog`."""
    blocks = _blocks(data)
    if blocks is None:
        return None
    keys = []
    units = []
    for match in blocks[1:]:
        comments, msgctxt, msgid, msgstr = match.groups()
        key = (None if msgctxt is None else field_value(msgctxt), field_value(msgid))
        keys.append(key)
        text = field_value(msgstr)
        if text:
            units.append((key, text, "fuzzy" in comments and fuzzy_comments(comments)))
    return units if distinct_keys(keys) else None


def _blocks(data: bytes) -> list[re.Match[str]] | None:
    """The header's and every entry's match of `BLOCK`, or None when one does not match."""
    parts = block_texts(data)
    if parts is None:
        return None
    fullmatch = BLOCK.fullmatch
    blocks = [fullmatch(part) for part in parts]  # (a blank line more, a block from `\n`: None)
    if None in blocks:
        return None
    if header_match(blocks[0]) is None:
        return None
    if any(match.group("msgid") == '""' for match in blocks[1:]):  # type: ignore[union-attr]
        return None  # a second `msgid ""` (polib's header pick), or an entry without msgid
    return blocks  # type: ignore[return-value]


def block_texts(data: bytes) -> list[str] | None:
    """The text of the header and of every entry (split at blank lines), or None for what the
    scanner leaves to polib before looking at any block (module docstring)."""
    text = catalog_text(data)
    if text is None:
        return None
    parts = text.rstrip("\n").split("\n\n")
    return None if len(parts) > MAX_CATALOG_ENTRIES else parts


def catalog_text(data: bytes) -> str | None:
    """`data` as text, or None for what the scanner leaves to polib before looking at any block
    but the entry limit: over the size limit, a carriage return, not UTF-8, a BOM."""
    if len(data) > MAX_CATALOG_BYTES or b"\r" in data:
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return None if text.startswith("\ufeff") else text


def entry_groups(
    text: str, entry: re.Pattern[str], *, keywords: int | None = None
) -> tuple[str, list[tuple[str, ...]]] | None:
    """The header's text and every entry's text and groups (`findall`: the block, then its
    pattern's groups, "" for a group that took no part) when `text` is blocks one blank line
    apart (`block_texts`) and every block after the header matches `entry` — a block pattern
    compiled with `in_text` — else None. `keywords`: `entry` is a block pattern after its blank
    line (`\\n\\n`, then the block, then `(?=\\n\\n|\\Z)`) whose groups hold all of a block but
    that many characters (its keywords), and the groups alone are found: a group less a block.

    One regular-expression pass over the text instead of a match per block: a block's pattern
    holds no empty line and starts with no line feed, so each match is one whole block after
    its blank line, matches never overlap, and when their lengths add up to the text after the
    header they are every block. (Counting the blank lines instead, and looking for two in a
    row, took as long as the matching: a line feed on every line makes a poor case for a
    substring search.)"""
    body = text.rstrip("\n")
    end = body.find("\n\n")
    if end == -1:
        return body, []
    found = entry.findall(body, end)
    if keywords is None:
        size = sum(map(len, map(_FIRST, found)))
    else:
        size = keywords * len(found) + sum(map(len, chain.from_iterable(found)))
    if len(found) >= MAX_CATALOG_ENTRIES or end + 2 * len(found) + size != len(body):
        return None
    return body[:end], found


_FIRST = itemgetter(0)


def msgstr_values(text: str) -> list[str]:
    """The value of every `msgstr` field that starts a line and ends a block of a catalog's
    text, in order: what a cache of conversions is filled with ahead
    (`l10n.mt.opencc_ahead.convert_ahead`); not a reading of the catalog (nothing else is checked).
    A field after `msgid ""` — the header's metadata — is left out: nothing converts it (a
    cache: what is left out is converted where it is needed).

    >>> msgstr_values('msgid ""\\nmsgstr "Language: zh_CN\\\\n"\\n\\nmsgid "a"\\nmsgstr "甲"\\n')
    ['甲']
    """
    return [
        field_value(match.group(1))
        for match in _MSGSTR.finditer(text)
        if not text.endswith('msgid ""', 0, match.start())
    ]


def in_text(block: re.Pattern[str]) -> re.Pattern[str]:
    """`block` as `entry_groups` finds it: after its blank line, up to the next one or the end,
    the whole block a group before the pattern's own."""
    return re.compile(rf"\n\n({block.pattern})(?=\n\n|\Z)")


def header_match(match: re.Match[str] | None) -> re.Match[str] | None:
    """`match` when it is a header (`msgid ""` without msgctxt), else None: polib's rules decide."""
    if match is None or match.group("msgctxt") is not None or match.group("msgid") != '""':
        return None
    return match


def distinct_keys(keys: list[CatalogKey]) -> bool:
    """No two entries alike as the general reader compares them (`pofile`: msgctxt and msgid
    joined by EOT, so no msgctxt and msgctxt "None" collide there; a duplicate is its error)."""
    if len(set(keys)) != len(keys):
        return False
    if not any(msgctxt == "None" for msgctxt, _ in keys):
        return True
    return len({f"{msgctxt}\x04{msgid}" for msgctxt, msgid in keys}) == len(keys)


_FUZZY_FIRST = re.compile(r"^#, fuzzy(?:,|$)", re.MULTILINE)  # as gettext writes it: fuzzy first


def fuzzy_comments(comments: str) -> bool:
    """Whether an entry's comment lines flag it fuzzy, as polib reads flags."""
    at = comments.find("#, fuzzy")  # (`_FUZZY_FIRST` without a pattern search: most machine units)
    if at != -1 and (at == 0 or comments[at - 1] == "\n") and comments[at + 8 : at + 9] in (",", "\n", ""):
        return True
    if _FUZZY_FIRST.search(comments):
        return True
    flags: list[str] = []
    for line in comments[:-1].split("\n"):
        line = line.strip()
        if line[:2] == "#," and len(line) > 2:
            flags += [flag.strip() for flag in line[3:].split(",")]
    return "fuzzy" in flags


def header_catalog(match: re.Match[str]) -> polib.POFile | None:
    """The header (metadata and header comment) as polib reads it, through `po_read`."""
    import polib

    catalog = polib.POFile()
    try:
        parse_into(catalog, (match.group(0) + "\n").encode("utf-8"))
    except Unusual:
        return None
    return catalog if not len(catalog) else None


def render_scanned(catalog: ScannedCatalog) -> str:
    """The file text `render_catalog` writes for the same catalog read by polib."""
    from l10n.catalog.po_render import render_po

    body = [render_po(catalog.header)]
    body.extend(scanned_entry_text(entry) for entry in catalog.entries)
    return "\n".join(body).rstrip("\n") + "\n"


def scanned_entry_text(entry: ScannedEntry) -> str:
    """A scanned entry printed in gettext's layout (`po_render.entry_text` of its fields)."""
    from l10n.catalog.po_render import entry_text

    return entry_text(
        msgctxt=entry.msgctxt,
        msgid=entry.msgid,
        msgstr=entry.msgstr,
        tcomment=entry.tcomment,
        comment=entry.comment,
        occurrences=entry.occurrences,
        flags=entry.flags,
    )


# Possessive repeats (`*+`): what each gives back could never let the rest match — a run of
# string characters ends at a quote, backslash or line end, and a line given back starts with
# what the next part refuses — so they match what plain repeats match (tests/test_opencc_printed.py
# compares both) without keeping the places to backtrack to: about a quarter of the matching time.
_STRING = r'"[^"\\\n]*+(?:\\.[^"\\\n]*+)*+"'  # no bare quote inside (polib refuses one); escapes in pairs
FIELD = rf"{_STRING}(?:\n{_STRING})*+"
BLOCK = re.compile(  # an entry as gettext lays it out: comments, [msgctxt], msgid, msgstr
    r"(?P<comments>(?:#[.:,]?(?: [^\n]*+)?\n)*+)"
    rf"(?:msgctxt (?P<msgctxt>{FIELD})\n)?"
    rf"msgid (?P<msgid>{FIELD})\n"
    rf"msgstr (?P<msgstr>{FIELD})"
)

_MSGSTR = re.compile(rf"\nmsgstr ({FIELD})(?=\n\n|\n?\Z)")  # (not `^…$` in MULTILINE mode: twice the time)


_NOT_UNITS = ("#:", "#.")  # references and extracted comments (`scan_units`)


def _bare_marks(lines: list[str]) -> int:
    """How many of an entry's first comment lines are a mark alone (`#:`, `#,` or `#.`): polib
    skips such a line without starting the entry there, so its `linenum` is a later line."""
    return sum(1 for _ in takewhile(lambda text: text.strip() in ("#:", "#,", "#."), lines))


def field_value(field: str) -> str:
    """A field's quoted lines as one string: no line of `_STRING` holds a bare quote or ends in
    half an escape, so the joins are exactly the `"\\n"` sequences, and unescaping the whole
    is unescaping each line."""
    if field == '""':
        return ""
    text = field[1:-1]
    if '"' in text:
        text = text.replace('"\n"', "")
    return unescape(text) if "\\" in text else text


def take_comments(entry: ScannedEntry, lines: list[str]) -> None:
    """polib's reading of comment lines (`l10n.catalog.po_read`): stripped, `#` lines joined as
    translator comments, `#.` as extracted ones, `#:` references, `#,` flags; a mark alone is
    skipped, except `#`, an empty translator line."""
    for raw in lines:
        line = raw.strip()
        mark = line[:2]
        if mark == "#:":
            for reference in line[3:].split():
                path, colon, number = reference.rpartition(":")
                entry.occurrences.append((path, number) if colon and number.isdigit() else (reference, ""))
        elif mark == "#,":
            if len(line) > 2:
                entry.flags += [flag.strip() for flag in line[3:].split(",")]
        elif mark == "#.":
            if len(line) > 2:
                entry.comment = f"{entry.comment}\n{line[3:]}" if entry.comment != "" else line[3:]
        else:  # `#` or `# …`
            text = line[2:] if line[1:2] == " " else line[1:]
            entry.tcomment = f"{entry.tcomment}\n{text}" if entry.tcomment != "" else text
