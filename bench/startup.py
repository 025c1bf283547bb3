"""Start-up of every stage command on its no-op path: another checkout's `l10n` against this one.

    .venv/bin/python bench/startup.py --before OTHER/.venv/bin/l10n [--articles 20] [--repeat 10]
                                      [--scratch DIR]

Each of the operator's nightly stages is its own process (issue 16), so on a re-run with nothing
changed a stage is mostly process start-up: the interpreter, imports, building the command line,
opening the project and replaying the command's whole-run record (`cli/records.py`). This script
builds `bench/chain.py`'s corpus (real Wikinews articles, CC BY 2.5), runs the chain's seven
stage commands once (cold) and copies the project, so each side has its own copy (a record is
keyed on the code's state: the two sides would otherwise keep redoing each other's work); each
side then runs the seven commands twice on its copy, so every one of them replays its record.
Then, `--repeat` rounds, each command on both sides back to back (which side goes first
alternates by round), plus `l10n --help`. Per command it prints CPU seconds (user + system of
the process and its children, `os.wait4`), wall seconds and peak RSS, as median (min–max), and
whether both sides printed the same stdout. The load average is printed before and after.

Bytecode: a checkout's modules are imported from its source folder, and where PYTHONDONTWRITEBYTECODE
is set its `__pycache__` goes stale as the code moves: each run then compiles those modules again,
which an installed copy never does. So both sides run with PYTHONPYCACHEPREFIX in the scratch
folder and bytecode writing on: the warm-up runs compile what each side imports once, the
measured runs load bytecode, and nothing is written into either checkout.

Measured (29 November 2026, 2 shared cores, load average 9.8–10.3 throughout: the figures are
inflated alike on both sides; `--articles 100 --repeat 10`, main ab7e4c6 against h/start rebased
on it; CPU seconds, median (min–max) of 10; both sides printed the same stdout every time):

    command            before                 after
    extract            0.180 (0.155–0.192)    0.165 (0.136–0.177)
    translate pseudo   0.156 (0.111–0.165)    0.140 (0.111–0.152)
    translate auto     0.167 (0.137–0.180)    0.152 (0.106–0.167)
    qa                 0.131 (0.104–0.148)    0.119 (0.100–0.166)
    status             0.137 (0.113–0.173)    0.120 (0.096–0.177)
    assemble           0.188 (0.165–0.207)    0.133 (0.123–0.154)
    publish            0.191 (0.164–0.205)    0.130 (0.102–0.157)
    l10n --help        0.098 (0.090–0.111)    0.080 (0.069–0.094)
    sum of the eight   1.243 (1.091–1.314)    1.043 (0.880–1.165)

Again after rebasing on main c560ef1 (`--articles 50 --repeat 8`, load 6.1–7.8), CPU s:
extract 0.150 → 0.133, translate pseudo 0.126 → 0.120, translate auto 0.142 → 0.128, qa 0.112 →
0.099, status 0.116 → 0.102, assemble 0.165 → 0.117, publish 0.160 → 0.113, `--help` 0.086 →
0.065; the eight 1.025 (0.996–1.160) → 0.853 (0.803–0.956). An earlier run at load 5.0–7.3 (`--articles 10 --repeat 3`, before the two smallest changes)
gave the same picture with smaller figures: assemble 0.125 → 0.083, publish 0.132 → 0.085,
status 0.092 → 0.087, `--help` 0.067 → 0.053, the eight 0.871 → 0.727 CPU s. The floor under
every command is the interpreter with `site` (~0.020 CPU s here) and importing Typer (~0.025).

Bytecode weighs more than any import moved here. This machine's environment sets
PYTHONDONTWRITEBYTECODE=1, and a checkout's `l10n/__pycache__` is never written, so every `l10n`
process compiles each module of the package it imports (main's checkout: 87 of 128 modules
without current bytecode on 29 November). `bench/chain.py --articles 100 --repeat 2` on this
branch, first with no `__pycache__` under l10n/, then after `python -m compileall l10n` (run one
after the other, not interleaved, load 9–11): one-sentence edit 3.33–3.56 → 2.81–2.90 CPU s,
no change 0.96–1.07 → 0.83–0.87, cold 23.3 → 20.5. An installed copy (a wheel) has bytecode.

Re-run 30 Nov 2026 (main 48387ac), A/A (this checkout on both sides: the noise floor),
`--articles 20 --repeat 10`, load 7.2–8.2: the eight 0.763 (0.719–0.811) and 0.758 (0.739–0.814)
CPU s; every command within 0.005 s of its twin, stdout the same.

Session 16 (h/edit16: no `l10n.model` in translate's, qa's and status's replays, the placeholder
pattern in `placeables/placeholder.py`), 1 December 2026, `--articles 20 --repeat 5`, before =
main f6aaca8 as a `git archive` copy run by `python -P -m l10n` with PYTHONPATH on it (`-P`:
else the current folder's `l10n/` is imported instead), load 10.0–10.7 on 2 shared cores; CPU s,
median (min–max) of 5, stdout the same every time: extract 0.218 (0.177–0.251) → 0.201
(0.181–0.224), translate pseudo 0.202 (0.181–0.211) → 0.184 (0.163–0.209), translate auto 0.217
(0.196–0.225) → 0.190 (0.182–0.217), qa 0.200 (0.178–0.220) → 0.171 (0.157–0.188), status 0.159
→ 0.166, assemble 0.176 → 0.162, publish 0.165 → 0.174, `--help` 0.105 → 0.104; the eight 1.448
(1.301–1.526) → 1.362 (1.252–1.449). The before side's wrapper (bash, then `-m`) costs it a few
ms: `--help`, which the branch did not change, is even. Where the rest goes, by cProfile (CPU
clock) of a replay: the interpreter and `site` (with the editable install's finder) ~0.03 s,
Typer ~0.03 s (`platform`, `uuid`, `subprocess` come with it), then the command's own modules.

Session 17 (h/edit17 at aa192e7: `translate` reads the Argos packages folder without the
install machinery (`mt.model_install`: zipfile, tempfile, package_io out of its imports:
importing `mt.models` after what it shares took 7.9–11.0 → 1.4–1.7 ms of CPU, 6 runs each,
on the replay path of `translate auto`), its table written without Rich where plain), 1 December
2026, `--articles 20 --repeat 6`, before = main 5bb37d1's own worktree and venv, after = a
worktree of this branch, load 11–14 on 2 shared cores; CPU s, median (min–max) of 6, stdout
the same every time (the replays print the table this branch wrote without Rich as main's Rich
printed it): extract 0.183 → 0.194, translate pseudo 0.173 → 0.178, translate auto 0.188 →
0.193, qa 0.149 → 0.152, status 0.144 → 0.151, assemble 0.148 → 0.145, publish 0.151 → 0.143,
`--help` 0.090 → 0.091; the eight 1.247 (1.227–1.471) → 1.297 (1.215–1.521). Not resolved: a
few ms against a spread of ~0.05 a command at that load. The edit run's figures are in
`bench/chain.py`.

Session 37 (h/startup37 against main 0e6a87f), 5 December 2026, in instructions (callgrind, one
run a side: the count does not move with the load, 2.2–4.3 here): `bench/chain.py --articles 20
--keep` gave the project, copied once per side; each side ran `valgrind --tool=callgrind
.venv/bin/python .venv/bin/l10n ARGS` from /tmp with PYTHONHASHSEED=0,
COLUMNS=100, PYTHONPATH on its checkout, PYTHONPYCACHEPREFIX a scratch folder per side and
PYTHONDONTWRITEBYTECODE unset, after two warm-up rounds (bytecode written, records kept). stdout
and stderr the same on both sides every time, and every command's `--help` (and `l10n` alone, a
bad option, a bad command; COLUMNS 100 and 40) byte for byte the same. M instructions:

    command (no change)                        main     after
    publish                                    424.2 →  210.4   answered before parsing (`cli.early`)
    assemble --format html --format md --format txt
                                               243.8 →  213.6   no `dataclasses` on the early path
    l10n --help                                265.7 →  253.2   no hashlib for it
    publish --help                             277.1 →  264.6   no record looked for under --help
    qa                                         230.9 →  200.6   (exit 1 both: its findings)
    status                                     229.9 →  199.6
    assemble --help                            284.9 →  276.5
    extract --help                             281.5 →  280.3
    (python -c pass, the floor with `site`)     88.5

Building the command line (`get_command`; `_add_global_flags` runs once per command, marked)
is ~8 ms of a 110 ms cProfile of a parsed publish, Typer's evaluating the annotations most of
it, so it was left. What an early answer still pays, beyond the interpreter: `typing` (through
`l10n.cli`), hashlib, json, sqlite3 with `l10n.fsio`, tempfile (`fingerprint.filesystem_now`).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

AFTER = str(Path(sys.executable).parent / "l10n")
HELP = ("--help", ["--help"])


def run(l10n: str, root: Path | None, args: list[str], env: dict[str, str]) -> tuple[float, float, float, bytes]:
    """(CPU s of the process and its children, wall s, peak RSS MB, stdout) of one `l10n` run."""
    command = [l10n, *args, *(["--root", str(root)] if root is not None else [])]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        allowed = (0, 1) if args[0] == "qa" else (0,)  # qa exits 1 on findings
        if process.returncode not in allowed:
            raise SystemExit(f"startup: {l10n} {' '.join(args)} failed ({process.returncode}): {err.read()[-2000:]!r}")
        return usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss / 1024, out.read()


def figure(values: list[float], digits: int = 3) -> str:
    return f"{statistics.median(values):.{digits}f} ({min(values):.{digits}f}–{max(values):.{digits}f})"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--before", default=AFTER, help="the other checkout's l10n script (default: this one, an A/A run)"
    )
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--scratch", type=Path, default=None)
    args = parser.parse_args(argv)
    import chain  # bench/chain.py (this script's folder is on sys.path), as the other scripts import it

    sides = {"before": args.before, "after": AFTER}
    scratch = Path(tempfile.mkdtemp(prefix="l10n-startup-", dir=args.scratch))
    try:
        env = {**os.environ, "COLUMNS": "200", "PYTHONPYCACHEPREFIX": str(scratch / "pycache")}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        roots = {"after": scratch / "after", "before": scratch / "before"}
        chain.build_corpus(roots["after"] / "seeds", args.articles)
        for _, command in chain.STAGES:
            run(AFTER, roots["after"], [a.format(root=roots["after"]) for a in command], env)
        shutil.copytree(roots["after"], roots["before"], symlinks=True)
        commands = {
            side: [(name, [a.format(root=roots[side]) for a in command]) for name, command in chain.STAGES]
            for side in sides
        }
        for side, l10n in sides.items():
            for _ in range(2):  # the first run records (the copy moved every file), the second replays
                for _, command in commands[side]:
                    run(l10n, roots[side], command, env)
            run(l10n, None, HELP[1], env)
        print(f"startup: {args.articles} articles × 10 locales in {scratch}; {args.repeat} rounds")
        print(
            f"load average before {' '.join(f'{x:.2f}' for x in os.getloadavg())} (1/5/15 min; {os.cpu_count()} cores)"
        )
        results: dict[tuple[str, str], list[tuple[float, float, float]]] = {}
        outputs: dict[str, set[bytes]] = {}
        for round_number in range(args.repeat):
            order = list(sides) if round_number % 2 == 0 else list(reversed(sides))
            for index, (name, _) in enumerate([*chain.STAGES, HELP]):
                for side in order:
                    command = commands[side][index][1] if name != HELP[0] else HELP[1]
                    root = roots[side] if name != HELP[0] else None
                    cpu, wall, rss, out = run(sides[side], root, command, env)
                    results.setdefault((name, side), []).append((cpu, wall, rss))
                    outputs.setdefault(name, set()).add(out.replace(bytes(roots[side]), b"ROOT"))
        print(
            f"\n  {'command':<18}{'CPU s before':>24}{'CPU s after':>24}{'wall s before':>24}{'wall s after':>24}"
            f"{'RSS MB':>14}  same stdout"
        )
        totals: dict[str, list[float]] = {side: [0.0] * args.repeat for side in sides}
        for name, _ in [*chain.STAGES, HELP]:
            cells = []
            for kind in (0, 1):
                for side in sides:
                    cells.append(f"{figure([v[kind] for v in results[(name, side)]]):>24}")
            rss = "→".join(f"{statistics.median([v[2] for v in results[(name, side)]]):.0f}" for side in sides)
            for side in sides:
                for n, value in enumerate(results[(name, side)]):
                    totals[side][n] += value[0]
            print(f"  {name:<18}{''.join(cells)}{rss:>14}  {len(outputs[name]) == 1}")
        print(f"  {'sum of the eight':<18}{figure(totals['before']):>24}{figure(totals['after']):>24}")
        print(
            f"load average after {' '.join(f'{x:.2f}' for x in os.getloadavg())} (1/5/15 min; {os.cpu_count()} cores)"
        )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
