"""Pipeline commands: extract, update, assemble (`run`, the whole chain, is in `cli.run`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from l10n.cli.common import (
    DomainsOption,
    JobsOption,
    LocalesOption,
    RootOption,
    app,
    describe_held,
    jobs_wanted,
    next_step,
    open_project,
    report_line,
    say,
    selected_domains,
    state,
    summary,
    summary_text,
    warn_missing_articles,
    warn_unused_glossary_rows,
)
from l10n.cli.paths import refuse_folder_catalogs
from l10n.cli.refusals import Refusals, close_refusals, command_refusals, refusing

if TYPE_CHECKING:
    from l10n.locales import TargetLocale

QuietOption = Annotated[
    bool, typer.Option("--quiet", "-q", help="Print only the closing summary, not a line per file.")
]


@app.command()
def extract(
    files: Annotated[
        list[Path],
        typer.Argument(metavar="ARTICLE...", help="Article files (.txt, .html, .md, .docx), folders or globs."),
    ],
    domain: Annotated[str | None, typer.Option("--domain", help="Catalog name (default: the file stem).")] = None,
    root: RootOption = Path("."),
    jobs: JobsOption = None,
    locales: Annotated[
        str | None,
        typer.Option("--locales", help="Also create/update these locales' POs in the same pass (as `update` would)."),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            metavar="CODE",
            help='The articles\' language, whatever they state (a page marked lang="en" that is German: --lang de).',
        ),
    ] = None,
    quiet: QuietOption = False,
) -> list[str]:
    """Read articles into sentence units and write locales/ARTICLE.pot (and, with --locales,
    each locale's PO in the same pass).

    Each line names the template and the article's headline; with -v, also the article's
    language and where it was read from (the page, front matter, Word, --lang, l10n.toml's
    article_languages or the project's source_locale). Of many articles (a folder, a glob, several files) one that is refused is
    skipped with its error line, the others are extracted, and the command fails at the end
    (exit 2) with a line counting the refused."""
    from l10n.locales import parse_language_option
    from l10n.project import validate_domain

    state.quiet = quiet = quiet or state.quiet
    language = parse_language_option(lang).code if lang is not None else None  # a bad option first
    domain = validate_domain(domain, option="--domain", new=True) if domain else domain
    project = open_project(root)
    single = domain is not None or (len(files) == 1 and files[0].is_file())
    refusals = None if single else Refusals()
    domains = extracted(
        project, files, domain=domain, jobs=jobs, locales=locales, language=language, quiet=quiet, refusals=refusals
    )
    if refusals is not None:
        refusals.fail_if_any(len(domains) + refusals.count)
    return domains


def extracted(
    project,
    files: list[Path],
    *,
    domain: str | None,
    jobs: int | None,
    locales: str | None,
    quiet: bool,
    refusals,
    language: str | None = None,
) -> list[str]:
    """`extract`'s work and report; the domains extracted. A refused article goes to `refusals`
    (`cli.refusals.Refusals`) when given, else stops the command. `language`: `--lang`'s code."""
    from l10n.pipeline import extract_articles

    chosen_locales = project.locales(locales) if locales else ()
    if chosen_locales:  # it merges into catalogs too: the catalogs' rule (`selected_domains`)
        refuse_folder_catalogs(project, project.domains())
        warn_unused_glossary_rows(project)
    domains, written, units = [], 0, 0
    results = extract_articles(
        project,
        files,
        domain=domain,
        jobs=jobs_wanted(jobs),
        locales=chosen_locales,
        language=language,
        on_refused=refusals,
    )
    for result in results:
        domains.append(result.domain)
        written, units = written + result.written, units + result.units
        if not quiet:
            verb = "wrote" if result.written else "unchanged"
            title = f" \u2014 {result.headline}" if result.headline else ""
            lines = [f"{verb} {_in_project(project, result.pot_path)}: {result.units} units{title}"]
            if domain is None and result.source is not None:
                lines[:0] = derived_id_note(project, result.source, result.domain)
            if state.verbose and result.language:
                lines.append(f"  language {result.language} ({result.language_from})")
            lines.extend(f"{_in_project(project, made.po_path)}: {made.stats}" for made in result.updates)
            report_line("\n".join(lines))
    refused = f"; {refusals.count} refused" if refusals is not None and refusals.count else ""
    if not domains and not refused:
        summary("no articles found (articles are .txt, .html, .md or .docx files)")
    elif len(domains) > 1 or quiet or refused:  # a corpus: the line an operator reads last
        articles = f"{len(domains)} article{'' if len(domains) == 1 else 's'}"
        summary(f"{articles}, {units} units: {written} templates written, {len(domains) - written} unchanged{refused}")
    if domains and not chosen_locales and not refused:
        next_step("`l10n update` makes each locale's catalog (or `l10n run` does the whole chain)")
    return domains


def derived_id_note(project, source: str, domain: str) -> list[str]:
    """`extract`'s note of an article whose id was derived from its file's name
    (`project.article_id`); none for any other."""
    from l10n.project import is_domain

    if is_domain(Path(source).stem):
        return []
    return [f"note: {project.relative(Path(source))}: article id {domain!r} (the file's name is not one)"]


def derived_from(project, domain: str) -> str | None:
    """The file `domain` was derived from (`project.article_id`), as its template records it
    (`X-L10n-Source`), for `status`'s list of articles; None for an id that is the file's name
    or was given, and for a template that cannot be read (its headline's reading says why)."""
    from l10n.project import article_id, is_domain, may_be_derived

    if not may_be_derived(domain):
        return None
    from l10n.catalog.po import pot_source
    from l10n.errors import L10nError

    try:
        source = pot_source(project.pot_path(domain))
    except (L10nError, OSError):
        return None
    return source if source and not is_domain(Path(source).stem) and article_id(source) == domain else None


@app.command()
def update(
    root: RootOption = Path("."),
    locales: LocalesOption = None,
    domains: DomainsOption = None,
    jobs: JobsOption = None,
    quiet: QuietOption = False,
    allow_empty_template: Annotated[
        bool,
        typer.Option(
            "--allow-empty-template",
            help="Merge a template with no units even into catalogs with translations (they become obsolete, #~).",
        ),
    ] = False,
) -> None:
    """Merge templates into every locale's PO (msgmerge-style: human translations kept).

    An article edited since its template was written is extracted again first (its template
    records the article's path; a newer article means a stale template), so an edit reaches
    the catalogs without a separate `extract`. A template with no units is not merged into a
    catalog with translations (one line names it) unless --allow-empty-template. Over many
    articles, one refused is skipped with its error line and the command fails at the end."""
    state.quiet = quiet = quiet or state.quiet
    project = open_project(root)
    chosen_locales = project.locales(locales)  # a bad option first, before looking for catalogs
    chosen_domains = selected_domains(project, domains)
    refusals = Refusals() if len(chosen_domains) > 1 else None
    updated(
        project,
        chosen_domains,
        locales=chosen_locales,
        jobs=jobs,
        quiet=quiet,
        allow_empty_template=allow_empty_template,
        refusals=refusals,
    )
    if refusals is not None:
        refusals.fail_if_any(len(chosen_domains))


def updated(
    project,
    chosen_domains: list[str],
    *,
    locales: list[TargetLocale],
    jobs: int | None,
    quiet: bool,
    allow_empty_template: bool,
    refusals: Refusals | None,
) -> None:
    """`update`'s work and report over `chosen_domains`; a refused article or catalog goes to
    `refusals` when given, else stops the command."""
    from collections import Counter

    from l10n.extraction import update_catalogs
    from l10n.fsio import noting_writes

    warn_unused_glossary_rows(project)
    with noting_writes():  # the templates' and merges' stamps take them by the bytes written
        checked, rewritten = _refresh_changed_templates(
            project, chosen_domains, jobs=jobs_wanted(jobs), refusals=refusals
        )
    if refusals is not None:
        chosen_domains = refusals.kept(chosen_domains)  # an article refused: its catalogs stay as they are
    states: Counter[str] = Counter()
    merges = update_catalogs(
        project,
        domains=chosen_domains,
        locales=locales,
        jobs=jobs_wanted(jobs),
        allow_empty_template=allow_empty_template,
        on_refused=refusals,
    )
    for result in merges:
        stats = result.stats
        states["created" if stats.created else "updated" if stats.written else "unchanged"] += 1  # type: ignore[attr-defined]
        if not quiet:
            report_line(f"{_in_project(project, result.po_path)}: {stats}")
    if sum(states.values()) > 1 or quiet:
        again = f" ({checked} edited article(s) read again, {rewritten} template(s) rewritten)" if checked else ""
        summary(
            f"{sum(states.values())} catalogs: {states['created']} created, {states['updated']} updated, "
            f"{states['unchanged']} unchanged{again}"
        )
    if (states["created"] or states["updated"]) and not (
        refusals is not None and refusals.count
    ):  # a failing command's next step is its fix
        next_step("`l10n translate` fills empty units; translators edit the POs under locales/")


def _refresh_changed_templates(
    project, domains: list[str], *, jobs: int, refusals: Refusals | None = None
) -> tuple[int, int]:
    """Extract again each article newer than its template (in `jobs` workers when the domain is
    the file's stem, as a corpus's are); returns (articles checked, templates rewritten)."""
    from l10n.extraction import REFUSALS, DomainTaken, Refused, extract_article
    from l10n.extraction_sources import changed_sources
    from l10n.pipeline import extract_articles
    from l10n.project import article_id

    changed = dict(changed_sources(project, domains))
    by_stem = [source for domain, source in changed.items() if article_id(source) == domain]
    results = list(extract_articles(project, by_stem, jobs=jobs, on_refused=refusals)) if by_stem else []
    for domain, source in changed.items():
        if article_id(source) == domain:
            continue
        try:
            results.append(extract_article(project, source, domain=domain))
        except REFUSALS as error:
            if refusals is None:
                raise
            refusals(Refused(domain, str(error), taken=isinstance(error, DomainTaken)))
    for result in results:  # each stamped as extracted (`extraction.extracted_as_is`): the next run skips it
        if result.written or state.verbose:
            verb = "extracted again" if result.written else "checked, units unchanged"
            say(
                f"{_in_project(project, result.pot_path)}: {project.relative(changed[result.domain])} changed "
                f"since the template was written: {verb}"
            )
    return len(results), sum(result.written for result in results)


def _in_project(project, path: Path) -> str:
    """A catalog path as printed: relative to the root it was built from (checked inside it
    when built, so unlike `Project.relative` no second resolve per file)."""
    return path.relative_to(project.root).as_posix()


@app.command()
def assemble(
    root: RootOption = Path("."),
    locales: LocalesOption = None,
    domains: DomainsOption = None,
    fmt: Annotated[list[str], typer.Option("--format", help="html, md or txt (repeatable).")] = ["html"],  # noqa: B006 (Typer reads the default)
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit 1 when the publish gate held back any unit (for CI).")
    ] = False,
    jobs: JobsOption = None,
) -> None:
    """Rebuild each article per locale with localised dates, money and units in `build/`.

    A unit with a QA error, or translated from an older source, is held back: the edition shows
    the source sentence there. One closing line counts the editions written and unchanged and
    the units held back by reason; `-v` lists every edition written or holding units back."""
    from l10n.cli.records import WholeRun, catalog_folders, gate_files
    from l10n.errors import CatalogError, ProjectError

    bad = [f for f in fmt if f not in ("html", "md", "txt")]
    if bad:
        raise ProjectError(f"unknown --format {bad[0]!r}: use html, md or txt")
    project = open_project(root)
    chosen_locales = project.locales(locales)
    chosen = selected_domains(project, domains)
    codes = [locale.code for locale in chosen_locales]
    fmt = formats_to_build(project, codes, fmt)
    record = WholeRun(project, "assemble", locales=codes, domains=domains, formats=fmt, strict=strict)
    if record.replayed(keep_stats=True):  # before the assembling code is imported: a replay needs none of it
        return
    import dataclasses
    from collections import Counter

    from l10n.assemble.gate import Gate
    from l10n.assembly import assemble_domains
    from l10n.fsio import deferred_durability

    gate = Gate.for_project(project)
    held_pages = written = unchanged = 0
    held_units: Counter[str] = Counter()  # units held back over every edition, by reason
    counted = ("", "")  # the edition whose held units are counted (its formats come one after another)
    listing = state.verbose and not state.quiet  # every edition written or holding units back
    unchanged_report: list[str] = []  # what a re-run with nothing changed prints
    orphans: list[str] = []  # templates whose article is gone: skipped, each named once
    refusals = command_refusals()
    before = refusals.count
    with record.capturing(), deferred_durability(project.root):  # one flush for the whole build
        sources: dict[str, Path] = {}
        earlier: set[object] = set()  # editions a pass a damaged catalog stopped wrote (`cli.refusals`)

        def attempt(kept: list[str]) -> list:
            sources.clear()
            del orphans[:]
            done: list[Any] = []
            try:
                done.extend(
                    assemble_domains(
                        project,
                        kept,
                        chosen_locales,
                        formats=fmt,  # type: ignore[arg-type]
                        gate=gate,
                        jobs=jobs_wanted(jobs),
                        sources=sources,
                        seen=record.seen,
                        orphans=orphans,
                    )
                )
            except CatalogError:
                earlier.update(result.path for result in done if result.written)
                raise
            return done

        for result in refusing(refusals, project, chosen, attempt):
            if earlier and not result.written and result.path in earlier:  # written by the pass before the refusal
                result = dataclasses.replace(result, written=True)
            written, unchanged = written + result.written, unchanged + (not result.written)
            if result.held:
                held_pages += 1
                if (result.domain, result.locale) != counted:  # an edition's formats hold the same units
                    held_units.update(result.held)
            counted = (result.domain, result.locale)
            if not listing or (not result.written and not result.held):
                continue  # counted: a nightly build of thousands prints one line
            untranslated = result.counts.get("untranslated", 0) + result.counts.get("held", 0)
            notes = [f"{untranslated} units in English"] if untranslated else []
            notes += [describe_held(result.held)] if result.held else []
            note = f" ({'; '.join(notes)})" if notes else ""
            where = project.relative(result.path)
            report_line(f"{'wrote' if result.written else 'unchanged'} {where}{note}")
            if result.held:
                unchanged_report.append(f"unchanged {where}{note}")
        warn_missing_articles(project, orphans, "not assembled")
        held = f"; {held_pages} hold back units: {describe_held(held_units)}" if held_pages else ""
        summary(f"{written + unchanged} editions in build/: {written} written, {unchanged} unchanged{held}")
        unchanged_report.append(
            summary_text(f"{written + unchanged} editions in build/: 0 written, {written + unchanged} unchanged{held}")
        )
        if held_pages and strict:
            from l10n.cli.common import err_console

            err_console.print(
                f"error: {held_pages} editions hold back units (QA errors or outdated sources); `-v` lists them"
            )
            state.exit_code = 1
        if refusals.count == before:  # a failing command's next step is its fix
            next_step("`l10n publish` writes the site (site/index.html); the editions are in build/LOCALE/")
    if refusals.count > before:  # not recorded: the next run says it again
        close_refusals(refusals, len(chosen))
        return
    if orphans:
        return  # not recorded: the warning is said again, and an article put back is seen
    record.keep(
        files=[*gate_files(project), *sources.values()],
        folders=[*catalog_folders(project, chosen_locales), *((project.build_dir / code, "", False) for code in codes)],
        out="".join(line + "\n" for line in unchanged_report),
        written_forgotten=True,  # assemble_domains forgot each edition it wrote in record.seen
    )


BUILD_FORMATS = ("html", "md", "txt")


def formats_to_build(project, codes: list[str], asked: list[str]) -> list[str]:
    """The formats `assemble` writes: those asked for and every one `build/` already holds for
    these locales (`run` writes all three), in the order of `BUILD_FORMATS`. Rebuilding an
    edition in HTML alone left its Markdown and text from an earlier run with the old text, for
    whoever reads those; so a format once built is kept current. A folder is listed only until
    every format is found (a run's build holds all three in its first few entries)."""
    import os

    wanted = set(asked)
    for code in codes:
        if wanted.issuperset(BUILD_FORMATS):
            break
        try:
            with os.scandir(project.build_dir / code) as entries:
                for entry in entries:
                    wanted.add(entry.name.rpartition(".")[2])
                    if wanted.issuperset(BUILD_FORMATS):
                        break
        except OSError:  # no build yet for this locale (or not a folder: writing there says so)
            continue
    return [name for name in BUILD_FORMATS if name in wanted]
