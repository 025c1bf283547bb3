"""Instructions of a cold `translate --engine pseudo` (callgrind), this code against a baseline.

    .venv/bin/python bench/po34b_translate_instr.py --baseline DIR [--articles 30] [--rounds 1]

`DIR` is a code tree of the baseline (`git archive <commit> | tar -x -C DIR`). Each run is the
corpus of `bench/chain.py` extracted in place by its side's code (not counted), then
`translate --engine pseudo --jobs 1` (eight locales) under `valgrind --tool=callgrind`, the
sides in the order A B B A per round, both reading bytecode compiled once (`chain.bytecode_alike`); instructions (Ir) of the whole process, start included,
are printed per run and as ranges; the catalogs of the last run of each side are compared
(dates aside). Instruction counts do not move with the load of a shared machine, but depend on
the corpus's random draw: both sides get the same seed, so the same articles.

Session 34 (h/po34b), fields printed ahead honour python-brace-format's hold, main 34115637 (A)
against the branch (B), 20 articles (126 of 549 units a locale flagged with a long msgstr, none
whose print the flag changes), load 3.1–3.7: A 3,317.9–3,319.2 M, B 3,337.0–3,338.6 M
(+0.5–0.6 %: those msgstrs parsed and printed one by one, once a process); 220 of 220 catalogs
byte-identical. `bench/translate_cold.py`, 1,000 articles, A B B A, load 1.6–3.8: pseudo
A 19.33–19.58 CPU s, B 19.66–20.09; auto A 36.62–38.41, B 36.70–38.67; 11,000 of 11,000
catalogs byte-identical (dates aside).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chain import LOCALES, PSEUDO_LOCALES, REPO, build_corpus, bytecode_alike  # noqa: E402
from pages_instr import callgrind_total  # noqa: E402
from translate_cold import l10n_command  # noqa: E402

_DATE = re.compile(rb'^"(?:PO-Revision|POT-Creation)-Date: [^"]*"\n', re.MULTILINE)


def run_side(tree: Path, run: Path, articles: int, *, counted: bool = True) -> int:
    """Instructions of the pseudo translate of a fresh corpus in `run`, code from `tree` (0 and
    run without valgrind unless `counted`: a warm-up that compiles every module it imports)."""
    env = {**os.environ, "PYTHONPATH": str(tree), "COLUMNS": "200"}
    seeds = run / "seeds"
    seeds.mkdir(parents=True)
    build_corpus(seeds, articles)
    extract = [*l10n_command(), "extract", str(seeds), "--locales", LOCALES, "-q", "--root", str(run)]
    subprocess.run(extract, check=True, capture_output=True, env=env)
    out = run / "callgrind.out"
    translate = [
        *l10n_command(),
        "translate",
        "--engine",
        "pseudo",
        "--locales",
        PSEUDO_LOCALES,
        "--jobs",
        "1",
        "--root",
        str(run),
    ]
    valgrind = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"] if counted else []
    done = subprocess.run(
        [*valgrind, *translate],
        capture_output=True,
        text=True,
        env=env,
    )
    if done.returncode != 0:
        raise SystemExit(f"po34b_translate_instr: translate failed: {done.stderr[-2000:]}")
    if not counted:
        return 0
    found = callgrind_total(out)
    if found is None:
        raise SystemExit("po34b_translate_instr: no totals in the callgrind output")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--baseline", type=Path, required=True)
    parser.add_argument("--articles", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--scratch", type=Path, default=None)
    args = parser.parse_args()
    trees = {"A": args.baseline.resolve(), "B": REPO}
    scratch = Path(tempfile.mkdtemp(prefix="po34b-instr-", dir=args.scratch))
    bytecode_alike(scratch / "pycache", *trees.values())  # (else a baseline compiles every module each run)
    counts: dict[str, list[int]] = {"A": [], "B": []}
    last: dict[str, Path] = {}
    print(f"po34b_translate_instr: {args.articles} articles, A = {trees['A']}, B = {trees['B']}")
    for side in "AB":  # (the third-party modules' bytecode too, not only `l10n`'s)
        run_side(trees[side], scratch / f"warm-{side}", args.articles, counted=False)
        shutil.rmtree(scratch / f"warm-{side}")
    for round_number in range(args.rounds):
        for number, side in enumerate("ABBA"):
            run = scratch / f"{round_number}-{number}-{side}"
            counts[side].append(run_side(trees[side], run, args.articles))
            load = os.getloadavg()[0]
            print(f"  {side}  {counts[side][-1] / 1e6:12.1f} M instructions  (load {load:.1f})", flush=True)
            if side in last:
                shutil.rmtree(last[side])
            last[side] = run
    for side in "AB":
        print(f"{side}: {min(counts[side]) / 1e6:.1f}–{max(counts[side]) / 1e6:.1f} M instructions")
    files = sorted(p.relative_to(last["A"]) for p in (last["A"] / "locales").rglob("*.po*"))
    same = sum(
        _DATE.sub(b"", (last["A"] / f).read_bytes()) == _DATE.sub(b"", (last["B"] / f).read_bytes()) for f in files
    )
    print(f"{same} of {len(files)} catalogs byte-identical (dates aside)")


if __name__ == "__main__":
    main()
