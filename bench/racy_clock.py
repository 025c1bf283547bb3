"""What the racy rule's clock costs: a `filesystem_now` reading, and a fingerprint of settled
and of just-written files (`l10n.fingerprint.racy_stat` takes a reading only for the latter).

    .venv/bin/python bench/racy_clock.py [--calls 5000] [--repeat 5] [--scratch DIR]

Measured against main before this rule (its `l10n.fingerprint` run by this script from a copy
of main with its own venv), 2 alternated rounds × 3 repeats, 2 shared cores, load average
8.5–11, CPU µs per call (min–max):

                                          main (Python's clock, 10 ms)   filesystem's clock
    filesystem_now (temporary file)       23–48                          22–90 (load)
    fingerprint of one settled file       4.1–5.6                        4.0–5.7
    write + fingerprint of that file      116–221                        95–148
    the write alone                       69–138                         78–147

A fingerprint reads the clock only for the first file on a device; the racy files among its
inputs are judged when the stamp is saved, one reading per batch. Readings in a cold chain of
200 articles × 10 locales (`--jobs 1`, counted by wrapping `filesystem_now`): extract 376,
translate pseudo 6, qa 2, assemble 8, publish 3 (a first version that read the clock for every
recently written input took 2,552 / 2,216 / 2 / 3,921 / 4); unchanged re-runs 1–2 per stage.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from l10n.fingerprint import filesystem_now, fingerprint


def _cpu_us_per_call(action, calls: int) -> float:
    start = time.process_time()
    for n in range(calls):
        action(n)
    return (time.process_time() - start) / calls * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--scratch", type=Path, default=None)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="racy-clock-", dir=args.scratch))
    settled = folder / "settled.po"
    settled.write_text("x" * 4000, encoding="utf-8")
    os.utime(settled, ns=(1, 1))
    time.sleep(0.05)
    written = folder / "written.po"

    def rewrite_then_fingerprint(n: int) -> None:
        written.write_text(f"{n:08d}" + "x" * 3992, encoding="utf-8")
        fingerprint([written])

    rows: dict[str, list[float]] = {"filesystem_now": [], "settled": [], "just written": [], "write alone": []}
    print(f"load average {os.getloadavg()}")
    for _ in range(args.repeat):  # interleaved, so load drifts hit every row alike
        rows["filesystem_now"].append(_cpu_us_per_call(lambda n: filesystem_now(folder), args.calls))
        rows["settled"].append(_cpu_us_per_call(lambda n: fingerprint([settled]), args.calls))
        rows["write alone"].append(
            _cpu_us_per_call(lambda n: written.write_text(f"{n:08d}" + "x" * 3992, encoding="utf-8"), args.calls)
        )
        rows["just written"].append(_cpu_us_per_call(rewrite_then_fingerprint, args.calls))
    for name, values in rows.items():
        print(f"  {name:<16} {min(values):6.1f}–{max(values):6.1f} µs CPU per call")
    print(f"load average {os.getloadavg()}; 'just written' includes the write ('write alone')")
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()


if __name__ == "__main__":
    main()
