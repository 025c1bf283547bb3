"""Translation progress per locale: reviewed, MT-fuzzy, TM-fuzzy, other fuzzy, untranslated.

Counted in units and in source words (the measure translators are paid and planned by). Words
are counted on the msgid without its placeholders — `{money_1}` is not a word anyone translates —
with `\\w+` runs, which for an English source is what `wc -w` would say minus punctuation.
The origin of a translation comes from the catalog API (`mt:`/`tm:` provenance lines). Catalogs
are streamed, never held: `status` over a 50,000-entry PO took 126 s (polib's duplicate check
on each entry) and is now linear (`bench/sizes.py`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence, Set
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from l10n.locales import TargetLocale
from l10n.model import Translation
from l10n.placeables.naming import PLACEHOLDER_PATTERN

if TYPE_CHECKING:
    import polib

STATUS_STAGE = "status"
STATES = ("reviewed", "mt_fuzzy", "tm_fuzzy", "fuzzy", "untranslated")
COUNTS_SHAPE = (None, [dict.fromkeys(STATES, int), dict.fromkeys(STATES, int)])
"""A catalog's record of the `status` stage (`_counted`: units and words per state, or None), as
`memory.stamps.fits` reads it: one of another shape is none, and is counted again (redteam49)."""
_WORD = re.compile(r"\w+(?:[’'-]\w+)*")


@functools.lru_cache(maxsize=1 << 15)  # keyed by its one input: a msgid recurs across locales and articles
def source_words(msgid: str) -> int:
    """Words of a source text, placeholders excluded.

    >>> source_words("Investment of {money_1} in Shanghai’s park.")
    5
    """
    return len(_WORD.findall(PLACEHOLDER_PATTERN.sub(" ", msgid)))


def state_of(translation: Translation | None) -> str:
    """Which of `STATES` a unit is in."""
    if translation is None or not translation.msgstr:
        return "untranslated"
    if not translation.fuzzy:
        return "reviewed"
    return {"mt": "mt_fuzzy", "tm": "tm_fuzzy"}.get(translation.origin, "fuzzy")


@dataclass
class LocaleStatus:
    """Counts for one locale over the selected domains; `units[state]` and `words[state]`."""

    locale: str
    units: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATES, 0))
    words: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATES, 0))
    catalogs: int = 0
    refused: list[str] = field(default_factory=list)  # articles refused (a damaged catalog…): not counted

    @property
    def total_units(self) -> int:
        return sum(self.units.values())

    @property
    def total_words(self) -> int:
        return sum(self.words.values())

    @property
    def reviewed_percent(self) -> float:
        return 100.0 * self.words["reviewed"] / self.total_words if self.total_words else 0.0

    def to_dict(self) -> dict:
        data = asdict(self)
        data.update(total_units=self.total_units, total_words=self.total_words)
        return data


def add_catalog_file(status: LocaleStatus, po_path: Path, *, untranslated: bool = False) -> None:
    """Count one catalog file into `status` as it is read (`read_entries`: no entry is kept, so a
    catalog costs time in proportion to its size and a few dozen bytes per entry); `untranslated` counts
    every unit as untranslated (a template standing in for a missing PO)."""
    from l10n.catalog.po import read_entries

    read_entries(po_path, lambda entry: count_entry(status, entry, untranslated=untranslated))
    status.catalogs += 1


def count_entry(
    status: LocaleStatus, entry: polib.POEntry, *, untranslated: bool = False, translation: Translation | None = None
) -> None:
    """Count one PO entry into `status` (obsolete entries are not units); `translation` is the
    entry's `entry_translation` when the caller made it already."""
    if entry.obsolete:
        return
    if untranslated:
        state = "untranslated"
    elif translation is not None:  # (`qa` counts every unit so: no import statement run per unit)
        state = state_of(translation)
    else:
        from l10n.catalog.po import entry_translation

        state = state_of(entry_translation(entry))
    status.units[state] += 1
    status.words[state] += source_words(entry.msgid)


def counted_catalog(
    entries: Iterable[polib.POEntry], translations: Mapping[tuple[str | None, str], Translation] | None = None
) -> list[dict[str, int]]:
    """One PO's counts as `status` stamps them, `[units, words]`, from entries already read: `qa`,
    which reads every PO it checks, records them so `status` after it need not read them again.
    `translations`: `catalog_translations` of these entries when the caller has it (`qa` makes
    it for the publish gate), so no entry's state is worked out twice; a catalog read by
    `load_catalog` has no two active entries with one key (a duplicate is an error there)."""
    one = LocaleStatus("")
    found = translations or {}
    for entry in entries:
        count_entry(one, entry, translation=found.get((entry.msgctxt, entry.msgid)))
    return [one.units, one.words]


