"""What a content digest costs per call: BLAKE2b (the project's, `fingerprint.data_digest`:
16 bytes, hex) against SHA-256 and SHA-1, on the bytes the project really hashes.

    .venv/bin/python bench/digest_cost.py [--repeat 7] [--rounds 20] [--project DIR]

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


def load() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--project", type=Path, default=None)
    args = parser.parse_args()
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
