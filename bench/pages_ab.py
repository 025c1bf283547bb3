"""Chosen pages, ours against trafilatura alone, two checkouts' code alternated round by round.

    .venv/bin/python bench/pages_ab.py --before /work/wt/base20 --after . --rounds 4 --repeat 3 PAGE...

`bench/pages.py` runs one checkout over all 488 pages (~20 minutes on a loaded machine); to show
what a speed change does to the pages over 2× of trafilatura, this runs only the named pages
(stems of `tests/data/realworld/*.html`), each round in a fresh process of each checkout (its own
`.venv`, its own `bench/pages.py`'s `ours` and `trafilatura_alone`), the order alternating (A B,
B A, ...). In each process every page is read once untimed, then each side's best CPU seconds of
`--repeat` calls, the sides alternated page by page as `bench/pages.py` does. Prints per round the
pages over 2× and the whole ratio, then per page the median (min–max) of its rounds' ratios.

Session 20's figures (the 41 pages over 2× at the start) and session 21's (the 36 over 2× at its start,
kenya-today aside) are in `bench/pages.py`'s docstring.

Session 34 (h/pagespeed34, 5 Dec 2026; main 4b6740b2 against a9485dd3, `--rounds 2 --repeat 3`, the 40
pages of the highest CPU ratio in a `bench/pages.py --repeat 2` run, load 12.7–19.2, other sessions'
callgrind runs beside it): whole 2.28–2.29× before, 2.24–2.25× after; over 2× per round 38–39 before,
36–37 after; per page medians most down within their swings (eldiario 2.37× → 2.18×, comwrap 2.29× →
1.98×, mexiconewsdaily 2.25× → 2.06×, latimes 2.43× → 2.20×, restofworld 2.36× → 2.24×), some up as far
(kenya-today 2.22× → 2.34×, economist 2.24× → 2.35×, zdrowiewpodrozy 2.23× → 2.33×; each page's rounds
up to 0.3 apart). Under this load CPU seconds put these pages at 2.0–2.6×, where their instructions
(`bench/pages_instr.py`, its docstring) put them at 1.6–2.35×.

Session 36 (h/pagespeed36; main 81242cf5 against 4aab670e, `--rounds 2 --repeat 3`, the 15 pages over 2× by
instructions at the start, load 1.0): whole 2.32–2.36× before, 2.27–2.29× after; over 2× per round 14–15 both;
medians dailymail 2.73× → 2.55×, thespacereview 2.17× → 2.08×, businessinsider 2.37× → 2.29×, economist 2.24× →
2.18×, the others −0.08 to +0.02 (tovima up; fivethirtyeight's rounds 2.15–2.68× before). Under load 8.5 an earlier run of the
first 14: 2.39× both rounds before, 2.31–2.36× after.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

CHILD = r"""
import json, sys, time
from pathlib import Path
sys.path[:0] = [sys.argv[1], sys.argv[1] + "/bench"]
import pages as bench
best = {}
for name in json.loads(sys.argv[3]):
    path = Path(sys.argv[1]) / "tests/data/realworld" / (name + ".html")
    sides = {"ours": bench.ours, "trafilatura": bench.trafilatura_alone}
    for function in sides.values():
        function(path)  # first-call costs on neither side
    cpu = {side: [] for side in sides}
    for _ in range(int(sys.argv[2])):
        for side, function in sides.items():
            start = time.process_time()
            function(path)
            cpu[side].append(time.process_time() - start)
    best[name] = [min(cpu["ours"]), min(cpu["trafilatura"])]
print(json.dumps(best))
"""


def run_side(code: Path, repeat: int, names: list[str]) -> dict[str, list[float]]:
    python = code / ".venv" / "bin" / "python"
    done = subprocess.run(
        [str(python), "-c", CHILD, str(code), str(repeat), json.dumps(names)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--before", type=Path, required=True, help="the baseline checkout (with its .venv)")
    parser.add_argument("--after", type=Path, required=True, help="the changed checkout (with its .venv)")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("pages", nargs="+", help="page stems, as bench/pages.py prints them")
    args = parser.parse_args()
    codes = {"before": args.before.resolve(), "after": args.after.resolve()}
    rounds: dict[str, list[dict[str, list[float]]]] = {label: [] for label in codes}
    for number in range(args.rounds):
        for label in ("before", "after") if number % 2 == 0 else ("after", "before"):
            load = os.getloadavg()[0]
            rounds[label].append(run_side(codes[label], args.repeat, args.pages))
            print(f"round {number + 1} {label} ({codes[label]}), load {load:.1f}", file=sys.stderr)
    for label, results in rounds.items():
        print(f"{label}: {codes[label]}")
        for result in results:
            over = sum(1 for ours, alone in result.values() if ours > 2 * alone)
            whole = sum(ours for ours, _ in result.values()) / sum(alone for _, alone in result.values())
            print(f"  over 2× {over}/{len(result)}, whole {whole:.2f}× CPU")
        for name in args.pages:
            ratios = sorted(result[name][0] / result[name][1] for result in results)
            print(f"  {name:40} {ratios[len(ratios) // 2]:.2f}× ({ratios[0]:.2f}–{ratios[-1]:.2f})")


if __name__ == "__main__":
    main()
