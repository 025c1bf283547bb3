"""`l10n translate`: batch offline MT of every empty unit, per locale, with a summary table.

Units whose placeholders did not survive any masking are left untranslated; the command prints a
warning line for them and still exits 0, because QA reports them as errors (`mt-failed`, read from
`locales/.mt-failures.json`) where translators look (the run itself did its job: nothing broken
was written). Glossary terms go through MT protected (`l10n.mt.terms`).
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Annotated, Any

import typer

from l10n.cli.common import (
    DomainsOption,
    JobsOption,
    LocalesOption,
    RootOption,
    app,
    console,
    err_console,
    jobs_wanted,
    next_step,
    open_project,
    say,
    selected_domains,
    state,
    summary,
    warn_unused_glossary_rows,
)
from l10n.cli.refusals import close_refusals, command_refusals, refusing
from l10n.fsio import noting_writes

EngineOption = Annotated[
    str | None,
    typer.Option(
        "--engine",
        help="auto, argos, apertium, pseudo or none, for every locale named (default: each locale's "
        "[l10n.engines] entry in l10n.toml, else its engine, else auto).",
    ),
]


@app.command()
def translate(
    root: RootOption = Path("."),
    locales: LocalesOption = None,
    domains: DomainsOption = None,
    engine: EngineOption = None,
    overwrite_fuzzy: Annotated[
        bool, typer.Option("--overwrite-fuzzy", help="Refresh fuzzy entries a machine wrote (never human ones).")
    ] = False,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Units per engine call.")] = 256,
    threads: Annotated[int | None, typer.Option("--threads", min=1, help="Engine threads (argos).")] = None,
    packages_dir: Annotated[
        Path | None, typer.Option("--packages-dir", help="Argos packages folder (default: ARGOS_PACKAGES_DIR).")
    ] = None,
    use_tm: Annotated[
        bool, typer.Option("--tm/--no-tm", help="Fill from the translation memory before MT (default: on).")
    ] = True,
    executor: Annotated[str, typer.Option("--executor", help="local, or ray (needs l10n[distributed]).")] = "local",
    address: Annotated[
        str | None, typer.Option("--address", help="Ray cluster to join (default: start a local one).")
    ] = None,
    workers: Annotated[
        int | None, typer.Option("--workers", min=1, help="Ray workers, one model each (default 2).")
    ] = None,
    device: Annotated[
        str | None, typer.Option("--device", help="auto, cpu or cuda for argos (default: l10n.toml or auto).")
    ] = None,
    compute_type: Annotated[
        str | None,
        typer.Option("--compute-type", help="CTranslate2 compute type, e.g. int8 (default: l10n.toml or default)."),
    ] = None,
    jobs: JobsOption = None,
) -> None:
    """Machine-translate empty units into fuzzy suggestions (cached, resumable, human work untouched).

    The translation memory goes first: exact matches in the same context land as reviewed, fuzzy
    matches as fuzzy with their score; MT then fills only what is still empty.
    """
    from l10n.fsio_locks import held_for_work
    from l10n.mt.registry import EngineSettings

    jobs_count = jobs_wanted(jobs)  # not an option the record keys on: any count writes the same bytes
    project = open_project(root)
    chosen_locales = project.locales(locales)
    chosen_domains = selected_domains(project, domains)
    warn_unused_glossary_rows(project)
    # options checked by l10n.toml's validators before the TM writes anything; device and
    # compute_type left unset stay None, so a bad value in l10n.toml is reported naming that file
    engine_name = engines_for(project, chosen_locales, engine)
    if device is not None:
        device = project.option("device", device, name="--device")
    if compute_type is not None:
        compute_type = project.option("compute_type", compute_type, name="--compute-type")
    settings = EngineSettings(threads=threads, packages_dir=packages_dir, device=device, compute_type=compute_type)
    options = {
        "locales": [locale.code for locale in chosen_locales],
        "domains": domains,
        "engine": engine_name,
        "overwrite_fuzzy": overwrite_fuzzy,
        "batch_size": batch_size,
        "tm": use_tm,
        "settings": settings,
    }
    with held_for_work(project.locales_dir / "translate", work="l10n translate", on_wait=_waiting):
        _translate_once(
            project,
            chosen_locales,
            chosen_domains,
            options,
            executor=executor,
            address=address,
            workers=workers,
            jobs=jobs_count,
        )


def engines_for(project, locales, engine: str | None) -> str | dict[str, str]:
    """Each locale's engine (`mt.registry.EngineNames`): `--engine`, one name for all of them,
    when given (checked like l10n.toml's `engine`), else the locale's own by code
    (`Settings.engine_for`: `[l10n.engines]`, else `engine`)."""
    if engine is not None:
        return project.option("engine", engine, name="--engine")
    return {locale.code: project.settings.engine_for(locale.code) for locale in locales}


def _waiting(holder: str) -> None:
    err_console.print(
        f"note: waiting for {holder} to finish: it holds this project's MT; what it translates is not translated again",
        markup=False,
        highlight=False,
        soft_wrap=True,
    )


def _translate_once(
    project, chosen_locales, chosen_domains, options, *, executor: str, address, workers, jobs: int = 1
) -> None:
    """`translate` while this process holds the project's MT (`fsio_locks.held_for_work`): a
    second `translate` or `run` at once waits, then replays or finds its catalogs done."""
    from l10n.memory.unchanged import catalog_pieces

    record, inputs = _record(project, chosen_locales, executor=executor, options=options)
    if record is not None and record.replayed(keep_stats=True, pieces=catalog_pieces(project.locales_dir)):
        return
    seen = record.seen if record is not None else None
    refusals = command_refusals()
    with (
        record.capturing() if record is not None else contextlib.nullcontext(),
        noting_writes(seen.forget if seen is not None else None),  # the others are recorded as seen
    ):
        report, settled = _translate_refusing(
            project,
            chosen_locales,
            chosen_domains,
            refusals=refusals,
            engine_name=options["engine"],
            overwrite_fuzzy=options["overwrite_fuzzy"],
            batch_size=options["batch_size"],
            use_tm=options["tm"],
            executor=executor,
            address=address,
            workers=workers,
            settings=options["settings"],
            seen=seen,
            jobs=jobs,
        )
        _print_report(report)
    close_refusals(refusals, len({*chosen_domains, *refusals.domains}))
    tm = _tm_state(project, use_tm=options["tm"]) if record is not None and settled and not refusals.count else None
    if record is not None and inputs is not None and tm is not None:
        with record.rehearsing():
            _print_report(_as_unchanged(report, catalogs=len(chosen_domains)))
        record.keep(
            files=[*record_files(project), *inputs.files],
            folders=[*_catalog_folders(project, chosen_locales), *inputs.folders],
            arguments={"tm_state": tm},
            written_forgotten=record.seen is not None,
        )


def _record(project, locales, *, executor: str, options: dict[str, Any]):
    """The whole-run record of this `translate` (`cli.records`), keyed on its options and on
    everything outside the project the engines' output depends on (`mt.registry.engine_inputs`:
    programs, pairs, model packages, library versions). None where that cannot be known: an
    engine that cannot name its inputs, or a Ray executor (its workers may run elsewhere)."""
    from l10n.cli.records import WholeRun
    from l10n.mt.registry import engine_inputs

    inputs = engine_inputs(options["engine"], locales, settings=options["settings"]) if executor == "local" else None
    tm = _tm_state(project, use_tm=options["tm"])
    if inputs is None or tm is None:
        return None, None
    return WholeRun(project, "translate", engines=inputs.versions, tm_state=tm, **options), inputs


def _tm_state(project, *, use_tm: bool) -> str | None:
    """The TM as the record keys on it (`memory.tm.generation_at`): not the file's stat, which
    moves whenever any command marks a catalog synced (`translate --locales es` would undo the
    record of `translate --locales de`), but the file and its generation. `--no-tm` neither
    reads nor writes the TM, so its run does not depend on it: "off", the file not opened."""
    if not use_tm:
        return "off"
    from l10n.memory.catalog_sync import TM_FILE_NAME
    from l10n.memory.tm import generation_at

    return generation_at(project.locales_dir / TM_FILE_NAME)


def record_files(project) -> list[Any]:
    """What `translate` reads or writes besides the catalogs and the TM (`_tm_state`): the
    glossary, the MT failure log, l10n.toml."""
    from l10n.cli.records import gate_files

    return gate_files(project)


def _catalog_folders(project, locales) -> list[tuple[Any, str, bool]]:
    """The templates, and the POs of `locales` and of zh_CN when a Traditional locale may be
    derived from it (`mt.opencc`)."""
    from l10n.cli.records import catalog_folders
    from l10n.locales import TargetLocale
    from l10n.mt.opencc import SIMPLIFIED_SOURCE, opencc_config_for

    read = list(locales)
    if any(opencc_config_for(locale) for locale in locales) and SIMPLIFIED_SOURCE not in {x.code for x in read}:
        read.append(TargetLocale(SIMPLIFIED_SOURCE))
    return catalog_folders(project, read)


def _translate_refusing(project, locales, domains, *, refusals, **options):
    """`_translate` with the batch going on past a damaged catalog (a PO cut mid-entry; for a
    Traditional locale, the zh_CN catalog it is derived from): the TM sync reads every catalog
    of the locales, so one such file stopped every article. `cli.refusals.refusing` says it
    once, and the article is left out of leverage and MT and its catalogs out of the sync,
    untouched; the rest is done again. Catalogs of articles refused earlier (`run`'s extract)
    are skipped from the start."""
    from l10n.memory.catalog_sync import catalog_files

    catalogs = catalog_files(project, locales=locales)

    def attempt(kept: list[str]):
        skip = {po_file for _, domain, po_file in catalogs if domain in refusals.domains}
        return _translate(project, locales, kept, skip=skip, **options)

    return refusing(refusals, project, domains, attempt)


def _translate(
    project,
    locales,
    domains,
    *,
    engine_name: str,
    use_tm: bool,
    executor: str,
    address,
    workers,
    seen=None,
    skip=frozenset(),
    **options,
):
    """TM leverage, then MT; returns the report and whether a re-run would find nothing to do —
    so the run may be recorded with the report such a re-run prints (`_as_unchanged`): every
    catalog done (no unit left failed, no Traditional catalog refused), nothing filled from the
    TM (a re-run's leverage would not print it again) and the TM's matches as they were when
    leverage asked (units still open would otherwise be offered new ones): its `_tm_state` the
    same after MT, and known (not while another process has it open with a write-ahead log).
    `seen`: the stats the whole-run look-up took (`fingerprint.StatsSeen`), for the checks of
    the TM sync, leverage and MT (`memory.leverage.leverage_project`, `mt.batch.translate_project`)
    — those leverage writes forgotten as it writes them (`fsio.noting_writes`), so MT stats them
    again — and the catalogs as the last run of this command line left them (`seen.unchanged`,
    which forgetting a written file updates: `memory.unchanged`)."""
    from l10n.mt.batch import translate_project
    from l10n.mt.ray_executor import open_executor

    tm_before = None
    settled = True
    if use_tm:
        from l10n.memory.leverage import leverage_project

        leverage = leverage_project(
            project,
            locales=locales,
            domains=domains,
            overwrite_fuzzy=options["overwrite_fuzzy"],
            seen=seen.known() if seen is not None else None,
            unchanged=seen.unchanged if seen is not None else None,
            skip=skip,
        )
        for item in leverage.locales.values():
            if item.exact or item.fuzzy:
                say(f"tm: {item.locale}: {item.exact} exact, {item.fuzzy} fuzzy matches")
        settled = leverage.total == 0
        tm_before = _tm_state(project, use_tm=True)
    with open_executor(executor, address=address, workers=workers) as executor_name:
        report = translate_project(
            project,
            locales=locales,
            domains=domains,
            engine_name=engine_name,
            executor=executor_name,
            seen=seen.known() if seen is not None else None,
            unchanged=seen.unchanged if seen is not None else None,
            feed_tm=use_tm,  # `--no-tm`: no lookups, no writes (the next sync reads what was written)
            **options,
        )
    settled = settled and not report.failures and not any(entry.failed for entry in report.locales.values())
    return report, settled and (not use_tm or (tm_before is not None and _tm_state(project, use_tm=True) == tm_before))


def _as_unchanged(report, *, catalogs: int):
    """The report a re-run prints when nothing changed since `report`'s run settled every catalog:
    no unit translated, taken from the cache, failed or written; every catalog of an engine's
    locale up to date; units waiting for MT and human units kept counted as before."""
    import dataclasses

    from l10n.mt.group import TranslateReport

    quiet = {"translated": 0, "cached": 0, "failed": 0, "written": 0, "terms_unprotected": 0}
    return TranslateReport(
        {
            code: dataclasses.replace(
                entry, **quiet, up_to_date=entry.up_to_date if entry.engine == "none" else catalogs
            )
            for code, entry in report.locales.items()
        }
    )


def _print_report(report) -> None:
    """The table (or, under `-q`, one line), then notes, warnings and what to do next."""
    from rich.table import Table

    for line in (line for entry in report.locales.values() for line in entry.held):
        err_console.print(f"note: {line}", markup=False)  # under -q too: these wait for a person
    if state.quiet:
        _quiet_summary(report)
        return
    table = Table("locale", "engine", "translated", "cached", "failed", "human kept", "written", "up to date")
    for entry in report.locales.values():
        table.add_row(
            entry.locale,
            entry.engine,
            str(entry.translated),
            str(entry.cached),
            str(entry.failed),
            str(entry.skipped_human),
            str(entry.written),
            str(entry.up_to_date),
        )
    console.print(table)
    for entry in report.locales.values():
        if entry.engine == "none" and entry.waiting:
            err_console.print(f"note: {entry.locale}: {entry.waiting} units wait for MT: {entry.reason}", markup=False)
    for note in dict.fromkeys(note for entry in report.locales.values() for note in entry.notes):
        err_console.print(f"warning: {note}", markup=False)
    for entry in report.locales.values():
        if entry.terms_unprotected:
            err_console.print(
                f"note: {entry.locale}: {entry.terms_unprotected} unit(s) translated without glossary-term "
                "protection (term tokens did not survive; QA's glossary check shows which)",
                markup=False,
            )
    if report.failures:
        err_console.print(
            f"warning: {report.failed} units left untranslated: placeholders did not survive MT or the "
            "model refused them (`l10n qa` lists them as mt-failed errors)",
            markup=False,
        )
        for failure in report.failures[:10]:
            err_console.print(
                f"  {failure.locale} {failure.domain}: {failure.msgid[:60]!r}: {failure.problem}", markup=False
            )
    if any(entry.translated for entry in report.locales.values()):
        next_step("`l10n review --locale LOCALE` lists the machine translations worst first; `l10n qa` checks them")


def _quiet_summary(report) -> None:
    """`-q` (and `run`): one line of what was translated, one note for the locales waiting for MT."""
    done = [
        f"{e.locale} {e.translated + e.cached} ({e.engine})" for e in report.locales.values() if e.translated + e.cached
    ]
    summary(("translated " + ", ".join(done)) if done else "nothing new to translate")
    waiting = [e for e in report.locales.values() if e.engine == "none" and e.waiting]
    if waiting:
        err_console.print(
            f"note: {', '.join(e.locale for e in waiting)} wait for MT ({waiting[0].locale}: {waiting[0].reason})",
            markup=False,
        )
    if report.failures:
        err_console.print(f"warning: {report.failed} units left untranslated (`l10n qa` lists them)", markup=False)
