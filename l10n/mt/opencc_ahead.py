"""zh_TW catalogs derived ahead: a run of catalogs converted, printed and filled in a row.

Why: deriving zh_TW from zh_CN (issue 16) for a thousand catalogs, a catalog at a time between
its lock, reads and write, cost up to twice the conversion's CPU and a tenth more for the
reading, filling and printing than the same work in a row (OpenCC's dictionaries and the
printer's data fall out of the processor's caches in between: `bench/mt_opencc.py`). So
`l10n.mt.batch` calls `convert_ahead` for `AHEAD_CATALOGS` catalogs at a time, which reads their
zh_CN catalogs once (`l10n.catalog.po_twins.read_twin`), converts all their msgstrs in one
OpenCC call (`l10n.mt.opencc.convert_all`), prints their fields in one line-breaker call and
fills every zh_TW catalog as `update` left it (`DerivedAhead`); `opencc.derive_traditional_catalog`
then writes one only under its lock, when both files still hold the bytes it was derived from
(a cache of pure functions of those bytes: what it lacks or holds changes no output).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from l10n.mt.opencc import convert_all, placeholders_changed, provenance_comment_lines

if TYPE_CHECKING:
    from l10n.catalog.po_twins import TwinCatalog, TwinRead, TwinReading, TwinUnits


@dataclass(frozen=True)
class ConvertedAhead:
    """Conversions made before a run of catalogs is filled (`convert_ahead`): zh_CN msgstrs in
    the order read, each one's Traditional text and each such text's msgstr field as printed —
    by text (`texts`, `fields`) where a catalog is filled on its own. A cache of pure functions
    of the text: a text it lacks is converted and printed where it is needed, so what it holds
    (or lacks) changes no output."""

    sources: Sequence[str]
    converted: Sequence[str]  # `sources[i]` converted
    printed: Sequence[str]  # `converted[i]`'s msgstr field
    simplified: Mapping[str, TwinRead] = dataclasses.field(default_factory=dict)  # by path: `read_printed_twins`
    derived: Mapping[str, DerivedAhead] = dataclasses.field(default_factory=dict)  # by zh_TW path
    config: str | None = None  # the OpenCC configuration of the texts (None: any, as given)

    @functools.cached_property
    def texts(self) -> Mapping[str, str]:
        """Each zh_CN msgstr's Traditional text, made when first asked (the catalogs filled
        ahead take theirs by place: a dictionary of a run's texts cost as much as their fill)."""
        return dict(zip(self.sources, self.converted, strict=True))

    @functools.cached_property
    def fields(self) -> Mapping[str, str]:
        """Each Traditional text's msgstr field as printed, made when first asked."""
        return dict(zip(self.converted, self.printed, strict=True))


class DerivedAhead(NamedTuple):
    """A zh_TW catalog filled ahead from its zh_CN twin (`convert_ahead`): a pure function of
    both files' bytes, the configuration and the day (the header's date is printed on writing)."""

    traditional: bytes
    simplified: bytes
    catalog: TwinCatalog  # filled
    changed: int
    refused: int
    date: dt.date


AHEAD_CATALOGS = 256
"""Catalogs converted ahead at a time (`mt.batch`): a few MB of text, fields and zh_CN readings
(their bytes and groups, ~30 KB a catalog) at most."""


def convert_ahead(config: str, pairs: Sequence[tuple[Path, Path]]) -> ConvertedAhead:
    """The msgstrs of the zh_CN catalogs of these (zh_CN, zh_TW) pairs converted in one OpenCC
    call and their fields printed in one line-breaker call, before any zh_TW catalog is filled.
    Converting a catalog at a time, between its reads, prints and writes, cost up to twice the
    CPU of converting the same texts in a row (OpenCC's dictionaries fall out of the processor's
    caches in between: `bench/mt_opencc.py`). Every text is converted, repeats included (real
    catalogs hardly repeat a sentence; a bench corpus that does must not gain by it), for the
    zh_TW catalogs with an empty msgstr (the units a machine fills; a catalog with none, or with
    only fuzzy machine units to redo, converts what it needs when it is filled). An unreadable
    file gives nothing: a cache, not a reading. The zh_CN catalogs' readings (`read_twin`, by
    path, with their bytes) are kept for the fill, which takes one only while the file holds
    the same bytes (`po_twins.read_printed_twins`). Then each zh_TW catalog the twin reading
    takes is filled too, in a row (`DerivedAhead`): a catalog's reading, filling and printing
    cost a tenth more CPU between its lock, reads and write than among the others'. A
    derivation takes it only for the same bytes of both files, the zh_TW ones found its
    printer's, on the same day (`derive_traditional_catalog`); one made for a catalog a person
    touched is dropped unused.

    The cyclic garbage collector is paused meanwhile (as it was found: a caller's pause is
    kept): the readings make some ten thousand tuples of strings a run, none in a cycle, and
    the collector's passes over them cost ~5 % of the step's CPU (`bench/mt_opencc.py`); what
    a run holds is dropped or kept by the caller as it would be anyway."""
    from l10n.collector import collector_paused

    with collector_paused():
        return _convert_ahead(config, pairs)


