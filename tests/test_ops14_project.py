"""The operator's project under two runs at once, read-only, and after a batch with workers.

- Two `translate`s (two overlapping nightly `run`s) each sent every unit to the engine: now the
  second waits for the first, saying who holds the project's MT since when, and then finds the
  units done, so each unit goes to the engine once.
- A project on a read-only mount refused even `status` (it could not make the stamps' lock).
- A batch with worker processes (`extract --jobs 2`) left `.documents.sqlite3-wal` and `-shm`
  behind: a pool worker ends with `os._exit`, so its SQLite connections never closed.

The articles are real Wikinews articles (bench/data/wikinews, CC BY 2.5) through `bench/chain.py`.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from conftest import REPO
from slow_engine_support import logged_batches, start_slow_run
from test_mendops_batch import l10n, make_project

TRANSLATE = (
    "from l10n.cli import main\n"
    'sys.exit(main(["translate", "--engine", "slow", "--batch-size", "4", "--no-tm", "--root", root]))\n'
)


def sent(log: Path) -> list[str]:
    return [text for batch in logged_batches(log) for text in batch]


def test_two_translates_at_once_send_each_unit_to_the_engine_once(tmp_path: Path) -> None:
    root = tmp_path / "nightly"
    make_project(root, 3)
    assert l10n(root, "extract", "seeds", "--locales", "de").returncode == 0
    logs = [tmp_path / "first.log", tmp_path / "second.log"]

    def start(log: Path) -> subprocess.Popen[str]:
        return start_slow_run(root, log, run=TRANSLATE, pause=0.1, stdout=subprocess.PIPE)

    first = start(logs[0])
    deadline = time.monotonic() + 60
    while not sent(logs[0]) and time.monotonic() < deadline and first.poll() is None:
        time.sleep(0.02)
    assert first.poll() is None, "the first translate finished before the second started"
    second = start(logs[1])
    outputs = [process.communicate(timeout=300) for process in (first, second)]
    assert [first.returncode, second.returncode] == [0, 0], outputs
    once, again = sent(logs[0]), sent(logs[1])
    assert once and not set(once) & set(again), "a unit went to the engine twice"
    waiting = [line for line in outputs[1][1].splitlines() if line.startswith("note: waiting for")]
    assert len(waiting) == 1 and f"pid {first.pid}, since " in waiting[0], outputs[1][1]


def can_mount_read_only() -> bool:
    if shutil.which("unshare") is None or os.geteuid() != 0:
        return False
    done = subprocess.run(["unshare", "-m", "mount", "--bind", "-o", "ro", "/tmp", "/tmp"], capture_output=True)
    return done.returncode == 0


@pytest.mark.skipif(not can_mount_read_only(), reason="needs root to mount a folder read-only in a namespace")
def test_status_answers_on_a_read_only_project(tmp_path: Path) -> None:
    root = tmp_path / "nightly"
    make_project(root, 2)
    assert l10n(root, "run").returncode in (0, 1)
    writable = l10n(root, "status", "--json")
    before = {p: p.stat().st_mtime_ns for p in root.rglob("*")}
    inner = f"mount --bind -o ro {root} {root} && cd {root} && {sys.executable} {REPO / 'workflow.py'} status --json"
    done = subprocess.run(["unshare", "-m", "sh", "-c", inner], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == json.loads(writable.stdout)
    assert {p: p.stat().st_mtime_ns for p in root.rglob("*")} == before


def test_a_batch_with_workers_leaves_no_write_ahead_log(tmp_path: Path) -> None:
    root = tmp_path / "nightly"
    make_project(root, 24)
    done = l10n(root, "extract", "seeds", "--locales", "de", "--jobs", "2")
    assert done.returncode == 0, done.stderr
    assert (root / "locales" / ".documents.sqlite3").is_file()
    left = sorted(p.name for p in (root / "locales").iterdir() if p.name.endswith(("-wal", "-shm")))
    assert left == []
