"""Catalogs `translate` reads once: parsed for their open units, kept, and written from that parse.

`translate` reads every catalog of a language group before MT (the open units of the whole group
are deduplicated and batched together) and writes each one after; writing through
`apply_suggestions` parsed each catalog a second time, about a tenth of a cold run. So the parse
is kept with the file's state as read (size, times, inode: `fingerprint.file_state`), and at write
time, under the catalog's lock, a file still in that state gets the suggestions applied to the
kept parse — the same edit `apply_suggestions` makes (`catalog.translations`' rule for who may
write a unit), on the same parse, so the same bytes. A file that moved meanwhile (a translator
saved it during a long MT run) is written through `apply_suggestions`, which reads it again and
so keeps that work; so is a file touched at or after the moment the reads began, whose times may
not move on a further edit within the same tick of the filesystem's clock (git's "racily clean"
entries, `fingerprint.filesystem_now`).

A parsed catalog takes ~25× its file's size in memory (polib objects), and a group's catalogs
are all read before any is written: at 1,000 articles a group held whole raised `translate`'s
peak RSS from 225 to 457 MB for ~1.5 CPU s saved of 30. So parses are kept within a budget of
file bytes per run (`MAX_HELD_BYTES`, ~50 MB of parses); catalogs past it are read again to be
written, as before. A project of a few hundred articles fits whole.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from l10n import fsio
from l10n.catalog.pofile import entry_index, load_catalog, save_catalog, touch_revision_date
from l10n.catalog.translations import (
    Written,
    _apply_suggestion,
    apply_suggestions,
    catalog_translations,
    entry_translation,
)
from l10n.fingerprint import file_state, filesystem_now

if TYPE_CHECKING:
    import polib

    from l10n.catalog.pofile import CatalogKey
    from l10n.model import Suggestion, Translation


MAX_HELD_BYTES = 2 << 20


@dataclass
class HeldCatalog:
    """A catalog as `read_held` parsed it, and the state its file had then."""

    catalog: polib.POFile
    state: str


def read_held(po_path: Path, *, since: int) -> tuple[dict[CatalogKey, Translation], HeldCatalog | None]:
    """`read_translations` of `po_path`, and its parse kept for `apply_held` — None when the file
    moved while it was read or was touched at or after `since` (ns, the filesystem's clock when
    the reads began: such a file may change again without its times moving)."""
    before = file_state(po_path)
    catalog = load_catalog(po_path)
    held = HeldCatalog(catalog, before) if file_state(po_path) == before and _settled(before, since) else None
    return catalog_translations(catalog), held


def apply_held(
    held: HeldCatalog | None,
    po_path: Path,
    suggestions: Iterable[Suggestion],
    *,
    overwrite_fuzzy: bool = False,
    written: Written | None = None,
) -> int:
    """`apply_suggestions(po_path, suggestions, …)`, on the kept parse when the file is as it was
    read (checked under the catalog's lock, held through the write); returns entries changed."""
    pending = [s for s in suggestions if s.msgstr]
    if not pending:
        return 0
    with fsio.locked(Path(po_path)):
        if held is None or file_state(po_path) != held.state:
            return apply_suggestions(po_path, pending, overwrite_fuzzy=overwrite_fuzzy, written=written)
        index = entry_index(held.catalog)
        entries = ((index.get((s.msgctxt, s.msgid)), s) for s in pending)
        changed = sum(_apply_suggestion(e, s, overwrite_fuzzy=overwrite_fuzzy) for e, s in entries if e is not None)
        if changed:
            touch_revision_date(held.catalog)
            save_catalog(held.catalog, po_path)
        if written is not None:
            written({key: entry_translation(e) for key, e in index.items() if e.msgstr and not e.fuzzy})
    return changed


def _settled(state: str, since: int) -> bool:
    parts = state.split(":")
    return len(parts) == 4 and int(parts[1]) < since and int(parts[2]) < since


class Holding:
    """The parses one `translate` keeps, by (locale code, domain), within `budget` file bytes:
    `read` a catalog before MT, `apply` the suggestions after it (which lets go of the parse)."""

    def __init__(self, *, budget: int = MAX_HELD_BYTES) -> None:
        self._held: dict[tuple[str, str], HeldCatalog | None] = {}
        self._budget = budget
        self._since: int | None = None  # the filesystem's clock when the first catalog was read

    def read(self, key: tuple[str, str], po_path: Path) -> dict[CatalogKey, Translation]:
        """`read_translations(po_path)`, the parse kept for `apply` while the budget lasts."""
        if self._since is None:
            self._since = filesystem_now(Path(po_path).parent)
        size = int(file_state(po_path).split(":")[0] or 0) if Path(po_path).is_file() else 0
        if size > self._budget:
            return catalog_translations(load_catalog(po_path))
        translations, held = read_held(po_path, since=self._since)
        if held is not None:
            self._budget -= size
            self._held[key] = held
        return translations

    def apply(
        self,
        key: tuple[str, str],
        po_path: Path,
        suggestions: Iterable[Suggestion],
        *,
        overwrite_fuzzy: bool = False,
        written: Written | None = None,
    ) -> int:
        """`apply_held` with the parse kept for `key`, if any (then no longer kept)."""
        held = self._held.pop(key, None)
        if held is not None:
            self._budget += int(held.state.split(":")[0])
        return apply_held(held, po_path, suggestions, overwrite_fuzzy=overwrite_fuzzy, written=written)
