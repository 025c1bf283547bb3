"""Peak RSS and CPU seconds of `qa` and `status`, cold and unchanged, for two versions of the code.

    .venv/bin/python bench/qa_memory.py --baseline DIR [--articles 1000] [--repeat 2] [--scratch DIR]
                                        [--project DIR]

`DIR` of `--baseline` is a copy of the code to compare with (`git archive main l10n | tar -x -C
DIR`); this worktree's code is the other side. The project is `bench/chain.py`'s corpus (real
Wikinews paragraphs, 10 default locales) taken through extract and translate once (or an existing
one, `--project`, which is copied and never changed). Then, per round, baseline and ours
alternated: `status` **cold** alone, then `qa` and `status` **cold** (the stamps database as
translate left it, so neither has anything recorded; `status` after `qa`, as the chain runs them)
and **unchanged** (the same commands again), each its own `l10n` process under GNU time (peak
RSS, user + system CPU of the process and its workers). The stdout of cold `qa`, of `status` and
of `qa --json` must be byte-identical between the two sides (checked each round). The floor
is `l10n --help`: what starting the process costs.

Measured at 1,000 articles × 10 locales (10,000 catalogs, 339,400 units, 609,015 findings), 2
shared cores under a load average of 10–17 (other sessions' tests), baseline main e5b5c07; three
rounds (two with the code before the last check and fingerprint speed-ups, one with this code),
outputs byte-identical every round (qa text, a 515 MB `qa --json`, status). CPU s = user + sys
of the command and its workers; wall is mostly the neighbours' load here, so it is not quoted:

    run                     CPU s before → after      peak RSS MB before → after
    qa cold                 50.1–51.8 → 36.9 (40.1)   1900 → 83
    qa unchanged            4.9–5.6   → 0.55 (0.9)    1532 → 45
    qa --json unchanged     17.8–18.0 → 16.5          4195 → 46
    status cold, after qa   11.9–13.9 → 0.56–0.76     36 → 35–37
    status cold, alone      11.1–12.8 → 12.4–13.7     36 → 36–37   (workers: ~half the wall)
    status unchanged        0.52–0.58 → 0.54–0.74     34 → 34–36
    start (`--help`)        0.07      → 0.07          17 → 17

(figures in brackets: the rounds before the last speed-ups). What is left of an unchanged run
is one fingerprint per catalog (a stat per input, the code state hashed each time, the
project's path rule per PO): ~0.4 s for 10,000 catalogs.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from chain import build_corpus, run_stage  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
STAMPS = ".stamps.sqlite3"
PREPARE = ("extract", "translate pseudo", "translate auto")


def prepare(root: Path, articles: int) -> None:
    """extract + translate, as `bench/chain.py` runs them."""
    from chain import STAGES

    build_corpus(root / "seeds", articles)
    for name, args in STAGES:
        if name in PREPARE:
            run_stage(root, args)


def checkpoint(stamps: Path) -> None:
    """Fold the WAL into the database file, so a copy of the one file is the whole state."""
    with sqlite3.connect(stamps) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def restore(root: Path, pristine: Path) -> None:
    for suffix in ("-wal", "-shm"):
        (root / "locales" / (STAMPS + suffix)).unlink(missing_ok=True)
    shutil.copyfile(pristine, root / "locales" / STAMPS)


def timed(code: Path | None, root: Path, args: list[str], out: Path) -> tuple[float, float, float]:
    """(wall s, CPU s, peak RSS MB) of one `l10n` command run with `code` first on the path."""
    env = dict(os.environ)
    if code is not None:
        env["PYTHONPATH"] = str(code)
    times = Path(tempfile.mkstemp(prefix="l10n-time-")[1])
    command = [sys.executable, "-c", "import sys; from l10n.cli import main; sys.exit(main())", *args]
    if args != ["--help"]:
        command += ["--root", str(root)]
    start = time.perf_counter()
    with out.open("wb") as stdout:
        done = subprocess.run(
            ["/usr/bin/time", "-f", "%M %U %S", "-o", str(times), *command],
            stdout=stdout,
            stderr=subprocess.PIPE,
            env=env,
            cwd=root,
        )
    wall = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"qa_memory: {args} failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
    rss, user, system = times.read_text().split()[-3:]
    times.unlink()
    return wall, float(user) + float(system), int(rss) / 1024


def span(values: list[float], unit: str) -> str:
    if len(values) == 1:
        return f"{values[0]:.2f}{unit}"
    return f"{min(values):.2f}–{max(values):.2f}{unit} (median {statistics.median(values):.2f})"


def print_table(figures: dict[tuple[str, str], list[tuple[float, float, float]]]) -> None:
    print(f"\n  {'run':<24}{'side':<10}{'wall s':>24}{'CPU s':>24}{'peak RSS MB':>28}")
    for (side, name), rows in sorted(figures.items(), key=lambda item: (item[0][1], item[0][0])):
        walls, cpus, rsss = (list(column) for column in zip(*rows, strict=True))
        print(f"  {name:<24}{side:<10}{span(walls, ''):>24}{span(cpus, ''):>24}{span(rsss, ''):>28}")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--baseline", type=Path, required=True, help="folder holding the code to compare (l10n/)")
    parser.add_argument("--ours", type=Path, default=REPO, help="folder holding our code (default: this worktree)")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--scratch", type=Path, default=None)
    parser.add_argument("--project", type=Path, default=None, help="a project already through translate")
    args = parser.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="l10n-qa-memory-", dir=args.scratch))
    try:
        root = scratch / "project"
        if args.project:
            shutil.copytree(args.project, root, symlinks=True)
        else:
            prepare(root, args.articles)
        checkpoint(root / "locales" / STAMPS)
        pristine = scratch / STAMPS
        shutil.copyfile(root / "locales" / STAMPS, pristine)
        sides = {"baseline": args.baseline.resolve(), "ours": args.ours.resolve()}
        print(f"qa_memory: {root}; load average {os.getloadavg()} on {os.cpu_count()} cores")
        figures: dict[tuple[str, str], list[tuple[float, float, float]]] = {}
        for round_number in range(1, args.repeat + 1):
            outputs: dict[str, list[str]] = {}
            for side, code in sides.items():
                runs = [
                    ("start (--help)", ["--help"]),
                    ("status cold, alone", ["status"]),
                    ("qa cold", ["qa"]),
                    ("status cold, after qa", ["status"]),
                    ("qa unchanged", ["qa"]),
                    ("status unchanged", ["status"]),
                    ("qa --json unchanged", ["qa", "--json"]),
                ]
                seen = []
                for name, command in runs:
                    if name in ("status cold, alone", "qa cold"):
                        restore(root, pristine)
                    out = scratch / f"{side}-{len(seen)}.out"
                    figures.setdefault((side, name), []).append(timed(code, root, command, out))
                    seen.append(hashlib.sha256(out.read_bytes()).hexdigest())
                    out.unlink()
                outputs[side] = seen
            same = all(outputs["baseline"][i] == outputs["ours"][i] for i in (1, 2, 3, 6))
            print(
                f"round {round_number}: qa text, qa --json and status output identical: {same}; load {os.getloadavg()}"
            )
            if not same:
                raise SystemExit("qa_memory: the two sides print different findings")
            print_table(figures)  # after every round: a long run interrupted still told something
        print(f"load average at the end {os.getloadavg()}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
