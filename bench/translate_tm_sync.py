"""`translate` feeding the TM from what it writes, against the code before (reading it back next run).

    .venv/bin/python bench/translate_tm_sync.py --baseline DIR [--articles 200] [--repeat 2] [--scratch DIR]

`--baseline` is a checkout of the code before (e.g. `git archive <commit> | tar -x -C DIR`), run
through this venv with `PYTHONPATH=DIR`. Per round, for each side in alternation (which goes
first alternates by round): a project of
`--articles` articles (`bench/chain.py`'s corpus, ten locales) is extracted, then timed: a cold
`translate --engine pseudo` (eight locales) and `translate --engine auto` (es, zh_TW), one sentence
edited, `extract`, and the two translates again. CPU seconds are user + system of the stage
process and its children (GNU time), with wall seconds and peak RSS; the load average is printed.
Then the two sides' `locales/*.po` must hold the same bytes apart from the gettext header dates,
and their TMs, synced once more, the same rows (changed_at apart).

Measured on 2 shared cores, POs byte-identical and TM rows identical every round; CPU s
before → after (one sample per side per run at 1,000; the range is over runs):

    1,000 articles (2 runs, load 5.2–7.9)   200 articles (2 rounds, load 2.4–9.8)
    cold pseudo  21.5–23.8 → 22.1–26.4      4.0–5.0 → 3.9–4.8
    cold auto    34.9–37.5 → 36.7–38.2      11.9–12.4 → 12.0–12.8
    edit pseudo  5.60–5.60 → 0.71–0.74      0.89–1.00 → 0.28–0.30
    edit auto    1.92–1.99 → 0.83–0.95      0.72–0.77 → 0.62–0.66

Peak RSS unchanged (pseudo 219 → 224–225 MB cold at 1,000). The cold side pays for handing
each written catalog's reviewed units over and marking it (within the noise to ~+10 %); the
first edit re-run no longer parses the 8,000 catalogs the cold run wrote.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from chain import REPO, build_corpus, bytecode_alike, edit_one_sentence, run_stage  # noqa: E402

LOCALES = "zh_CN,zh_TW,de,es,fr,ja,ko,ar,ru,pt_BR"
TIMED = (
    ("pseudo", ["translate", "--engine", "pseudo", "--locales", "zh_CN,de,fr,ja,ko,ar,ru,pt_BR"]),
    ("auto", ["translate", "--engine", "auto", "--locales", "es,zh_TW"]),
)
_DATES = re.compile(rb'^"(POT-Creation-Date|PO-Revision-Date): [^"]*"$', re.M)


def run_side(root: Path, files: list[Path], pythonpath: str | None) -> list[tuple[str, float, int, float]]:
    env_before = os.environ.get("PYTHONPATH")
    if pythonpath:
        os.environ["PYTHONPATH"] = pythonpath
    else:
        os.environ.pop("PYTHONPATH", None)
    try:
        rows = []
        run_stage(root, ["extract", "{root}/seeds", "--locales", LOCALES, "-q"])
        for name, args in TIMED:
            seconds, rss, cpu, _ = run_stage(root, args)
            rows.append((f"cold {name}", seconds, rss, cpu))
        edit_one_sentence(files[len(files) // 2], 1)
        run_stage(root, ["extract", "{root}/seeds", "--locales", LOCALES, "-q"])
        for name, args in TIMED:
            seconds, rss, cpu, _ = run_stage(root, args)
            rows.append((f"edit {name}", seconds, rss, cpu))
        run_stage(root, ["tm", "stats"])  # a sync of every catalog, for the comparison
        return rows
    finally:
        if env_before is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = env_before


def po_bytes(root: Path) -> dict[str, bytes]:
    return {
        str(po.relative_to(root)): _DATES.sub(b"", po.read_bytes())
        for po in sorted((root / "locales").glob("*/LC_MESSAGES/*.po"))
    }


def tm_rows(root: Path) -> list[tuple]:
    with sqlite3.connect(root / "locales" / "tm.sqlite3") as db:
        return db.execute(
            "SELECT source_locale, target_locale, source_text, context, target_text, origin FROM tm_unit ORDER BY 1, 2, 3, 4"
        ).fetchall()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--baseline", type=Path, required=True)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--scratch", type=Path, default=None)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="l10n-tmsync-", dir=args.scratch))
    try:
        bytecode_alike(scratch / "pycache", args.baseline.resolve(), REPO)  # or the baseline compiles every run
        print(f"{args.articles} articles × 10 locales; load average {os.getloadavg()}")
        figures: dict[tuple[str, str], list[tuple[float, int, float]]] = {}
        for round_number in range(args.repeat):
            roots = {}
            sides = (("before", str(args.baseline.resolve())), ("after", None))
            for side, path in sides if round_number % 2 == 0 else sides[::-1]:  # neither side always first
                root = scratch / f"{side}-{round_number}"
                files = build_corpus(root / "seeds", args.articles)
                for stage, seconds, rss, cpu in run_side(root, files, path):
                    figures.setdefault((side, stage), []).append((seconds, rss, cpu))
                roots[side] = root
            same_po = po_bytes(roots["before"]) == po_bytes(roots["after"])
            same_tm = tm_rows(roots["before"]) == tm_rows(roots["after"])
            print(f"round {round_number + 1}: POs identical {same_po}, TM rows identical {same_tm}")
            if not (same_po and same_tm):
                raise SystemExit("outputs differ")
            for side in ("before", "after"):
                shutil.rmtree(roots[side])
        for (side, stage), values in sorted(figures.items(), key=lambda item: (item[0][1], item[0][0] != "before")):
            walls = [v[0] for v in values]
            cpus = [v[2] for v in values]
            rss = max(v[1] for v in values) // 1024
            print(
                f"{stage:12} {side:6} wall {min(walls):6.2f}–{max(walls):6.2f} s  "
                f"CPU {min(cpus):6.2f}–{max(cpus):6.2f} s  peak RSS {rss} MB"
            )
        print(f"load average at the end {os.getloadavg()} on {os.cpu_count()} cores")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
