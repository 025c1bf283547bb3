"""Cost of reading plain-text pages (issue 14): `ingest_file` over the 28 blind3 + blind4 files, a
baseline tree against this one.

    .venv/bin/python bench/text34_page_lines.py --baseline /tmp/main-tree            # CPU, 5 rounds
    .venv/bin/python bench/text34_page_lines.py --baseline /tmp/main-tree --callgrind
    .venv/bin/python bench/text34_page_lines.py --baseline /tmp/main-tree --callgrind --blind5   # 42 files

The baseline is a checkout of the code to compare with (`git archive main | tar -x -C DIR`); each
side runs in a fresh child process with that tree first on `sys.path`. CPU: each child reads every
file once (imports, regex compiles), then times `--passes` passes over the 28 files with
`time.process_time`; baseline and ours alternate, `--rounds` times (which goes first alternates);
printed per side: best and worst of the rounds (ms a pass) and the load average before and after.
`--callgrind`: instructions of a pass (valgrind's callgrind, one child a side: a run that imports and
reads every file once, subtracted from one that then reads them `--passes` more times).

Session 34 (main 4b6740b2 as baseline, 2 cores, load 11–13): callgrind 146.2–146.5 M instructions a
pass (two runs) against 151.4 M; CPU (5 rounds of 5 passes) baseline 17.0–17.8 ms, ours 17.9–19.0 ms
a pass (best–worst).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from pages_instr import callgrind_total  # bench/ (this script's folder) is on sys.path

REPO = Path(__file__).resolve().parent.parent
FILES = sorted([*(REPO / "tests/data/blind3/txt").glob("*.txt"), *(REPO / "tests/data/blind4/txt").glob("*.txt")])
BLIND5 = sorted((REPO / "tests/data/blind5/txt").glob("*.txt"))  # `--blind5`: the 14 of the fifth round too

CHILD = """
import sys, time
from l10n.ingest import ingest_file
paths = sys.argv[2:]
for path in paths:
    ingest_file(path)
passes = int(sys.argv[1])
start = time.process_time()
for _ in range(passes):
    for path in paths:
        ingest_file(path)
print((time.process_time() - start) / max(passes, 1) * 1000)
"""


def run(tree: Path, passes: int, prefix: list[str] | None = None) -> str:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    command = [*(prefix or []), sys.executable, "-c", CHILD, str(passes), *map(str, FILES)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True, cwd=tree)
    return done.stdout.strip()


def instructions(tree: Path, passes: int) -> int:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "callgrind.out"
        run(tree, passes, ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"])
        summary = callgrind_total(out)
        assert summary is not None, "no totals in callgrind's output"
        return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--baseline", type=Path, required=True, help="a checkout of the code to compare with")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--callgrind", action="store_true")
    parser.add_argument("--blind5", action="store_true", help="read blind5's 14 files too")
    args = parser.parse_args()
    if args.blind5:
        FILES.extend(BLIND5)
    sides = {"baseline": args.baseline.resolve(), "ours": REPO}
    print(f"{len(FILES)} files; cores {os.cpu_count()}; load before {os.getloadavg()}")
    if args.callgrind:
        for name, tree in sides.items():
            per_pass = (instructions(tree, args.passes) - instructions(tree, 0)) / args.passes
            print(f"{name}: {per_pass / 1e6:.1f} M instructions a pass over the {len(FILES)} files")
    else:
        times: dict[str, list[float]] = {name: [] for name in sides}
        for round_ in range(args.rounds):
            order = list(sides) if round_ % 2 == 0 else list(reversed(sides))
            for name in order:
                times[name].append(float(run(sides[name], args.passes)))
        for name, values in times.items():
            print(f"{name}: best {min(values):.1f} ms, worst {max(values):.1f} ms a pass ({args.rounds} rounds)")
    print(f"load after {os.getloadavg()}")


if __name__ == "__main__":
    main()
