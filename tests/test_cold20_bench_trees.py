"""The cold-chain benchmarks run the code they are told to (session 20).

`bench/translate_cold.py` compares a baseline tree (on PYTHONPATH) with a candidate; run from a
checkout's root, `python -m l10n` put that folder first on sys.path and both sides ran the
checkout's own `l10n/`. `bench/chain.py --scratch DIR` failed when DIR did not exist.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import bench_module

REPO = Path(__file__).resolve().parent.parent


def test_translate_cold_runs_the_tree_on_pythonpath_from_the_checkouts_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    translate_cold = bench_module("translate_cold")
    tree = tmp_path / "baseline"
    (tree / "l10n").mkdir(parents=True)
    (tree / "l10n" / "__init__.py").write_text("", encoding="utf-8")
    marker = tmp_path / "ran"
    (tree / "l10n" / "__main__.py").write_text(
        f"from pathlib import Path\nPath({str(marker)!r}).write_text('baseline')\n", encoding="utf-8"
    )
    monkeypatch.chdir(REPO)  # where the usage line runs it: this checkout's l10n/ is in the folder
    translate_cold.l10n(tree, [], tmp_path)
    assert marker.read_text(encoding="utf-8") == "baseline"


def test_chain_scratch_folder_is_made_when_missing(tmp_path: Path) -> None:
    chain = bench_module("chain")
    parent = tmp_path / "not" / "yet"
    folder = chain.scratch_folder(parent)
    assert folder.is_dir() and folder.parent == parent
    assert chain.scratch_folder(None).is_dir()
