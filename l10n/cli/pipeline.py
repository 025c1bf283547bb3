"""Pipeline commands: extract, update, assemble, and `run` (the whole chain)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from l10n.cli.common import DomainsOption, LocalesOption, RootOption, app, console, open_project, report_line, selected_domains

JobsOption = Annotated[
    int | None,
    typer.Option("--jobs", help="Worker processes (default: one per CPU; 1 = all in this process)."),
]

QuietOption = Annotated[bool, typer.Option("--quiet", "-q", help="Print only the closing summary, not a line per file.")]

@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Article files (.txt, .html, .md, .docx), folders or globs.")],
    domain: Annotated[str | None, typer.Option("--domain", help="Catalog name (default: the file stem).")] = None,
    root: RootOption = Path("."),
    jobs: JobsOption = None,
    locales: Annotated[
        str | None,
        typer.Option("--locales", help="Also create/update these locales' POs in the same pass (as `update` would)."),
    ] = None,
    quiet: QuietOption = False,
) -> list[str]:
    """Parse articles into sentence units and write `locales/<domain>.pot` (and, with
    `--locales`, each locale's PO). Returns the domains extracted (for `run`)."""
    from l10n.pipeline import extract_articles

    project = open_project(root)
    chosen_locales = project.locales(locales) if locales else ()
    domains, written, units = [], 0, 0
    for result in extract_articles(project, files, domain=domain, jobs=_jobs(jobs), locales=chosen_locales):
        domains.append(result.domain)
        written, units = written + result.written, units + result.units
        if not quiet:
            verb = "wrote" if result.written else "unchanged"
            lines = [f"{verb} {_in_project(project, result.pot_path)}: {result.units} units"]
            lines.extend(f"{_in_project(project, made.po_path)}: {made.stats}" for made in result.updates)
            report_line("\n".join(lines))
    if not domains:
        console.print("no articles found")
    elif len(domains) > 1 or quiet:  # a corpus: the line an operator reads last
        report_line(f"{len(domains)} articles, {units} units: {written} templates written, {len(domains) - written} unchanged")
    return domains


@app.command()
def update(
    root: RootOption = Path("."),
    locales: LocalesOption = None,
    domains: DomainsOption = None,
    jobs: JobsOption = None,
    quiet: QuietOption = False,
) -> None:
    """Merge templates into every locale's PO (msgmerge-style: human translations kept)."""
    from collections import Counter

    from l10n.pipeline import update_catalogs

    project = open_project(root)
    chosen_locales = project.locales(locales)
    chosen_domains = selected_domains(project, domains)
    states: Counter[str] = Counter()
    for result in update_catalogs(project, domains=chosen_domains, locales=chosen_locales, jobs=_jobs(jobs)):
        stats = result.stats
        states["created" if stats.created else "updated" if stats.written else "unchanged"] += 1  # type: ignore[attr-defined]
        if not quiet:
            report_line(f"{_in_project(project, result.po_path)}: {stats}")
    if sum(states.values()) > 1 or quiet:
        report_line(
            f"{sum(states.values())} catalogs: {states['created']} created, {states['updated']} updated, "
            f"{states['unchanged']} unchanged"
        )


def _in_project(project, path: Path) -> str:
    """A catalog path as printed: relative to the root it was built from (checked inside it
    when built, so unlike `Project.relative` no second resolve per file)."""
    return path.relative_to(project.root).as_posix()


def _jobs(option: int | None) -> int:
    """`--jobs` validated; unset means one worker process per CPU."""
    from l10n.errors import ProjectError
    from l10n.parallel import default_jobs

    if option is None:
        return default_jobs()
    if option < 1:
        raise ProjectError(f"--jobs must be 1 or more, not {option}")
    return option


@app.command()
def assemble(
    root: RootOption = Path("."),
    locales: LocalesOption = None,
    domains: DomainsOption = None,
    fmt: Annotated[
        list[str], typer.Option("--format", help="html, md or txt (repeatable).")
    ] = ["html"],  # noqa: B006 (Typer reads the default)
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit 1 when the publish gate held back any unit (for CI).")
    ] = False,
) -> None:
    """Rebuild each article per locale with localised dates, money and units in `build/`.

    A unit with a QA error, or translated from an older source, is held back: the edition shows
    the source sentence there, and the line names how many units were held and why."""
    from l10n.assemble.gate import Gate, describe_held
    from l10n.errors import ProjectError
    from l10n.pipeline import assemble_domain

    bad = [f for f in fmt if f not in ("html", "md", "txt")]
    if bad:
        raise ProjectError(f"unknown --format {bad[0]!r}: use html, md or txt")
    project = open_project(root)
    chosen_locales = project.locales(locales)
    from l10n.fsio import deferred_durability

    gate = Gate.for_project(project)
    held_pages = unchanged = 0
    with deferred_durability(project.root):  # one flush for the whole build, not one per file
        for domain in selected_domains(project, domains):
            results = assemble_domain(project, domain, chosen_locales, formats=fmt, gate=gate)  # type: ignore[arg-type]
            for result in results:
                held_pages += bool(result.held)
                if not result.written and not result.held:
                    unchanged += 1  # counted: a nightly build of thousands prints what changed
                    continue
                untranslated = result.counts.get("untranslated", 0) + result.counts.get("held", 0)
                notes = [f"{untranslated} units in English"] if untranslated else []
                notes += [describe_held(result.held)] if result.held else []
                note = f" ({'; '.join(notes)})" if notes else ""
                console.print(f"{'wrote' if result.written else 'unchanged'} {project.relative(result.path)}{note}")
    if unchanged:
        console.print(f"{unchanged} editions unchanged")
    if held_pages and strict:
        from l10n.cli.common import err_console, state

        err_console.print(f"error: {held_pages} editions hold back units (QA errors or outdated sources); see above")
        state.exit_code = 1


