"""A translate run in a child process with a slow engine, to kill or race (test_mt_batch,
test_chain15_translate_workers, test_ops14_project): the engine "slow" is the pseudo engine that
first logs each batch it is sent (one JSON list per line) and then pauses, so a test can wait for
a given number of batches, act, and read afterwards which texts went to the engine."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from conftest import REPO

SLOW_ENGINE = textwrap.dedent(
    """
    import json, sys, time
    from l10n.mt.pseudo import PseudoEngine
    from l10n.mt.registry import register_engine

    root, log, pause = sys.argv[1], sys.argv[2], float(sys.argv[3])

    class Slow(PseudoEngine):
        name = "slow"

        def translate_batch(self, texts, *, source, target):
            with open(log, "a", encoding="utf-8") as f:
                f.write(json.dumps(list(texts)) + "\\n")
            time.sleep(pause)
            return super().translate_batch(texts, source=source, target=target)

    register_engine("slow", lambda settings: Slow())
    """
)


def translate_project_run(*, batch_size: int, jobs: int = 1) -> str:
    """The run: `mt.batch.translate_project` into de over every article of `root`."""
    return textwrap.dedent(
        f"""
        from l10n.locales import parse_locale
        from l10n.mt.batch import translate_project
        from l10n.project import Project

        project = Project.open(root)
        translate_project(project, locales=[parse_locale("de")], domains=project.domains(),
                          engine_name="slow", batch_size={batch_size}, progress=False, jobs={jobs})
        """
    )


def start_slow_run(
    root: Path, log: Path, *, run: str, pause: float, stdout: int | None = None
) -> subprocess.Popen[str]:
    """`run` (Python, after the engine is registered; `root` is the project's folder) in a child
    process whose engine pauses `pause` s per batch and logs each to `log`. The script is written
    next to `log` (not in the project); stderr is piped, and stdout when asked."""
    script = log.with_name(log.stem + "_run.py")
    script.write_text(SLOW_ENGINE + run, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [sys.executable, str(script), str(root), str(log), str(pause)]
    return subprocess.Popen(command, env=env, stdout=stdout, stderr=subprocess.PIPE, text=True)


def logged_batches(log: Path) -> list[list[str]]:
    """The batches the slow engine was sent, in order (none before its first)."""
    if not log.exists():
        return []
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line.strip()]
