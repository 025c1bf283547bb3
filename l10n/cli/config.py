"""`l10n config`: the settings `l10n.toml` accepts (from the one schema in `l10n.config`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from l10n.cli.common import RootOption, app, console, json_out, open_project


@app.command("config")
def show_config(
    root: RootOption = Path("."),
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable JSON on stdout.")] = False,
) -> None:
    """Every setting l10n.toml accepts: its value here, its default, what it does."""
    from l10n.config import SCHEMA

    project = open_project(root)
    rows = [
        {
            "key": key.name,
            "value": _plain(project.settings.get(key.name)),
            "default": _plain(key.default),
            "doc": key.doc,
        }
        for key in SCHEMA.values()
    ]
    if as_json:
        json_out(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    source = project.relative(project.settings.path) if project.settings.path else "defaults (no l10n.toml)"
    console.print(f"settings from {source}; put them in an [l10n] table", markup=False)
    for row in rows:
        changed = "" if row["value"] == row["default"] else f"  (default {row['default']!r})"
        console.print(f"{row['key']} = {row['value']!r}{changed}\n    {row['doc']}", markup=False)


def _plain(value):
    """A value as JSON and the listing show it: a readiness policy as its TOML tables."""
    from dataclasses import asdict

    from l10n.config import ReadinessPolicy

    if isinstance(value, ReadinessPolicy):
        return {**asdict(value.default), **{code: asdict(policy) for code, policy in value.by_locale}}
    return list(value) if isinstance(value, tuple) else value
