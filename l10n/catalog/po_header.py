"""A catalog's header block, printed again with a new `PO-Revision-Date`, without polib where it can be.

Why: a catalog filled by a machine (`l10n.catalog.po_blocks`, `l10n.catalog.po_twins`) keeps
every line of its header but the revision date, which `touch_revision_date` renews. When the
bytes are our printer's, the header is kept as its text before and after that date
(`printed_header`) and printed by joining them around the new one; any other header is read by
polib (`po_scan.header_catalog`) and printed by `render_po`. `tests/test_opencc_printed.py`
holds both paths to the same bytes.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import time
from typing import TYPE_CHECKING

from l10n.catalog.po_render import PAGE_WIDTH, render_po
from l10n.catalog.po_scan import BLOCK, header_catalog, header_match
from l10n.catalog.pofile import gettext_timestamp, touch_revision_date

if TYPE_CHECKING:
    import polib


def catalog_header(text: str, as_printed: bool) -> polib.POFile | tuple[str, str] | None:
    """A catalog's header block for `po_blocks.BlockCatalog`: its text around the revision date when the
    bytes are our printer's and that is all printing it again changes (`printed_header`), else
    read by polib (`header_catalog`); None where `po_scan` declines it."""
    printed = printed_header(text) if as_printed else None
    if printed is not None:  # (a header it takes is one `BLOCK` and `header_match` take)
        return printed
    first = header_match(BLOCK.fullmatch(text))
    return None if first is None else header_catalog(first)


def touched_header_text(header: polib.POFile | tuple[str, str]) -> str:
    """A catalog's header printed with a new `PO-Revision-Date` (`touch_revision_date`)."""
    if isinstance(header, tuple):  # `printed_header`: the same bytes, without polib
        return _timestamp_of_minute(int(time.time() // 60)).join(header)
    touch_revision_date(header)
    return render_po(header)


@functools.lru_cache(maxsize=2)
def _timestamp_of_minute(minute: int) -> str:
    """`gettext_timestamp()` in this minute (seconds since the epoch // 60): it names the minute
    only, so a thousand catalogs written in one minute format it once (a `strftime` a catalog
    cost a tenth of printing its header)."""
    return gettext_timestamp(dt.datetime.fromtimestamp(minute * 60, dt.UTC))


_REVISION_DATE = "PO-Revision-Date"


def printed_header(header: str) -> tuple[str, str] | None:
    """The header block `header` — bytes our printer wrote — as its text before and after the
    value of its `PO-Revision-Date` line, when reading it and printing it again with a new date
    (`touch_revision_date`, `render_po`: what `text` did through polib) changes that value and
    nothing else; else None, and polib reads it (`header_catalog`).

    Printed metadata is one `"Key: value\\n"` line a key (gettext prints a string with line
    breaks one line a part, and each part here fits a line, as the new date does), and polib
    reads such a line back to the same key and value (split at the first colon, the value
    stripped) and prints them in its own order (`ordered_metadata`); so the lines are taken
    when every one is so — nothing escaped, nothing a line splitter splits, none wider than
    the page (the printer would break it: not relied on as never written), no blank to strip,
    keys distinct and in polib's order, a revision date among them. The comment lines above
    are polib's header comment, printed `# line` or `#` a line: taken when they read back so
    (no blank to strip, no `#` line before the first text, which polib drops; no `#.`, `#:`,
    `#,` line, which the header entry loses or turns into a fuzzy flag).

    >>> before, after = printed_header('# T\\nmsgid ""\\nmsgstr ""\\n"PO-Revision-Date: x\\\\n"\\n"Language: de\\\\n"')
    >>> print(before + "2020-11-28 18:59+0800" + after, end="")
    # T
    msgid ""
    msgstr ""
    "PO-Revision-Date: 2020-11-28 18:59+0800\\n"
    "Language: de\\n"
    """
    if header.startswith(_HEADER_FIELDS):
        metadata = header[len(_HEADER_FIELDS) :]
    else:
        at = header.find("\n" + _HEADER_FIELDS)
        lines = header[: max(at, 0)].split("\n")
        if at == -1 or lines[0] == "#":
            return None
        for line in lines:
            if line != "#" and (line[:2] != "# " or len(line) == 2 or line[2:] != line[2:].strip()):
                return None
        metadata = header[at + 1 + len(_HEADER_FIELDS) :]
    keys = _METADATA_KEY.findall(metadata)  # a line each, or not every line is one
    if len(keys) != metadata.count("\n") + 1 or not metadata.replace("\n", " ").isprintable():
        return None
    lines = metadata.split("\n")
    if max(map(len, lines) if metadata.isascii() else (len(line.encode("utf-8")) for line in lines)) > PAGE_WIDTH:
        return None  # one the printer may break (bytes: never fewer than the columns it counts)
    if _REVISION_DATE not in keys or len(set(keys)) != len(keys) or not _in_polib_order(tuple(keys)):
        return None
    at = metadata.find(f'"{_REVISION_DATE}: ')  # a line's start: no value holds a quote
    end = metadata.find("\n", at)
    before = header[: len(header) - len(metadata) + at] + f'"{_REVISION_DATE}: '
    return before, '\\n"\n' + ("" if end == -1 else metadata[end + 1 :] + "\n")


_HEADER_FIELDS = 'msgid ""\nmsgstr ""\n'
_METADATA_LINE = r'"([^"\\\n:]*): (?:[^\s"\\](?:[^"\\\n]*[^\s"\\])?)?\\n"'  # key, then a value without blanks to strip
_METADATA_KEY = re.compile(rf"^{_METADATA_LINE}$", re.MULTILINE)


@functools.lru_cache(maxsize=64)
def _in_polib_order(keys: tuple[str, ...]) -> bool:
    """Whether polib prints metadata with these keys in this order (`ordered_metadata`; a run's
    catalogs share a few key lists, hence the cache)."""
    import polib

    catalog = polib.POFile()
    catalog.metadata = dict.fromkeys(keys, "")
    return [key for key, _ in catalog.ordered_metadata()] == list(keys)
