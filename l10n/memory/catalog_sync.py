"""The project TM filled from the project's catalogs: every reviewed unit becomes a TM entry.

Why through the catalog API (`l10n.catalog.po`) and never PO syntax: the PO is the durable record
(design decision 2) and one module owns how it is read. The sync reads each catalog once per
change (its mark in the TM: the file's fingerprint), and what `translate` wrote is handed over
as it is written (`WrittenCatalogs`), so the next sync need not read it again. Leverage — the TM
into the catalogs' empty units — is `l10n.memory.leverage`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence, Set
from pathlib import Path
from typing import TYPE_CHECKING

from l10n.locales import TargetLocale
from l10n.memory.tm import TMEntry, TranslationMemory
from l10n.project import Project

if TYPE_CHECKING:
    from l10n.catalog.pofile import CatalogKey
    from l10n.catalog.translations import Written
    from l10n.model import Translation

TM_FILE_NAME = "tm.sqlite3"


def tm_path(project: Project) -> Path:
    """`locales/tm.sqlite3`: derived state beside the catalogs (`Project.state_dir`)."""
    return project.state_file(TM_FILE_NAME)


def open_project_tm(project: Project) -> TranslationMemory:
    return TranslationMemory(tm_path(project))


def catalog_files(
    project: Project, *, locales: Sequence[TargetLocale] | None = None
) -> list[tuple[TargetLocale, str, str]]:
    """Every existing `locales/<locale>/LC_MESSAGES/<domain>.po` as (locale, domain, path), in
    the order of `sorted(locales_dir.glob("*/LC_MESSAGES/*.po"))` (by locale, then file name),
    from one listing per folder: the glob made a `Path` per name to sort (~0.1 s a `translate`).
    Paths are strings: the TM sync stats every catalog and reads few."""
    from l10n.locales import parse_locale

    found: list[tuple[TargetLocale, str, str]] = []
    wanted = {loc.code for loc in locales} if locales else None
    for code in _listing(os.fspath(project.locales_dir), folders=True):
        if wanted is not None and code not in wanted:
            continue
        folder = os.path.join(project.locales_dir, code, "LC_MESSAGES")
        names = [name for name in _listing(folder, folders=False) if name.endswith(".po")]
        if names:
            locale = parse_locale(code)
            found.extend((locale, name[: -len(".po")], os.path.join(folder, name)) for name in names)
    return found


def _listing(folder: str, *, folders: bool) -> list[str]:
    """The sorted names in `folder` (with `folders`, of those that are folders, symlinked ones
    too), as `pathlib`'s glob lists them: hidden names included; nothing when it is no folder."""
    try:
        with os.scandir(folder) as entries:
            return sorted(entry.name for entry in entries if not folders or entry.is_dir())
    except (FileNotFoundError, NotADirectoryError, PermissionError):
        return []


def entries_from_po(po_path: Path, *, source_locale: str, target_locale: str, origin: str) -> list[TMEntry]:
    """The reviewed (non-fuzzy, non-empty) units of one PO as TM entries, from the article's
    language (`X-Source-Language`, else `source_locale`), those msgmerge retired (`#~`) first
    and marked `retired`: a reviewed sentence that left the article is leverage for the next
    one that has it, but never replaces what the TM holds from elsewhere (`TM.add`)."""
    from l10n.catalog.po import read_for_memory

    active, retired, article = read_for_memory(po_path)
    source = article or source_locale
    return [
        *tm_entries(retired, source_locale=source, target_locale=target_locale, origin=origin, retired=True),
        *tm_entries(active, source_locale=source, target_locale=target_locale, origin=origin),
    ]


def tm_entries(
    translations: dict[CatalogKey, Translation],
    *,
    source_locale: str,
    target_locale: str,
    origin: str,
    retired: bool = False,
) -> list[TMEntry]:
    """A catalog's reviewed units (read, or in hand as `translate` writes them) as TM entries."""
    return [
        TMEntry(source_locale, target_locale, msgid, translation.msgstr, msgctxt or "", origin, retired=retired)
        for (msgctxt, msgid), translation in translations.items()
        if translation.is_reviewed and msgid
    ]


def sync_mark(
    locale: TargetLocale, domain: str, po: Path | str, *, source_locale: str, known: Mapping | None = None
) -> tuple[str, str]:
    """The TM's synced mark of a catalog as it is now: (key, fingerprint of the file); `known`
    as for `fingerprint` (a stat taken earlier, before the file is read)."""
    from l10n.memory.stamps import fingerprint

    return f"{locale.code}/{domain}", fingerprint([po], settings=source_locale, known=known)


