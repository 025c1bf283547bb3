"""A catalog filled with machine output block by block: what stays is copied, what changes is printed.

Why: deriving zh_TW from zh_CN (issue 16) fills every empty unit of a thousand catalogs, and
reading each into entries and printing every field again cost several times the OpenCC
conversion itself. A unit a machine fills in a fresh catalog is always the same edit
(`l10n.catalog.translations.apply_one_suggestion` on an empty msgstr): a provenance line first,
`fuzzy` first among the flags, the new msgstr — its other comment lines, msgctxt and msgid stay
as they are. So a block in gettext's layout (`l10n.catalog.po_render`: `#.` lines, then `#:`
references filled to 79 bytes, then one `#,` line, each without trailing blanks; fields in
gettext's own line breaks) keeps those lines as written, and only the new msgstr is printed.

A block is taken so ("plain") only when its bytes are what the printer gives for it: no
translator comment, an empty msgstr, comment lines as above (checked), no `fuzzy` or `no-wrap`
flag, and fields either on one line within the width at the widest count of their characters
(copied) or printed again from their value (`po_render.field_lines`). Every other block is a
`po_scan.ScannedEntry` that the general rules (`machine_may_fill`, `apply_one_suggestion`) edit and
`po_render.entry_text` prints, as `fill_catalog` does; a catalog `po_scan` declines is declined
here too (the caller then takes `fill_catalog`). `tests/test_opencc_fast.py` holds the output to
`fill_catalog`'s bytes on real and mutated catalogs.

A catalog known to be bytes our printer wrote (`read_blocks`' `fields_as_printed`) has its
fields copied unchecked and its header printed again without polib where only the revision date
changes (`l10n.catalog.po_header`); with a Simplified twin both are read in one pass each and kept as
their blocks' text (`l10n.catalog.po_twins`). `tests/test_opencc_printed.py` holds those to the
same bytes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from l10n.catalog.po_header import catalog_header, touched_header_text
from l10n.catalog.po_render import (
    FIELD_CACHE_SIZE,
    PAGE_WIDTH,
    brace_hold,
    brace_parsed,
    field_lines,
    field_texts,
    reference_lines,
)
from l10n.catalog.po_scan import (
    BLOCK,
    FIELD,
    ScannedEntry,
    block_texts,
    distinct_keys,
    field_value,
    scanned_entry_text,
    take_comments,
)
from l10n.catalog.translations import (
    apply_one_suggestion,
    entry_translation,
    machine_may_fill,
    provenance_line,
    stamped,
)
from l10n.model import Suggestion, Translation, TranslationOrigin

if TYPE_CHECKING:
    import polib

    from l10n.catalog.pofile import CatalogKey


@dataclass(slots=True)
class _Plain:
    """A block the printer would give back as it is, with an empty msgstr (module docstring)."""

    comments: str  # its comment lines as they stand
    flags_at: int  # where its `#, ` line starts in `comments`, or -1
    fields: list[str]  # its msgctxt and msgid lines as printed (`msgstr` next)
    filled: str = ""  # the block once a machine filled it


class ProvenanceLines(dict[str, str]):
    """The comment line naming a machine text's provenance, by provenance, each made once
    (`provenance_line`): a catalog's thousand units filled by one engine share a few."""

    def __init__(self, origin: TranslationOrigin) -> None:
        super().__init__()
        self.origin = origin

    def __missing__(self, provenance: str) -> str:
        line = self[provenance] = f"# {provenance_line(self.origin, provenance)}\n"
        return line


def two_machine_texts(key: CatalogKey) -> ValueError:
    """The error of a fill given two machine texts for one unit (a caller's bug)."""
    return ValueError(f"two machine texts for one unit: {key[1]!r}")


EMPTY_UNIT = Translation(msgstr="", fuzzy=False, origin="none")
PLAIN_BLOCK = re.compile(  # `po_scan.BLOCK` with an empty msgstr and comment lines as gettext prints them;
    # possessive repeats where `po_scan.BLOCK` has them, for its reason
    r"(?P<comments>(?:#\. [^\n]*\S\n)*+"  # extracted comments, no trailing blank…
    r"(?P<references>(?:#: \S++(?: \S++)*+\n)*+)"  # …references one space apart (polib splits at any blanks)…
    r"(?:#, (?P<flags>[^\n]*\S)\n)?)"  # …one flags line, in this order
    rf"(?:msgctxt (?P<msgctxt>{FIELD})\n)?"
    rf"msgid (?P<msgid>{FIELD})\n"
    r'msgstr ""'
)
_NEEDS_ESCAPE = re.compile(r"[\\\t\v\b\f]")  # a one-line field holding these is printed again


