"""`qa` with no stamps over a whole project, this checkout against another tree, alternated.

    .venv/bin/python bench/qa_cold.py --project DIR --base TREE [--repeat 3] [--text]

`--project` is a project `bench/chain.py --keep` left (1,000 articles × 10 locales for the
issue's size); `--base` a copy of the code to compare (`git archive REV | tar -x -C TREE`). Each
round deletes the project's stamps (so `qa` checks every catalog, as a cold run does) and runs
`l10n qa --json` once with each tree on `PYTHONPATH` (this checkout's too, so both pay the same
imports; both byte-compiled first), in alternating order. Prints per tree wall and CPU seconds
(the process and its workers) and peak RSS as ranges, whether both printed the same JSON, and
the load.

Measured (29 November 2026, 2 shared cores, load 10–12; by the same steps from a shell, both
trees uncompiled): `bench/chain.py --articles 1000 --keep`, then main 8445192 against h/misc2
(a PO read once: `load_catalog(data=…)` is the parse of those bytes, so `qa` no longer reads
each PO again to check its compiled key), 2 alternated rounds: CPU 53.8–57.1 s → 52.9–53.3 s,
wall 169–231 s → 198–231 s, peak RSS 136–137 MB both, the same JSON. What the change removes
is one read of each of the 10,000 POs (168 MB): 0.10 s of CPU timed alone, inside the noise
here. (An earlier round with only the base tree uncompiled showed a 2 s gap that was the base
compiling its modules in every process: hence the byte-compiling above.)

Session 16 (`--text --repeat 2`, run three times; h/qa16 against f6aaca8 on a 1,000 × 10
chain project, load 10–28): qa 45.5–54.4 → 35.4–43.8 CPU s, wall 95–209 → 85–133 s, peak RSS
100–101 → 118–120 MB; status after it 0.52–0.63 → 0.45–0.54 CPU s; outputs the same
(`bench/chain.py`'s docstring has the profile).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
L10N = str(Path(sys.executable).parent / "l10n")
STAMPS = ".stamps.sqlite3"
RECORDS = (STAMPS, ".gate.sqlite3", ".translations.sqlite3")  # what `qa` writes: gone before each cold run


def cold_qa(project: Path, tree: Path, *, text: bool = False) -> tuple[float, float, float, str]:
    """(wall s, CPU s with workers, peak RSS MB, JSON digest) of one `qa` with no stamps, in a
    child process of its own so that its RSS is its own. `text`: `l10n qa` as the chain runs it
    (its text report digested), and then `status` (`cold_status`)."""
    for name in RECORDS:
        for suffix in ("", "-wal", "-shm"):
            (project / "locales" / (name + suffix)).unlink(missing_ok=True)
    return _measured(project, tree, ["qa"] if text else ["qa", "--json"])


def cold_status(project: Path, tree: Path) -> tuple[float, float, float, str]:
    """`status` after `cold_qa` (it reads the counts `qa` recorded): measured as `cold_qa`."""
    return _measured(project, tree, ["status"])


def _measured(project: Path, tree: Path, command: list[str]) -> tuple[float, float, float, str]:
    env = {**os.environ, "PYTHONPATH": str(tree), "COLUMNS": "120"}
    probe = (
        "import hashlib, resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "done = subprocess.run(sys.argv[1:], capture_output=True)\n"
        "wall = time.perf_counter() - start\n"
        "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, hashlib.sha256(done.stdout).hexdigest())\n"
    )
    args = [sys.executable, "-c", probe, L10N, *command, "--root", str(project)]
    out = subprocess.run(args, capture_output=True, text=True, env=env, cwd="/", check=True).stdout.split()
    return float(out[0]), float(out[1]), float(out[2]), out[3][:12]


def spread(values: list[float]) -> str:
    return f"{min(values):.2f}–{max(values):.2f}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--project", type=Path, required=True)
    parser.add_argument("--base", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--text", action="store_true", help="`qa` (text report) then `status`, not `qa --json`")
    args = parser.parse_args(argv)
    trees = {"base": args.base.resolve(), "this": REPO}
    for tree in trees.values():  # byte-compiled alike: PYTHONDONTWRITEBYTECODE would leave one compiling every run
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "l10n")], check=True)
    runs: dict[str, list[tuple[float, float, float, str]]] = {name: [] for name in trees}
    statuses: dict[str, list[tuple[float, float, float, str]]] = {name: [] for name in trees}
    loads = [os.getloadavg()[0]]
    for round_number in range(args.repeat):
        order = list(trees) if round_number % 2 == 0 else list(reversed(trees))
        for name in order:
            runs[name].append(cold_qa(args.project, trees[name], text=args.text))
            wall, cpu, rss, digest = runs[name][-1]
            print(f"{name}: qa {wall:.2f} s wall, {cpu:.2f} CPU s, {rss:.0f} MB, output {digest}", flush=True)
            if args.text:
                statuses[name].append(cold_status(args.project, trees[name]))
                wall, cpu, rss, digest = statuses[name][-1]
                print(f"{name}: status {wall:.2f} s wall, {cpu:.2f} CPU s, {rss:.0f} MB, output {digest}", flush=True)
            loads.append(os.getloadavg()[0])
            print(f"  load average {loads[-1]:.1f}", flush=True)
    for label, measured in (("qa", runs), ("status", statuses)):
        for name, rows in measured.items():
            if rows:
                print(
                    f"{name} {label}: wall {spread([r[0] for r in rows])} s, CPU {spread([r[1] for r in rows])} s, "
                    f"peak RSS {spread([r[2] for r in rows])} MB"
                )
    same = all(len({r[3] for rows in measured.values() for r in rows}) <= 1 for measured in (runs, statuses))
    print(f"same output: {same}; load average {spread(loads)} (1 min)")


if __name__ == "__main__":
    main()
