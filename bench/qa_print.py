"""CPU seconds of `qa -v` printing to a pipe or file, for two versions of the code.

    .venv/bin/python bench/qa_print.py --project DIR --baseline DIR [--repeat 3]

`--project` is a project `bench/chain.py --keep` left (extract, translate and qa done), copied
once per side (stamps hash the code, so each side keeps its own); `--baseline` a copy of the code
to compare with (`git archive main l10n | tar -x -C DIR`), put first on `PYTHONPATH`; this
worktree's code is the other side. A first run per side records its findings; then per round,
baseline and ours alternated (which goes first alternates by round): `l10n qa -v` with stdout to
a file (not a terminal) and `l10n qa` (the summary only, the floor: both read the findings
recorded per catalog), each its own process under GNU time; whole-run replay is off
(`L10N_NO_RECORDS`); both trees' bytecode is written beforehand outside them
(`chain.bytecode_alike`), or the baseline would compile in every run. The two sides' stdout
must be byte-identical (checked every round) but for one fix: Rich read the `:100:` of
`a.po:100:` as an emoji code (💯, and `:1234:` as 🔢), which the baseline's side gets undone
before comparing. Prints the load average and the range per side.

Measured at 200 articles × 10 locales (2,000 catalogs; `qa -v` prints 71,523 lines), 2 shared
cores under a load average of 8.3–8.6 (other sessions), baseline 3b55e60 (one Rich call per
catalog), 3 alternated rounds, stdout byte-identical every round, its emoji undone (CPU s = user + sys; wall is
the neighbours' as much as ours):

    run        CPU s before → after      wall s before → after
    qa -v      4.01–4.39 → 1.15–1.30     8.2–12.8 → 2.6–4.3
    qa         0.25–0.32 → 0.23–0.27     0.5–1.3  → 0.3–0.5    (the floor: no detail lines)

So printing the detail lines went from ~3.8–4.1 CPU s to ~0.9–1.0 (about 13 µs a line).

Re-run 30 Nov 2026 (main 48387ac) A/A on a `chain.py --quick --keep` project (100 articles ×
10 locales, `qa -v` 38,151 lines), `--repeat 3`, load 7.6–7.7, both trees' bytecode alike:
`qa -v` 0.53–0.56 / 0.51–0.54 CPU s, `qa` 0.18–0.22 / 0.20–0.22: ~9 µs a detail line.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from chain import bytecode_alike  # noqa: E402

L10N = [sys.executable, str(Path(sys.executable).parent / "l10n")]
RICH_EMOJI_LINES = {"\U0001f4af".encode(): b":100:", "\U0001f522".encode(): b":1234:"}  # the only numeric codes


def without_rich_emoji(stdout: bytes) -> bytes:
    for emoji, code in RICH_EMOJI_LINES.items():
        stdout = stdout.replace(emoji, code)
    return stdout


def run(project: Path, args: list[str], *, pythonpath: str | None) -> tuple[float, float, bytes]:
    """(CPU seconds, wall seconds, stdout) of one `l10n` command with stdout to a file."""
    env = {**os.environ, "L10N_NO_RECORDS": "1"}
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    with tempfile.TemporaryFile() as out, tempfile.NamedTemporaryFile(prefix="l10n-time-") as timing:
        start = time.perf_counter()
        done = subprocess.run(
            ["/usr/bin/time", "-f", "%U %S", "-o", timing.name, *L10N, *args, "--root", str(project)],
            stdout=out,
            stderr=subprocess.PIPE,
            env=env,
        )
        wall = time.perf_counter() - start
        if done.returncode not in (0, 1):  # 1: qa found errors
            raise SystemExit(f"qa_print: {' '.join(args)} failed: {done.stderr[-2000:]!r}")
        user, system = Path(timing.name).read_text().split()[-2:]
        out.seek(0)
        return float(user) + float(system), wall, out.read()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", type=Path, required=True)
    parser.add_argument("--baseline", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="l10n-qa-print-"))
    sides = {"before": str(options.baseline.resolve()), "after": None}
    projects = {side: scratch / side for side in sides}
    bytecode_alike(scratch / "pycache", options.baseline.resolve(), REPO)
    for side, pythonpath in sides.items():
        shutil.copytree(options.project, projects[side], symlinks=True)
        run(projects[side], ["qa"], pythonpath=pythonpath)  # its own code's findings, recorded
    figures: dict[tuple[str, str], list[tuple[float, float]]] = {}
    lines = 0
    for round_number in range(options.repeat):
        for command in (["qa", "-v"], ["qa"]):
            outputs = {}
            order = list(sides.items())
            for side, pythonpath in order if round_number % 2 == 0 else order[::-1]:  # none always first
                cpu, wall, stdout = run(projects[side], command, pythonpath=pythonpath)
                figures.setdefault((" ".join(command), side), []).append((cpu, wall))
                outputs[side] = stdout
            if without_rich_emoji(outputs["before"]) != outputs["after"]:
                raise SystemExit(f"qa_print: round {round_number + 1}: `{' '.join(command)}` printed different bytes")
            lines = max(lines, outputs["after"].count(b"\n"))
        print(f"round {round_number + 1}: load average {os.getloadavg()}", flush=True)
    print(f"stdout byte-identical every round; qa -v printed {lines} lines")
    print(f"{'run':10} {'CPU s before':>14} {'CPU s after':>14} {'wall s before':>14} {'wall s after':>14}")
    for command in ("qa -v", "qa"):
        cells = []
        for index in (0, 1):
            for side in ("before", "after"):
                values = [pair[index] for pair in figures[(command, side)]]
                cells.append(f"{min(values):.2f}–{max(values):.2f}")
        print(f"{command:10} {cells[0]:>14} {cells[1]:>14} {cells[2]:>14} {cells[3]:>14}")
    shutil.rmtree(scratch)


if __name__ == "__main__":
    main()
