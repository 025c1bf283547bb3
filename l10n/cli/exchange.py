"""Exchange with CAT tools and the translation memory: `xliff export|import`,
`tm import|export|stats`.

Only argument parsing and printing; the work lives in `l10n.catalog.xliff*` and `l10n.memory`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from l10n.cli.common import (
    DomainsOption,
    JsonOption,
    LocalesOption,
    RootOption,
    app,
    console,
    err_console,
    json_out,
    next_step,
    open_project,
    report_line,
    say,
    selected_domains,
    state,
    summary,
)
from l10n.terminal import one_line, printable_path, shown

tm_app = typer.Typer(help="The project translation memory (locales/tm.sqlite3).", no_args_is_help=True)
app.add_typer(tm_app, name="tm")
xliff_app = typer.Typer(help="Exchange one locale's catalogs with CAT tools as XLIFF 1.2 or 2.0.", no_args_is_help=True)
app.add_typer(xliff_app, name="xliff")


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
    from l10n.memory.article_language import own_language_codes

    if version not in ("1.2", "2.0"):
        raise ProjectError(f"unknown --xliff-version {version!r}: use 1.2 or 2.0")
    project = open_project(root)
    target = project.locale(locale)
    chosen = selected_domains(project, domains)
    if output is not None and len(chosen) != 1:
        raise ProjectError("-o names one file, but there are several domains: add --domains NAME")
    units = 0
    own = own_language_codes(project, {domain: project.pot_path(domain) for domain in chosen}, project.settings.locales)
    for domain in chosen:
        if own.get(domain) == target.code:  # `locales.own_language_locale`: no catalog, nothing to translate
            say(f"{domain}: the article is written in {target.code}, its {target.code} edition is the article itself")
            continue
        out = output or project.locales_dir / target.code / f"{domain}.xlf"
        po, source = project.po_path(target, domain), project.settings.source_locale
        units += (count := export_xliff(po, out, locale=target, version=version, source_locale=source))  # type: ignore[arg-type]
        say(f"wrote {project.relative(out)}: {count} units (XLIFF {version})")
    if len(chosen) > 1 or state.quiet:
        summary(f"{len(chosen)} XLIFF {version} file(s), {units} units")
    next_step("translate in a CAT tool, then `l10n xliff import FILE` brings the work back")


@xliff_app.command("import")
def xliff_import(
    file: Annotated[
        Path,
        typer.Argument(
            help="An XLIFF file exported by `xliff export` and edited, or another tool's XLIFF of the catalog (po2xliff)."
        ),
    ],
    root: RootOption = Path("."),
    strict: Annotated[
        bool,
        typer.Option(
            "--strict",
            help="Exit 1 when any unit is refused, in conflict or unmatched (the safe units are written either way).",
        ),
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print refused and conflicting units and the summary only.")
    ] = False,
) -> None:
    """Bring translations from an edited XLIFF file back into its PO, unit by unit.

    Reviewed work in the PO is never replaced by older, unconfirmed or empty content: such units
    are reported (one line each: updated, fuzzied, kept, refused, conflict) and the PO keeps them.
    Units another tool numbered are matched by source text (and msgctxt, or `#:` references, where
    the file has them); one matching no entry, or several, is a warning (unmatched), never guessed."""
    from l10n.catalog.xliff import xliff_target
    from l10n.catalog.xliff_import import PROBLEM_OUTCOMES, catalog_holding_units, import_xliff

    project = open_project(root)
    locale, domain = xliff_target(file)
    locale = project.locale(locale.code, name=f"{file}: the catalog's locale")
    if not domain:
        domain = catalog_holding_units(file, ((d, project.po_path(locale, d)) for d in project.domains()))
    po = project.po_path(locale, domain)
    report = import_xliff(file, po, locale=locale)
    for warning in report.warnings:
        err_console.print(f"warning: {one_line(str(warning))}", markup=False)
    for unit in report.units:
        if unit.outcome == "unmatched":
            err_console.print(f"warning: {one_line(unit.describe(file))}", markup=False)
        elif unit.outcome != "unchanged" and (not quiet or unit.outcome in PROBLEM_OUTCOMES):
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

    from l10n.errors import CatalogError
    from l10n.memory.tm_files import import_into_tm

    project = open_project(root)
    for path in files:
        skipped: Counter[str] = Counter()
        warnings: list[CatalogError] = []
        added, kept = import_into_tm(project, path, skipped=skipped, warnings=warnings)
        for warning in warnings:
            err_console.print(f"warning: {warning}", markup=False)
        others = f", {kept} kept (the TM holds another reviewed text for them)" if kept else ""
        if skipped:
            tags = ", ".join(f"{count} in {tag}" for tag, count in sorted(skipped.items()))
            others += f"; skipped {tags} (not a project locale)"
        if warnings:
            others += f"; {len(warnings)} left out (the warnings above)"
        console.print(f"{printable_path(path)}: {added} entries added or updated{others}")


@tm_app.command("export")
def tm_export(
    out: Annotated[Path, typer.Argument(help="The TMX file to write.")],
    root: RootOption = Path("."),
    locales: LocalesOption = None,
    sync: Annotated[bool, typer.Option("--sync/--no-sync", help="Refresh the TM from the catalogs first.")] = True,
) -> None:
    """Write the TM as TMX 1.4b (readable by other CAT tools and Translate Toolkit)."""
    from l10n.memory.catalog_sync import open_project_tm, sync_from_catalogs
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

    from l10n.memory.catalog_sync import open_project_tm, sync_from_catalogs

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
