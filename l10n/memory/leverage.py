"""The TM against a project's catalogs: fill it from reviewed units, leverage it into empty ones.

Why through the catalog API (`l10n.catalog.po`) and never PO syntax: the PO is the durable record
(design decision 2) and one module owns how it is written. TM suggestions go in like MT ones —
fuzzy with a `tm: 87% from <origin> (<context>)` comment — except exact matches in the same
context, which the issue fills as reviewed: they are applied, then signed off with `mark_reviewed`.
Only units with no translation (or, with `overwrite_fuzzy`, machine-fuzzy ones) are offered, so a
human translation — reviewed or fuzzy — is never replaced.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from l10n.locales import TargetLocale
from l10n.memory.tm import TMEntry, TranslationMemory, is_exact_match, leverage
from l10n.project import Project

if TYPE_CHECKING:
    from l10n.catalog.pofile import CatalogKey
    from l10n.catalog.translations import Written
    from l10n.fingerprint import KnownStat
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
    `skip`: catalogs (paths as `catalog_files` gives them) a batch refused, left unread.
    `seen`: stats of the catalogs taken before (`leverage_project`), none written since;
    `unchanged`: catalogs as the last `translate` of this command line left them, synced then
    (`memory.unchanged`): one with a mark is not fingerprinted."""
    source_locale = project.settings.source_locale
    changed = 0
    with open_project_tm(project) as tm:
        synced = tm.synced_marks()  # one read, not one per catalog; each catalog comes once below
        for locale, domain, po_file in catalog_files(project, locales=locales):
            if po_file in skip:
                continue
            if unchanged is not None and po_file in unchanged and f"{locale.code}/{domain}" in synced:
                continue  # synced then, as it is now
            key, state = sync_mark(locale, domain, po_file, source_locale=source_locale, known=seen)
            if synced.get(key) == state:
                continue  # this catalog, as it is, is in the TM already
            po = Path(po_file)
            if not _untranslated(po):
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
    is not in the project's language (`extract.article_language`), else the project's. The TM
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


@dataclass
class LocaleLeverage:
    """What leverage did for one locale: units filled as reviewed (exact) and as fuzzy."""

    locale: str
    exact: int = 0
    fuzzy: int = 0
    domains: list[str] = field(default_factory=list)


@dataclass
class LeverageReport:
    locales: dict[str, LocaleLeverage] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(item.exact + item.fuzzy for item in self.locales.values())


def leverage_catalog(
    tm: TranslationMemory,
    po_path: Path,
    units: Sequence,
    *,
    source_locale: str,
    locale: TargetLocale,
    threshold: float,
    overwrite_fuzzy: bool = False,
) -> tuple[int, int, int]:
    """Leverage the TM into one PO; returns (exact filled as reviewed, fuzzy filled, still open)."""
    from l10n.catalog.po import apply_suggestions, machine_may_fill, mark_reviewed, read_translations

    current = read_translations(po_path) if po_path.is_file() else {}
    if any(t.fuzzy and t.source_changed for t in current.values()) and reclaim_from_tm(
        tm, po_path, source_locale=source_locale, locale=locale
    ):
        current = read_translations(po_path)
    candidates = [
        unit
        for unit in units
        if unit.key not in current or machine_may_fill(current[unit.key], overwrite_fuzzy=overwrite_fuzzy)
    ]
    suggestions = leverage(tm, candidates, source_locale=source_locale, target_locale=locale.code, threshold=threshold)
    if not suggestions:
        return 0, 0, len(candidates)
    apply_suggestions(po_path, suggestions, overwrite_fuzzy=overwrite_fuzzy)
    exact_keys = [(s.msgctxt, s.msgid) for s in suggestions if is_exact_match(s)]
    exact = mark_reviewed(po_path, exact_keys) if exact_keys else 0
    return exact, len(suggestions) - len(exact_keys), len(candidates) - len(suggestions)


def reclaim_from_tm(tm: TranslationMemory, po_path: Path, *, source_locale: str, locale: TargetLocale) -> int:
    """Units GNU msgmerge lowered from a review the TM recorded, given back to the person before
    anything may fill them (`catalog.reclaim`); returns how many."""
    from l10n.catalog.reclaim import reclaim_reviewed

    def was_reviewed(msgctxt: str | None, msgid: str, msgstr: str) -> bool:
        return tm.holds(
            source_locale=source_locale,
            target_locale=locale.code,
            source=msgid,
            context=msgctxt,
            target=msgstr,
            origin=po_path.stem,  # this article's own review, not a pair imported from elsewhere
        )

    return reclaim_reviewed(po_path, was_reviewed)


LEVERAGE_STAGE = "tm-leverage"


