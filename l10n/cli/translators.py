"""Translators' commands: `xliff export|import`, `tm import|export|stats`, `qa`, `status`, `review`.

Only argument parsing and printing; the work lives in `l10n.catalog.xliff*`, `l10n.memory`,
`l10n.qa`, `l10n.status` and `l10n.review`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Literal

import typer

from l10n.cli.common import (
    DomainsOption,
    JobsOption,
    LocalesOption,
    RootOption,
    app,
    console,
    jobs_wanted,
    json_out,
    next_step,
    open_project,
    report_line,
    say,
    selected_domains,
    state,
    summary,
)
from l10n.terminal import one_line, printable_path, shown, terminal_json

tm_app = typer.Typer(help="The project translation memory (locales/tm.sqlite3).", no_args_is_help=True)
app.add_typer(tm_app, name="tm")
xliff_app = typer.Typer(help="Exchange one locale's catalogs with CAT tools as XLIFF 1.2 or 2.0.", no_args_is_help=True)
app.add_typer(xliff_app, name="xliff")

JsonOption = Annotated[bool, typer.Option("--json", help="Machine-readable JSON on stdout.")]


def _print_json(data: object) -> None:
    json_out(json.dumps(data, ensure_ascii=False, indent=2))


@xliff_app.command("export")
def xliff_export(
    locale: Annotated[str, typer.Option("--locale", help="Target locale, e.g. zh_CN.")],
    version: Annotated[str, typer.Option("--xliff-version", help="1.2 or 2.0.")] = "2.0",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="File (default: locales/<locale>/<domain>.xlf).")
    ] = None,
    root: RootOption = Path("."),
    domains: DomainsOption = None,
) -> None:
    """Write one XLIFF file per domain for a locale."""
    from l10n.catalog.xliff import export_xliff
    from l10n.errors import ProjectError

    if version not in ("1.2", "2.0"):
        raise ProjectError(f"unknown --xliff-version {version!r}: use 1.2 or 2.0")
    project = open_project(root)
    target = project.locale(locale)
    chosen = selected_domains(project, domains)
    if output is not None and len(chosen) != 1:
        raise ProjectError("-o names one file, but there are several domains: add --domains NAME")
    units = 0
    for domain in chosen:
        out = output or project.locales_dir / target.code / f"{domain}.xlf"
        po, source = project.po_path(target, domain), project.settings.source_locale
        units += (count := export_xliff(po, out, locale=target, version=version, source_locale=source))  # type: ignore[arg-type]
        say(f"wrote {project.relative(out)}: {count} units (XLIFF {version})")
    if len(chosen) > 1 or state.quiet:
        summary(f"{len(chosen)} XLIFF {version} file(s), {units} units")
    next_step("translate in a CAT tool, then `l10n xliff import FILE` brings the work back")


@xliff_app.command("import")
def xliff_import(
    file: Annotated[Path, typer.Argument(help="An XLIFF file exported by `xliff export` and edited.")],
    root: RootOption = Path("."),
    strict: Annotated[
        bool,
        typer.Option(
            "--strict", help="Exit 1 when any unit is refused or in conflict (the safe units are written either way)."
        ),
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print refused and conflicting units and the summary only.")
    ] = False,
) -> None:
    """Bring translations from an edited XLIFF file back into its PO, unit by unit.

    Reviewed work in the PO is never replaced by older, unconfirmed or empty content: such units
    are reported (one line each: updated, fuzzied, kept, refused, conflict) and the PO keeps them."""
    from l10n.catalog.xliff import xliff_target
    from l10n.catalog.xliff_import import PROBLEM_OUTCOMES, catalog_holding_units, import_xliff

    project = open_project(root)
    locale, domain = xliff_target(file)
    locale = project.locale(locale.code, name=f"{file}: the catalog's locale")
    if not domain:
        domain = catalog_holding_units(file, ((d, project.po_path(locale, d)) for d in project.domains()))
    po = project.po_path(locale, domain)
    report = import_xliff(file, po, locale=locale)
    for unit in report.units:
        if unit.outcome != "unchanged" and (not quiet or unit.outcome in PROBLEM_OUTCOMES):
            report_line(one_line(unit.describe(file)))
    report_line(f"updated {project.relative(po)}: {report.summary()}")
    if strict and report.problems:
        state.exit_code = max(state.exit_code, 1)


@tm_app.command("import")
def tm_import(
    files: Annotated[
        list[Path], typer.Argument(metavar="FILE...", help="TMX 1.4b or PO files.", exists=True, dir_okay=False)
    ],
    root: RootOption = Path("."),
) -> None:
    """Add a TMX file's pairs, or a PO file's reviewed units, to the TM."""
    from collections import Counter

    from l10n.memory.tm_files import import_into_tm

    project = open_project(root)
    for path in files:
        skipped: Counter[str] = Counter()
        added, kept = import_into_tm(project, path, skipped=skipped)
        others = f", {kept} kept (the TM holds another reviewed text for them)" if kept else ""
        if skipped:
            tags = ", ".join(f"{count} in {tag}" for tag, count in sorted(skipped.items()))
            others += f"; skipped {tags} (not a project locale)"
        console.print(f"{printable_path(path)}: {added} entries added or updated{others}")


@tm_app.command("export")
def tm_export(
    out: Annotated[Path, typer.Argument(help="The TMX file to write.")],
    root: RootOption = Path("."),
    locales: LocalesOption = None,
    sync: Annotated[bool, typer.Option("--sync/--no-sync", help="Refresh the TM from the catalogs first.")] = True,
) -> None:
    """Write the TM as TMX 1.4b (readable by other CAT tools and Translate Toolkit)."""
    from l10n.memory.leverage import open_project_tm, sync_from_catalogs
    from l10n.memory.tmx import write_tmx

    project = open_project(root)
    wanted = {loc.code for loc in project.locales(locales)} if locales else None
    if sync:
        sync_from_catalogs(project)
    with open_project_tm(project) as tm:
        entries = [
            e
            for e in tm.entries()  # every source: an article in another language keeps its own
            if wanted is None or e.target_locale in wanted
        ]
    count = write_tmx(entries, out, source_locale=project.settings.source_locale)
    console.print(f"{printable_path(out)}: {count} translation units, {len(entries)} translations")


@tm_app.command("stats")
def tm_stats(root: RootOption = Path("."), as_json: JsonOption = False) -> None:
    """Entries per language pair."""
    from rich.table import Table

    from l10n.memory.leverage import open_project_tm, sync_from_catalogs

    project = open_project(root)
    sync_from_catalogs(project)
    with open_project_tm(project) as tm:
        rows = tm.stats()
    if as_json:
        _print_json([row.__dict__ for row in rows])
        return
    table = Table("source", "target", "entries", "contexts", "origins", title="Translation memory")
    for row in rows:
        table.add_row(
            shown(row.source_locale), shown(row.target_locale), str(row.entries), str(row.contexts), str(row.origins)
        )
    console.print(table)


@app.command()
def qa(
    root: RootOption = Path("."),
    locales: LocalesOption = None,
    domains: DomainsOption = None,
    as_json: JsonOption = False,
    fail_on: Annotated[
        str, typer.Option("--fail-on", help="Exit 1 on 'error' findings (default) or on 'warning' too.")
    ] = "error",
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="List every untranslated unit too (default: a count per file).")
    ] = False,
    jobs: JobsOption = None,
) -> None:
    """Check translations (fuzzy MT included): placeholders, numbers, glossary, punctuation, script…

    Per locale a summary line, then errors and warnings with file:line; untranslated units are
    counted per file unless --verbose. --json is always complete."""
    from l10n.cli.records import WholeRun, catalog_folders, gate_files
    from l10n.errors import QAError
    from l10n.memory.unchanged import catalog_pieces

    if fail_on not in ("error", "warning"):
        raise QAError(f"--fail-on must be 'error' or 'warning', not {fail_on!r}")
    project = open_project(root)
    chosen = selected_domains(project, domains)
    chosen_locales = project.locales(locales)
    record = WholeRun(
        project,
        "qa",
        locales=[x.code for x in chosen_locales],
        domains=domains,
        json=as_json,
        fail_on=fail_on,
        v=verbose,
    )
    files, folders = gate_files(project), catalog_folders(project, chosen_locales)  # what the record watches
    pieces = catalog_pieces(project.locales_dir)
    if record.replayed(read_only=True, keep_stats=True, pieces=pieces, files=files, folders=folders):
        return
    seen = record.seen.known() if record.seen is not None else None  # the look-up's stats, for the catalogs'
    unchanged = record.seen.unchanged if record.seen is not None else None
    with record.capturing():
        _qa(
            project,
            chosen_locales,
            chosen,
            as_json=as_json,
            fail_on=fail_on,
            verbose=verbose,
            jobs=jobs,
            seen=seen,
            unchanged=unchanged,
        )
    record.keep(files=files, folders=folders, read_only=True)


def _qa(
    project,
    locales,
    domains,
    *,
    as_json: bool,
    fail_on: str,
    verbose: bool,
    jobs: int | None,
    seen=None,
    unchanged=None,
) -> None:
    from l10n.qa import run_qa
    from l10n.qa.report import print_report

    report = run_qa(project, locales=locales, domains=domains, jobs=jobs_wanted(jobs), seen=seen, unchanged=unchanged)
    if as_json:  # streamed, a catalog's findings at a time: the document can be hundreds of MB
        report.write_json(lambda text: sys.stdout.write(terminal_json(text)))
        sys.stdout.write("\n")
    elif state.quiet:
        errors, warnings = report.count("error"), report.count("warning")
        summary(
            f"{report.units} unit(s) checked in {len(report.locales)} locale(s): {errors} error(s), "
            f"{warnings} warning(s)" + ("; `l10n qa` lists them" if errors or warnings else "")
        )
    else:
        print_report(report, console, verbose=verbose or state.verbose)
        if report.count("error"):
            next_step("fix the errors at the path:line shown (a PO editor or a text editor), then `l10n qa` again")
    level: Literal["error", "warning"] = "warning" if fail_on == "warning" else "error"
    state.exit_code = max(state.exit_code, report.exit_status(fail_on=level))


@app.command()
def status(
    root: RootOption = Path("."),
    locales: LocalesOption = None,
    domains: DomainsOption = None,
    as_json: JsonOption = False,
    jobs: JobsOption = None,
) -> None:
    """Per locale: reviewed / MT-fuzzy / TM-fuzzy / untranslated units and words.

    The articles are listed first, each catalog name with its headline."""
    from l10n.cli.records import WholeRun, catalog_folders
    from l10n.memory.unchanged import catalog_pieces
    from l10n.project import CONFIG_FILE

    project = open_project(root)
    chosen = selected_domains(project, domains)
    chosen_locales = project.locales(locales)
    record = WholeRun(project, "status", locales=[x.code for x in chosen_locales], domains=domains, json=as_json)
    files, folders = [project.root / CONFIG_FILE], catalog_folders(project, chosen_locales)  # what the record watches
    pieces = catalog_pieces(project.locales_dir)
    if record.replayed(read_only=True, keep_stats=True, pieces=pieces, files=files, folders=folders):
        return
    seen = record.seen.known() if record.seen is not None else None  # the look-up's stats, for the catalogs'
    unchanged = record.seen.unchanged if record.seen is not None else None
    with record.capturing():
        _status(project, chosen_locales, chosen, as_json=as_json, jobs=jobs, seen=seen, unchanged=unchanged)
    record.keep(files=files, folders=folders, read_only=True)


def _status(
    project, locales, domains: list[str], *, as_json: bool, jobs: int | None = None, seen=None, unchanged=None
) -> None:
    from l10n.status import print_status, project_status

    chosen = domains
    statuses = project_status(
        project, locales=locales, domains=chosen, jobs=jobs_wanted(jobs), seen=seen, unchanged=unchanged
    )
    if as_json:
        json_out(json.dumps([s.to_dict() for s in statuses], ensure_ascii=False, indent=2))
    elif state.quiet:
        summary(", ".join(f"{s.locale} {s.reviewed_percent:.0f}%" for s in statuses) + " reviewed (by words)")
    else:
        _print_articles(project, chosen)
        print_status(statuses, console)


def _print_articles(project, domains: list[str]) -> None:
    """`000_3e65442673b9006b  Biomedical to become key pillar industry for Baoshan` per article
    (the first 20 unless -v): a catalog name alone does not say which article it is."""
    from l10n.cli.common import headline

    shown = domains if state.verbose else domains[:20]
    width = max(len(domain) for domain in shown)
    for domain in shown:
        console.print(f"{domain:<{width}}  {one_line(headline(project, domain) or '(no headline)')}", markup=False)
    if len(shown) < len(domains):
        console.print(f"… and {len(domains) - len(shown)} more articles (-v lists all)", markup=False)


@app.command()
def review(
    locale: Annotated[str, typer.Option("--locale", help="The locale to review, e.g. zh_CN.")],
    root: RootOption = Path("."),
    domains: DomainsOption = None,
    accept: Annotated[
        list[str] | None,
        typer.Option("--accept", help="Sign off this unit: an id (u…) or a PO location path:line (repeatable)."),
    ] = None,
    accept_all_checked: Annotated[
        bool,
        typer.Option(
            "--accept-all-checked",
            help="Sign off every machine unit QA finds nothing on (not one whose source changed).",
        ),
    ] = False,
    back_translation: Annotated[
        bool, typer.Option("--back-translation/--no-back-translation", help="Rank with a reverse engine's chrF.")
    ] = True,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Show at most this many units.")] = 50,
    as_json: JsonOption = False,
) -> None:
    """List machine translations worst first, or sign them off (--accept / --accept-all-checked).

    Each unit is shown with its place in the PO (path:line, where an editor jumps) and its id;
    --accept takes either."""
    from l10n.review import accept as accept_units
    from l10n.review import review_queue

    project = open_project(root)
    target = project.locale(locale)
    chosen = selected_domains(project, domains)
    if accept or accept_all_checked:
        count = accept_units(
            project, locale=target, domains=chosen, unit_ids=accept or (), all_checked=accept_all_checked
        )
        summary(f"{target.code}: {count} unit(s) signed off and added to the TM")
        return
    items = review_queue(project, locale=target, domains=chosen, use_back_translation=back_translation)
    if as_json:
        json_out(json.dumps([i.to_dict() for i in items[:limit]], ensure_ascii=False, indent=2))
        return
    _print_review(items[:limit], total=len(items), locale=target.code)


def _print_review(items, *, total: int, locale: str) -> None:
    """One block per unit: where it is in the PO and its id, then source and translation,
    wrapped by display width (a CJK character takes two columns) with a hanging indent."""
    console.print(f"{total} machine unit(s) in {locale}, worst first", markup=False)
    width = max(console.width - 4, 20)
    for item in items:
        confidence = "—" if item.confidence is None else f"{item.confidence:.2f}"
        chrf = "" if item.back_translation_chrf is None else f"  chrF {item.back_translation_chrf:.0f}"
        header = f"{item.where}  id {item.unit}  confidence {confidence}{chrf}"
        for indent, text in (
            ("", header),
            ("  ", f"source: {one_line(item.msgid)}"),
            ("  ", f"{locale}: {one_line(item.msgstr)}"),
        ):
            for number, line in enumerate(wrap_by_cells(text, width)):
                console.print(indent + ("  " if number else "") + line, markup=False)
    if items:
        next_step(f"sign off with `l10n review --locale {locale} --accept ID` (an id or a PO location above)")


def wrap_by_cells(text: str, width: int) -> list[str]:
    """Lines of at most `width` terminal cells: Latin text breaks between words, CJK text between
    any two characters (each takes two cells, Unicode UAX #11), a too-long word is folded.

    >>> wrap_by_cells("zh_CN: 生物医药将成为宝山支柱产业", 16)
    ['zh_CN: 生物医药', '将成为宝山支柱产', '业']
    """
    import re

    from rich.cells import cell_len

    tokens: list[str] = []
    for token in re.findall(r"\S+\s*|\s+", text):
        tokens.extend(token if cell_len(token) != len(token) or cell_len(token) > width else [token])
    lines, line = [], ""
    for token in tokens:
        if line and cell_len(line + token.rstrip()) > width:
            lines.append(line.rstrip())
            line = token.lstrip() if token.strip() else ""
        else:
            line += token
    return [*lines, line.rstrip()] if line.strip() or not lines else lines
