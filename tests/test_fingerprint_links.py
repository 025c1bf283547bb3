"""The code key of every record (`fingerprint.code_state`) holds still when another environment
hard-links the same installed files (uv links one cached file into every venv; each link moves
the ctime of all), and moves when a code file is rewritten or replaced.

Found by build15 (session 15): a new venv made by another worktree moved Babel's ctime between a
chain's extract and its assemble, so every kept article parse missed.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import l10n
from l10n.fingerprint import code_file_state, code_state, file_state


def test_a_new_hard_link_moves_the_ctime_but_not_the_code_state(tmp_path: Path) -> None:
    module = tmp_path / "module.py"
    module.write_text("VALUE = 1\n", encoding="utf-8")
    before, before_file = code_file_state(module), file_state(module)
    os.link(module, tmp_path / "elsewhere.py")
    assert file_state(module) != before_file  # the link count lives in the inode: ctime moved
    assert code_file_state(module) == before


def test_a_rewrite_or_a_replacement_moves_the_code_state(tmp_path: Path) -> None:
    module = tmp_path / "module.py"
    module.write_text("VALUE = 1\n", encoding="utf-8")
    first = code_file_state(module)
    os.utime(module, ns=(1, 1))
    assert code_file_state(module) != first  # edited in place: mtime
    replacement = tmp_path / "new.py"
    replacement.write_text("VALUE = 2\n", encoding="utf-8")
    os.utime(replacement, ns=(1, 1))
    moved = code_file_state(module)
    os.replace(replacement, module)  # an upgrade: same size and mtime, new inode
    assert code_file_state(module) != moved
    assert code_file_state(tmp_path / "gone.py") == "-"


def test_linking_a_module_of_the_package_keeps_the_code_state() -> None:
    package = Path(l10n.__file__).resolve().parent
    before = code_state.__wrapped__()
    link = package.parent / f".code-state-link-{os.getpid()}.py"  # same filesystem, outside the package
    try:
        os.link(package / "__init__.py", link)
    except OSError as error:  # pragma: no cover - a filesystem without hard links
        pytest.skip(f"no hard link here: {error}")
    try:
        assert code_state.__wrapped__() == before
    finally:
        link.unlink()
