"""Paths the CLI is given or finds, checked by one rule each before a command works on them: a
file argument (`input_file`) and the templates and catalogs under `locales/`
(`refuse_folder_catalogs`). A path argument Typer checks itself is worded the same way by
`cli._usage_line`."""

from __future__ import annotations

import os
from pathlib import Path

from l10n.errors import CatalogError, L10nError
from l10n.fsio import FOLDER_NOT_FILE, NO_SUCH_PATH


def input_file(path: Path) -> Path:
    """A file argument the command is about to read, checked the way a path argument's
    problems are worded for every command (`cli._usage_line`): missing, or a folder."""
    if not path.exists():
        raise L10nError(NO_SUCH_PATH, path=path)
    if path.is_dir():
        raise L10nError(FOLDER_NOT_FILE, path=path)
    return path


def refuse_folder_catalogs(project, domains: list[str]) -> None:
    """One rule for a template or catalog path that is a folder (`locales/A.pot/`,
    `locales/de/LC_MESSAGES/A.po/`): every command over catalogs refuses it with one line
    naming it, where one called it missing, another skipped it, a third read past it. Every
    command over catalogs checks here (`common.selected_domains`), replays included, so it
    costs one listing of `locales/` and one stat per locale folder: a folder whose link count
    is 2 has no sub-folder (POSIX filesystems count each sub-folder's `..`; btrfs and some
    FUSE mounts report 1, and are listed), and only a folder with one is listed."""
    templates, catalogs = {f"{d}.pot" for d in domains}, {f"{d}.po" for d in domains}
    try:
        top = os.scandir(project.locales_dir)
    except (FileNotFoundError, NotADirectoryError):
        return
    with top:
        folders = [entry for entry in top if entry.is_dir() and not entry.name.startswith(".")]
    for entry in folders:
        if entry.name in templates:
            raise CatalogError("is a folder, not a template file: remove or rename it", path=entry.path)
        folder = os.path.join(entry.path, "LC_MESSAGES")
        try:
            if os.stat(folder).st_nlink == 2:  # no sub-folder at all
                continue
            listing = os.scandir(folder)
        except (FileNotFoundError, NotADirectoryError):
            continue
        with listing:
            for item in listing:
                if item.name in catalogs and item.is_dir():
                    raise CatalogError("is a folder, not a catalog file: remove or rename it", path=item.path)