@dataclass
class BlockCatalog:
    """A catalog in gettext's layout as plain blocks and scanned entries, in file order, with
    their keys: (msgctxt, msgid), or — read by `read_printed_twins`, all plain — their lines as
    they stand ("" for no msgctxt), which only match the Simplified units read with them."""

    header: polib.POFile | tuple[str, str]  # or, printed by us, its text around the revision date
    blocks: list[_Plain | ScannedEntry]
    keys: list[CatalogKey]

    def fillable(self, *, overwrite_fuzzy: bool, engine: str | None = None) -> set[CatalogKey]:
        """The units `engine` may fill (`machine_may_fill`, the rule `fill_catalog` applies)."""
        plain = machine_may_fill(EMPTY_UNIT, overwrite_fuzzy=overwrite_fuzzy)
        return {
            key
            for key, block in zip(self.keys, self.blocks, strict=True)
            if (
                plain
                if isinstance(block, _Plain)
                else machine_may_fill(entry_translation(block), overwrite_fuzzy=overwrite_fuzzy, engine=engine)
            )
        }

    def fill(
        self,
        texts: Iterable[tuple[CatalogKey, str, str]],
        *,
        origin: TranslationOrigin,
        overwrite_fuzzy: bool,
        printed: Mapping[str, str] | None = None,
    ) -> int:
        """Apply machine texts — (key, msgstr, provenance) from `origin`, one per unit at most —
        as `apply_suggestions` applies the same suggestions; the number of units changed.
        `printed`: msgstr fields printed ahead (`field_texts` of ("msgstr", text), by text), a
        cache: a text it lacks is printed here."""
        where = dict(zip(self.keys, self.blocks, strict=True))
        lines = ProvenanceLines(origin)
        filled: list[tuple[_Plain, str, str]] = []
        changed = 0
        for key, msgstr, provenance in texts:
            block = where.get(key)
            if block is None or not msgstr:
                continue
            if type(block) is not _Plain:
                suggestion = Suggestion(key[0], key[1], msgstr, origin, provenance)  # type: ignore[arg-type]
                changed += apply_one_suggestion(block, suggestion, overwrite_fuzzy=overwrite_fuzzy)
                continue
            if block.filled:
                raise two_machine_texts(key)
            block.filled = "filling"
            filled.append((block, stamped(lines[provenance], msgstr, key), msgstr))
            changed += 1
        msgstrs = [msgstr for _, _, msgstr in filled]
        held = _held_fields(filled) if "{" in "".join(msgstrs) else {}
        if held:  # (printed by `held_field`, not as any entry prints them: not twice)
            msgstrs = [msgstr for number, msgstr in enumerate(msgstrs) if number not in held]
        known = msgstr_fields(msgstrs, printed)
        for number, (block, line, msgstr) in enumerate(filled):
            block.filled = _filled(block, line, held[number] if number in held else known[msgstr])
        return changed

    def reviewed(self) -> dict[CatalogKey, Translation]:
        """What `fill_catalog` tells `written`: the reviewed translations (a plain block never
        holds one: it is empty, or fuzzy once filled)."""
        return {
            key: entry_translation(block)
            for key, block in zip(self.keys, self.blocks, strict=True)
            if not isinstance(block, _Plain) and block.msgstr and not block.fuzzy
        }

    def text(self) -> str:
        """The file text with a new `PO-Revision-Date` (the bytes `render_scanned` prints)."""
        body = [touched_header_text(self.header)]
        for block in self.blocks:
            if isinstance(block, _Plain):
                body.append(block.filled or "".join([block.comments, *block.fields, 'msgstr ""\n']))
            else:
                body.append(scanned_entry_text(block))
        return "\n".join(body).rstrip("\n") + "\n"


def msgstr_fields(texts: list[str], printed: Mapping[str, str] | None) -> Mapping[str, str]:
    """`printed` (msgstr fields printed ahead, by text) with those of `texts` it lacks; a
    `KeptFields` keeps them (and is what is given back), any other mapping is left as it is.
    Every text of `texts` is in what is given back, also when the `KeptFields` filled up and
    emptied: it lost those it held, and a worker of bench/evalchain's 903-page `translate`
    stopped on one (`KeyError: '{percent_1}'`, sweep46).

    >>> kept = KeptFields(bound=2)
    >>> kept.keep({"a": "field a", "b": "field b"})
    >>> sorted(msgstr_fields(["a", "c"], kept))
    ['a', 'c']
    """
    known = {} if printed is None else printed  # (an empty `KeptFields` is one all the same)
    missing = [text for text in texts if text not in known]
    if not missing:
        return known
    fields = dict(zip(missing, field_texts([("msgstr", text) for text in missing]), strict=True))
    if isinstance(known, KeptFields):  # full, it empties: the texts it held that are asked for again go back in
        known.keep({**{text: known[text] for text in texts if text in known}, **fields})
        return known
    return {**known, **fields}