def sync_from_catalogs(
    project: Project,
    *,
    locales: Sequence[TargetLocale] | None = None,
    seen: Mapping | None = None,
    unchanged: Set[str] | None = None,
    skip: Set[str] = frozenset(),
) -> int:
    """Add every reviewed unit of every PO to the project TM; returns entries added or changed.
    A catalog an earlier version made in its article's own language (`memory.article_language`;
    left on disk byte for byte) gives it none: that edition is the article, not a translation.
    `skip`: catalogs (paths as `catalog_files` gives them) a batch refused, left unread.
    `seen`: stats of the catalogs taken before (`leverage_project`), none written since;
    `unchanged`: catalogs as the last `translate` of this command line left them, synced then
    (`memory.unchanged`): one with a mark is not fingerprinted."""
    from l10n.memory.article_language import own_language_codes

    source_locale = project.settings.source_locale
    changed = 0
    with open_project_tm(project) as tm:
        synced = tm.synced_marks()  # one read, not one per catalog; each catalog comes once below
        to_read = []
        for locale, domain, po_file in catalog_files(project, locales=locales):
            if po_file in skip:
                continue
            if unchanged is not None and po_file in unchanged and f"{locale.code}/{domain}" in synced:
                continue  # synced then, as it is now
            key, state = sync_mark(locale, domain, po_file, source_locale=source_locale, known=seen)
            if synced.get(key) != state:  # else this catalog, as it is, is in the TM already
                to_read.append((locale, domain, po_file, key, state))
        # a catalog an earlier version made in its article's own language is no translation of it
        domains = {domain: project.pot_path(domain) for _, domain, *_ in to_read}
        own = own_language_codes(project, domains, project.settings.locales)
        for locale, domain, po_file, key, state in to_read:
            po = Path(po_file)
            if own.get(domain) != locale.code and not _untranslated(po):
                changed += tm.add(
                    entries_from_po(po, source_locale=source_locale, target_locale=locale.code, origin=domain)
                )
            tm.mark_synced(key, state)
    return changed


class WrittenCatalogs:
    """What `translate` wrote, fed to the TM as `sync_from_catalogs` would feed it next run.

    A cold run's next `translate` used to parse every catalog the previous one wrote (~10 CPU s
    for 8,000 catalogs) to learn that MT, which writes fuzzy units only, gave the TM nothing.
    The writer hands each catalog's reviewed units over under its lock (`apply_suggestions`'s
    `written`); `record` keeps them and the file's fingerprint at that moment, and
    `flush` adds them and marks each catalog synced, catalogs in the order the sync takes them
    (sorted paths: which catalog wins a source text two of them translate differently is the
    same), one TM `add` per catalog as the sync does. A catalog changed after its write no longer
    matches its mark, and the next sync reads it as before. Nothing is kept without a TM file
    (`translate --no-tm` on a new project creates none).
    """

    def __init__(self, project: Project, *, enabled: bool = True) -> None:
        self.project = project
        self.source_locale = project.settings.source_locale
        self.enabled = enabled and tm_path(project).is_file()
        self._written: dict[Path, tuple[str, str, list[TMEntry]]] = {}

    def recorder(self, locale: TargetLocale, domain: str) -> Written | None:
        """The `written` callback for the (locale, domain) catalog, or None with no TM to feed."""
        if not self.enabled:
            return None
        po = self.project.po_path(locale, domain)

        def record(translations: dict[CatalogKey, Translation]) -> None:
            reviewed = any(translation.is_reviewed for translation in translations.values())
            source = catalog_source(po, self.source_locale) if reviewed else self.source_locale
            entries = tm_entries(translations, source_locale=source, target_locale=locale.code, origin=domain)
            key, state = sync_mark(locale, domain, po, source_locale=self.source_locale)
            self._written[po] = (key, state, entries)

        return record

    def emptied(self) -> WrittenCatalogs:
        """A copy holding nothing yet, for a worker process to record into (`take`, `keep`)."""
        copy = object.__new__(WrittenCatalogs)
        copy.__dict__.update(self.__dict__, _written={})
        return copy

    def take(self, po: Path) -> tuple[Path, tuple[str, str, list[TMEntry]]] | None:
        """What was recorded for `po`, removed from here, for `keep` in the process that flushes."""
        record = self._written.pop(po, None)
        return None if record is None else (po, (record[0], str(record[1]), record[2]))  # the mark as stored

    def keep(self, po: Path, record: tuple[str, str, list[TMEntry]]) -> None:
        self._written[po] = record

    def flush(self) -> int:
        """Add what was recorded to the TM and mark those catalogs synced; returns rows changed."""
        if not self._written:
            return 0
        changed = 0
        with open_project_tm(self.project) as tm:
            synced, marks = tm.synced_marks(), []
            for po in sorted(self._written):
                key, state, entries = self._written[po]
                if synced.get(key) == state:
                    continue
                if entries:
                    changed += tm.add(entries)
                marks.append((key, state))
            tm.mark_synced_many(marks)  # after the rows they vouch for
        self._written.clear()
        return changed


def catalog_source(po: Path, project_source: str) -> str:
    """The language a catalog's article is written in: its `X-Source-Language` where the article
    is not in the project's language (`locales.article_language`), else the project's. The TM
    keys its pairs by it, so a German article's reviews are German sources, leveraged into
    German articles and exported as `de`."""
    from l10n.catalog.po import catalog_source_language

    return catalog_source_language(po) or project_source


def _untranslated(po: Path) -> bool:
    """A catalog with no translation at all gives the TM nothing, and a cold run's `translate`
    finds every catalog so: told from its bytes (`certainly_untranslated`), not parsed. A file
    over the size limit is left to the reader, which refuses it naming the limit."""
    from l10n.catalog.pofile import certainly_untranslated
    from l10n.limits import MAX_CATALOG_BYTES

    try:
        if po.stat().st_size > MAX_CATALOG_BYTES:
            return False
        return certainly_untranslated(po.read_bytes())
    except OSError:
        return False  # the reader reports it
