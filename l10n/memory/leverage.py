"""The TM leveraged into a project's catalogs: its matches fill empty units before MT runs.

Why through the catalog API (`l10n.catalog.po`) and never PO syntax: the PO is the durable record
(design decision 2) and one module owns how it is written. TM suggestions go in like MT ones —
fuzzy with a `tm: 87% from <origin> (<context>)` comment — except exact matches in the same
context, which the issue fills as reviewed: they are applied, then signed off with `mark_reviewed`.
Only units with no translation (or, with `overwrite_fuzzy`, machine-fuzzy ones) are offered, so a
human translation — reviewed or fuzzy — is never replaced. The TM is first filled from the
catalogs' reviewed units (`l10n.memory.catalog_sync`).
"""

from __future__ import annotations

import stat
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from l10n.locales import TargetLocale
from l10n.memory.catalog_sync import catalog_source, open_project_tm, sync_from_catalogs
from l10n.memory.stamps import ANY
from l10n.memory.tm import TranslationMemory, is_exact_match, leverage
from l10n.project import Project

if TYPE_CHECKING:
    from l10n.fingerprint import KnownStat


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
LEVERAGED = ([int], [int, ANY, ANY, ANY])
"""A catalog's record of this stage: its units still open, and the TM's generation, threshold and
`overwrite_fuzzy` it was leveraged with (`memory.stamps.fits`; none of them when nothing is open)."""


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
    every other article at once. A catalog an earlier version made in its article's own language
    (`memory.article_language`) is neither synced nor filled: it is left byte for byte.

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
    from l10n.memory.article_language import own_language_codes
    from l10n.memory.stamps import fingerprint, stage_stamps

    threshold = project.settings.tm_threshold if threshold is None else threshold
    own: dict[str, str] = {}  # domain → the locale its article is written in, asked when a catalog would be read
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
            if not (stamps.has(key, LEVERAGED) if state is None else stamps.fresh(key, state, LEVERAGED)):
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
                if domain not in own:  # a catalog an earlier version made in the article's own language: left as it is
                    own[domain] = own_language_codes(project, {domain: pot}, project.settings.locales).get(domain, "")
                if own[domain] == locale.code:
                    continue
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
