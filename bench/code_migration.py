"""CPU seconds of `placeables.code.migrated_msgid` on hostile msgids, against the lazy pattern it replaced.

    .venv/bin/python bench/code_migration.py [--sizes 2048,8192,32768] [--pattern-up-to 8192] [--repeat 5]

Each msgid shape of `tests/test_inline_code_migration_cost.py` (openers never closed, each its
own name, a pair only at the end) at growing sizes: the least CPU time of `--repeat` calls with
the collector off, and the ratio to the size before. Linear work grows as the size; the old
pattern `\\{((?:code|kbd|samp)_\\d+)\\}(.*?)\\{\\1_end\\}` grows as its square (64 KB of unclosed
openers took it 1.6 s), so it runs only up to `--pattern-up-to`. The test counts the same
property instead of timing it.

Measured (Session 18, 2 shared cores, load average 8.5–15.7, `--repeat 3`), least CPU ms:

    shape        migrated_msgid 2048 / 8192 / 32768     old pattern 2048 / 8192
    same-name    1.69 / 6.50 (3.9×) / 28.6 (4.4×)        218 / 3,462 (15.9×)
    own-names    0.90 / 3.71 (4.1×) / 18.0 (4.8×)        245 / 4,177 (17.1×)
    pair-last    3.07 / 17.4 (5.7×) / 71.6 (4.1×)        266 / 3,899 (14.6×)

The ratios of the millisecond calls wander with the load (5.7× once for a linear pass): why the
test counts steps and this script only reports.
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import time
from collections.abc import Callable

from l10n.placeables.code import migrated_msgid

OLD_CODE_PAIR = re.compile(r"\{((?:code|kbd|samp)_\d+)\}(.*?)\{\1_end\}", re.DOTALL)
SHAPES: dict[str, Callable[[int], str]] = {
    "same-name": lambda n: "{code_1}" * n + "{x_end}",
    "own-names": lambda n: "".join(f"{{kbd_{i}}}" for i in range(n)) + "{code_1_end}",
    "pair-last": lambda n: "{code_1}" * n + "{code_2}x{code_2_end}",
}


def least_cpu(function: Callable[[str], object], argument: str, repeat: int) -> float:
    gc.disable()
    try:
        best = float("inf")
        for _ in range(repeat):
            start = time.process_time()
            function(argument)
            best = min(best, time.process_time() - start)
        return best
    finally:
        gc.enable()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="2048,8192,32768", help="placeholders per msgid, comma-separated")
    parser.add_argument("--pattern-up-to", type=int, default=8192, help="largest size the old pattern runs on")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    print(f"load average before {os.getloadavg()} (1/5/15 min; {os.cpu_count()} cores)")
    runs: list[tuple[str, Callable[[str], object], int]] = [
        ("migrated_msgid", migrated_msgid, max(sizes)),
        ("old pattern", lambda msgid: OLD_CODE_PAIR.sub("{code}", msgid), args.pattern_up_to),
    ]
    for shape, make in SHAPES.items():
        for name, function, largest in runs:
            row, before = [], None
            for size in (size for size in sizes if size <= largest):
                cost = least_cpu(function, make(size), args.repeat)
                ratio = f" ({cost / before:.1f}×)" if before else ""
                row.append(f"{size}: {cost * 1000:.2f} ms{ratio}")
                before = cost
            print(f"{shape:10} {name:15} " + ", ".join(row))
    print(f"load average after {os.getloadavg()} (1/5/15 min; {os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
