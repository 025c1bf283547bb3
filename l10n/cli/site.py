"""Site commands: `publish` (static multilingual site) and `serve` (local preview on 127.0.0.1)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from l10n.cli.common import (
    DomainsOption,
    LocalesOption,
    RootOption,
    app,
    console,
    describe_held,
    jobs_wanted,
    next_step,
    open_project,
    say,
    selected_domains,
    summary,
    warn_missing_articles,
)
from l10n.cli.refusals import close_refusals, command_refusals, refusing


@app.command()
def publish(
    root: RootOption = Path("."),
    out: Annotated[Path | None, typer.Option("--out", help="Output folder (default: site/ under --root).")] = None,
    locales: LocalesOption = None,
    domains: DomainsOption = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url",
            help="Public URL of the site: absolute canonical/hreflang links and sitemap.xml "
            "(default: l10n.toml base_url).",
        ),
    ] = None,
    prune: Annotated[
        bool,
        typer.Option("--prune", help="Remove pages an earlier run wrote that this run did not (each is listed)."),
    ] = False,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit 1 when the publish gate held back any unit (for CI).")
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            help="Worker processes making the article pages (default 1; names, indexes and manifest "
            "are decided here, the same bytes whatever the number).",
        ),
    ] = None,
) -> None:
    """Write the static site: a page per article and locale, indexes, sitemap.xml.

    Only the locales and articles named are rebuilt; other pages already in the site stay (and
    stay listed) unless `--prune`. Units with QA errors or outdated sources are held back (the
    page shows the source sentence); editions below the readiness policy carry a notice."""
    import gc

    from l10n.collector import collector_paused

    # No automatic collection pass during the command, and what it leaves alive frozen once it
    # is done (`gc.freeze`: never walked by a pass again, the interpreter's last ones at exit
    # included). Its work was paused already (`publish_project`); what that work leaves alive —
    # the CLDR data of every locale, the frames, page records, stamps and report, ~50,000
    # young containers at 200 articles × 10 locales — was then walked by the first pass after
    # the pause, again by the passes of the whole-run record that follows and by the
    # interpreter's at exit (~25-45 ms, 3-4 % of a cold publish's CPU), and the command's own
    # imports and look-ups ran ~35 passes more. A cold publish leaves ~50 objects in garbage
    # cycles: kept for good only in a process that runs more commands after it (tests).
    with collector_paused():
        _publish(root, out, locales, domains, base_url, prune=prune, strict=strict, jobs=jobs)
        gc.freeze()


def _publish(
    root: Path,
    out: Path | None,
    locales: str | None,
    domains: str | None,
    base_url: str | None,
    *,
    prune: bool,
    strict: bool,
    jobs: int | None,
) -> None:
    """`publish`'s work, with the collector paused."""
    from l10n.cli.common import err_console, state, summary_text
    from l10n.cli.records import WholeRun, catalog_folders, gate_files

    project = open_project(root)
    chosen, chosen_locales = selected_domains(project, domains), project.locales(locales)
    base_url = project.option("base_url", base_url, name="--base-url")
    codes = [locale.code for locale in chosen_locales]
    site_dir = Path(out or project.site_dir).absolute()
    record = WholeRun(
        project, "publish", out=site_dir, locales=codes, domains=domains, base_url=base_url, prune=prune, strict=strict
    )
    if record.replayed(keep_stats=True):  # before the publishing code is imported: a replay needs none of it
        return
    from collections import Counter

    from l10n.assembly import article_sources
    from l10n.errors import CatalogError
    from l10n.fsio import noting_writes
    from l10n.publish.editions import publish_project
    from l10n.publish.manifest import manifest_path, manifest_problem

    damaged = manifest_problem(site_dir)
    if damaged is not None:  # its page records are gone: a run for some locales would list only those
        err_console.print(
            f"warning: {project.relative(damaged[0])}: {damaged[1]}: publishing every locale and article "
            "again to rebuild it (a full publish); pages earlier runs wrote and this one does not are no "
            "longer known as the publisher's, so --prune cannot remove them",
            markup=False,
        )
        chosen, chosen_locales, domains = selected_domains(project, None), project.locales(None), None

    orphans: list[str] = []  # templates whose article is gone: skipped, each named once
    refusals = command_refusals()
    before = refusals.count
    earlier: set[str] = set()  # files a pass a damaged catalog stopped wrote (counted as written)

    def attempt(kept: list[str]):
        """The site without the articles refused (a damaged catalog: `cli.refusals`): their pages
        stay as the last publish left them, still listed, never built from what is left of it,
        and not pruned (a damaged catalog is not a deleted article): no `--prune` this run."""
        del orphans[:]
        moved: set[str] = set()
        try:
            with noting_writes(moved.add):
                return _publish_kept(kept)
        except CatalogError:
            earlier.update(moved)
            raise

    def _publish_kept(kept: list[str]):
        return publish_project(
            project,
            domains=kept,
            locales=chosen_locales,
            out_dir=out,
            base_url=base_url,
            prune=prune and not refusals.domains,
            jobs=jobs_wanted(jobs) if jobs is not None else 1,
            seen=record.seen,
            orphans=orphans,
            every_domain=(domains is None and not refusals.domains)
            or set(kept).issuperset(project.domains()),  # `run` names them all
        )

    with record.capturing():
        report = refusing(refusals, project, chosen, attempt)
        _count_earlier_writes(report, earlier)
        warn_missing_articles(project, orphans, "not published, its pages no longer listed (--prune removes them)")
        site = report.out_dir
        lines = []  # what a re-run with nothing changed prints (nothing written, nothing removed)
        if state.verbose:  # every page holding units back; by default one line counts them by reason
            lines += [
                f"{project.relative(site / page)}: {describe_held(held)}" for page, held in sorted(report.held.items())
            ]
        elif report.held:
            units: Counter[str] = Counter()
            for held in report.held.values():
                units.update(held)
            lines.append(f"{len(report.held)} pages hold back units: {describe_held(units)} (`-v` lists them)")
        if report.not_ready:
            per_locale = Counter(page.split("/", 1)[0] for page in report.not_ready)
            pages = ", ".join(f"{locale} {count}" for locale, count in per_locale.items())
            lines.append(f"below the readiness policy (notice, noindex, no hreflang), pages per locale: {pages}")
        for line in lines:
            say(line)
        for path in report.removed:
            say(f"removed {project.relative(path)}")
        prunes = "an article refused: not pruned" if refusals.count > before else "--prune removes them"
        kept = f", {len(report.kept)} kept from earlier runs ({prunes})" if report.kept else ""
        summary(
            f"published {project.relative(site)}: {report.written_count} written, "
            f"{report.files - report.written_count} unchanged, {len(report.removed)} stale removed{kept}"
        )
        if report.held and strict:
            err_console.print(
                f"error: {len(report.held)} pages hold back units (QA errors or outdated sources); `-v` lists them"
            )
            state.exit_code = 1
        if refusals.count == before:  # a failing command's next step is its fix
            next_step(f"open {project.relative(site)}/index.html in a browser, or run `l10n serve`")
    if refusals.count > before:  # not recorded: the next run says it again
        if prune:
            err_console.print(
                "warning: --prune not done: an article was refused, and its pages stay until its catalog is repaired",
                markup=False,
            )
        close_refusals(refusals, len(chosen))
        return
    if orphans:
        return  # not recorded: the warning is said again, and an article put back is seen
    files = report.files
    lines = [] if state.quiet else lines
    lines.append(
        summary_text(f"published {project.relative(site)}: 0 written, {files} unchanged, 0 stale removed{kept}")
    )
    record.keep(
        files=[*gate_files(project), manifest_path(site), *article_sources(project, chosen)],
        folders=[*catalog_folders(project, chosen_locales), (site, "", True)],
        out="".join(line + "\n" for line in lines),
        written_forgotten=True,  # publish_site forgot each file it wrote in record.seen
    )


