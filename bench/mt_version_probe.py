"""Apertium's version probe: the pair's own packages asked, against `dpkg-query --search`.

    .venv/bin/python bench/mt_version_probe.py [--repeat 20]

`mt.apertium.package_version` names the Debian package version in a pair's model id (once per
process and mode, on every `translate` that does work with Apertium). It asks the packages that
ship the pair (`dpkg-query --show` for the version, `--listfiles` to prove the package holds the
mode file: `_pair_package_version`), where it used to find the owner with `dpkg-query --search`
and then ask its version (`_searched_package_version`, still the fallback). For each installed
plain mode, alternating the two, prints wall and CPU milliseconds (the `dpkg-query` processes)
per probe as ranges, whether both give the same version, and the load.

Measured (29 November 2026, 2 shared cores, load 13.3–14.1, dpkg 1.21.22, 3,227 installed
packages, `--repeat 20`, the four plain modes of apertium-eng-spa and -eng-cat): the pair's
packages 12.5–14.0 ms CPU per probe on average (0–20 ms each, in 10 ms ticks) and 75–101 ms wall
against 67–70 ms CPU and 378–550 ms wall for search then show; the same version for every mode.
"""

from __future__ import annotations

import argparse
import os
import time

from l10n.mt.apertium import MODES_DIR, _pair_package_version, _searched_package_version, installed_modes


def timed(probe, path) -> tuple[float, float, str | None]:
    """(wall s, CPU s of the child processes, version) of one probe."""
    before, start = os.times(), time.perf_counter()
    version = probe(path)
    wall, after = time.perf_counter() - start, os.times()
    return wall, after.children_user - before.children_user + after.children_system - before.children_system, version


def milliseconds(values: list[float]) -> str:
    """Range and mean: CPU time comes in clock ticks (10 ms), so one probe's figure is coarse."""
    return f"{min(values) * 1000:.0f}–{max(values) * 1000:.0f} (mean {sum(values) / len(values) * 1000:.1f})"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)
    probes = {"pair packages": _pair_package_version, "search, show": _searched_package_version}
    loads = []
    for mode in installed_modes():
        path = MODES_DIR / f"{mode}.mode"
        runs: dict[str, list[tuple[float, float, str | None]]] = {name: [] for name in probes}
        for number in range(args.repeat):
            for name in list(probes) if number % 2 == 0 else list(reversed(probes)):
                runs[name].append(timed(probes[name], path))
            loads.append(os.getloadavg()[0])
        versions = {run[2] for rows in runs.values() for run in rows}
        for name, rows in runs.items():
            print(
                f"{mode} {name}: {milliseconds([r[1] for r in rows])} ms CPU, "
                f"{milliseconds([r[0] for r in rows])} ms wall"
            )
        print(f"{mode}: same version both ways: {len(versions) == 1} ({', '.join(map(str, versions))})")
    if loads:
        print(f"load average {min(loads):.1f}–{max(loads):.1f} (1 min)")
    else:
        print("no Apertium pair installed")


if __name__ == "__main__":
    main()
