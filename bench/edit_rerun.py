"""The one-sentence-edit re-run, stage by stage, of two `l10n` builds alternated on their own
projects (each build's stamps name its own code, so each keeps a project of its own).

    .venv/bin/python bench/edit_rerun.py --pair before:/work/main/.venv/bin/l10n:DIR_A \\
        --pair after:.venv/bin/l10n:DIR_B [--rounds 2] [--warm]

DIR_A/DIR_B are projects `bench/chain.py --articles 1000 --repeat 0 --keep` left (the same
corpus), each run cold by its build (or pass `--warm` once after a code change: every stamp
of the older code is stale). A round edits one sentence in the middle article of each project,
as `chain.py` does, and runs the chain with each build in turn (the order reversed every
other round, so neither always runs first), then the chain again with nothing changed. Per stage: wall, CPU (the stage and its workers: GNU time's %U + %S), files
written, peak RSS; and the units each locale sent to an engine (exactly one is right).

Measured (1,000 articles × 10 locales, 2 shared cores with other sessions, load average
4.3–7.5, 2 alternated rounds; before = main 42f60c0 run from a `git archive` of it, after =
h/edit; wall swings with the load, CPU does not; build/ and site/ byte-identical and POs equal
but for header dates between the two builds on a 100-article chain with its edit round):

    edit run, CPU s     before        after
    extract             0.72–0.75     0.64–0.68
    translate pseudo    0.78–0.85     0.58–0.61
    translate auto      0.91–0.98     0.88–0.92   (Apertium's and OpenCC's own work for the unit)
    qa                  0.77–0.81     0.68
    status              0.59–0.60     0.37–0.40
    these five          3.85–3.91     3.22
    whole chain         6.72–6.81     5.99–6.00

    no change, CPU s (whole chain): before 1.79–2.01, after 1.62–1.82 (extract 0.42–0.47 →
    0.35). Units sent to an engine after the edit: 1 per locale, both builds, both rounds.

Session 8 (h/edit3: one stat per catalog in qa, status and translate, the stamps log
checkpointed once per process, OpenCC not loaded with nothing to convert; see docs/DESIGN.md),
1,000 × 10, 3 alternated rounds, load average 7.1–8.9 on 2 cores shared with ~7 sessions (wall
was 2–4× CPU and swung either way between rounds; only CPU compares), before = main 4117d5f:

    edit run, CPU s     before        after
    extract             0.52–0.58     0.40–0.43
    translate pseudo    0.54–0.58     0.46–0.52
    translate auto      0.70–0.72     0.71–0.72   (Apertium's run and OpenCC's dictionaries)
    qa                  0.59–0.63     0.40–0.45
    status              0.35–0.40     0.33–0.35
    these five          2.80–2.82     2.32–2.47
    whole chain         4.68–4.96     4.16–4.54

    A second run of 3 rounds at load 9.9–12.2 (main c38437c; the first round was main's
    warm-up after main moved, so both sides are its rounds 2–3): these five 3.26–3.47 →
    2.57–2.84 CPU s (extract 0.63–0.70 → 0.43–0.51, qa 0.69–0.75 → 0.43–0.55), whole chain
    5.54–5.81 → 4.95–5.31, no change 1.75–1.89 → 1.64–1.74.

    no change, CPU s (whole chain): before 1.43, after 1.35–1.43. Units sent to an engine
    after the edit: 1 per locale, both builds, every round. A 100-article chain (cold, then an
    edit) run by each build left the same bytes under locales/ (but gettext header dates),
    build/ and site/ (but site.css, which main had changed since).

Session 9 (h/site4: stamps take the bytes written, the manifest left as written when no record
changed, the whole-run record takes the look-up's walk again, a few edited articles' edition
stamps read a row at a time; docs/DESIGN.md "What assemble and publish write is taken by the
bytes written"), 1,000 × 10, `--rounds 3`, before = main e64ea2b, each build's project made
cold by its own build; load average 6.3–11.1 on 2 cores shared with other sessions and a test
run (wall was 3–6× CPU; only CPU compares):

    edit run, CPU s     before        after
    assemble            0.99–1.01     0.77–0.87
    publish             1.08–1.14     0.94–1.08
    whole chain         4.44–4.60     4.10–4.38

    no change, CPU s: assemble 0.33–0.42 → 0.34–0.45, publish 0.29–0.33 → 0.29–0.35 (within
    the noise: the same replay). Peak RSS of the edit run: assemble 117 → 104 MB, publish
    168–169 → 153 MB (the edition stage is no longer loaded for one article). Units sent to an
    engine: 1 per locale, both builds, every round. build/, site/ and the manifest
    byte-identical between the two projects cold and after the three edit rounds; locales/
    but for gettext header dates.

    A second run after the last commit (`--warm --rounds 2`, load 10.1–15.2): edit run CPU s
    assemble 0.94–1.06 → 0.84–0.92, publish 1.05–1.21 → 1.06–1.07, whole chain 4.41–5.00 →
    4.48–4.51; no change assemble 0.34–0.40 → 0.33–0.35, publish 0.29–0.33 → 0.30–0.31. At
    this load publish's gain (~0.1 CPU s, mostly the manifest no longer rendered) is inside
    the spread; assemble's holds in both runs.

Session 9 (h/early4: `memory/unchanged.py`, an edit run's translate, qa and status take the
catalogs their last run left as they are from their stamps without a fingerprint), 1,000 × 10,
3 alternated rounds, before = main e64ea2b; load average 8.3–11.5 (the test suite ran beside
it), so wall was 2–5× CPU and only CPU compares:

    edit run, CPU s     before        after
    extract             0.40–0.47     0.41–0.42   (not changed: see docs/DESIGN.md)
    translate pseudo    0.51–0.55     0.38–0.43
    translate auto      0.69–0.79     0.70–0.77   (Apertium's ~0.2 s and OpenCC's ~0.13 s for the unit)
    qa                  0.47–0.49     0.40–0.45
    status              0.36–0.40     0.33–0.34
    these five          2.48–2.69     2.24–2.36

    no change, CPU s (whole chain): before 1.59–1.73, after 1.55–1.64. Units sent to an engine
    after the edit: 1 per locale, both builds, every round. A 100-article chain (cold, then two
    edit rounds) run by each build left the same bytes under locales/ (but gettext header
    dates), build/ and site/.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import chain  # noqa: E402  (bench/chain.py: the stages, the edit and the timing)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pair", action="append", required=True, help="NAME:L10N_PROGRAM:PROJECT (repeat)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--warm", action="store_true", help="run each chain once unchanged first")
    parser.add_argument("--first-round", type=int, default=100, help="the edit's round number (a new text each)")
    args = parser.parse_args(argv)
    pairs = []
    for spec in args.pair:
        name, program, project = spec.split(":")
        pairs.append((name, program, Path(project)))
    print(f"edit re-run: {', '.join(name for name, _, _ in pairs)}; load average {os.getloadavg()}")

    def run(name: str, program: str, project: Path, title: str, edit: int | None = None) -> None:
        chain.L10N = [program]
        if edit is not None:
            articles = sorted((project / "seeds").glob("article-*.md"))
            chain.edit_one_sentence(articles[len(articles) // 2], edit)
        translated: dict[str, int] = {}
        rows = chain.run_chain(project, translated if edit is not None else None)
        chain.print_rows(f"{name}: {title} (load {os.getloadavg()[0]:.1f})", rows)
        if translated:
            print("  units sent to an engine per locale: " + ", ".join(f"{k} {v}" for k, v in translated.items()))

    if args.warm:
        for name, program, project in pairs:
            run(name, program, project, "warm-up, unchanged")
    for number in range(args.first_round, args.first_round + args.rounds):
        order = pairs if (number - args.first_round) % 2 == 0 else pairs[::-1]  # none always first
        for name, program, project in order:
            run(name, program, project, f"one sentence edited (round {number})", edit=number)
        for name, program, project in order:
            run(name, program, project, f"no change (round {number})")
    print(f"load average at the end {os.getloadavg()} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