def _count_earlier_writes(report, earlier: set[str]) -> None:
    """Count as written the files a pass stopped by a damaged catalog wrote (`earlier`), which
    the pass that finished found holding their bytes (rendered to the same, or taken)."""
    if not earlier:
        return
    again = [path for path in report.rendered_unchanged if os.fspath(path) in earlier]
    taken = [name for name in report.taken if os.fspath(report.out_dir / name) in earlier]
    report.rendered_unchanged = [path for path in report.rendered_unchanged if os.fspath(path) not in earlier]
    report.taken = [name for name in report.taken if name not in set(taken)]
    report.written.extend([*again, *(report.out_dir / name for name in taken)])


@app.command()
def serve(
    root: RootOption = Path("."),
    port: Annotated[int, typer.Option("--port", help="Port on 127.0.0.1.")] = 8000,
    site: Annotated[Path | None, typer.Option("--site", help="Site folder (default: site/ under --root).")] = None,
) -> None:
    """Preview the published site at http://127.0.0.1:PORT/ (Ctrl-C stops)."""
    from l10n.publish.serve import make_server

    project = open_project(root)
    folder = site or project.site_dir
    server = make_server(folder, port=port, verbose=True)  # refused (no site, port taken) before any "serving"
    console.print(f"serving {project.relative(folder)} at http://127.0.0.1:{server.server_port}/ (Ctrl-C to stop)")
    with server:
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
