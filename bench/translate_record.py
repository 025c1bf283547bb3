"""`translate` with nothing to do: its whole-run record replayed against the per-catalog stamps.

    .venv/bin/python bench/translate_record.py [--articles 200] [--repeat 5] [--scratch DIR]

Builds `bench/chain.py`'s corpus (real Wikinews articles, CC BY 2.5), extracts it for the ten
default locales and translates it once as the chain does (pseudo for eight locales; Apertium for
es and OpenCC for zh_TW), then runs both `translate` commands again with nothing changed,
alternating the record (the code's default) with `L10N_NO_RECORDS=1` (each catalog decided by its
own stamp, as before the record existed), the same repeats for both, which goes first
alternating by repeat. Prints wall and CPU seconds
(the process and its children) as ranges, whether the two printed the same report, and the load.

Measured (29 November 2026, 2 shared cores):

- `bench/chain.py --articles 1000 --repeat 2` before (main 3b55e60) and after (h/trec), then
  the seven no-change stages of both projects alternated 3 times, load 16.5–19.1: translate
  pseudo 2.91–3.06 s wall / 0.76–0.79 CPU s → 0.34–0.88 / 0.21–0.24; translate auto 2.13–2.37 /
  0.60–0.62 → 0.35–0.88 / 0.20–0.22; the whole no-change chain 11.0–16.1 / 3.16–3.29 →
  7.5–8.0 / 2.22–2.30. locales/, build/ and site/ byte-identical between the two projects
  (gettext header dates aside).
- this script, `--articles 200 --repeat 5`, load 13.7–17.0: translate pseudo 0.63–1.07 s wall /
  0.17–0.19 CPU s replayed against 1.34–2.56 / 0.33–0.39 through the stamps; translate auto
  0.22–1.13 / 0.16–0.19 against 0.97–2.21 / 0.37–0.42; the same report both ways.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

L10N = str(Path(sys.executable).parent / "l10n")
LOCALES = "zh_CN,zh_TW,de,es,fr,ja,ko,ar,ru,pt_BR"
COMMANDS = (
    ("translate pseudo", ["translate", "--engine", "pseudo", "--locales", "zh_CN,de,fr,ja,ko,ar,ru,pt_BR"]),
    ("translate auto", ["translate", "--engine", "auto", "--locales", "es,zh_TW"]),
)


def timed(root: Path, args: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(wall s, CPU s of the process and its children, stdout) of one `l10n` run."""
    before, start = os.times(), time.perf_counter()
    done = subprocess.run([L10N, *args, "--root", str(root)], capture_output=True, text=True, env=env)
    wall, after = time.perf_counter() - start, os.times()
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed: {done.stderr[-2000:]}")
    cpu = after.children_user - before.children_user + after.children_system - before.children_system
    return wall, cpu, done.stdout


def spread(values: list[float]) -> str:
    return f"{min(values):.2f}–{max(values):.2f}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--scratch", type=Path, default=None)
    args = parser.parse_args(argv)
    root = Path(tempfile.mkdtemp(prefix="l10n-translate-record-", dir=args.scratch)) / "project"
    import chain  # bench/chain.py (this script's folder is on sys.path), as the other scripts import it

    chain.build_corpus(root / "seeds", args.articles)
    env = {**os.environ, "COLUMNS": "200"}
    timed(root, ["extract", str(root / "seeds"), "--locales", LOCALES, "-q"], env)
    for _, command in COMMANDS:
        timed(root, command, env)  # cold
        timed(root, command, env)  # the first re-run: records what a re-run prints
    print(f"translate_record: {args.articles} articles × 10 locales in {root}; load {os.getloadavg()}")
    results: dict[tuple[str, str], list[tuple[float, float]]] = {}
    reports: dict[tuple[str, str], set[str]] = {}
    ways: tuple[tuple[str, dict[str, str]], ...] = (("record", {}), ("stamps", {"L10N_NO_RECORDS": "1"}))
    for number in range(args.repeat):
        for name, command in COMMANDS:
            for way, extra in ways if number % 2 == 0 else ways[::-1]:  # neither way always first
                wall, cpu, out = timed(root, command, {**env, **extra})
                results.setdefault((name, way), []).append((wall, cpu))
                reports.setdefault((name, "report"), set()).add(out)
    for (name, way), values in results.items():
        walls, cpus = [v[0] for v in values], [v[1] for v in values]
        print(f"  {name:17} {way:7} wall {spread(walls)} s   CPU {spread(cpus)} s")
    for (name, _), outs in reports.items():
        print(f"  {name:17} the same report both ways: {len(outs) == 1}")
    print(f"load average at the end {os.getloadavg()} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