@app.command()
def run(
    root: RootOption = Path("."),
    locales: LocalesOption = None,
    engine: Annotated[str | None, typer.Option("--engine", help="MT engine: auto, argos, apertium, pseudo, none.")] = None,
    fail_on_qa: Annotated[
        bool, typer.Option("--fail-on-qa/--no-fail-on-qa", help="Exit 1 when QA finds errors (default: report only).")
    ] = False,
) -> None:
    """The whole chain on seeds/: extract → update → TM + MT → QA → assemble (html, md, txt) → publish.

    Each step is the command of the same name, so `run` prints what they print. QA findings are
    reported but do not stop the chain: an editor still gets every edition, with MT marked.
    """
    from l10n.cli.common import state
    from l10n.cli.site import publish
    from l10n.cli.translate import translate
    from l10n.cli.translators import qa, status

    project = open_project(root)
    locale_list = ",".join(locale.code for locale in project.locales(locales))
    _step("extract (templates and each locale's catalog)")
    extracted = set(extract(files=[project.seeds_dir], domain=None, root=root, jobs=None, locales=locale_list))
    domain_list = ",".join(project.domains())
    others = [domain for domain in project.domains() if domain not in extracted]
    if others:  # templates of articles outside seeds/ (extracted by name earlier)
        _step("update")
        update(root=root, locales=locale_list, domains=",".join(others), jobs=None)
    if (engine or project.settings.engine) != "none":
        _step("translate (translation memory, then offline MT)")
        translate(root=root, locales=locales, domains=domain_list, engine=engine, overwrite_fuzzy=False,
                  batch_size=256, threads=None, packages_dir=None, use_tm=True)
    _step("qa")
    qa(root=root, locales=locales, domains=domain_list, as_json=False, fail_on="error")
    qa_status = state.exit_code
    if not fail_on_qa:
        state.exit_code = 0
    _step("status")
    status(root=root, locales=locales, domains=domain_list, as_json=False)
    _step("assemble")
    assemble(root=root, locales=locales, domains=domain_list, fmt=["html", "md", "txt"], strict=False)
    _step("publish")
    publish(root=root, out=None, locales=locales, domains=domain_list, base_url=None, prune=False, strict=False)
    if qa_status and not fail_on_qa:
        console.print("note: QA found errors (see above); `l10n qa` lists them, `--fail-on-qa` makes run fail")


def _step(name: str) -> None:
    console.rule(f"[bold]{name}")
