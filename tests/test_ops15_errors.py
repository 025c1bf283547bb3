"""A damaged zh_CN catalog refuses only that article when zh_TW alone is asked for (zh_TW is
derived from zh_CN: it stopped `translate` for every article), naming the zh_CN file. The
damaged article is found from the error's file as given (`L10nError.file`), not from the path
as printed, which depends on the roots the process was told and so differs between a worker
and the parent; pickling the error (a worker's, to the parent) keeps both.

The articles are real Wikinews articles (bench/data/wikinews, CC BY 2.5) through `bench/chain.py`."""

from __future__ import annotations

import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, chain_project
from test_ops14_batch import cut_mid_entry, error_lines

from l10n.errors import CatalogError


def l10n(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(REPO / "workflow.py"), *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, timeout=600)


def test_a_damaged_zh_cn_refuses_only_that_article_when_zh_tw_is_asked(tmp_path: Path) -> None:
    from l10n.mt.registry import opencc_available

    if not opencc_available():
        pytest.skip("OpenCC is not installed")
    root = tmp_path / "nightly"
    articles = chain_project(root, 3, ["zh_CN", "zh_TW"], engine="pseudo")
    assert l10n(root, "run").returncode in (0, 1)
    bad = articles[1]
    damaged = root / "locales" / "zh_CN" / "LC_MESSAGES" / f"{bad.stem}.po"
    cut_mid_entry(damaged)
    before = damaged.read_bytes()
    traditional = root / "locales" / "zh_TW" / "LC_MESSAGES" / f"{bad.stem}.po"
    kept = traditional.read_bytes()
    done = l10n(root, "translate", "--engine", "auto", "--locales", "zh_TW", "--overwrite-fuzzy", "-q")
    errors = error_lines(done.stderr)
    assert done.returncode == 2, done.stdout + done.stderr
    assert re.fullmatch(rf"error: locales/zh_CN/LC_MESSAGES/{bad.stem}\.po:\d+: .+", errors[0]), errors
    assert errors[1:] == ["error: 1 of 3 articles refused; see above"], errors
    assert "translated zh_TW" in done.stdout and "opencc" in done.stdout, done.stdout  # the others derived
    assert damaged.read_bytes() == before and traditional.read_bytes() == kept


def test_a_pickled_error_keeps_the_file_as_given(tmp_path: Path) -> None:
    from l10n.terminal import forget_shown_roots, show_under_root

    po = tmp_path / "locales" / "de" / "LC_MESSAGES" / "a\u202eb.po"
    show_under_root(tmp_path, "p")
    try:
        error = CatalogError("cut", path=po, line=3)
    finally:
        forget_shown_roots()
    copy = pickle.loads(pickle.dumps(error))
    assert copy.path == "p/locales/de/LC_MESSAGES/a\\u202eb.po" and copy.file == str(po)
    assert str(copy) == str(error) and copy.line == 3
    assert CatalogError("no file").file is None
