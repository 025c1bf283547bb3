"""Cost of the python-brace-format emulation in the PO writer (po_render.brace_hold), before/after.

A large catalog is built from every committed locale catalog (each entry repeated under new
msgctxts, python-brace-format entries included), then printed by `render_po` with the field
caches emptied before each print (the cold path `translate`/`update` take for new strings).
Baseline and ours run in alternating child processes (`--baseline DIR`: an `l10n` package of
the commit to compare, e.g. `git archive main l10n | tar -x -C DIR`), same repeats, best and
worst of each child's median printed with the load average.

    .venv/bin/python bench/po34_render.py --baseline /tmp/po34_base --rounds 6 [--unflagged]

Instruction counts (noise-free): `valgrind --tool=callgrind` of `--child --repeats 3` less
`--child --repeats 1`, i.e. two prints, with PYTHONPATH at either tree.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def catalog(copies: int, *, unflagged: bool = False):  # noqa: ANN201 - a polib.POFile
    import polib

    big = polib.POFile()
    big.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    for path in sorted((REPO / "locales").rglob("*.po")):
        for entry in polib.pofile(str(path)):
            for copy in range(copies):
                entry = polib.POEntry(
                    msgctxt=f"{path.parent.parent.name}:{copy}:{entry.msgctxt}",
                    msgid=entry.msgid,
                    msgstr=entry.msgstr,
                    flags=[f for f in entry.flags if not (unflagged and f.endswith("-format"))],
                    occurrences=entry.occurrences,
                    comment=entry.comment,
                    tcomment=entry.tcomment,
                )
                big.append(entry)
    return big


def child(copies: int, repeats: int, *, unflagged: bool) -> None:
    from l10n.catalog import po_render

    big = catalog(copies, unflagged=unflagged)
    times = []
    for _ in range(repeats):
        po_render._cached_field_lines.cache_clear()
        po_render._cached_source_field_lines.cache_clear()
        start = time.perf_counter()
        text = po_render.render_po(big)
        times.append(time.perf_counter() - start)
    print(statistics.median(times), len(big), len(text), sum("python-brace-format" in e.flags for e in big))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--baseline", type=Path)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--copies", type=int, default=8)
    parser.add_argument("--child", action="store_true")
    parser.add_argument("--unflagged", action="store_true", help="format flags dropped: the strings the change leaves")
    args = parser.parse_args()
    if args.child:
        child(args.copies, args.repeats, unflagged=args.unflagged)
        return
    results: dict[str, list[float]] = {"baseline": [], "ours": []}
    for _ in range(args.rounds):
        for label, root in (("baseline", args.baseline), ("ours", REPO)):
            env = {**os.environ, "PYTHONPATH": str(root), "OMP_NUM_THREADS": "1"}
            command = [
                sys.executable,
                __file__,
                "--child",
                "--copies",
                str(args.copies),
                "--repeats",
                str(args.repeats),
            ]
            out = subprocess.run(command, env=env, cwd=root, capture_output=True, text=True, check=True).stdout.split()
            results[label].append(float(out[0]))
            size = out[1:]
    print(f"entries, characters, python-brace-format entries: {size}; load average {os.getloadavg()}")
    for label, values in results.items():
        print(
            f"{label}: median of {args.repeats} prints, over {args.rounds} children: {min(values) * 1e3:.1f}–{max(values) * 1e3:.1f} ms"
        )


if __name__ == "__main__":
    main()
