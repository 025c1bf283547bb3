"""The two cold `translate` stages of the chain, this code against a baseline, alternated.

    .venv/bin/python bench/translate_cold.py --baseline DIR [--candidate DIR] [--articles 1000]
        [--rounds 2] [--scratch DIR] [--jobs N]

`DIR` is a code tree of the baseline (`git archive <commit> | tar -x -C DIR`); the candidate is
this checkout unless `--candidate` names another such tree (then this one may change meanwhile). Each run
is the corpus of `bench/chain.py` extracted there by its side's own code (not timed), then
`translate --engine pseudo` (eight locales) and `translate --engine auto` (es by Apertium,
zh_TW by OpenCC from zh_CN), as `chain.py` does. Not a copy of one extracted project: the
merge stamps key on the code and on each PO's inode and change time, which a copy moves, so
in a copy every stamp is stale and translate takes the path of a catalog it cannot vouch for
(the header through polib, every msgid field cut again) where the chain's takes our printer's
bytes as printed (until session 26 this script measured that other path),
the sides in the order A B B A (then again): load drifts hit both alike. Per stage it prints
wall and CPU seconds (GNU time's %U + %S: the stage, its workers and Apertium's processes) and
the load average before it. At the end, the last run of each side is compared: every PO
and POT byte-identical apart from their dates, and the MT cache's rows the same.
Both sides read bytecode compiled once before timing (`chain.bytecode_alike`).

Session 26 (h/translate26), 1,000 × 10, 2 shared cores, other sessions' benches running (load
average 10–40: wall is 2–6× CPU, only CPU compares). First, a finding about this script: its
runs were copies of one extracted project, and a copy moves every PO's inode and change time,
so each merge stamp was stale and `translate` wrote every catalog by the path of bytes it cannot
vouch for (header through polib, every msgid field cut again) — the chain never takes that path
cold. cProfile on the CPU clock (`--jobs 1`, main f22c97e) of cold `translate pseudo`: on a copy
87.3 profiled s, `fill_suggestions` 51.0; extracted in place 83.2 and 42.0. Now each run is
extracted in place. In place, of the 83.2: the writes 42.0 (two `read_blocks` a catalog 19.9,
one to find its open units and one under the lock; the new msgstrs printed 11.2 — `field_texts`
for 271,024 fields, each text printed again for each of the eight locales; `stamped` 3.6;
atomic writes 5.9), the open units' read 13.2, the eight groups' MT 9.3 (cache look-ups 3.5,
rows 2.1), `collect_suggestions` 4.6, fingerprints 5.4, `record_nothing_open` 2.4; before it,
`leverage_project` 4.9 (the TM sync 3.8 of it).
Cut: a process keeps the msgstr fields it printed, by text (`po_blocks.KeptFields`), so a
worker prints a text once. callgrind of the fill alone (40 articles × 8 locales, fresh catalogs,
the memo off (bound 0) then on; setup 3,604.5 M instructions subtracted): 1,224.8 → 731.4 M
(−40 %); in-process at 150 × 8, 3 alternated rounds at load 21–31, 2.90–3.50 → 1.97–3.65 CPU s
(not resolved at that load), all 1,200 catalogs byte-identical every round. This script, main
f22c97e (A) against 9c7d13d (B), one A B pair (the bench was stopped after B to compare the
outputs; no quiet hour for A B B A): pseudo A 45.68 CPU s (261.6 s wall, load 22.8), B 39.72
(177.9 s, load 21.4); auto A 68.47 (482.7 s, load 19.6), B 69.30 (~100 s, load falling 21 →
10; auto's es writes take the memo too, but auto is Apertium's processes). 11,000 of 11,000
catalogs byte-identical (dates aside), MT cache rows the same. A second pair, pseudo alone,
B then A on runs each side extracted: B 38.19 CPU s (147.1 s wall, load 10.1), A 46.52 (136.0 s,
load 12.8); 11,000 of 11,000 catalogs byte-identical, MT cache rows the same. So pseudo 45.7–46.5 → 38.2–39.7 CPU s over two pairs.
Not cut: Apertium (its batches stay as cut: the output depends on them; ~50 pipeline runs of
256 texts for 12,789, ~0.26 CPU s of start each by session 18's figure), the second read of each catalog under the lock
(sharing it needs the parsed catalog carried from read to write through the parent), the zh_TW
derivation run while Apertium runs (it needs only zh_CN, but two Apertium pipelines already
fill both cores: it would move wall, not CPU).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chain import LOCALES, PSEUDO_LOCALES, REPO, build_corpus, bytecode_alike  # noqa: E402

STAGES = (
    ("pseudo", ["translate", "--engine", "pseudo", "--locales", PSEUDO_LOCALES]),
    ("auto", ["translate", "--engine", "auto", "--locales", "es,zh_TW"]),
)
_DATE = re.compile(rb'^"(?:PO-Revision|POT-Creation)-Date: [^"]*"\n', re.MULTILINE)  # each side extracted its own


def l10n_command() -> list[str]:
    """This venv's Python running the `l10n` of the tree on PYTHONPATH. `-P`: without it `-m`
    puts the working folder first on sys.path, so run from a checkout's root (as the usage line
    says) both sides ran that checkout's `l10n/` and the baseline was never measured."""
    return [sys.executable, "-P", "-m", "l10n"]