@functools.lru_cache(maxsize=FIELD_CACHE_SIZE)
def held_field(text: str) -> str | None:
    """The msgstr field of `text` in a python-brace-format entry (`po_render.brace_parsed`) when
    `brace_hold` forbids some of its breaks, or None: then it is printed as in any entry, and a
    field printed ahead by its text alone (`msgstr_fields`, `KeptFields`) is the entry's. Such a
    field is printed here (kept by text, apart from `KeptFields`: a corpus repeats a few in
    every locale's catalog)."""
    if "{" not in text or ("\n" not in text and len("msgstr ") + 2 * len(text) <= PAGE_WIDTH - 2):
        return None  # (one line, never cut: `po_render._field_lines` parses no hold then)
    if not brace_hold(text):
        return None
    return "\n".join(field_lines("msgstr", text, brace=True))


@functools.lru_cache(maxsize=256)
def brace_flags(flags: str) -> bool:
    """Whether a `#, ` line's flags (as the printer writes them, ", " apart) make gettext parse
    the entry's strings as python-brace-format (`po_render.brace_parsed`)."""
    return "python-brace-format" in flags and brace_parsed(flags.split(", "))


def _held_fields(filled: list[tuple[_Plain, str, str]]) -> dict[int, str]:
    """The msgstr fields of the filled plain blocks (block, provenance line, msgstr) of
    python-brace-format entries where the flag may change them (`held_field`), by place."""
    held = {}
    for number, (block, _, msgstr) in enumerate(filled):
        if "{" in msgstr and block.flags_at >= 0 and brace_flags(_flags(block)):
            field = held_field(msgstr)
            if field is not None:
                held[number] = field
    return held


def _flags(block: _Plain) -> str:
    """A plain block's `#, ` line's flags (it has one: `flags_at`)."""
    return block.comments[block.flags_at + 3 : -1]


class KeptFields(dict[str, str]):
    """msgstr fields printed (`field_texts` of ("msgstr", text)), by text, kept across the
    catalogs one process fills (`msgstr_fields`): a field's lines depend on its text alone (but
    in a python-brace-format entry, where `BlockCatalog.fill` prints it by `held_field`), and
    `translate` writes the same texts into many catalogs — pseudo's one output into each of its
    locales', a paragraph the corpus repeats into each article's. At most `bound` texts: full,
    it is emptied and fills again (a cold run's distinct msgstrs fit: 12,789 at 1,000 × 8)."""

    def __init__(self, bound: int) -> None:
        super().__init__()
        self.bound = bound

    def keep(self, fields: Mapping[str, str]) -> None:
        if len(self) + len(fields) > self.bound:
            self.clear()
        self.update(fields)


def read_blocks(data: bytes, *, fields_as_printed: bool = False) -> BlockCatalog | None:
    """The catalog in PO `data`, or None where `po_scan.scan_catalog` declines it.

    A block is matched once: as a plain block (`PLAIN_BLOCK`, a narrower form of `po_scan`'s
    `BLOCK`), else as any block, else the catalog is declined. `fields_as_printed`: the caller
    knows `data` to be bytes our printer wrote (`l10n.mt.batch`: the file is as `update` or a
    machine writer after it left it, by its merge stamp), so a plain block's msgctxt and msgid
    lines are what printing their values gives — a field's value reads back exactly as it was
    printed — and are copied without being cut again to check them. Comment lines are checked
    either way: the printer writes a comment as it is given, which need not read back the same
    (a trailing blank is stripped)."""
    parts = block_texts(data)
    if parts is None:
        return None
    header = catalog_header(parts[0], fields_as_printed)
    if header is None:
        return None
    blocks: list[_Plain | ScannedEntry] = []
    keys: list[CatalogKey] = []
    unprinted: list[tuple[str, str]] = []  # fields of plain blocks not printed as they stand…
    places: list[tuple[_Plain, int]] = []  # …and where they go
    braced: set[int] = set()  # …those of python-brace-format entries with a `{`, by place in `unprinted`
    plain_match, any_match = PLAIN_BLOCK.fullmatch, BLOCK.fullmatch
    for part in parts[1:]:
        match = plain_match(part)
        plain = None
        if match is not None:
            comments, references, flags, msgctxt, msgid = match.groups()
            msgstr = '""'
            plain = _plain(comments, references, flags, msgctxt, msgid, fields_as_printed)
        else:
            match = any_match(part)
            if match is None:
                return None
            comments, msgctxt, msgid, msgstr = match.groups()
        if msgid == '""':
            return None  # a second `msgid ""` (polib's header pick), or an entry without msgid
        key = (None if msgctxt is None else field_value(msgctxt), field_value(msgid))
        keys.append(key)
        if plain is None:
            entry = ScannedEntry(key[0], key[1], field_value(msgstr))
            if comments:
                take_comments(entry, comments[:-1].split("\n"))
            blocks.append(entry)
            continue
        blocks.append(plain)
        fields = plain.fields
        if not fields[-1]:
            unprinted.append(("msgid", key[1]))
            places.append((plain, len(fields) - 1))
            if "{" in key[1] and flags is not None and brace_flags(flags):
                braced.add(len(unprinted) - 1)
        if len(fields) == 2 and not fields[0]:
            unprinted.append(("msgctxt", key[0] or ""))
            places.append((plain, 0))
            if "{" in unprinted[-1][1] and flags is not None and brace_flags(flags):
                braced.add(len(unprinted) - 1)
    if not distinct_keys(keys):
        return None
    brace = [number in braced for number in range(len(unprinted))] if braced else ()
    for (plain, number), printed in zip(places, field_texts(unprinted, brace=brace), strict=True):
        plain.fields[number] = printed + "\n"
    return BlockCatalog(header, blocks, keys)


