"""Site commands: `publish` (static multilingual site) and `serve` (local preview on 127.0.0.1)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from l10n.cli.common import (
    DomainsOption,
    LocalesOption,
    RootOption,
    app,
    console,
    next_step,
    open_project,
    selected_domains,
    summary,
)


@app.command()
def publish(
    root: RootOption = Path("."),
    out: Annotated[Path | None, typer.Option("--out", help="Output folder (default: site/ under --root).")] = None,
    locales: LocalesOption = None,
    domains: DomainsOption = None,
    base_url: Annotated[
        str | None,
        typer.Option("--base-url", help="Public URL of the site, for sitemap.xml (default: l10n.toml base_url or the preview URL)."),
    ] = None,
) -> None:
    """Write the static site: a page per article and locale, indexes, sitemap.xml."""
    from l10n.publish.site import publish_project

    project = open_project(root)
    report = publish_project(
        project,
        domains=selected_domains(project, domains),
        locales=project.locales(locales),
        out_dir=out,
        base_url=project.option("base_url", base_url, name="--base-url"),
    )
    summary(
        f"published {project.relative(report.out_dir)}: {len(report.written)} written, "
        f"{len(report.unchanged)} unchanged, {len(report.removed)} stale removed"
    )
    next_step(f"open {project.relative(report.out_dir)}/index.html in a browser, or run `l10n serve`")


@app.command()
def serve(
    root: RootOption = Path("."),
    port: Annotated[int, typer.Option("--port", help="Port on 127.0.0.1.")] = 8000,
    site: Annotated[Path | None, typer.Option("--site", help="Site folder (default: site/ under --root).")] = None,
) -> None:
    """Preview the published site at http://127.0.0.1:PORT/ (Ctrl-C stops)."""
    from l10n.publish.serve import serve_forever

    project = open_project(root)
    folder = site or project.site_dir
    console.print(f"serving {project.relative(folder)} at http://127.0.0.1:{port}/ (Ctrl-C to stop)")
    serve_forever(folder, port=port)
