"""What a content digest costs per call: BLAKE2b (the project's, `fingerprint.data_digest`:
16 bytes, hex) against SHA-256 and SHA-1, on the bytes the project really hashes.

    .venv/bin/python bench/digest_cost.py [--repeat 7] [--rounds 20] [--project DIR]
    .venv/bin/python bench/digest_cost.py --share DIR   # digests' share of cold assemble, publish

The bytes: every catalog of the repository's `locales/` (`.po`, `.pot`), and every edition of
`build/` and page of `site/` that `l10n assemble` and `l10n publish` make of them (a throw-away
copy of `seeds/` and `locales/` is assembled and published first; `--project DIR` takes a
project that has `build/` and `site/` already, a `bench/chain.py` corpus for one). Per repeat,
each algorithm hashes every file of a group `--rounds` times, algorithms in a rotating order
(each first once every three repeats); printed per group and algorithm: µs per call, median
(best–worst) over the repeats, and the ratio to BLAKE2b within each repeat (the load moves
all three together). Also printed: whether the CPU has SHA instructions (`sha_ni` in
/proc/cpuinfo: OpenSSL's SHA-256 and SHA-1 use them; BLAKE2b has none to use), and the load
average before and after.

`--share DIR` (a project `bench/chain.py --keep` left, whose build/ and site/ are then made
again): cold `assemble` (html, md, txt) and cold `publish`, `--jobs 1`, each a child process
under `valgrind --tool=callgrind` (its output moved into a graveyard beside the project and its
stamps deleted first, as `bench/site_write.py`'s `forget`), and the instructions spent in the
`_blake2` module (the hashing itself), of the whole process's.

Measured (session 34, AMD EPYC with `sha_ni`, OpenSSL 3.0, Python 3.11, 2 shared cores, load
11–12; 7 repeats × 20 rounds), µs per call, best–worst, and the ratio to BLAKE2b:

    bytes                               blake2b-16     sha256                  sha1
    catalogs (11, 6.6–12.4 KB)          8.83–9.12      4.83–5.93 (0.54–0.66×)  4.53–4.80 (0.50–0.54×)
    build/ (10 editions, 3.8–5.8 KB)    5.52–6.33      3.11–3.63 (0.54–0.64×)  2.94–3.32 (0.47–0.60×)
    site/ (37 pages, 0.2–16.6 KB)       4.77–4.97      2.66–2.83 (0.53–0.58×)  2.49–2.59 (0.50–0.54×)

`--share` on a `chain.py --quick` project (100 × 10): cold assemble 6.0 % of 6.2 G instructions
in `_blake2`, cold publish 6.9 % of 3.4 G; in CPU time ~1–2 % (assemble hashes ~30 MB, publish
~12 MB, at ~1.3 ns a byte). Decision (docs/DESIGN.md, "The content digest stays BLAKE2b"): kept.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

ALGORITHMS: dict[str, Callable[[bytes], str]] = {
    "blake2b-16": lambda data: hashlib.blake2b(data, digest_size=16).hexdigest(),
    "sha256": lambda data: hashlib.sha256(data).hexdigest(),
    "sha1": lambda data: hashlib.sha1(data).hexdigest(),
}


def cpu_flags() -> set[str]:
    try:
        text = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return set()
    line = next((line for line in text.splitlines() if line.startswith(("flags", "Features"))), "")
    return set(line.partition(":")[2].split())


def built_project(scratch: Path) -> Path:
    """A copy of the repository's seeds and catalogs, assembled and published."""
    root = scratch / "project"
    shutil.copytree(REPO / "seeds", root / "seeds")
    shutil.copytree(REPO / "locales", root / "locales", ignore=shutil.ignore_patterns("*.sqlite3*", "*.lock"))
    for command in ("assemble", "publish"):
        subprocess.run(
            [sys.executable, str(REPO / "workflow.py"), command, "--root", str(root), "-q"],
            check=True,
            capture_output=True,
        )
    return root


def groups(root: Path) -> dict[str, list[bytes]]:
    def read(paths: list[Path]) -> list[bytes]:
        return [p.read_bytes() for p in sorted(paths) if p.is_file()]

    return {
        "catalogs": read([*root.glob("locales/**/*.po"), *root.glob("locales/*.pot")]),
        "build/": read(list((root / "build").rglob("*"))),
        "site/": read(list((root / "site").rglob("*"))),
    }


