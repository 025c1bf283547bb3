"""A command's start-up makes no cyclic garbage collection pass, and what it made is frozen
before the command's work, whose passes then never walk it (issue 16, session 22:
`cli.start_up`).

Each command runs in a fresh interpreter, as the operator's stages do, with a collector
callback that notes every pass and how many objects were frozen when it ran. Before the change
start-up's imports made a dozen passes, and every full pass of the work walked all of them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

SCRIPT = """
import gc, json, sys
passes = []
gc.callbacks.append(lambda phase, info: phase == "start" and passes.append(gc.get_freeze_count()))
from l10n.cli import main
passes.clear()  # what importing the entry module made: the interpreter's start
code = main(sys.argv[1:])
print(json.dumps({"code": code, "passes": passes, "enabled": gc.isenabled(), "frozen": gc.get_freeze_count()}))
"""


def _run(*args: str) -> tuple[dict, str]:
    done = subprocess.run(
        [sys.executable, "-P", "-c", SCRIPT, *args], capture_output=True, text=True, cwd=REPO, check=True
    )
    *printed, last = done.stdout.splitlines()
    return json.loads(last), "\n".join(printed)


def test_start_up_runs_no_pass_and_is_frozen(tmp_path: Path) -> None:
    """`config` imports Typer, the command module and the settings: no pass runs before what
    that made is frozen, the collector is on again for the work, and the report is the same."""
    found, report = _run("config", "--root", str(tmp_path))
    assert found["code"] == 0
    assert "settings from defaults" in report
    assert found["enabled"]
    assert found["frozen"] > 10_000  # the interpreter, Typer and the command's modules
    assert all(frozen > 0 for frozen in found["passes"]), found["passes"]


def test_a_usage_error_ends_start_up_too(tmp_path: Path) -> None:
    """A command line that names no known command ends its start-up as well: start-up frozen,
    no pass before that, the collector left on."""
    found, _ = _run("no-such-command", "--root", str(tmp_path))
    assert found["code"] != 0
    assert found["enabled"]
    assert found["frozen"] > 10_000
    assert all(frozen > 0 for frozen in found["passes"]), found["passes"]


def test_a_collector_disabled_by_the_caller_stays_disabled(tmp_path: Path) -> None:
    """A caller that turned the collector off (an embedding service) finds it off afterwards,
    nothing frozen. A guard of `start_up` only: main's code, which never touches the collector,
    passes it too."""
    script = SCRIPT.replace("code = main", "gc.disable()\ncode = main")
    done = subprocess.run(
        [sys.executable, "-P", "-c", script, "config", "--root", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    )
    found = json.loads(done.stdout.splitlines()[-1])
    assert not found["enabled"]
    assert found["passes"] == []
    assert found["frozen"] == 0