def _convert_ahead(config: str, pairs: Sequence[tuple[Path, Path]]) -> ConvertedAhead:
    """`convert_ahead`, the collector paused."""
    from l10n.catalog.po_blocks import EMPTY_UNIT
    from l10n.catalog.po_render import field_texts
    from l10n.catalog.po_scan import catalog_text, msgstr_values, scannable_bytes
    from l10n.catalog.po_twins import read_twin, twin_catalog
    from l10n.catalog.translations import machine_may_fill

    texts: list[str] = []
    read: dict[str, TwinRead] = {}
    twins: list[tuple[str, bytes, bytes, TwinReading, int]] = []  # (…, where its texts start in `texts`)
    for simplified_po, traditional_po in pairs:
        traditional = scannable_bytes(traditional_po)
        if traditional is not None and _EMPTY_MSGSTR.search(traditional) is None:
            continue
        data = scannable_bytes(simplified_po)
        if data is None:
            continue
        twin = read_twin(data)
        read[os.fspath(simplified_po)] = (data, twin)
        if twin is not None:
            if traditional is not None:
                twins.append((os.fspath(traditional_po), traditional, data, twin, len(texts)))
            texts += twin[1][1]  # (none empty; one with a line break is converted alone: `convert_all`)
        else:
            text = catalog_text(data)
            texts.extend(value for value in ([] if text is None else msgstr_values(text)) if value)
    converted = convert_all(config, texts) if texts else []
    printed = field_texts([("msgstr", text) for text in converted])
    ahead = ConvertedAhead(texts, converted, printed, read)
    if not all(machine_may_fill(EMPTY_UNIT, overwrite_fuzzy=overwrite) for overwrite in (False, True)):
        return dataclasses.replace(ahead, config=config)  # (never: empty units are always a machine's to fill)
    today = dt.date.today()
    derived: dict[str, DerivedAhead] = {}
    lines = provenance_comment_lines(config, today)
    for path, traditional, simplified, twin, start in twins:  # in a row, as the conversion: a third less CPU
        found = twin_catalog(traditional, twin)
        if found is not None:
            end = start + len(found[1][1])  # (its texts, in order: `twin[1][1]`)
            units, catalog = found[1], found[0]
            texts_here = converted[start:end]
            changed, refused = catalog.fill(
                units,
                texts_here,
                lines,
                held_fields(catalog, units[0], texts_here, printed[start:end]),
                refuse=placeholders_changed,
            )
            catalog.seal()  # (what `text` prints, only)
            derived[path] = DerivedAhead(traditional, simplified, catalog, changed, refused, today)
    return dataclasses.replace(ahead, derived=derived, config=config)


_EMPTY_MSGSTR = re.compile(rb'^msgstr ""\n(?!")', re.MULTILINE)  # (the header's continues)


def fill_twins(
    catalog: TwinCatalog,
    units: TwinUnits,
    *,
    config: str,
    ahead: ConvertedAhead | None,
    today: dt.date | None = None,
) -> tuple[int, int]:
    """`_converted` and `BlockCatalog.fill` for a catalog read by `po_twins.read_printed_twins`
    (every unit empty, named by its place): the converted texts written with their provenance
    lines, as `fill` writes them; (units written, refused). What `ahead` lacks is converted and
    printed here."""
    from l10n.catalog.po_blocks import msgstr_fields

    values = units[1]
    texts = {} if ahead is None else ahead.texts
    if not all(map(texts.__contains__, values)):
        missing = [value for value in values if value not in texts]
        texts = {**texts, **dict(zip(missing, convert_all(config, missing), strict=True))}
    converted = [texts[value] for value in values]
    fields = msgstr_fields(converted, None if ahead is None else ahead.fields)
    lines = provenance_comment_lines(config, today or dt.date.today())
    printed = held_fields(catalog, units[0], converted, [fields[text] for text in converted])
    return catalog.fill(units, converted, lines, printed, refuse=placeholders_changed)


def held_fields(
    catalog: TwinCatalog, places: Sequence[int], texts: Sequence[str], printed: Sequence[str]
) -> Sequence[str]:
    """`printed` (each text's msgstr field printed ahead, by text alone) with the field of each
    text whose block (at `places[i]` in `catalog`) is a python-brace-format entry printed as
    that entry prints it where the flag changes it (`po_blocks.held_field`); `printed` itself
    when no text holds a `{`."""
    if "{" not in "".join(texts):  # (one scan in C a catalog)
        return printed
    from l10n.catalog.po_blocks import brace_flags, held_field

    groups = catalog.groups
    fields: list[str] | None = None
    for number, (place, text) in enumerate(zip(places, texts, strict=True)):
        flags = groups[place][3] if "{" in text else None
        if flags and brace_flags(flags):
            field = held_field(text)
            if field is not None:
                fields = list(printed) if fields is None else fields
                fields[number] = field
    return printed if fields is None else fields
