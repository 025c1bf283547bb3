"""zh_TW derivation (issue 16): our catalog step against OpenCC called directly, interleaved.

    .venv/bin/python bench/mt_opencc.py --quick        # 50 catalogs, 3 repeats
    .venv/bin/python bench/mt_opencc.py --catalogs 1000 --repeat 5 --scratch /dev/shm

Corpus: the committed, reviewed zh_CN catalog (`locales/zh_CN/LC_MESSAGES/*.po`, 25 units of a
real SHINE article), copied under `--catalogs` domains, each with an empty zh_TW catalog. Three
sides over the same catalogs, run in turn `--repeat` times (each side's zh_TW catalogs reset,
untimed, before its run):

1. OpenCC alone: one `opencc.OpenCC("s2twp")`, `convert()` on every msgstr (read beforehand) —
   the floor: conversion only, no files.
1b. OpenCC + polib: the shortest script over the files — polib reads the zh_CN and zh_TW POs,
   one converter fills every zh_TW msgstr, polib saves (no lock, no atomic rename, no checks).
2. ours: `derive_traditional_catalog` per catalog, as `l10n translate` does for zh_TW — read the
   zh_CN PO, convert with the process's one converter, verify placeholders, write the zh_TW PO
   (locked, atomic), provenance line per entry; one filesystem flush at the end
   (`fsio.deferred_durability`, as `translate` does).
2b. ours again on the catalogs (2) just filled: nothing to fill, so only the zh_TW catalogs are
   read (the no-change re-run of issue 16).
3. before: the same as (2), with the converter rebuilt per catalog (what the code did before: the
   dictionary load of `s2twp` for every catalog).

Prints per side the best and the spread (min–max) of the totals, the ratios of bests, and the
load average before and after. Target (issue 16): (2) within 3× of (1).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

CONFIG = "s2twp"


def build_corpus(root: Path, count: int) -> list[tuple[Path, Path]]:
    """`count` (zh_CN PO, empty zh_TW PO) pairs under `root`."""
    import polib

    [source] = sorted((REPO / "locales" / "zh_CN" / "LC_MESSAGES").glob("*.po"))
    simplified_dir = root / "zh_CN"
    traditional_dir = root / "zh_TW-empty"
    simplified_dir.mkdir(parents=True)
    traditional_dir.mkdir(parents=True)
    empty = polib.pofile(str(source))
    for entry in empty:
        entry.msgstr = ""
        entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]
    empty.metadata["Language"] = "zh_TW"
    pairs = []
    for index in range(count):
        simplified = simplified_dir / f"article-{index:05d}.po"
        shutil.copyfile(source, simplified)
        blank = traditional_dir / simplified.name
        empty.save(str(blank))
        pairs.append((simplified, blank))
    return pairs


def reset(pairs: list[tuple[Path, Path]], out: Path) -> list[tuple[Path, Path]]:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    targets = []
    for simplified, blank in pairs:
        target = out / blank.name
        shutil.copyfile(blank, target)
        targets.append((simplified, target))
    return targets


def run_opencc_alone(pairs: list[tuple[Path, Path]]) -> float:
    import opencc
    import polib

    texts = [[e.msgstr for e in polib.pofile(str(simplified)) if e.msgstr] for simplified, _ in pairs]
    started = time.perf_counter()
    convert = opencc.OpenCC(CONFIG).convert
    for catalog in texts:
        for text in catalog:
            convert(text)
    return time.perf_counter() - started


def run_opencc_polib(pairs: list[tuple[Path, Path]]) -> float:
    import opencc
    import polib

    started = time.perf_counter()
    convert = opencc.OpenCC(CONFIG).convert
    for simplified, traditional in pairs:
        source = {(e.msgctxt, e.msgid): e.msgstr for e in polib.pofile(str(simplified))}
        target = polib.pofile(str(traditional))
        for entry in target:
            if not entry.msgstr and source.get((entry.msgctxt, entry.msgid)):
                entry.msgstr = convert(source[(entry.msgctxt, entry.msgid)])
                entry.flags.append("fuzzy")
        target.save(str(traditional))
    return time.perf_counter() - started


def run_ours(pairs: list[tuple[Path, Path]], *, rebuild_per_catalog: bool, expected_per_catalog: int = 25) -> float:
    from l10n.fsio import deferred_durability
    from l10n.mt.opencc import derive_traditional_catalog, release_converters

    release_converters()
    started = time.perf_counter()
    written = 0
    with deferred_durability(pairs[0][1].parent):
        for simplified, traditional in pairs:
            if rebuild_per_catalog:
                release_converters()
            written += derive_traditional_catalog(simplified, traditional, config=CONFIG)[0]
    elapsed = time.perf_counter() - started
    release_converters()
    if written != expected_per_catalog * len(pairs):
        raise SystemExit(f"expected {expected_per_catalog * len(pairs)} entries written, got {written}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--catalogs", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="50 catalogs, 3 repeats")
    parser.add_argument("--scratch", type=Path, default=None, help="folder for the corpus (e.g. /dev/shm)")
    args = parser.parse_args(argv)
    if args.quick:
        args.catalogs, args.repeat = 50, 3
    with tempfile.TemporaryDirectory(prefix="l10n-bench-opencc-", dir=args.scratch) as scratch:
        pairs = build_corpus(Path(scratch), args.catalogs)
        sides = {
            "(1) OpenCC alone": lambda: run_opencc_alone(pairs),
            "(1b) OpenCC + polib read/save": lambda: run_opencc_polib(reset(pairs, Path(scratch) / "zh_TW")),
            "(2) ours": lambda: run_ours(reset(pairs, Path(scratch) / "zh_TW"), rebuild_per_catalog=False),
            "(2b) ours, re-run: nothing to fill": lambda: run_ours(
                [(s, Path(scratch) / "zh_TW" / t.name) for s, t in pairs],
                rebuild_per_catalog=False,
                expected_per_catalog=0,
            ),
            "(3) before: converter per catalog": lambda: run_ours(
                reset(pairs, Path(scratch) / "zh_TW"), rebuild_per_catalog=True
            ),
        }
        times: dict[str, list[float]] = {name: [] for name in sides}
        print(f"{args.catalogs} catalogs × 25 units, {args.repeat} interleaved repeats, scratch {scratch}")
        print(f"load average before: {os.getloadavg()[0]:.2f}")
        for _ in range(args.repeat):
            for name, run in sides.items():
                times[name].append(run())
        print(f"load average after: {os.getloadavg()[0]:.2f}")
    floor = min(times["(1) OpenCC alone"])
    for name, values in times.items():
        best = min(values)
        print(f"{name:36s} best {best:8.3f} s  spread {min(values):.3f}–{max(values):.3f} s  {best / floor:6.1f}× (1)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
