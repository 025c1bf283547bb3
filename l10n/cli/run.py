"""`run`: the whole chain on seeds/, each stage the command of the same name, one line each.

A refused article (`cli.refusals`) is named, taken out of every later stage and counted in
the closing error; QA findings are reported and do not stop the chain."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from l10n.cli.common import LocalesOption, RootOption, app, console, next_step, open_project, report_line, state
from l10n.cli.pipeline import assemble, extracted, updated
from l10n.cli.refusals import Refusals


@app.command()
def run(
    root: RootOption = Path("."),
    locales: LocalesOption = None,
    engine: Annotated[
        str | None,
        typer.Option(
            "--engine",
            help="MT engine for every locale: auto, argos, apertium, pseudo, none (default: each "
            "locale's [l10n.engines] entry in l10n.toml, else its engine).",
        ),
    ] = None,
    fail_on_qa: Annotated[
        bool, typer.Option("--fail-on-qa/--no-fail-on-qa", help="Exit 1 when QA finds errors (default: report only).")
    ] = False,
) -> None:
    """The whole chain on seeds/: extract → update → translate → qa → status → assemble → publish.

    One line per stage; -v prints each stage's full report (what the command of the same name
    prints). QA findings are reported but do not stop the chain: an editor still gets every
    edition, with machine translation marked. Nor does an article refused: it is named on one
    line, left as it was (catalogs, editions, pages) and skipped by every later stage, the
    others go through, and `run` fails at the end (exit 2) with a line counting the refused."""
    from l10n.cli.site import publish
    from l10n.cli.translate import engines_for, translate
    from l10n.cli.translators import qa, status
    from l10n.errors import ProjectError
    from l10n.mt.registry import engine_of

    project = open_project(root)
    engines = engines_for(project, project.locales(locales), engine)  # `--engine` checked before any stage
    locale_list = ",".join(locale.code for locale in project.locales(locales))
    if not project.seeds_dir.is_dir():
        raise ProjectError(
            "no seeds/ folder: put the articles (.txt, .html, .md) there, or name the project with --root",
            path=project.root,
        )
    quiet_before = state.quiet
    state.quiet = quiet_before or not state.verbose
    refusals = state.refusals = Refusals()
    try:
        _stage("extract")
        done = set(
            extracted(
                project,
                [project.seeds_dir],
                domain=None,
                jobs=None,
                locales=locale_list,
                quiet=state.quiet,
                refusals=refusals,
            )
        )
        others = refusals.kept([domain for domain in project.domains() if domain not in done])
        if others:  # templates of articles outside seeds/ (extracted by name earlier)
            _stage("update")
            updated(
                project,
                others,
                locales=project.locales(locale_list),
                jobs=None,
                quiet=state.quiet,
                allow_empty_template=False,
                refusals=refusals,
            )
        # a file refused because another holds its domain is one more article (`Refused.taken`)
        total = len({*project.domains(), *refusals.domains}) + refusals.taken
        domain_list = ",".join(refusals.kept(project.domains()))
        if not domain_list:
            refusals.fail_if_any(total)
            raise ProjectError(
                "no articles to work on: add .txt, .html or .md files (README: Article formats)", path=project.seeds_dir
            )
        if {engine_of(engines, code) for code in locale_list.split(",")} != {"none"}:
            _stage("translate")
            translate(
                root=root,
                locales=locale_list,
                domains=domain_list,
                engine=engine,
                overwrite_fuzzy=False,
                batch_size=256,
                threads=None,
                packages_dir=None,
                use_tm=True,
            )
            domain_list = ",".join(refusals.kept(project.domains()))  # less an article whose catalog it refused
            if not domain_list:
                refusals.fail_if_any(total)
        _stage("qa")
        qa(root=root, locales=locale_list, domains=domain_list, as_json=False, fail_on="error")
        qa_status = state.exit_code
        if not fail_on_qa:
            state.exit_code = 0
        _stage("status")
        status(root=root, locales=locale_list, domains=domain_list, as_json=False)
        _stage("assemble")
        assemble(root=root, locales=locale_list, domains=domain_list, fmt=["html", "md", "txt"], strict=False)
        _stage("publish")
        publish(root=root, out=None, locales=locale_list, domains=domain_list, base_url=None, prune=False, strict=False)
    finally:
        state.stage, state.quiet, state.refusals = None, quiet_before, None
    if qa_status and not fail_on_qa:
        report_line("note: QA found errors; `l10n qa` lists them, `--fail-on-qa` makes run fail")
    refusals.fail_if_any(total)
    next_step(f"open {project.relative(project.site_dir)}/index.html in a browser, or run `l10n serve`")


def _stage(name: str) -> None:
    """Enter a stage of `run`: its summary lines are prefixed with `name`; -v adds a rule."""
    state.stage = name
    if state.verbose:
        console.rule(name)