def l10n(tree: Path, args: list[str], root: Path) -> tuple[float, float]:
    """(wall, CPU) seconds of `l10n ARGS --root ROOT` run from the code in `tree`."""
    handle = tempfile.NamedTemporaryFile(prefix="l10n-time-", delete=False)
    handle.close()
    timing = Path(handle.name)
    env = {**os.environ, "PYTHONPATH": str(tree), "COLUMNS": "200"}
    start = time.perf_counter()
    done = subprocess.run(
        ["/usr/bin/time", "-f", "%U %S", "-o", str(timing), *l10n_command(), *args, "--root", str(root)],
        capture_output=True,
        text=True,
        env=env,
    )
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"translate_cold: {' '.join(args)} failed ({done.returncode}): {done.stderr[-2000:]}")
    user, system = timing.read_text().split()[-2:]
    timing.unlink()
    return wall, float(user) + float(system)


def same_outputs(a: Path, b: Path) -> str:
    """Catalogs compared without their dates (revision, and creation: each side's extract ran at
    its own time), and the MT cache's rows but their times."""
    files = sorted(p.relative_to(a) for p in (a / "locales").rglob("*.po*"))
    differ = [f for f in files if _DATE.sub(b"", (a / f).read_bytes()) != _DATE.sub(b"", (b / f).read_bytes())]
    rows = []
    for side in (a, b):
        with sqlite3.connect(side / "locales" / ".mt-cache.sqlite3") as db:
            rows.append(
                sorted(db.execute("SELECT engine, model_id, target_lang, source_text, target_text FROM mt_cache"))
            )
    cache = "MT cache rows the same" if rows[0] == rows[1] else "MT CACHE ROWS DIFFER"
    return f"{len(files) - len(differ)} of {len(files)} catalogs byte-identical (dates aside); {cache}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--baseline", type=Path, required=True, help="the baseline's code tree")
    parser.add_argument("--candidate", type=Path, default=REPO, help="the code tree measured against it (this one)")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=2, help="A B B A per round")
    parser.add_argument("--scratch", type=Path, default=None)
    parser.add_argument("--jobs", type=int, default=None, help="translate --jobs (default: its own)")
    args = parser.parse_args(argv)
    trees = {"A": args.baseline.resolve(), "B": args.candidate.resolve()}
    scratch = Path(tempfile.mkdtemp(prefix="l10n-translate-cold-", dir=args.scratch))
    bytecode_alike(scratch / "pycache", *trees.values())
    jobs = [] if args.jobs is None else ["--jobs", str(args.jobs)]
    try:
        seeds = scratch / "seeds"
        files = build_corpus(seeds, args.articles)
        print(f"translate_cold: {len(files)} articles × 10 locales; A = {trees['A']}, B = {trees['B']}")
        print(f"  {'side':<6}{'stage':<8}{'wall s':>9}{'CPU s':>9}  load before")
        results: dict[tuple[str, str], list[tuple[float, float]]] = {}
        for _ in range(args.rounds):
            for side in ("A", "B", "B", "A"):
                run = scratch / f"run-{side}"
                shutil.rmtree(run, ignore_errors=True)
                shutil.copytree(seeds, run / "seeds", symlinks=True)
                l10n(trees[side], ["extract", str(run / "seeds"), "--locales", LOCALES, "-q"], run)  # not timed
                for stage, stage_args in STAGES:
                    load = os.getloadavg()[0]
                    wall, cpu = l10n(trees[side], [*stage_args, *jobs], run)
                    results.setdefault((side, stage), []).append((wall, cpu))
                    print(f"  {side:<6}{stage:<8}{wall:>9.2f}{cpu:>9.2f}  {load:.1f}", flush=True)
        print("\n  stage   side  wall s (range)      CPU s (range)")
        for stage, _ in STAGES:
            for side in ("A", "B"):
                walls, cpus = zip(*results[(side, stage)], strict=True)
                print(f"  {stage:<8}{side:<6}{min(walls):.2f}–{max(walls):.2f}{'':<6}{min(cpus):.2f}–{max(cpus):.2f}")
        print(same_outputs(scratch / "run-A", scratch / "run-B"))
        print(f"load average at the end {os.getloadavg()} on {os.cpu_count()} cores")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
