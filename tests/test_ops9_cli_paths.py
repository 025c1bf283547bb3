"""Bad paths given to the real CLI: a missing file, a folder where a file goes, a catalog that
is a folder. The operator's promise: one line on stderr naming the path, exit 2, no usage
text, no traceback, no temp file left behind.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import SEED, run_l10n

DOMAIN = SEED.stem


def l10n(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`workflow.py ARGS --root ROOT` in ROOT, as the operator runs it."""
    return run_l10n(root, *args, allowed=None)  # the exit status is the test's to check


def refused(done: subprocess.CompletedProcess[str], *named: str) -> str:
    """The one stderr line of a refused command, which names each of `named`."""
    assert done.returncode == 2, (done.returncode, done.stderr)
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("error: "), done.stderr
    assert "Usage:" not in done.stderr and "Traceback" not in done.stderr
    for name in named:
        assert name in lines[0], (name, lines[0])
    return lines[0]


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """The seed article extracted into de and zh_CN catalogs."""
    root = tmp_path_factory.mktemp("ops9") / "project"
    (root / "seeds").mkdir(parents=True)
    (root / "seeds" / SEED.name).write_bytes(SEED.read_bytes())
    (root / "l10n.toml").write_text('[l10n]\nlocales = ["de", "zh_CN"]\n', encoding="utf-8")
    done = l10n(root, "extract", "seeds", "-q")
    assert done.returncode == 0, done.stderr
    (root / "a-folder").mkdir()
    return root


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["tm", "import", "missing.tmx"], "missing.tmx"),
        (["tm", "import", "a-folder"], "a-folder"),
        (["xliff", "import", "missing.xlf"], "missing.xlf"),
        (["extract", "missing.txt"], "missing.txt"),
        (["models", "install-file", "missing.argosmodel"], "missing.argosmodel"),
        (["models", "install-file", "a-folder"], "a-folder"),
    ],
)
def test_a_missing_or_folder_path_argument_is_one_line_naming_it(project: Path, args: list[str], named: str) -> None:
    refused(l10n(project, *args), named)


def test_a_missing_file_is_not_called_a_bad_package(project: Path) -> None:
    line = refused(l10n(project, "models", "install-file", "missing.argosmodel"), "missing.argosmodel")
    assert "no such file" in line


def test_a_usage_error_is_one_line_pointing_at_help(project: Path) -> None:
    line = refused(l10n(project, "tm", "import"), "FILE")
    assert "l10n tm import --help" in line


def test_tm_export_onto_a_folder_names_the_folder_and_leaves_no_temp_file(project: Path) -> None:
    line = refused(l10n(project, "tm", "export", "a-folder"), "a-folder")
    assert ".tmp" not in line
    assert sorted(p.name for p in project.iterdir() if p.name.endswith(".tmp")) == []


@pytest.mark.parametrize(
    "command",
    [
        ["extract", "seeds", "--locales", "de"],
        ["update"],
        ["translate", "--engine", "pseudo"],
        ["qa"],
        ["status"],
        ["assemble"],
        ["publish"],
        ["run"],
    ],
)
@pytest.mark.parametrize("which", ["catalog", "template"])
def test_a_catalog_that_is_a_folder_is_refused_by_every_command(tmp_path: Path, command: list[str], which: str) -> None:
    root = tmp_path / "project"
    (root / "seeds").mkdir(parents=True)
    (root / "seeds" / SEED.name).write_bytes(SEED.read_bytes())
    (root / "l10n.toml").write_text('[l10n]\nlocales = ["de"]\n', encoding="utf-8")
    assert l10n(root, "extract", "seeds", "--locales", "de", "-q").returncode == 0
    if which == "catalog":  # the article's own catalog
        path = root / "locales" / "de" / "LC_MESSAGES" / f"{DOMAIN}.po"
        path.unlink()
    else:  # a stray template folder beside the article's template
        path = root / "locales" / "stray.pot"
    path.mkdir()
    line = refused(l10n(root, *command), path.name)
    assert "is a folder" in line


def test_serve_on_a_missing_site_says_only_that(project: Path) -> None:
    """No "serving … at http://…" line before the refusal: nothing is served."""
    done = l10n(project, "serve", "--site", "missing-site")
    refused(done, "missing-site")
    assert done.stdout == ""
