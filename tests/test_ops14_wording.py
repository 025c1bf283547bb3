"""One wording for a path that is not there, owned by `l10n.fsio` (`NO_SUCH_PATH`) as
"is a folder, not a file" is: a path argument Typer checks (`tm import`), a file argument the
command checks (`models install-file`) and a file a reader opens (`xliff import`) say it alike.
`xliff import` said "cannot read: No such file or directory"."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import REPO

from l10n.fsio import NO_SUCH_PATH


def l10n(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "workflow.py"), *args], capture_output=True, text=True, cwd=root, timeout=120
    )


def test_a_missing_file_is_worded_alike_by_every_command(tmp_path: Path) -> None:
    (tmp_path / "l10n.toml").write_text('[l10n]\nlocales = ["de"]\n', encoding="utf-8")
    commands = {
        "nope.tmx": ("tm", "import", "nope.tmx"),
        "nope.argosmodel": ("models", "install-file", "nope.argosmodel"),
        "nope.xlf": ("xliff", "import", "nope.xlf"),
    }
    for name, command in commands.items():
        done = l10n(tmp_path, *command)
        assert done.returncode == 2, done.stderr
        lines = done.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"error: {name}: {NO_SUCH_PATH}"), (command, lines)
