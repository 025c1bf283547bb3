"""QA over translation catalogs: every registered check on every unit, fuzzy MT output included.

Fuzzy units are checked too — machine output is exactly what a reviewer needs QA on. Obsolete
entries and the header are skipped. Checks are pure functions over `CheckedUnit` (see
`l10n.qa.registry`); this module only reads catalogs and collects findings.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping, Sequence, Set
from pathlib import Path
from typing import TYPE_CHECKING, Any

from l10n.locales import TargetLocale
from l10n.memory.glossary import Glossary
from l10n.model import unit_id
from l10n.mt.failures import MTFailure, UnitKey, failures_for, failures_path, read_failures
from l10n.parallel import in_worker_processes, jobs_for
from l10n.qa.errors_record import errors_of_findings, held_for_errors, summary_without_errors
from l10n.qa.findings_record import FINDINGS_SHAPE, SUMMARY_SHAPE, compact, expanded, summary_of
from l10n.qa.gate_record import GATE_FILE_NAME, GateRecord, encode_held, gate_key, keep_batch, shared_digest
from l10n.qa.registry import Check, CheckedUnit, all_checks
from l10n.qa.report import CatalogSummary, Finding, QAReport
from l10n.qa.verdicts import Verdicts, verdicts_for

if TYPE_CHECKING:
    from polib import POFile

    from l10n.catalog.po_scan import ScannedEntry
    from l10n.fingerprint import KnownStat

__all__ = [
    "check_unit",
    "check_catalog",
    "run_qa",
    "recorded_findings",
    "recorded_errors",
    "QAReport",
    "CatalogSummary",
    "Finding",
    "CheckedUnit",
]

QA_STAGE = "qa"
QA_SUMMARY_STAGE = "qa.summary"
_COMPILED_BATCH = 500  # compiled catalogs held before they are written (~5 KB each)


def check_unit(unit: CheckedUnit, *, checks: Sequence[Check] | None = None) -> list[tuple[Check, str]]:
    """(check, detail) for every check the unit fails."""
    failed: list[tuple[Check, str]] = []
    for item in all_checks() if checks is None else checks:
        detail = item(unit)
        if detail:
            failed.append((item, detail))
    return failed


def check_catalog(
    po_path: Path,
    *,
    locale: TargetLocale,
    glossary: Glossary | None = None,
    domain: str = "",
    path_label: str | None = None,
    mt_failures: Mapping[UnitKey, MTFailure] | None = None,
    catalog: POFile | None = None,
    project_language: str = "en",
) -> tuple[list[Finding], int]:
    """Check one PO; returns the findings and how many units were checked.

    `mt_failures` are this catalog's recorded MT failures by (msgctxt, msgid) (`mt-failed`);
    `catalog` is the PO when the caller has read it already (the publish gate reads it once;
    `qa` scans it: `_read`); `project_language` the project's `source_locale`, the article's
    language unless the catalog says another (`catalog_language`)."""
    from l10n.catalog.po import load_catalog

    catalog = load_catalog(po_path) if catalog is None else catalog
    label = path_label or str(po_path)
    findings: list[Finding] = []
    units = 0
    language = catalog_language(catalog.metadata, project_language)
    judged = _judged(catalog, locale=locale, glossary=glossary, mt_failures=mt_failures, source_language=language)
    for entry, verdicts in judged:
        units += 1
        unit_key = unit_id(entry.msgctxt, entry.msgid) if verdicts else ""
        for item, message, detail in verdicts:
            findings.append(
                Finding(
                    locale=locale.code,
                    domain=domain,
                    path=label,
                    line=entry.linenum,
                    unit=unit_key,
                    msgctxt=entry.msgctxt,
                    msgid=entry.msgid,
                    msgstr=entry.msgstr,
                    fuzzy=entry.fuzzy,
                    check=item.id,
                    severity=item.severity,
                    message=message,
                    detail=detail,
                )
            )
    return findings, units


def catalog_language(metadata: Mapping[str, str], project_language: str) -> str:
    """The language code of the article a catalog translates, as the checks read its source:
    its `X-Source-Language` (`locales.article_language` writes it where the article is not in
    the project's language), else the project's `source_locale`.

    >>> catalog_language({"X-Source-Language": "de"}, "en"), catalog_language({}, "pt_BR")
    ('de', 'pt')
    """
    from l10n.catalog.pofile import SOURCE_LANGUAGE_HEADER
    from l10n.locales import language_of

    return language_of(metadata.get(SOURCE_LANGUAGE_HEADER) or project_language)


def _judged(
    catalog: Iterable[Any],
    *,
    locale: TargetLocale,
    glossary: Glossary | None,
    mt_failures: Mapping[UnitKey, MTFailure] | None,
    source_language: str = "en",
) -> Iterator[tuple[Any, Verdicts]]:
    """(entry, the checks' verdicts) for every unit of a catalog's entries (the header and
    obsolete entries are not units): what `check_catalog` makes findings of, and `_checked`
    the record's compact form (`findings_record.compact`) without a `Finding` made for each."""
    glossary = glossary or Glossary()
    verdicts = verdicts_for(all_checks())  # a unit equal to one checked before in this process: its verdicts
    failures = mt_failures or {}
    for entry in catalog:
        if entry.obsolete or not entry.msgid:
            continue
        failure = failures.get((entry.msgctxt, entry.msgid))
        unit = CheckedUnit(
            msgid=entry.msgid,
            msgstr=entry.msgstr,
            locale=locale,
            msgctxt=entry.msgctxt,
            fuzzy=entry.fuzzy,
            terms=tuple(glossary.terms_in(entry.msgid, locale.code)),
            mt_failure=failure.describe() if failure else "",
            source_language=source_language,
        )
        yield entry, verdicts(unit)


def run_qa(
    project,
    *,
    locales: Sequence[TargetLocale],
    domains: Sequence[str],
    jobs: int = 1,
    seen: Mapping[str, KnownStat | None] | None = None,
    unchanged: Set[str] | None = None,
) -> QAReport:
    """QA for every existing (domain, locale) catalog of a project, with the project glossary and
    the MT failures `translate` recorded (`locales/.mt-failures.json`).

    A catalog's findings are kept with a stamp of everything they depend on — the PO, the
    glossary, the MT failure log, the checks' code (`memory.stamps`) — so a nightly `qa` checks
    only the catalogs that changed since the last one and reports the others as found then.
    Two records per catalog: its findings (stage `qa`, `recorded_findings`) and a summary in
    counts (stage `qa.summary`; the publish gate reads both: `qa.errors_record`); and, since the
    PO was read, its `status` counts (`l10n.status.counted_catalog`), so `status` after `qa`
    reads no PO again. A run loads the summaries only; the report reads a catalog's findings
    back when they are printed, so memory does not grow with the findings of the project (1.5 GB
    for 1,000 articles × 10 locales when they were all held). Catalogs are independent: with
    `jobs` > 1 the changed ones are checked in that many worker processes (`l10n.parallel`);
    this process alone records the stamps, and the report keeps the (locale, domain) order.
    `seen`: the catalogs' stats the command's whole-run look-up took (`StatsSeen.known`), so a
    catalog is stat'ed once per run, not twice. `unchanged`: the files as the last `qa` of this
    command line left them (`memory.unchanged`, which vouches for the glossary and failure log
    too): a catalog whose PO is among them was checked then, and its summary is taken without
    a fingerprint (its findings, when printed, look theirs up by one: `_recorded_or_checked`)."""
    from l10n.fingerprint import stats_of
    from l10n.memory.compiled import COMPILED_FILE_NAME, CompiledTranslations
    from l10n.memory.glossary import project_glossary
    from l10n.memory.stamps import StampLookup, StampWriter, stage_stamps
    from l10n.status import STATUS_STAGE, status_fingerprint

    report = QAReport(locales=[loc.code for loc in locales])
    with stage_stamps(project, QA_SUMMARY_STAGE) as summaries:
        found, counted = StampWriter(summaries, QA_STAGE), StampWriter(summaries, STATUS_STAGE)
        try:
            planned = []  # (locale, domain, key, state, checked before, status's state when not)
            shared = shared_inputs(project)
            known = {**(seen or {}), **stats_of(shared)}  # stat'ed once, before they are read
            for locale in locales:
                for domain in domains:
                    key = f"{locale.code}/{domain}"
                    if unchanged is not None and project.po_file(locale.code, domain) in unchanged:
                        if summaries.has(key, SUMMARY_SHAPE):
                            planned.append((locale, domain, key, "", True, ""))  # checked then, as it is now
                            continue
                    state = catalog_fingerprint(project, locale, domain, shared=shared, known=known)
                    fresh = summaries.fresh(key, state, SUMMARY_SHAPE)
                    before = "" if fresh else status_fingerprint(project, locale, domain, known=known)  # as read
                    planned.append((locale, domain, key, state, fresh, before))
            stale = [(locale, domain) for locale, domain, _, _, fresh, _ in planned if not fresh]
            jobs = jobs_for(len(stale), jobs)
            if stale:  # the glossary and failure log are read only when some catalog is checked
                digest = shared_digest(shared)  # of their contents before they are read (`qa.gate_record`)
                failures = read_failures(_failures_file(project))
                glossary = project_glossary(project)
                work = functools.partial(_checked, project, glossary=glossary, failures=failures, shared=digest)
                checked = (
                    in_worker_processes(work, stale, jobs=jobs) if jobs > 1 else (r for i in stale for r in work(i))
                )
            compiled = CompiledTranslations(project.state_file(COMPILED_FILE_NAME))
            gate = GateRecord(project.state_file(GATE_FILE_NAME))
            rows: list = []  # (compiled translations, the gate's held units), written a batch at a time
            for locale, domain, key, state, fresh, status_state in planned:
                if not fresh:
                    result, status_counts, *kept = next(checked) or (None, None, None, None)
                    if kept[0] is not None:
                        rows.append(kept)
                        if len(rows) >= _COMPILED_BATCH:
                            keep_batch(compiled, gate, rows)
                    found.record(key, state, result)
                    summary = None
                    if result is not None:
                        counted.record(key, status_state, status_counts)
                        path = project.relative(project.po_path(locale, domain))
                        summary = summary_of(result, path=path)
                    summaries.record(key, state, summary)
                payload = summaries.payload(key)
                if payload is not None:
                    report.catalogs.append(
                        CatalogSummary.from_payload(payload, locale=locale.code, domain=domain, state=state)
                    )
            keep_batch(compiled, gate, rows)
        finally:
            found.save()  # before the summaries: a summary never names findings not written
            counted.save()
    by_code = {locale.code: locale for locale in locales}
    report.read_findings = functools.partial(_recorded_or_checked, project, StampLookup(project, QA_STAGE), by_code)
    return report


def _recorded_or_checked(
    project, lookup, locales: Mapping[str, TargetLocale], catalog: CatalogSummary
) -> list[Finding]:
    """A catalog's findings as `run_qa` recorded them with its summary, or, when they are gone
    or newer than the summary (another `qa` ran meanwhile), checked again now. A summary taken
    as unchanged (`run_qa(unchanged=…)`) has no fingerprint: the catalog's is taken now."""
    state = catalog.state or catalog_fingerprint(project, locales[catalog.locale], catalog.domain)
    fresh, found = lookup.recorded(f"{catalog.locale}/{catalog.domain}", state, FINDINGS_SHAPE)
    if fresh and found is not None:
        return expanded(found, locale=catalog.locale, domain=catalog.domain, path=catalog.path)
    from l10n.memory.glossary import project_glossary

    locale = locales[catalog.locale]
    po = project.po_path(locale, catalog.domain)
    failures = failures_for(read_failures(_failures_file(project)), domain=catalog.domain, locale=locale.code)
    glossary = project_glossary(project)
    return check_catalog(
        po,
        locale=locale,
        glossary=glossary,
        domain=catalog.domain,
        path_label=catalog.path,
        mt_failures=failures,
        project_language=project.settings.source_locale,
    )[0]


def _checked(
    project,
    item: tuple[TargetLocale, str],
    *,
    glossary: Glossary,
    failures: list[MTFailure],
    shared: bytes | None = None,
) -> list[list | None]:
    """One catalog's findings as stamps keep them (`findings_record.compact`: no `Finding` is
    made of them here), its `status` counts, and for the publish gate its compiled translations
    (`memory.compiled`, keyed on the bytes read) and held units (`qa.gate_record`, keyed on
    those and `shared`, the glossary's and failure log's `shared_digest`; None without it), or
    None without a PO, in a one-item list (`l10n.parallel` streams lists of results)."""
    from l10n.catalog.translations import catalog_translations
    from l10n.memory.compiled import compile_translations, compiled_key
    from l10n.status import counted_catalog

    locale, domain = item
    po = project.po_path(locale, domain)
    if not po.is_file():
        return [None]
    data = po.read_bytes()
    catalog, metadata = _read(po, data)  # read once: the checks, the counts `status` stamps, the gate's form
    if _in_own_language(project, metadata, locale):
        return [None]
    failures_here = failures_for(failures, domain=domain, locale=locale.code)
    language = catalog_language(metadata, project.settings.source_locale)
    found = compact(
        _judged(catalog, locale=locale, glossary=glossary, mt_failures=failures_here, source_language=language)
    )
    translations, key = catalog_translations(catalog), compiled_key(data)  # `catalog` is read from `data`
    row = (str(po), key, compile_translations(translations))
    held = None
    if shared is not None:
        held = (
            str(po),
            gate_key(key, shared, locale.code, domain),
            encode_held(held_for_errors(translations, errors_of_findings(found)), translations),
        )
    return [[found, counted_catalog(catalog, translations), row, held]]


def _in_own_language(project, metadata: Mapping[str, str], locale: TargetLocale) -> bool:
    """True for a catalog an earlier version made in its article's own language (its
    `X-Source-Language`, with its `X-Source-Variant`, names `locale`: `locales.own_language_locale`): that edition is the
    article itself, so the catalog is neither checked nor counted."""
    from l10n.catalog.po import SOURCE_LANGUAGE_HEADER, SOURCE_VARIANT_HEADER
    from l10n.locales import own_language_locale

    stated, variant = metadata.get(SOURCE_LANGUAGE_HEADER), metadata.get(SOURCE_VARIANT_HEADER) or ""
    own = own_language_locale(stated, project.settings.locales, variant=variant) if stated else None
    return own is not None and own.code == locale.code


def _read(po: Path, data: bytes) -> tuple[POFile | list[ScannedEntry], Mapping[str, str]]:
    """The entries of the PO whose bytes are `data`, and its header's metadata: scanned
    (`po_scan.scan_units`, about half the CPU of a parse into polib's objects, which was a
    quarter of a cold `qa`) when the catalog is in gettext's plain layout, else parsed by the
    general reader, which also names any error (a damaged catalog is refused here as everywhere)."""
    from l10n.catalog.po import load_catalog
    from l10n.catalog.po_scan import scan_units

    scanned = scan_units(data)
    if scanned is not None:
        return scanned.entries, scanned.header.metadata
    catalog = load_catalog(po, data=data)
    return catalog, catalog.metadata


def catalog_fingerprint(
    project,
    locale: TargetLocale,
    domain: str,
    *,
    shared: tuple[Path, ...] | None = None,
    known: Mapping[str, KnownStat | None] | None = None,
) -> str:
    """What one catalog's findings depend on: the PO, the glossary, the MT failure log, the code.
    `shared` is `shared_inputs(project)` when the caller asks for many catalogs (found once: the
    failure log's path check is most of an unchanged run's time otherwise), `known` their stats
    taken once (`fingerprint.stats_of`). The PO is only stat'ed: its path is joined without
    `po_path`'s symlink check (`Project.po_file`), which guards its reading."""
    from l10n.memory.stamps import fingerprint

    key = f"{locale.code}/{domain}"
    files = [project.po_file(locale.code, domain), *(shared_inputs(project) if shared is None else shared)]
    return fingerprint(files, settings=key, known=known)


def shared_inputs(project) -> tuple[Path, ...]:
    """The inputs every catalog's findings share: the glossary and the MT failure log."""
    from l10n.memory.glossary import GLOSSARY_FILE_NAME

    return (project.locales_dir / GLOSSARY_FILE_NAME, _failures_file(project))


def _failures_file(project) -> Path:
    """The MT failure log, through the project's one path rule (`Project.state_file`)."""
    return project.state_file(failures_path(project.state_dir).name)


def recorded_errors(
    project,
    lookup,
    *,
    locale: TargetLocale,
    domain: str,
    shared: tuple[Path, ...] | None = None,
    summary=None,
) -> dict[UnitKey, list[str]] | None:
    """(msgctxt, msgid) → the ids of the *error* checks it failed, from what `run_qa` recorded
    for the catalog as it is now; None as for `recorded_findings`. What the publish gate needs of
    the findings, read from the record without making a `Finding` of each (a cold `assemble` or
    `publish` made ~600,000 of them, warnings included, to keep the errors). `shared` as for
    `catalog_fingerprint`. `summary`: a `StampLookup` of the `qa.summary` stage, asked first — a
    catalog it shows without an error check holds nothing, and its findings are not read
    (`qa.errors_record.summary_without_errors`; anything else: the whole record)."""
    key, state = f"{locale.code}/{domain}", catalog_fingerprint(project, locale, domain, shared=shared)
    if summary is not None:
        fresh, counted = summary.recorded(key, state, SUMMARY_SHAPE)
        if fresh and summary_without_errors(counted):
            return {}
    fresh, found = lookup.recorded(key, state, FINDINGS_SHAPE)
    if not fresh:
        return None
    return errors_of_findings(found)


def recorded_findings(project, lookup, *, locale: TargetLocale, domain: str) -> list[Finding] | None:
    """The findings `run_qa` recorded for a catalog as it is now (`lookup`: a `StampLookup` of
    the `qa` stage), or None when it changed since, or was never checked: a reader that needs
    them (the publish gate) then checks it itself. The catalog is not read."""
    fresh, found = lookup.recorded(
        f"{locale.code}/{domain}", catalog_fingerprint(project, locale, domain), FINDINGS_SHAPE
    )
    if not fresh:
        return None
    if found is None:
        return []
    path = project.relative(project.po_path(locale, domain))
    return expanded(found, locale=locale.code, domain=domain, path=path)
