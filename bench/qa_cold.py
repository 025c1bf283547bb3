"""`qa` with no stamps over a whole project, this checkout against another tree, alternated.

    .venv/bin/python bench/qa_cold.py --project DIR --base TREE [--repeat 3]

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


def cold_qa(project: Path, tree: Path) -> tuple[float, float, float, str]:
    """(wall s, CPU s with workers, peak RSS MB, JSON digest) of one `qa` with no stamps, in a
    child process of its own so that its RSS is its own."""
    for suffix in ("", "-wal", "-shm"):
        (project / "locales" / (STAMPS + suffix)).unlink(missing_ok=True)
    env = {**os.environ, "PYTHONPATH": str(tree)}
    probe = (
        "import hashlib, resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "done = subprocess.run(sys.argv[1:], capture_output=True)\n"
        "wall = time.perf_counter() - start\n"
        "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, hashlib.sha256(done.stdout).hexdigest())\n"
    )
    args = [sys.executable, "-c", probe, L10N, "qa", "--root", str(project), "--json"]
    out = subprocess.run(args, capture_output=True, text=True, env=env, cwd="/", check=True).stdout.split()
    return float(out[0]), float(out[1]), float(out[2]), out[3][:12]


def spread(values: list[float]) -> str:
    return f"{min(values):.2f}–{max(values):.2f}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--project", type=Path, required=True)
    parser.add_argument("--base", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    trees = {"base": args.base.resolve(), "this": REPO}
    for tree in trees.values():  # byte-compiled alike: PYTHONDONTWRITEBYTECODE would leave one compiling every run
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "l10n")], check=True)
    runs: dict[str, list[tuple[float, float, float, str]]] = {name: [] for name in trees}
    loads = []
    for round_number in range(args.repeat):
        order = list(trees) if round_number % 2 == 0 else list(reversed(trees))
        for name in order:
            runs[name].append(cold_qa(args.project, trees[name]))
            loads.append(os.getloadavg()[0])
            wall, cpu, rss, digest = runs[name][-1]
            print(f"{name}: {wall:.2f} s wall, {cpu:.2f} CPU s, {rss:.0f} MB, output {digest}", flush=True)
    for name, rows in runs.items():
        print(
            f"{name}: wall {spread([r[0] for r in rows])} s, CPU {spread([r[1] for r in rows])} s, "
            f"peak RSS {spread([r[2] for r in rows])} MB"
        )
    digests = {r[3] for rows in runs.values() for r in rows}
    print(f"same JSON: {len(digests) == 1}; load average {spread(loads)} (1 min)")


if __name__ == "__main__":
    main()
