"""One wording for a folder where a file goes, whichever command meets it and however (a path
Typer checks, one the command reads or writes itself): `PATH: is a folder, not a file`, the
path as given. `xliff import DIR` said "cannot read: Is a directory" (the C library's words),
`tm export DIR` "cannot write: it is a folder, not a file"; and a catalog that is a folder was
named by its absolute path where every other error names the path relative to the project.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, SEED, run_l10n

DOMAIN = SEED.stem


def l10n(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_l10n(root, *args, allowed=None)  # the exit status is the test's to check


def the_error(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 2, (done.returncode, done.stderr)
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), done.stderr
    return lines[0]


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("mendops-paths") / "project"
    (root / "seeds").mkdir(parents=True)
    (root / "seeds" / SEED.name).write_bytes(SEED.read_bytes())
    (root / "l10n.toml").write_text('[l10n]\nlocales = ["de"]\n', encoding="utf-8")
    assert l10n(root, "extract", "seeds", "--locales", "de", "-q").returncode == 0
    (root / "a-folder").mkdir()
    return root


@pytest.mark.parametrize(
    "args",
    [
        ["xliff", "import", "a-folder"],
        ["tm", "import", "a-folder"],
        ["tm", "export", "a-folder"],
        ["models", "install-file", "a-folder"],
    ],
    ids=" ".join,
)
def test_a_folder_where_a_file_goes_is_worded_once(project: Path, args: list[str]) -> None:
    line = the_error(l10n(project, *args))
    assert line.startswith("error: a-folder: is a folder, not a file"), line
    assert line.split(" (see ")[0] == "error: a-folder: is a folder, not a file", line


def test_a_catalog_that_is_a_folder_is_named_relative_to_the_project(project: Path) -> None:
    po = project / "locales" / "de" / "LC_MESSAGES" / f"{DOMAIN}.po"
    kept = po.read_bytes()
    po.unlink()
    po.mkdir()
    try:
        line = the_error(l10n(project, "qa"))
        command = [sys.executable, str(REPO / "workflow.py"), "qa"]  # the default --root .
        here = the_error(subprocess.run(command, capture_output=True, text=True, cwd=project, timeout=600))
    finally:
        po.rmdir()
        po.write_bytes(kept)
    # under the root as the operator named it, as every error names a project's file (session 14)
    assert line.startswith(f"error: {po}: is a folder"), line
    assert here.startswith(f"error: locales/de/LC_MESSAGES/{DOMAIN}.po: is a folder"), here