def record_nothing_open(project: Project, filled: Sequence[tuple[str, str]]) -> None:
    """MT filled every open unit of these (locale code, domain) catalogs: nothing in them is open
    to the TM either, so the next `leverage_project` need not read them while they stay so."""
    from l10n.memory.stamps import fingerprint, stage_stamps

    with stage_stamps(project, LEVERAGE_STAGE) as stamps:
        for code, domain in filled:
            po = project.po_path(TargetLocale(code), domain)
            stamps.record(f"{code}/{domain}", fingerprint([po, project.pot_path(domain)]), [0])


def leverage_project(
    project: Project,
    *,
    locales: Sequence[TargetLocale],
    domains: Sequence[str],
    threshold: float | None = None,
    overwrite_fuzzy: bool = False,
    seen: Mapping[str, KnownStat | None] | None = None,
    unchanged: Set[str] | None = None,
    skip: Set[str] = frozenset(),
) -> LeverageReport:
    """TM leverage for every (domain, locale) PO before MT runs (called by `translate` and `run`).

    The TM is first synced from the catalogs, so a sentence reviewed in one article is offered to
    every other article at once.

    `seen`: the catalogs' and templates' stats `translate`'s whole-run look-up took
    (`StatsSeen.known`), so the sync and the leverage checks stat no file again: both come
    before anything in the process writes a catalog, and a catalog is written here only after
    its own check (its stamp then takes a new stat). MT, which comes after, stats afresh.
    `unchanged`: the catalogs and templates as the last `translate` of this command line left
    them (`memory.unchanged`): a catalog whose PO and template are among them is judged by its
    stamp's payload alone, without a fingerprint. `skip`: catalogs the sync leaves unread
    (`sync_from_catalogs`), refused by the batch.
    """
    from l10n.catalog.po import read_pot
    from l10n.memory.stamps import fingerprint, stage_stamps

    threshold = project.settings.tm_threshold if threshold is None else threshold
    sync_from_catalogs(project, locales=locales, seen=seen, unchanged=unchanged, skip=skip)
    report = LeverageReport()
    with open_project_tm(project) as tm, stage_stamps(project, LEVERAGE_STAGE) as stamps:
        asked = [tm.generation(), threshold, overwrite_fuzzy]
        offered: dict[str, bool] = {}  # per locale: does the TM translate anything into it

        def done_before(key: str, state: str | None) -> bool:
            """Nothing changed in the catalog, and either nothing in it is open to the TM or the
            TM and the options are as they were (a catalog with every unit filled ignores new TM
            entries — unless fuzzy machine units are open too, with `overwrite_fuzzy`). `state`
            None: the catalog is as the last run left it (`unchanged`), its stamp as it was."""
            if not (stamps.has(key) if state is None else stamps.fresh(key, state)):
                return False
            still_open, *seen = stamps.payload(key)
            return (still_open == 0 and not overwrite_fuzzy) or seen == asked

        for domain in domains:
            pot_file = project.pot_file(domain)  # stat'ed only; read through `pot_path`
            vouched = unchanged if unchanged is not None and pot_file in unchanged else None
            known = {pot_file: _stat_of(pot_file, seen)}  # once for its locales' POs
            if not _is_file(known[pot_file]):
                continue
            pot = None
            units = None
            for locale in locales:
                po_file = project.po_file(locale.code, domain)  # stat'ed only, unless read below
                key = f"{locale.code}/{domain}"
                if vouched and po_file in vouched and done_before(key, None):
                    continue
                pot = project.pot_path(domain) if pot is None else pot
                known[po_file] = _stat_of(po_file, seen)
                if not _is_file(known[po_file]) or done_before(key, fingerprint([po_file, pot], known=known)):
                    continue
                if not offered.setdefault(locale.code, bool(tm.sources_into(locale.code))):
                    continue  # nothing to offer: the catalog is not read (a cold run's first `translate`)
                po = project.po_path(locale, domain)
                source = catalog_source(po, project.settings.source_locale)
                units = read_pot(pot) if units is None else units
                exact, fuzzy, still_open = leverage_catalog(
                    tm,
                    po,
                    units,
                    source_locale=source,
                    locale=locale,
                    threshold=threshold,
                    overwrite_fuzzy=overwrite_fuzzy,
                )
                stamps.record(key, fingerprint([po, pot]), [still_open, *asked])
                item = report.locales.setdefault(locale.code, LocaleLeverage(locale.code))
                item.exact += exact
                item.fuzzy += fuzzy
                if exact or fuzzy:
                    item.domains.append(domain)
    return report


def _stat_of(path: str, seen: Mapping[str, KnownStat | None] | None) -> KnownStat | None:
    """A file's stat as `fingerprint(known=…)` takes it: from `seen` when there, else now."""
    if seen is not None and path in seen:
        return seen[path]
    from l10n.fingerprint import stats_of

    return stats_of([path])[path]


def _is_file(found: KnownStat | None) -> bool:
    """`os.path.isfile` of a stat taken (`_stat_of`)."""
    return found is not None and stat.S_ISREG(found[0].st_mode)
