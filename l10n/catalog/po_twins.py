"""Twin catalogs our printer wrote, read in one pass each: the zh_TW derivation's fast path.

Why: deriving zh_TW from zh_CN (issue 16) reads both catalogs of a thousand articles; when the
zh_TW catalog is still bytes our printer wrote (its merge stamp holds: `l10n.mt.batch`) and the
zh_CN one has the same units in the same order (both merged from one template, as `update`
leaves them), each is read with one regular-expression pass over its text
(`po_scan.entry_groups`) and a unit's key is its msgctxt and msgid lines as they stand
(`read_printed_twins`); the zh_CN reading is a pure function of its bytes, made ahead for a run
of catalogs (`read_twin`, `l10n.mt.opencc.convert_ahead`). The zh_TW catalog is then kept as its
blocks' text (`TwinCatalog`), every block plain (`l10n.catalog.po_blocks`: the edit a machine
makes to an empty unit is the same every time), and printed with `po_blocks`' rules.
`tests/test_opencc_printed.py` holds it to `fill_catalog`'s bytes.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from l10n.catalog.po_blocks import (
    EMPTY_UNIT,
    PLAIN_BLOCK,
    ProvenanceLines,
    catalog_header,
    filled_text,
    msgstr_fields,
    plain_flags,
    references_as_printed,
    touched_header_text,
    two_machine_texts,
)
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
from l10n.catalog.translations import machine_may_fill
from l10n.model import Translation, TranslationOrigin

if TYPE_CHECKING:
    import polib

    from l10n.catalog.pofile import CatalogKey


_PRINTED_FIELD = r'"[^\n]*+(?:\n"[^\n]*+)*+'  # a field's lines, unchecked: see `read_printed_twins`
_PRINTED_BLOCK = re.compile(PLAIN_BLOCK.pattern.replace(FIELD, _PRINTED_FIELD))
_TWIN_BLOCK = re.compile(  # `BLOCK` with msgctxt and msgid lines unchecked, its msgstr checked
    BLOCK.pattern.replace(f"(?P<msgctxt>{FIELD})", f"(?P<msgctxt>{_PRINTED_FIELD})").replace(
        f"(?P<msgid>{FIELD})", f"(?P<msgid>{_PRINTED_FIELD})"
    )
)
_PRINTED_ENTRY = in_text(_PRINTED_BLOCK)
_TWIN_ENTRY = in_text(_TWIN_BLOCK)


@dataclass
class TwinCatalog:
    """A catalog read by `read_printed_twins`: every block plain, kept as `entry_groups` found it
    (the block's text, then its `PLAIN_BLOCK` groups), with its key lines; `po_blocks.BlockCatalog`'s
    methods for such a catalog, without an object a block (a third of the reading's time)."""

    header: polib.POFile | tuple[str, str]
    groups: list[tuple[str, ...]]
    keys: list[CatalogKey]
    filled: list[str | None] = field(default_factory=list)  # each block once a machine filled it

    def __post_init__(self) -> None:
        self.filled = self.filled or [None] * len(self.keys)

    def fillable(self, *, overwrite_fuzzy: bool) -> set[CatalogKey]:
        """The units a machine may fill: all or none (`BlockCatalog.fillable` of plain blocks)."""
        return set(self.keys) if machine_may_fill(EMPTY_UNIT, overwrite_fuzzy=overwrite_fuzzy) else set()

    def fill(
        self,
        texts: Iterable[tuple[CatalogKey, str, str]],
        *,
        origin: TranslationOrigin,
        overwrite_fuzzy: bool,  # noqa: ARG002 - every block is empty: nothing fuzzy to keep
        printed: Mapping[str, str] | None = None,
    ) -> int:
        """`BlockCatalog.fill` of plain blocks."""
        where = dict(zip(self.keys, range(len(self.keys)), strict=True))
        filled = self.filled
        lines = ProvenanceLines(origin)
        pending: list[tuple[int, str, str]] = []
        for key, msgstr, provenance in texts:
            index = where.get(key)
            if index is None or not msgstr:
                continue
            if filled[index] is not None:
                raise two_machine_texts(key)
            filled[index] = ""
            pending.append((index, lines[provenance], msgstr))
        known = msgstr_fields([msgstr for _, _, msgstr in pending], printed)
        groups = self.groups
        for index, line, msgstr in pending:
            block, comments, _, flags, _, _ = groups[index]
            at = len(comments) - len(flags) - 4 if flags else -1
            filled[index] = filled_text(comments, at, block[len(comments) : -len(_EMPTY_MSGSTR)], line, known[msgstr])
        return len(pending)

    def reviewed(self) -> dict[CatalogKey, Translation]:
        """None: a plain block is empty, or fuzzy once filled (`BlockCatalog.reviewed`)."""
        return {}

    def text(self) -> str:
        """`BlockCatalog.text` of the same blocks."""
        body = [touched_header_text(self.header)]
        body += [done or f"{group[0]}\n" for done, group in zip(self.filled, self.groups, strict=True)]
        return "\n".join(body).rstrip("\n") + "\n"


_EMPTY_MSGSTR = 'msgstr ""'


def read_printed_twins(
    traditional: bytes, simplified: Path | str, *, read_ahead: Mapping[str, TwinRead] | None = None
) -> tuple[TwinCatalog, list[TwinUnit]] | None:
    """The Traditional catalog in `traditional` — bytes our printer wrote (`read_blocks`'
    `fields_as_printed`) — and (key, msgstr, fuzzy) of every translated unit of the Simplified
    one at `simplified` (read only then), when every block of the first is plain and the
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
    (`_PRINTED_BLOCK`, `_TWIN_BLOCK`: a field is every line after its keyword that starts with
    a quote): the Traditional catalog's are our printer's, escaped as gettext escapes them, and
    the Simplified one's are taken only when equal to those; `BLOCK` and its narrower form
    `PLAIN_BLOCK` would then have split both catalogs at the same places, and the msgstr and
    comments are matched as `BLOCK` matches them. A msgctxt "None", which the general reader
    takes as the same key as no msgctxt, is left to it."""
    text = catalog_text(traditional)
    found = None if text is None else entry_groups(text, _PRINTED_ENTRY)
    if found is None:
        return None
    data = scannable_bytes(simplified)
    if data is None:
        return None
    known = None if read_ahead is None else read_ahead.get(os.fspath(simplified))
    twin = known[1] if known is not None and known[0] == data else read_twin(data)
    if twin is None:
        return None
    keys: list[CatalogKey] = [(msgctxt, msgid) for _, _, _, _, msgctxt, msgid in found[1]]
    if keys != twin[0]:  # (distinct, with a msgid and no msgctxt "None": `read_twin`)
        return None
    header = catalog_header(found[0], True)
    if header is None:
        return None
    groups = found[1]
    references = [references for _, _, references, _, _, _ in groups if references]
    joined = "".join(references)  # one ASCII line within the width each: as `references_as_printed` finds them
    if not (
        joined.isascii()
        and joined.count("\n") == len(references)
        and max(map(len, references), default=0) <= PAGE_WIDTH + 1
    ):
        if not all(references_as_printed(lines) for lines in references):
            return None
    if not all(plain_flags(flags) for flags in {flags for _, _, _, flags, _, _ in groups if flags}):
        return None
    return TwinCatalog(header, groups, keys), twin[1]


TwinUnit = tuple["CatalogKey", str, bool]
TwinRead = tuple[bytes, "tuple[list[CatalogKey], list[TwinUnit]] | None"]
"""A Simplified catalog's bytes and their reading by `read_twin`."""


def read_twin(data: bytes) -> tuple[list[CatalogKey], list[TwinUnit]] | None:
    """The Simplified catalog in `data` as `read_printed_twins` reads it — every block matched
    by `_TWIN_BLOCK` (`po_scan.BLOCK` with msgctxt and msgid lines left for `read_printed_twins`
    to compare to our printer's), the header by `header_match` — as every entry's key (its msgctxt and
    msgid lines as they stand, "" for no msgctxt; distinct, no `msgid ""`, no msgctxt "None")
    and (key, msgstr, fuzzy) of every translated unit; else None. A pure function of the bytes, so a reading made ahead
    (`l10n.mt.opencc.convert_ahead`) stands for as long as the file holds them."""
    text = catalog_text(data)
    found = None if text is None else entry_groups(text, _TWIN_ENTRY)
    if found is None or header_match(BLOCK.fullmatch(found[0])) is None:
        return None
    keys: list[CatalogKey] = [(msgctxt, msgid) for _, _, msgctxt, msgid, _ in found[1]]
    if len(set(keys)) != len(keys) or '""' in {msgid for _, msgid in keys} or '"None"' in {ctx for ctx, _ in keys}:
        return None  # a key twice, a second `msgid ""`, a msgctxt "None": the general reader's
    return keys, [
        (key, value, "fuzzy" in comments and fuzzy_comments(comments))
        for key, (_, comments, _, _, msgstr) in zip(keys, found[1], strict=True)
        if msgstr != '""' and (value := field_value(msgstr))
    ]