def per_call(hash_one: Callable[[bytes], str], files: list[bytes], rounds: int) -> float:
    """µs of CPU per call, hashing each of `files` `rounds` times."""
    start = time.process_time()
    for _ in range(rounds):
        for data in files:
            hash_one(data)
    return (time.process_time() - start) / (rounds * len(files)) * 1e6


RUN = "import sys; from l10n.cli import main; sys.exit(main(sys.argv[1:]))"


def digest_share(root: Path) -> None:
    """Digests' share of cold assemble and publish (`--share`: see the module docstring)."""
    import sqlite3
    import uuid

    graveyard = root.parent / f"graveyard-{uuid.uuid4().hex[:8]}"
    graveyard.mkdir()
    commands = {
        "assemble": ["assemble", "--format", "html", "--format", "md", "--format", "txt", "--jobs", "1"],
        "publish": ["publish", "--jobs", "1"],
    }
    try:
        for stage, command in commands.items():
            retired = ["build"] if stage == "assemble" else ["site", ".site.l10n-manifest.json"]
            for name in retired:
                if (root / name).exists():
                    (root / name).rename(graveyard / f"{name}-{uuid.uuid4().hex[:8]}")
            with sqlite3.connect(root / "locales" / ".stamps.sqlite3") as db:
                db.execute(f"DELETE FROM stamp WHERE stage LIKE '{stage}%'")
            out = graveyard / f"callgrind.{stage}"
            subprocess.run(
                ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, "-P", "-c", RUN]
                + [*command, "--root", str(root), "-q"],
                capture_output=True,
                check=True,
                env={**os.environ, "PYTHONPATH": str(REPO)},
            )
            total, digests = instructions(out)
            print(f"cold {stage}: BLAKE2b {digests:,} of {total:,} instructions ({100 * digests / total:.2f} %)")
    finally:
        shutil.rmtree(graveyard, ignore_errors=True)


def instructions(callgrind_out: Path) -> tuple[int, int]:
    """A callgrind profile's total instructions, and those of the `_blake2` module's functions."""
    text = subprocess.run(
        ["callgrind_annotate", "--inclusive=no", "--threshold=100", str(callgrind_out)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    total, digests = 0, 0
    for line in text.splitlines():
        words = line.split()
        if not words or not words[0][0].isdigit():
            continue
        count = int(words[0].replace(",", ""))
        if "PROGRAM TOTALS" in line:
            total = count
        elif "_blake2" in line or "blake2b" in line:
            digests += count
    return total, digests


def load() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--project", type=Path, default=None)
    parser.add_argument("--share", type=Path, default=None, help="a chain.py project: digests' share of its stages")
    args = parser.parse_args()
    if args.share:
        print(f"load average before {load()}")
        digest_share(args.share)
        print(f"load average after {load()}")
        return
    flags = cpu_flags()
    print(f"CPU SHA instructions (sha_ni): {'present' if 'sha_ni' in flags else 'absent'}; {sys.version.split()[0]}, ")
    print(f"OpenSSL {__import__('ssl').OPENSSL_VERSION}; load average before {load()}")
    scratch = Path(tempfile.mkdtemp(prefix="digest-cost-"))
    try:
        data = groups(args.project or built_project(scratch))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    names = list(ALGORITHMS)
    for group, files in data.items():
        sizes = sorted(len(f) for f in files)
        print(f"\n{group}: {len(files)} files, {sizes[0]}–{sizes[-1]} bytes (median {statistics.median(sizes):.0f})")
        times: dict[str, list[float]] = {name: [] for name in names}
        ratios: dict[str, list[float]] = {name: [] for name in names}
        for repeat in range(args.repeat):
            order = names[repeat % len(names) :] + names[: repeat % len(names)]
            this = {name: per_call(ALGORITHMS[name], files, args.rounds) for name in order}
            for name in names:
                times[name].append(this[name])
                ratios[name].append(this[name] / this["blake2b-16"])
        for name in names:
            t, r = times[name], ratios[name]
            print(
                f"  {name:10} {statistics.median(t):7.2f} µs/call ({min(t):.2f}–{max(t):.2f}),"
                f" × blake2b {statistics.median(r):.2f} ({min(r):.2f}–{max(r):.2f})"
            )
    print(f"\nload average after {load()}")


if __name__ == "__main__":
    main()
