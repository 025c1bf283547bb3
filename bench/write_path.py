"""The write path (`fsio.atomic_write_bytes`) of a baseline revision against this checkout's.

    .venv/bin/python bench/write_path.py [--files 6000] [--repeat 4] [--baseline main] [--scratch DIR]
    .venv/bin/python bench/write_path.py --callgrind [--files 1500]   # instructions, once per side

Each repeat runs two child processes per side, in alternating order (reversed every other
repeat), each importing its side's `fsio` and timing only its writes:

- **new**: `--files` files written as a cold `assemble` writes `build/`: 10 locale folders of
  `files/10` each, into a folder that never existed (the first write in each makes it), inside
  `fsio.deferred_durability` (no fsync per file, one `syncfs` at the end, not timed);
- **replace**: the same files written again with other bytes of the same size plus one, so
  each is compared by size only and replaced (temp file + rename), as a re-run that changed
  every page.

The bytes are this checkout's own `l10n/**/*.py` files, cycled (sizes 0.2–60 KB, as catalogs and
pages). The baseline's `l10n/fsio.py` comes from `git show BASELINE:l10n/fsio.py`, loaded in its
child beside this checkout's other modules (`fsio_durability`, `fsio_locks`, `fsio_notes`).
Printed per side: user and system CPU seconds of the writes (`getrusage`), wall seconds, each as
median (best–worst) over the repeats, and the load average before and after. New files are
never deleted while measuring (ext4 without a journal skips every inode freed in the last
minute when it allocates one: `bench/site_write.py`'s docstring): each side writes into its own
fresh folder under the scratch folder, all removed after the last repeat. Both sides' trees are
compared byte for byte. `--callgrind` runs each side once under `valgrind --tool=callgrind`
with `--files` and with none, and prints the difference: the writes' instructions without the
child's start-up (no noise from the load: the second measure).

Measured (session 34: main 4b6740b2 against h/fsio34, 6,000 files, 5 repeats, 2 shared cores,
load average 5.9–9.1; trees byte-identical), seconds, best–worst:

    pass      side   user CPU        system CPU      wall
    new       main   0.116–0.177     0.376–1.005     0.99–2.44
    new       ours   0.081–0.132     0.366–0.532     1.10–2.94
    replace   main   0.297–0.482     0.781–1.417     9.3–15.4
    replace   ours   0.266–0.349     0.824–0.912     8.3–15.7

System CPU and wall are the kernel's (inode allocation, the ext4 trap above) and the load's;
user CPU is the write path's own. `--callgrind --files 2000`: 147,178 → 94,884 instructions a
write (4,000 writes, start-up taken off).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
LOCALES = ("ar", "de", "es", "fr", "ja", "ko", "pt_BR", "ru", "zh_CN", "zh_TW")


def payloads(count: int) -> list[bytes]:
    sources = sorted((REPO / "l10n").rglob("*.py"))
    texts = [p.read_bytes() for p in sources if p.stat().st_size > 200]
    return [texts[n % len(texts)] for n in range(count)]


def load_fsio(side: str, baseline: str):  # noqa: ANN201 (a module)
    sys.path.insert(0, str(REPO))
    if side == "ours":
        from l10n import fsio

        return fsio
    source = subprocess.run(
        ["git", "-C", str(REPO), "show", f"{baseline}:l10n/fsio.py"], capture_output=True, check=True
    ).stdout
    folder = Path(tempfile.mkdtemp(prefix="fsio-baseline-"))
    (folder / "fsio_baseline.py").write_bytes(source)
    spec = importlib.util.spec_from_file_location("l10n.fsio_baseline", folder / "fsio_baseline.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    shutil.rmtree(folder)
    return module


def child(side: str, baseline: str, out: Path, files: int) -> None:
    """One side's writes, timed; prints a JSON line of CPU and wall seconds per pass."""
    fsio = load_fsio(side, baseline)
    data = payloads(files)
    per = files // len(LOCALES)
    paths = [os.path.join(out, code, f"article-{n:05d}.html") for code in LOCALES for n in range(per)]
    result = {}
    for name, extra in (("new", b""), ("replace", b"\n")):
        with fsio.deferred_durability(out.parent):
            before, start = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
            for path, payload in zip(paths, data, strict=False):
                fsio.atomic_write_bytes(path, payload + extra)
            wall, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF)
        user, system = after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime
        result[name] = {"user": user, "sys": system, "wall": wall}
    print(json.dumps(result))


def tree_digest(folder: Path) -> str:
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted(folder.rglob("*")):
        digest.update(str(path.relative_to(folder)).encode() + b"\0")
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def run_side(side: str, args: argparse.Namespace, out: Path, *, callgrind: bool = False) -> dict:
    command = [sys.executable, __file__, "--child", side, "--out", str(out), "--files", str(args.files)]
    command += ["--baseline", args.baseline]
    if callgrind:
        outfile = out.parent / f"callgrind.{side}.out"
        command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={outfile}", *command]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if callgrind:
        totals = [line for line in done.stderr.splitlines() if "Collected" in line]
        result["instructions"] = int(totals[-1].split()[-1].replace(",", ""))
    return result


def load() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):.3f} ({min(values):.3f}–{max(values):.3f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=6000)
    parser.add_argument("--repeat", type=int, default=4)
    parser.add_argument("--baseline", default="main", help="git revision whose l10n/fsio.py is the baseline")
    parser.add_argument("--scratch", type=Path, default=None)
    parser.add_argument("--callgrind", action="store_true")
    parser.add_argument("--child", choices=("main", "ours"), help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.baseline, args.out, args.files)
        return
    scratch = Path(tempfile.mkdtemp(prefix="write-path-", dir=args.scratch))
    print(f"{args.files} files, baseline {args.baseline}, load average before {load()}", flush=True)
    try:
        if args.callgrind:
            files, writes = args.files, 2 * (args.files // len(LOCALES)) * len(LOCALES)
            for side in ("main", "ours"):
                counts = []
                for args.files in (files, 0):  # the same child without writes: its start-up, taken off
                    counts.append(run_side(side, args, scratch / f"{side}-callgrind-{args.files}", callgrind=True))
                args.files = files
                spent = counts[0]["instructions"] - counts[1]["instructions"]
                print(f"{side:5} instructions of {writes} writes: {spent:,} ({spent / writes:,.0f} a write)")
            return
        times: dict[str, list[dict]] = {"main": [], "ours": []}
        digests: dict[str, set[str]] = {"main": set(), "ours": set()}
        for repeat in range(args.repeat):
            order = ("main", "ours") if repeat % 2 == 0 else ("ours", "main")
            for side in order:
                out = scratch / f"{side}-{repeat}"
                times[side].append(run_side(side, args, out))
                digests[side].add(tree_digest(out))
            print(f"repeat {repeat + 1} done, load average {load()}", flush=True)
        same = len(digests["main"] | digests["ours"]) == 1
        print(f"trees byte-identical between sides and repeats: {same}")
        print("CPU and wall seconds of the writes, median (best–worst) over the repeats:")
        for name in ("new", "replace"):
            for side in ("main", "ours"):
                row = {key: spread([t[name][key] for t in times[side]]) for key in ("user", "sys", "wall")}
                print(f"  {name:8} {side:5} user {row['user']}  sys {row['sys']}  wall {row['wall']}")
        print(f"load average after {load()}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
