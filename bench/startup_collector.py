"""The edit re-run with start-up's collector pause (`l10n/cli/start_up.py`) against the same code
without it, on one project, stage by stage.

    .venv/bin/python bench/startup_collector.py PROJECT [--rounds 4] [--first-round 900]

PROJECT is one `bench/chain.py --articles 1000 --repeat 0 --keep` left, run by this code (or
warmed once by it: a record is keyed on the code's state). Both sides run this checkout's code,
so neither redoes the other's work: "as built" is `l10n.cli.main`; "collector alone" is the same
with `start_up.pause` made a no-op before `main` runs (no pause, nothing frozen: main's
behaviour before session 22). A round edits one sentence of the middle article, as `chain.py`
does, and runs the seven stages with one side, then edits again and runs them with the other
(which side goes first alternates by round). Per stage: CPU seconds (user + system of the stage
and its workers) and wall, median and range; the load average before and after.

Measured: see `bench/chain.py`'s session 22 paragraph.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import chain  # noqa: E402

AS_BUILT = "import sys\nfrom l10n.cli import main\nsys.exit(main(sys.argv[1:]))\n"
ALONE = "import sys\nfrom l10n.cli import main, start_up\nstart_up.pause = lambda: None\nsys.exit(main(sys.argv[1:]))\n"
SIDES = {"as built": AS_BUILT, "collector alone": ALONE}


def run_side(root: Path, code: str) -> dict[str, tuple[float, float]]:
    """Each stage's (CPU s, wall s) with the side's `code` as the `l10n` program."""
    found = {}
    for name, args in chain.STAGES:
        argv = [a.format(root=root) for a in args] + ["--root", str(root)]
        before, start = os.times(), time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-P", "-c", code, *argv],
            capture_output=True,
            text=True,
            env={**os.environ, "COLUMNS": "200"},
        )
        wall, after = time.perf_counter() - start, os.times()
        if done.returncode not in ((0, 1) if args[0] == "qa" else (0,)):
            raise SystemExit(f"{name} failed ({done.returncode}): {done.stderr[-2000:]}")
        cpu = after.children_user - before.children_user + after.children_system - before.children_system
        found[name] = (cpu, wall)
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("project", type=Path)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--first-round", type=int, default=900, help="the edits' round numbers start here")
    args = parser.parse_args(argv)
    articles = sorted((args.project / "seeds").glob("article-*.md"))
    results: dict[str, list[dict[str, tuple[float, float]]]] = {side: [] for side in SIDES}
    print(f"load average before {os.getloadavg()}")
    number = args.first_round
    for round_index in range(args.rounds):
        order = list(SIDES) if round_index % 2 == 0 else list(SIDES)[::-1]
        for side in order:
            chain.edit_one_sentence(articles[len(articles) // 2], number)
            number += 1
            results[side].append(run_side(args.project, SIDES[side]))
    print(f"load average after {os.getloadavg()}")
    for stage in [*(name for name, _ in chain.STAGES), "whole chain"]:
        cells = []
        for side, rounds in results.items():
            if stage == "whole chain":
                cpu = [sum(c for c, _ in one.values()) for one in rounds]
                wall = [sum(w for _, w in one.values()) for one in rounds]
            else:
                cpu, wall = [one[stage][0] for one in rounds], [one[stage][1] for one in rounds]
            cells.append(
                f"{side}: CPU {statistics.median(cpu):.2f} ({min(cpu):.2f}–{max(cpu):.2f}), "
                f"wall {statistics.median(wall):.2f} ({min(wall):.2f}–{max(wall):.2f})"
            )
        print(f"{stage:<18}" + "   ".join(cells))


if __name__ == "__main__":
    main()
