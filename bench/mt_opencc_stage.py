"""zh_TW derivation as `l10n translate` runs it (issue 16): the real stage, this checkout and another, in turn.

    .venv/bin/python bench/mt_opencc_stage.py --articles 1000 --rounds 3 --scratch /dev/shm --baseline /work/main

Project: `bench/chain.py`'s corpus (`--articles` distinct articles from real Wikinews copy, CC BY
2.5), `l10n extract` of its ten locales (`chain.LOCALES`), every zh_CN unit filled with real Simplified
Chinese as `bench/mt_opencc.py` fills it. Per round, each side in turn (the baseline's own
`l10n`, `<baseline>/.venv/bin/l10n`, then this checkout's): the zh_TW catalogs deleted and made
again by `l10n update --locales zh_TW` (untimed; `update` records their merge stamps, as a run
leaves them), then `l10n translate --engine auto --locales zh_TW` timed — wall, and the CPU
seconds and peak RSS of that process (`os.wait4`). After each side the zh_TW catalogs are kept,
and the two sides' are compared byte for byte apart from the revision date (an optimisation
changes no output): the script fails if they differ. Prints the figures per round, their ranges
and the load average before and after. Figures, by session (session 10's among them): the
docstring of `bench/mt_opencc.py`.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def timed(command: list[str]) -> tuple[float, float, float]:
    """(wall s, CPU s, peak RSS MB) of one process run to its end; raises if it failed."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)}: exit status {process.returncode}")
    return time.perf_counter() - started, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def zh_tw_catalogs(project: Path) -> dict[str, bytes]:
    """The zh_TW catalogs, by name, without their revision dates."""
    return {
        path.name: re.sub(rb'"PO-Revision-Date: [^"]*"', b"", path.read_bytes())
        for path in sorted((project / "locales" / "zh_TW" / "LC_MESSAGES").glob("*.po"))
    }


def main(argv: list[str] | None = None) -> int:
    from chain import LOCALES
    from mt import load_line
    from mt_opencc import build_corpus

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--scratch", type=Path, default=None, help="folder for the project (e.g. /dev/shm)")
    parser.add_argument("--baseline", type=Path, default=None, help="another checkout with its own .venv")
    args = parser.parse_args(argv)
    sides = {"this": Path(sys.executable).parent / "l10n"}
    if args.baseline is not None:
        sides = {"baseline": args.baseline / ".venv" / "bin" / "l10n", **sides}
    with tempfile.TemporaryDirectory(prefix="l10n-bench-stage-", dir=args.scratch) as scratch:
        build_corpus(Path(scratch), args.articles, locales=LOCALES)
        project = Path(scratch) / "project"
        figures: dict[str, list[tuple[float, float, float]]] = {side: [] for side in sides}
        print(f"{args.articles} articles × 10 locales, {args.rounds} rounds, sides in turn: {', '.join(sides)}")
        print(load_line("before"))
        for number in range(args.rounds):
            outputs = {}
            for side, l10n in sides.items():
                for catalog in (project / "locales" / "zh_TW" / "LC_MESSAGES").glob("*.po"):
                    catalog.unlink()
                update = [str(l10n), "update", "--locales", "zh_TW", "-q", "--root", str(project)]
                subprocess.run(update, check=True, stdout=subprocess.DEVNULL)
                stage = [str(l10n), "translate", "--engine", "auto", "--locales", "zh_TW", "-q", "--root", str(project)]
                figures[side].append(timed(stage))
                outputs[side] = zh_tw_catalogs(project)
                wall, cpu, rss = figures[side][-1]
                print(f"round {number + 1} {side:8s} wall {wall:6.2f} s  CPU {cpu:6.2f} s  peak RSS {rss:5.0f} MB")
            if len({tuple(output.items()) for output in outputs.values()}) != 1:
                raise SystemExit("the sides wrote different zh_TW catalogs")
        print(load_line("after"))
    for side, runs in figures.items():
        walls, cpus, rss = zip(*runs, strict=True)
        print(
            f"{side:8s} wall {min(walls):.2f}–{max(walls):.2f} s  CPU {min(cpus):.2f}–{max(cpus):.2f} s  "
            f"peak RSS {min(rss):.0f}–{max(rss):.0f} MB"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
