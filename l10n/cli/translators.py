"""Translators' reports: `qa`, `status`, `review` (the exchange with CAT tools and the TM,
`xliff` and `tm`, is `cli.exchange`).

Only argument parsing and printing; the work lives in `l10n.qa`, `l10n.status` and `l10n.review`.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Literal

import typer

from l10n.cli.common import (
    DomainsOption,
    JobsOption,
    JsonOption,
    LocalesOption,
    RootOption,
    app,
    console,
    jobs_wanted,
    json_out,
    next_step,
    open_project,
    selected_domains,
    state,
    summary,
    warn_unused_glossary_rows,
)
from l10n.cli.refusals import Refusals, close_refusals, command_refusals, refusing
from l10n.terminal import one_line, terminal_json


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
    from l10n.cli.records import gate_files
    from l10n.errors import QAError

    if fail_on not in ("error", "warning"):
        raise QAError(f"--fail-on must be 'error' or 'warning', not {fail_on!r}")
    project = open_project(root)
    chosen = selected_domains(project, domains)
    chosen_locales = project.locales(locales)
    warn_unused_glossary_rows(project)

    def report(refusals: Refusals, seen, unchanged) -> None:
        refusing(
            refusals,
            project,
            chosen,
            lambda kept: _qa(
                project,
                chosen_locales,
                kept,
                as_json=as_json,
                fail_on=fail_on,
                verbose=verbose,
                jobs=jobs,
                seen=seen,
                unchanged=unchanged,
            ),
        )

    _recorded_report(
        project,
        "qa",
        chosen_locales,
        chosen,
        files=gate_files(project),
        report=report,
        domains=domains,
        json=as_json,
        fail_on=fail_on,
        v=verbose,
    )


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
    from l10n.project import CONFIG_FILE

    project = open_project(root)
    chosen = selected_domains(project, domains)
    chosen_locales = project.locales(locales)

    def report(refusals: Refusals, seen, unchanged) -> None:
        from l10n.status import project_status

        statuses = refusing(
            refusals,
            project,
            chosen,
            lambda kept: project_status(
                project, locales=chosen_locales, domains=kept, jobs=jobs_wanted(jobs), seen=seen, unchanged=unchanged
            ),
        )
        refused = sorted(refusals.domains)  # `run`'s include those an earlier stage refused
        _status(project, statuses, chosen, refused, as_json=as_json)

    _recorded_report(
        project,
        "status",
        chosen_locales,
        chosen,
        files=[project.root / CONFIG_FILE],
        report=report,
        domains=domains,
        json=as_json,
    )


def _recorded_report(
    project,
    command: str,
    chosen_locales,
    chosen: list[str],
    *,
    files: list[Path],
    report: Callable[[Refusals, Any, Any], None],
    **options: Any,
) -> None:
    """A read-only report's whole run (`qa`, `status`): its record (`cli.records.WholeRun`,
    keyed by the command, the locales and `options`) watches `files` and the chosen locales'
    catalog folders, and replays the last report when none of them changed. Otherwise
    `report(refusals, seen, unchanged)` runs with its output captured — `seen` and `unchanged`
    the look-up's stats, for the catalogs' own checks — and is recorded, unless it refused an
    article (a damaged catalog: not recorded, so the next run says it again)."""
    from l10n.cli.records import WholeRun, catalog_folders
    from l10n.memory.unchanged import catalog_pieces

    record = WholeRun(project, command, locales=[x.code for x in chosen_locales], **options)
    folders = catalog_folders(project, chosen_locales)  # what the record watches, with `files`
    pieces = catalog_pieces(project.locales_dir)
    if record.replayed(read_only=True, keep_stats=True, pieces=pieces, files=files, folders=folders):
        return
    seen = record.seen.known() if record.seen is not None else None
    unchanged = record.seen.unchanged if record.seen is not None else None
    refusals = command_refusals()
    before = refusals.count
    with record.capturing():
        report(refusals, seen, unchanged)
    if refusals.count > before:
        close_refusals(refusals, len(chosen))
        return
    record.keep(files=files, folders=folders, read_only=True)


def _status(project, statuses, domains: list[str], refused: list[str], *, as_json: bool) -> None:
    """`status`'s report of `statuses` over `domains`: the articles `refused` (a damaged
    catalog: `cli.refusals`; in `run`, by any stage before) are counted in no locale and shown
    as refused, never as done."""
    from l10n.status import print_status

    for status in statuses:
        status.refused = refused
    if as_json:
        json_out(json.dumps([s.to_dict() for s in statuses], ensure_ascii=False, indent=2))
    elif state.quiet:
        summary(
            ", ".join(f"{s.locale} {s.reviewed_percent:.0f}%" for s in statuses)
            + " reviewed (by words)"
            + (f"; {len(refused)} refused article(s) not counted (see the errors above)" if refused else "")
        )
    else:
        _print_articles(project, domains, refused)
        print_status(statuses, console)


def _print_articles(project, domains: list[str], refused: list[str]) -> None:
    """`000_3e65442673b9006b  Biomedical to become key pillar industry for Baoshan` per article
    (the first 20 unless -v, and every refused one): a catalog name alone does not say which
    article it is. A refused article says so instead of its headline: it is not counted. An id
    derived from a file's name (`project.article_id`) is followed by that file's name."""
    from l10n.cli.common import headline
    from l10n.cli.pipeline import derived_from

    shown = domains if state.verbose else [*domains[:20], *(domain for domain in refused if domain not in domains[:20])]
    width = max(len(domain) for domain in shown)
    for domain in shown:
        if domain in refused:
            text = "REFUSED (see the error above): not counted below"
        else:
            named = derived_from(project, domain)
            text = one_line(headline(project, domain) or "(no headline)") + (f" ({named})" if named else "")
        console.print(f"{domain:<{width}}  {text}", markup=False)
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
