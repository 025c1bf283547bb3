"""Twin catalogs our printer wrote, read in one pass each: the zh_TW derivation's fast path.

Why: deriving zh_TW from zh_CN (issue 16) reads both catalogs of a thousand articles; when the
zh_TW catalog is still bytes our printer wrote (its merge stamp holds: `l10n.mt.batch`) and the
zh_CN one has the same units in the same order (both merged from one template, as `update`
leaves them), each is read with one regular-expression pass over its text
(`po_scan.entry_groups`) and a unit's key is its msgctxt and msgid lines as they stand
(`read_printed_twins`); the zh_CN reading is a pure function of its bytes, made ahead for a run
of catalogs (`read_twin`, `l10n.mt.opencc_ahead.convert_ahead`), as is the zh_TW catalog's
(`twin_catalog`) for the catalogs derived ahead. The zh_TW catalog is then kept as its blocks'
text (`TwinCatalog`), every block plain (`l10n.catalog.po_blocks`: the edit a machine makes to
an empty unit is the same every time), its units named by their place (the same in both), and
printed with `po_blocks`' rules. `tests/test_opencc_printed.py` holds it to `fill_catalog`'s
bytes.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING

from l10n.catalog.po_blocks import (
    PLAIN_BLOCK,
    filled_text,
    plain_flags,
    references_as_printed,
    two_machine_texts,
)
from l10n.catalog.po_header import catalog_header, touched_header_text
from l10n.catalog.po_render import PAGE_WIDTH
from l10n.catalog.po_scan import (
    BLOCK,
    FIELD,
    catalog_text,
    entry_groups,
    field_value,
    fuzzy_comments,
    header_match,
    in_text,
    scannable_bytes,
)
from l10n.catalog.translations import stamped

if TYPE_CHECKING:
    import polib


_PRINTED_FIELD = r'"[^\n]*+(?:\n"[^\n]*+)*+'  # a field's lines, unchecked: see `read_printed_twins`
_PRINTED_KEYS = (  # msgctxt and msgid lines, but a msgctxt "None" and a `msgid ""` alone (see `read_twin`)
    rf'(?P<keys>(?:msgctxt (?!"None"\n(?!")){_PRINTED_FIELD}\n)?msgid (?!""\n(?!")){_PRINTED_FIELD}\n)'
)
_PRINTED_BLOCK = re.compile(  # `PLAIN_BLOCK` with its msgctxt and msgid lines unchecked, as one group
    PLAIN_BLOCK.pattern.replace(rf"(?:msgctxt (?P<msgctxt>{FIELD})\n)?msgid (?P<msgid>{FIELD})\n", _PRINTED_KEYS)
)
_TWIN_PARTS = re.compile(  # `BLOCK` with msgctxt and msgid lines unchecked, as one group, its msgstr checked
    BLOCK.pattern.replace(rf"(?:msgctxt (?P<msgctxt>{FIELD})\n)?msgid (?P<msgid>{FIELD})\n", _PRINTED_KEYS)
)
_PRINTED_ENTRY = in_text(_PRINTED_BLOCK)
_TWIN_ENTRY = re.compile(rf"\n\n{_TWIN_PARTS.pattern}(?=\n\n|\Z)")  # its groups all of a block but `msgstr `
_TWIN_KEYWORDS = len("msgstr ")
_KEY_FIELDS = re.compile(rf"(?:msgctxt (?P<msgctxt>{_PRINTED_FIELD})\n)?msgid (?P<msgid>{_PRINTED_FIELD})\n")


def _printed_key(keys: str) -> tuple[str | None, str]:
    """A unit's (msgctxt, msgid) from its printed lines (`_PRINTED_KEYS`): what a machine line's
    `src=` names (`translations.stamped`)."""
    found = _KEY_FIELDS.fullmatch(keys)
    if found is None:
        raise ValueError(f"not a unit's msgctxt and msgid lines: {keys[:60]!r}")
    msgctxt = found.group("msgctxt")
    return (None if msgctxt is None else field_value(msgctxt)), field_value(found.group("msgid"))


@dataclass
class TwinCatalog:
    """A catalog read by `read_printed_twins`: every block plain, kept as `entry_groups` found it
    (its `_PRINTED_BLOCK` groups: the block's text, its comment lines, references, flags, and
    msgctxt and msgid lines) and as the text of each block (`body`, as read until a machine
    fills it); `po_blocks.BlockCatalog`'s fill and print for such a catalog, without an object a
    block (a third of the reading's time) and with its units named by their place, which is
    their Simplified twin's (`read_printed_twins`)."""

    header: polib.POFile | tuple[str, str]
    groups: list[tuple[str, ...]]
    body: list[str] = field(default_factory=list)  # every block's text, without its line feed
    filled: bytearray = field(default_factory=bytearray)  # 1 for each block a machine filled
    sealed: bool = False

    def __post_init__(self) -> None:
        if not self.body:
            self.body = list(map(_FIRST, self.groups))
            self.filled = bytearray(len(self.groups))

    def fill(
        self,
        units: TwinUnits,
        texts: Sequence[str],
        lines: Mapping[bool, str],
        fields: Sequence[str],
        *,
        refuse: Callable[[str, str], bool],
    ) -> tuple[int, int]:
        """`BlockCatalog.fill` of plain blocks: each Simplified unit (place, msgstr, fuzzy) of
        `read_printed_twins` written with its text (`texts`, one a unit, in order) as
        `apply_one_suggestion` writes a machine text into an empty unit (`filled_text`) — its
        provenance comment line `lines[fuzzy]` (`ProvenanceLines`), the text's msgstr field as
        printed (`fields`, one a unit: `msgstr_fields`) — unless `refuse(msgstr, text)`, asked
        of the texts that hold a brace (a placeholder's); (units written, refused). An empty
        text is skipped, a place given twice is a caller's bug (`two_machine_texts`)."""
        if self.sealed:
            raise ValueError("a sealed catalog is not filled again")
        groups, body, filled = self.groups, self.body, self.filled
        changed = refused = 0
        for index, value, fuzzy, msgstr, printed in zip(*units, texts, fields, strict=True):
            if ("{" in value or "{" in msgstr) and refuse(value, msgstr):
                refused += 1
                continue
            if not msgstr:
                continue
            if filled[index]:
                raise two_machine_texts((None, groups[index][4]))
            filled[index] = 1
            _, comments, _, flags, keys = groups[index]
            at = len(comments) - len(flags) - 4 if flags else -1
            body[index] = filled_text(comments, at, keys, stamped(lines[fuzzy], msgstr, _printed_key(keys)), printed)
            changed += 1
        return changed, refused

    def seal(self) -> None:
        """Keep only what `text` prints — every block's text, filled or as read — once nothing
        more is filled: a catalog kept for a while (`l10n.mt.opencc_ahead.DerivedAhead`) holds a
        third of the memory."""
        self.groups, self.filled, self.sealed = [], bytearray(), True

    def text(self) -> str:
        """`BlockCatalog.text` of the same blocks: the header with a new revision date, then
        the blocks a blank line apart (none ends with a line feed)."""
        header = touched_header_text(self.header)
        if not self.body:
            return header.rstrip("\n") + "\n"
        return "".join([header, "\n", "\n\n".join(self.body), "\n"])


_FIRST = itemgetter(0)


def read_printed_twins(
    traditional: bytes, simplified: Path | str, *, read_ahead: Mapping[str, TwinRead] | None = None
) -> tuple[TwinCatalog, TwinUnits] | None:
    """The Traditional catalog in `traditional` — bytes our printer wrote (`read_blocks`'
    `fields_as_printed`) — and (place, msgstr, fuzzy) of every translated unit of the Simplified
    one at `simplified` (read only then; `TwinUnits`), when every block of the first is plain and the
    second's entries have the same msgctxt and msgid lines in the same order (both merged from
    one template, as `update` leaves them); else None, and `read_blocks` and `opencc`'s reading
    of the Simplified catalog decide. `read_ahead`: Simplified catalogs read before
    (`read_twin`, by path), whose reading is taken when the file still holds the same bytes.

    What this spares is reading the keys: a unit's key is here its msgctxt and msgid lines as
    they stand. The same lines are the same key; and in a catalog our printer wrote one key is
    printed one way, so its keys are distinct when their lines are, and a Simplified entry
    with the same lines is the unit's, the Simplified catalog being read as `po_scan` reads it
    (every block matched by `BLOCK`, the header by `header_match`, the limits), the same units
    in the same order. Neither catalog's msgctxt and msgid lines are checked as strings
    (`_PRINTED_BLOCK`, `_TWIN_PARTS`: a field is every line after its keyword that starts with
    a quote; both fields' lines are one group, `_PRINTED_KEYS`, which splits back into the two
    one way only): the Traditional catalog's are our printer's, escaped as gettext escapes them, and
    the Simplified one's are taken only when equal to those; `BLOCK` and its narrower form
    `PLAIN_BLOCK` would then have split both catalogs at the same places, and the msgstr and
    comments are matched as `BLOCK` matches them. A msgctxt "None", which the general reader
    takes as the same key as no msgctxt, is left to it."""
    text = catalog_text(traditional)
    if text is None:
        return None
    found = entry_groups(text, _PRINTED_ENTRY)
    if found is None:
        return None
    data = scannable_bytes(simplified)
    if data is None:
        return None
    known = None if read_ahead is None else read_ahead.get(os.fspath(simplified))
    twin = known[1] if known is not None and known[0] == data else read_twin(data)
    if twin is None:
        return None
    return _twin_catalog(found, twin)


def twin_catalog(traditional: bytes, twin: TwinReading) -> tuple[TwinCatalog, TwinUnits] | None:
    """`read_printed_twins` of the Traditional catalog in `traditional` with its Simplified
    twin's reading `twin` (`read_twin`), made before: what `l10n.mt.opencc_ahead.convert_ahead`
    derives ahead, for a derivation that takes it only once it has found, under the lock, the
    same bytes of both and the first to be our printer's."""
    text = catalog_text(traditional)
    found = None if text is None else entry_groups(text, _PRINTED_ENTRY)
    return None if found is None else _twin_catalog(found, twin)


def _twin_catalog(found: tuple[str, list[tuple[str, ...]]], twin: TwinReading) -> tuple[TwinCatalog, TwinUnits] | None:
    """`read_printed_twins` once both catalogs are read: the Traditional one's header and
    blocks (`entry_groups` of `_PRINTED_ENTRY`) and the Simplified one (`read_twin`)."""
    groups = found[1]
    _, _, all_references, all_flags, keys = zip(*groups) if groups else ((),) * 5
    if keys != twin[0]:  # (distinct, with a msgid and no msgctxt "None": `read_twin`)
        return None
    header = catalog_header(found[0], True)
    if header is None:
        return None
    references = [references for references in all_references if references]
    joined = "".join(references)  # one ASCII line within the width each: as `references_as_printed` finds them
    if not (
        joined.isascii()
        and joined.count("\n") == len(references)
        and max(map(len, references), default=0) <= PAGE_WIDTH + 1
    ):
        if not all(references_as_printed(lines) for lines in references):
            return None
    if not all(plain_flags(flags) for flags in set(all_flags) if flags):
        return None
    return TwinCatalog(header, groups), twin[1]


TwinUnits = tuple[list[int], list[str], list[bool]]
"""The translated units of a Simplified catalog read by `read_twin`, as three lists in file
order: each one's place among the catalog's entries (the header not counted), its msgstr,
whether it is fuzzy."""
TwinReading = tuple[tuple[str, ...], TwinUnits]
"""Every entry's msgctxt and msgid lines, as they stand (`_PRINTED_KEYS`), and the translated
units (`read_twin`)."""
TwinRead = tuple[bytes, "TwinReading | None"]
"""A Simplified catalog's bytes and their reading by `read_twin`."""


def read_twin(data: bytes) -> TwinReading | None:
    """The Simplified catalog in `data` as `read_printed_twins` reads it — every block matched
    by `_TWIN_PARTS` (`po_scan.BLOCK` with msgctxt and msgid lines left for `read_printed_twins`
    to compare to our printer's), the header by `header_match` — as every entry's msgctxt and
    msgid lines as they stand (distinct; a block with a second `msgid ""` — the header's, or
    none — or a msgctxt "None", which the general reader takes as no msgctxt, is not matched:
    `_PRINTED_KEYS`) and (place, msgstr, fuzzy) of every translated unit; else None. The pattern's groups are the
    whole of a block but its `msgstr ` keyword, so the blocks are checked by the groups'
    lengths (`entry_groups`' `keywords`) without a group more a block for its text. A pure function of
    the bytes, so a reading made ahead (`l10n.mt.opencc_ahead.convert_ahead`) stands for as long as
    the file holds them. A field's value is its text between the quotes when it holds no quote
    or backslash (one line, nothing escaped: `field_value` of such a field), and the usual flags
    line of machine output, `#, fuzzy` first, is found without `fuzzy_comments`."""
    text = catalog_text(data)
    found = None if text is None else entry_groups(text, _TWIN_ENTRY, keywords=_TWIN_KEYWORDS)
    if found is None or header_match(BLOCK.fullmatch(found[0])) is None:
        return None
    groups = found[1]
    all_comments, keys, msgstrs = zip(*groups) if groups else ((),) * 3
    if len(set(keys)) != len(keys):
        return None  # a key twice: the general reader's
    places: list[int] = []
    values: list[str] = []
    fuzzies: list[bool] = []
    for index, msgstr in enumerate(msgstrs):
        if msgstr == '""':
            continue
        value = msgstr[1:-1]
        if '"' in value or "\\" in value:
            value = field_value(msgstr)
            if not value:
                continue
        comments = all_comments[index]
        at = comments.find("#, fuzzy")  # (a comment group ends with a line feed: `at + 8` is in it)
        if at != -1 and (at == 0 or comments[at - 1] == "\n") and comments[at + 8] in ",\n":
            fuzzy = True
        else:
            fuzzy = "fuzzy" in comments and fuzzy_comments(comments)
        places.append(index)
        values.append(value)
        fuzzies.append(fuzzy)
    return keys, (places, values, fuzzies)
