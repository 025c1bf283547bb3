"""Which project locale is each article's own: extract's records against the templates' heads.

    .venv/bin/python bench/own_language.py [--articles 1000] [--rounds 7] [--scratch DIR] --baseline CHECKOUT

`update`, `translate`, `status`, `xliff export` and the TM sync ask, for every template, which
project locale is the article itself (`memory.article_language.own_language_codes`: extract's
record of the template's state, else the template's head). A checkout from before session 47
(`--baseline`, run with its code on `PYTHONPATH`) read every template's head
(`catalog.po.own_language_codes`). The project is `bench/chain.py`'s Wikinews corpus, extracted
once with this checkout (ten default locales, no POs needed). Each side runs in a fresh process
over every template, the project opened and the modules imported before the clock starts (the
stamps database is opened and its stage read inside it); the sides interleaved, the order
turned each round; the load average printed. Sides:

- `heads`: the baseline (every template's first 8 KB read);
- `records`: this checkout, the package's code state taken before the clock (a command's other
  stamps hash it anyway): the marginal cost in a command;
- `records alone`: the same, the code state inside the clock (a process that asks nothing else);
- `first run`: this checkout with the records dropped (a project an earlier version extracted:
  every head read, then recorded): once per project after an upgrade.

Measured (session 47, 1,000 articles, templates of 6.8 KB on average, 7 rounds, load 11.8–12.4
on 2 shared cores): heads 34.6–35.2 ms CPU (130–329 ms wall); records 15.2–16.2 ms CPU (42–158
ms); records alone 19.5–20.3 ms CPU (118–179 ms); first run 56.2–61.1 ms CPU (332–534 ms: the
records written).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent

CALL = r"""
import os, sys, time
from pathlib import Path
from l10n.project import Project
from l10n.locales import DEFAULT_TARGET_LOCALES
side, root = sys.argv[1], Path(sys.argv[2])
project = Project.open(root)
names = sorted(name[:-4] for name in os.listdir(project.locales_dir) if name.endswith(".pot"))
templates = {name: project.pot_path(name) for name in names}
if side == "heads":
    from l10n.catalog.po import own_language_codes
    call = lambda: own_language_codes(templates, DEFAULT_TARGET_LOCALES)
else:
    import l10n.catalog.po, l10n.memory.stamps
    from l10n.memory.article_language import own_language_codes
    if side != "records alone":
        from l10n.fingerprint import code_digest
        code_digest()
    call = lambda: own_language_codes(project, templates, DEFAULT_TARGET_LOCALES)
wall, cpu = time.perf_counter(), time.process_time()
call()
print((time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000)
"""


def measure(code: Path, side: str, project: Path) -> tuple[float, float]:
    """(wall ms, CPU ms) of one side's look-up in a fresh process."""
    if side == "first run":
        with sqlite3.connect(project / "locales" / ".stamps.sqlite3") as db:
            db.execute("DELETE FROM stamp WHERE stage = 'extract language'")
    env = {**os.environ, "PYTHONPATH": str(code)}
    done = subprocess.run(
        [sys.executable, "-c", CALL, side, str(project)],
        env=env,
        cwd=project,  # (`-c` puts the current folder first on the path)
        capture_output=True,
        text=True,
        check=True,
    )
    wall, cpu = done.stdout.split()
    return float(wall), float(cpu)


def build(project: Path, articles: int) -> None:
    """The corpus, extracted with this checkout (its records kept)."""
    sys.path.insert(0, str(HERE))
    from chain import build_corpus

    build_corpus(project / "seeds", articles)
    (project / "l10n.toml").write_text("[l10n]\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    subprocess.run(
        [sys.executable, str(REPO / "workflow.py"), "extract", "seeds", "-q", "--root", str(project)],
        env=env,
        cwd=project,
        check=True,
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--scratch", type=Path, default=None, help="folder for the project (kept; reused if built)")
    parser.add_argument("--baseline", type=Path, required=True, help="a checkout from before session 47")
    args = parser.parse_args(argv)
    if args.scratch is None:
        import tempfile

        args.scratch = Path(tempfile.mkdtemp(prefix="l10n-own-language-"))
    project = args.scratch / f"own-language-{args.articles}"
    if not (project / "locales").is_dir():
        project.mkdir(parents=True, exist_ok=True)
        build(project, args.articles)
    sides = {"heads": args.baseline, "records": REPO, "records alone": REPO, "first run": REPO}
    found: dict[str, list[tuple[float, float]]] = {side: [] for side in sides}
    measure(REPO, "records", project)  # the page cache warm for every side alike
    for number in range(args.rounds):
        order = list(sides) if number % 2 == 0 else list(reversed(sides))
        load = os.getloadavg()[0]
        for side in order:
            found[side].append(measure(sides[side], side, project))
        line = "  ".join(f"{side} {found[side][-1][1]:.1f} ms CPU" for side in order)
        print(f"round {number + 1}, load {load:.1f}: {line}", flush=True)
    for side, values in found.items():
        walls, cpus = [wall for wall, _ in values], [cpu for _, cpu in values]
        print(
            f"{side:14} CPU {min(cpus):.1f}–{max(cpus):.1f} ms (median {statistics.median(cpus):.1f}), "
            f"wall {min(walls):.1f}–{max(walls):.1f} ms (median {statistics.median(walls):.1f})"
        )


if __name__ == "__main__":
    main()