def status_fingerprint(
    project, locale: TargetLocale, domain: str, *, pot: str | None = None, known: Mapping | None = None
) -> str:
    """What one catalog's counts depend on: its template and PO (and the code); `pot` is the
    template's `Project.pot_file` when the caller has it (ten locales share one), `known` stats
    taken before (`fingerprint(known=…)`)."""
    from l10n.memory.stamps import fingerprint

    files = [project.pot_file(domain) if pot is None else pot, project.po_file(locale.code, domain)]
    return fingerprint(files, known=known)


def project_status(
    project,
    *,
    locales: Sequence[TargetLocale],
    domains: Sequence[str],
    jobs: int = 1,
    seen: Mapping | None = None,
    unchanged: Set[str] | None = None,
) -> list[LocaleStatus]:
    """Status of every locale; a missing PO counts its POT's units as untranslated.

    A catalog's counts are kept with a stamp of its files (`memory.stamps`), so a nightly
    `status` reads only the catalogs that changed since the last one; those it reads are
    streamed (`add_catalog_file`), in `jobs` worker processes when more than one
    (`l10n.parallel`; this process alone records the stamps). `qa` records the counts of every
    PO it checks (`counted_catalog`), so `status` after `qa` reads none of them again. `seen`:
    the stats the command's whole-run look-up took (`StatsSeen.known`): one stat per file a run.
    `unchanged`: the files as the last `status` of this command line left them
    (`memory.unchanged`): a catalog whose template and PO are both among them was counted then,
    and its counts are taken from its stamp without a fingerprint."""
    from l10n.memory.article_language import own_language_codes
    from l10n.memory.stamps import stage_stamps
    from l10n.parallel import in_worker_processes, jobs_for

    result: list[LocaleStatus] = []
    with stage_stamps(project, STATUS_STAGE) as stamps:
        planned = []  # (locale, domain, key, state, counted before)
        pots = {domain: project.pot_file(domain) for domain in domains}
        for locale in locales:
            for domain in domains:
                key = f"{locale.code}/{domain}"
                if unchanged is not None and stamps.has(key, COUNTS_SHAPE):
                    po = project.po_file(locale.code, domain)
                    if pots[domain] in unchanged and po in unchanged:
                        planned.append((locale, domain, key, "", True))  # counted then, as it is now
                        continue
                state = status_fingerprint(project, locale, domain, pot=pots[domain], known=seen)
                planned.append((locale, domain, key, state, stamps.fresh(key, state, COUNTS_SHAPE)))
        # the article's own language, once per template asked (`memory.article_language`: its record, else its head)
        asked = {domain: pots[domain] for _, domain, _, _, fresh in planned if not fresh}
        own = own_language_codes(project, asked, project.settings.locales) if asked else {}
        stale = [(locale, domain, own.get(domain, "")) for locale, domain, _, _, fresh in planned if not fresh]
        jobs = jobs_for(len(stale), jobs)
        if stale:
            work = functools.partial(_counted, project)
            counted = in_worker_processes(work, stale, jobs=jobs) if jobs > 1 else (r for i in stale for r in work(i))
        by_locale = {locale.code: LocaleStatus(locale.code) for locale in locales}
        for locale, _, key, state, fresh in planned:
            if not fresh:
                stamps.record(key, state, next(counted))
            found = stamps.payload(key)
            if found is not None:
                status = by_locale[locale.code]
                status.catalogs += 1
                for state_name in STATES:
                    status.units[state_name] += found[0][state_name]
                    status.words[state_name] += found[1][state_name]
        result = list(by_locale.values())
    return result


def _counted(project, item: tuple[TargetLocale, str, str]) -> list[list | None]:
    """One catalog's `[units, words]` (its template's, all untranslated, without a PO; None
    without either, and for the locale that is the article's own language, the item's third
    part: its edition is the article, nothing to translate), in a one-item list
    (`l10n.parallel` streams lists of results)."""
    locale, domain, own = item
    pot, po = project.pot_path(domain), project.po_path(locale, domain)
    if not pot.is_file() or own == locale.code:
        return [None]
    one = LocaleStatus(locale.code)
    if po.is_file():
        add_catalog_file(one, po)
    else:
        add_catalog_file(one, pot, untranslated=True)
    return [[one.units, one.words]]


def print_status(statuses: Sequence[LocaleStatus], console) -> None:
    """A Rich table: one row per locale, `units (words)` per state."""
    from rich.table import Table

    table = Table(title="Translation status (units / source words)")
    table.add_column("locale", overflow="fold")
    for state in STATES:
        table.add_column(state.replace("_", " "), justify="right", overflow="fold")
    table.add_column("reviewed %", justify="right", overflow="fold")
    for status in statuses:
        cells = [f"{status.units[s]} / {status.words[s]}" for s in STATES]
        table.add_row(status.locale, *cells, f"{status.reviewed_percent:.0f}%")
    refused = statuses[0].refused if statuses else []
    if refused:  # a damaged catalog: its article is in no row, and must not read as done
        table.caption = f"not counted: {len(refused)} refused article(s): {', '.join(refused)}"
    console.print(table)