def _plain(
    comments: str, references: str, flags: str | None, msgctxt: str | None, msgid: str, as_printed: bool
) -> _Plain | None:
    """The block as a `_Plain`, or None when its comment lines are not printed as they stand;
    a field that is printed again is left empty here (`read_blocks` prints them together), and
    none is when the fields are known `as_printed` (`read_blocks`)."""
    if references and not references_as_printed(references):
        return None
    if flags is not None and not plain_flags(flags):
        return None
    if as_printed:
        fields = [f"msgid {msgid}\n"] if msgctxt is None else [f"msgctxt {msgctxt}\n", f"msgid {msgid}\n"]
    else:
        fields = [_field("msgid", msgid)] if msgctxt is None else [_field("msgctxt", msgctxt), _field("msgid", msgid)]
    return _Plain(comments, -1 if flags is None else len(comments) - len(flags) - 4, fields)


@functools.lru_cache(maxsize=256)
def plain_flags(flags: str) -> bool:
    """A `#, ` line's flags as the printer writes them (", " apart, no blanks around one; a
    catalog repeats a few lines, hence the cache), without `fuzzy` or `no-wrap`."""
    names = [flag.strip() for flag in flags.split(",")]
    return ", ".join(names) == flags and "fuzzy" not in names and "no-wrap" not in names


def references_as_printed(references: str) -> bool:
    """`#:` lines as `reference_lines` fills them again from their references (each of which
    polib reads back to the same text: `path:line` or the reference as it is)."""
    lines = references[:-1].split("\n")
    if len(lines) == 1 and len(lines[0].encode("utf-8")) <= PAGE_WIDTH:
        return True  # one line within the width, counted in bytes as the filling counts: never broken
    return reference_lines([(word, "") for line in lines for word in line[3:].split(" ")]) == lines


def _field(name: str, raw: str) -> str:
    """A msgctxt/msgid field as printed: its line as it stands when it holds nothing to escape
    and fits within the width even if every non-ASCII character were wide, else "" (printed
    again from its value, with the others of the catalog: `po_render.field_texts`)."""
    if "\n" not in raw and _NEEDS_ESCAPE.search(raw) is None:
        columns = len(raw) if raw.isascii() else 2 * len(raw) - len(raw.encode("ascii", "ignore"))
        if len(name) + 1 + columns <= PAGE_WIDTH:  # the quotes included, as in `po_render._field_lines`
            return f"{name} {raw}\n"
    return ""


def _filled(block: _Plain, line: str, msgstr: str) -> str:
    """`block` once `apply_one_suggestion` filled it (`filled_text`), with its line feed."""
    return filled_text(block.comments, block.flags_at, "".join(block.fields), line, msgstr) + "\n"


def filled_text(comments: str, flags_at: int, fields: str, line: str, msgstr: str) -> str:
    """A plain block — its comment lines, where its `#, ` line starts in them (or -1), its
    msgctxt and msgid lines — once `apply_one_suggestion` filled it: the provenance line first
    (the only translator comment: `line`, printed), `fuzzy` first among the flags, the new
    msgstr (`msgstr` printed); without the line feed that ends the block."""
    if flags_at < 0:
        return f"{line}{comments}#, fuzzy\n{fields}{msgstr}"
    return f"{line}{comments[:flags_at]}#, fuzzy, {comments[flags_at + 3 :]}{fields}{msgstr}"
