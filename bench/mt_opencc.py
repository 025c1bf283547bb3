"""zh_TW derivation (issue 16): our catalog step against OpenCC called directly, interleaved.

    .venv/bin/python bench/mt_opencc.py --quick                  # 100 catalogs, 3 repeats
    .venv/bin/python bench/mt_opencc.py --articles 1000 --repeat 5 --scratch /dev/shm

Corpus: the catalogs `bench/chain.py` makes — `--articles` distinct articles recombined from
real Wikinews copy (CC BY 2.5), extracted by `l10n extract --locales zh_CN,zh_TW` — with every
zh_CN unit filled, through `apply_suggestions` as MT fills it, by a real Simplified Chinese
sentence (the committed, reviewed zh_CN catalog's 25 msgstrs of a SHINE article, in turn): real
CJK text for OpenCC, distinct msgids and references in every catalog, no copies. Sides, run in
turn `--repeat` times over the same catalogs (each side's zh_TW catalogs reset, untimed, first):

1. OpenCC alone: one `opencc.OpenCC("s2twp")` built, `convert()` on every zh_CN msgstr (read
   beforehand, untimed) — the floor: conversion only, no files (the issue's "OpenCC called
   directly on the same catalogs").
1b. OpenCC + polib: the shortest script over the files — polib reads the zh_CN and zh_TW POs,
   one converter fills every zh_TW msgstr, polib saves (no lock, no atomic rename, no checks).
2. ours: `derive_traditional_catalog` per catalog, as `l10n translate` does for zh_TW — one
   locked read of the zh_TW PO (block by block, `l10n.catalog.po_blocks`) and a read of the
   zh_CN PO (as fields, `l10n.catalog.po_scan`), one conversion call for the catalog,
   placeholder check, one atomic write with gettext's layout and a provenance line per entry,
   one filesystem flush at the end (`fsio.deferred_durability`). The process's caches (converter, rendered fields) are
   emptied before each run, so no run is helped by the one before.
2b. ours again on the catalogs (2) just filled: nothing to fill, so only the zh_TW catalogs are
   read (the no-change re-run of issue 16).
2t. ours as `l10n translate` runs it on catalogs as `update` left them: the zh_TW catalogs
   written again by `update` (untimed: deleted, then `extraction.update_catalogs`, which records
   their merge stamps), then per catalog its merge fingerprint and stamp looked up (timed, with a
   new process's clock readings), so its fields are copied unchecked and it and its zh_CN twin
   are read in one pass each (`po_twins.read_printed_twins`), the texts converted 256 catalogs
   at a time (`opencc_ahead.convert_ahead`). (2) is the same step on copies: a file a person may have
   touched, checked as it stands.
1f. the file work alone: per catalog its lock, both reads and an atomic write, one flush — the
   floor the house rules (locks, atomic writes) set before any parsing, printing or converting.

Prints per side wall and CPU seconds (`time.process_time`: this process, which does all the
work) as the best and the spread (min–max), the ratio of bests to (1), and the load average
before and after. (1j) is (1) with one `convert()` per catalog, as ours calls it: a stricter
floor, listed so the gain from joining is not hidden in the ratio. Target (issue 16): (2t), the
step as `translate` takes it, within 3× of (1).

Measured (`--articles 300 --repeat 3 --scratch /dev/shm`, 300 catalog pairs, 12,371 units,
2 shared cores, load average 12–14.5 from other work; two runs of the code before this change
and two of this code, alternated; ratios to (1) in the same process):

                                   CPU s best     CPU ratio   wall ratio (noisy at this load)
    (1)  OpenCC alone              0.097–0.100    1.0×        1.0×
    (1j) a call per catalog        0.080–0.088    0.8–0.9×    0.6–1.5×
    (1b) OpenCC + polib            1.01–1.13      10.1–11.7×  7.3–17.5×
    (2)  ours, before              0.91–0.99      9.1–10.1×   4.5–13.9×
    (2)  ours                      0.52–0.67      5.2–6.9×    2.7–7.0×
    (2b) re-run, before            0.18–0.21      1.9–2.1×    1.0–2.1×
    (2b) re-run                    0.12–0.14      1.2–1.5×    0.6–1.9×

At `--articles 1000 --repeat 3` (1,000 pairs, 33,878 units, load average 20–27), one run each,
alternated: (1) 0.19–0.21 s CPU; (2) before 2.45 s (12.8×), now 1.74–1.88 s (8.7–9.2×); (2b)
before 0.53 s (2.8×), now 0.36–0.38 s (1.8×). The ratio grows with the corpus because (1)'s one
converter build (~0.06 s) weighs less; per catalog (35–40 units) ours costs ~1.8 ms against
OpenCC's ~0.2 ms.

So reading both catalogs as fields (`l10n.catalog.po_scan`) instead of polib objects and one
OpenCC call per catalog took the step from ~10–13× to ~5–9× OpenCC alone by CPU; the issue's 3×
is not met. What is left (cProfile by CPU): printing the zh_TW catalog in gettext's layout,
about a third of the step — every msgid and msgstr field cut into lines by libunistring
(`l10n.catalog.linebreak`, one call per field), which the output's bytes depend on; the two
scans, about a fifth; the fill rules (`l10n.catalog.translations`), about a seventh; then the
conversion and the atomic write. `l10n translate --engine auto
--locales zh_TW` on 1,000 articles × 10 locales (cold, after extract and translate pseudo; 3
alternated runs each, load 7.6–10): CPU 3.82–4.03 s → 2.78–3.27 s, wall 11.6–14.6 s → 8.2–10.3 s,
peak RSS 103 MB both, the 1,000 zh_TW POs byte-identical apart from the revision date.

Then the zh_TW catalog filled block by block (`l10n.catalog.po_blocks`: a block already in
gettext's layout keeps its comment and one-line msgctxt/msgid lines, only new msgstrs and
re-printed msgids are cut, all of a catalog's in one libunistring call) and a printer that asks
the line breaker less (`po_render._first_line`). Main (before) and this branch (after), run in
turn, 2 runs each, `--repeat 3 --scratch /dev/shm`, load average 7.7–10.1 on 2 shared cores:

                           (2) CPU s best        CPU ratio to (1)    (2b) CPU ratio
    300 catalogs, before   0.484–0.653           6.1–6.4×            1.2–1.4×
    300 catalogs, after    0.404–0.482           4.9×                1.4–1.5×
    1,000, before          1.405–1.562           8.1–8.4×            1.9–2.2×
    1,000, after           1.164–1.371           6.0–7.0×            1.7–1.8×

(at load ~6, alone in turn with (1) over 7 repeats: 4.0–4.4× at 300). Still not the issue's 3×.
What is left, per unit (~25–35 µs against OpenCC's ~2 µs, the converter's build aside): the
zh_TW read (one regular-expression match and the layout checks per block, ~5 µs), msgids
printed again because they span lines (a multi-line field cannot be copied without cutting it
to check it, which costs what printing it does: ~3 µs, a third of it libunistring), the zh_CN
scan (~4 µs), the fill and the new msgstrs (~3 µs), the header through polib, and the file
work. `l10n translate --engine auto --locales zh_TW` on 1,000 articles × 10 locales (cold,
after extract and translate pseudo; 3 alternated runs each, load 8.3–10.9): CPU 3.39–3.65 s →
2.81–3.22 s, wall 9.2–12.1 s → 7.7–11.1 s, peak RSS 101 → 93 MB, the 1,000 zh_TW POs identical
apart from the revision date (the stamps and TM sync rows differ only by the files' hashes).

Then our own bytes trusted, twin catalogs read in one pass each, possessive block patterns and
conversions ahead (2t). Main (8445192) and this branch run in turn, 2 rounds each, `--repeat 5`
at 300 and `--repeat 3` at 1,000, `--scratch /dev/shm`, load average 7.1–10.7 on 2 shared cores
(main's bench has no (2t): its (2) is what `translate` ran):

                           CPU s best         CPU ratio to (1)   wall ratio to (1)
    300, main (2)          0.381–0.389        4.7–4.9×           5.2–5.5×
    300, (2) checked       0.375–0.405        4.5–4.7×           5.0–5.5×
    300, (2t)              0.297–0.318        3.5–3.7×           3.7–4.9×
    300, (1f) file work    0.034–0.035        0.4×
    1,000, main (2)        0.981–1.154        5.8–6.3×           4.9–8.0×
    1,000, (2) checked     1.046–1.129        6.0–6.3×           5.2–6.0×
    1,000, (2t)            0.831–0.852        4.7×               2.9–5.0×
    1,000, (1f) file work  0.110              0.6×

Still not the issue's 3×. Per catalog (34–41 units) (2t) costs ~0.8 ms against OpenCC's
~0.15–0.2 ms, of which: the two one-pass reads ~0.2 ms (the regular-expression engine itself,
~1.5 µs a block a file), the file work ~0.11–0.15 ms (lock, reads, atomic write: (1f); the
texts read ahead add a read of each file), the header through polib ~0.05 ms (read and printed
again for its new revision date), the new msgstrs' line breaking ~0.06 ms (libunistring itself:
CJK fields longer than a line), the fill and printing of blocks ~0.1 ms, the merge stamp lookup
~0.03 ms. Converting a catalog at a time between the file work had cost up to twice (2t)'s
conversion time at 1,000 catalogs (OpenCC's tables out of the processor's caches; in a row they
are not), hence `convert_ahead`.

The real stage, `l10n translate --engine auto --locales zh_TW` cold on 1,000 articles × 10
locales (the project `bench/chain.py` makes: `extract` of the ten locales, then every zh_CN unit
filled with the Chinese above; per round `update --locales zh_TW` after the zh_TW POs are
deleted, untimed, then the stage timed by the children's rusage), main and this branch in turn,
3 rounds, load average 12.8–13.9: CPU 2.12–2.24 s → 1.65–1.70 s, wall 7.0–8.9 s → 5.8–6.5 s;
the 1,000 zh_TW POs identical apart from the revision date. (With pseudo zh_CN text, which
OpenCC leaves as it is: CPU 2.14–2.34 s → 2.18–2.29 s, the reads ahead costing what the warm
conversion saves.)

Then the header printed again without polib where only its date changes
(`po_header.printed_header`), each zh_CN catalog matched once — ahead, for the conversion and
the fill alike (`po_twins.read_twin`; the fill takes it while the file holds the same bytes) —
msgctxt/msgid lines matched unchecked (the zh_TW ones are our printer's, the zh_CN ones are
taken only when equal to them), a twin-read catalog kept as its blocks' text
(`po_twins.TwinCatalog`: no object a block), a whole text's blocks checked by the matches'
lengths instead of counting blank lines (`po_scan.entry_groups`), a file read with one open
(`po_scan.scannable_bytes`) and a leaner atomic write (`fsio`: the old file read only at the new
bytes' size, no `mkdir` of a folder just found, the temp file written through its descriptor).
Main (4117d5f) and this branch in turn, 2 rounds each, `--repeat 3 --scratch /dev/shm`, load
average 8.4–14.2 on 2 shared cores:

                           CPU s best         CPU ratio to (1)   wall ratio to (1)
    300, main (2t)         0.303–0.367        3.4–3.7×           2.4–3.9×
    300, (2t)              0.225–0.234        2.6–2.8×           2.5–2.8×
    300, main (2) checked  0.384–0.611        4.3–6.1×
    300, (2) checked       0.371–0.476        4.2–5.9×
    300, (1f) file work    0.033–0.039 → 0.023
    1,000, main (2t)       0.887–0.977        5.4–5.6×           5.9–6.3×
    1,000, (2t)            0.624–0.644        3.3–3.6×           2.2–3.8×
    1,000, main (2) checked  1.211–1.343      7.0–8.1×
    1,000, (2) checked     1.128–1.195        5.8–6.8×
    1,000, (1f) file work  0.107–0.110 → 0.072–0.076

So the issue's 3× holds at 300 catalogs and not at 1,000. Nothing of ours grows faster than the
corpus: per catalog (34 units) (2t) costs ~0.6 ms at 300 and ~0.58 ms at 1,000 once the
converter's build (0.04–0.05 s, both sides) is set aside; (1) is the same build and 0.10–0.14
ms a catalog, so the build is about half of (1) at 300 and a quarter at 1,000, and the ratio
tends to ~4.5× on a large corpus. Per catalog (cProfile and timings of each part alone, load 5–9): the
conversion ~0.09 ms (joined, cheaper than (1)'s call per text), the new msgstrs' fields ~0.04
ms (libunistring ~0.01 ms of it, the rest a Python step per field), the zh_CN reading ~0.055
ms (its regular expression ~0.025 ms), the zh_TW reading ~0.05 ms (its regular expression ~0.02
ms, the header ~0.01 ms), the atomic write ~0.035 ms alone (up to 0.07 ms in the run), the lock
~0.03 ms, the merge-stamp lookup ~0.035 ms (`fingerprint`: three stats), the fill ~0.04 ms.

The real stage as above (`l10n translate --engine auto --locales zh_TW`, cold, 1,000 articles ×
10 locales, `update --locales zh_TW` untimed before each run), main (4117d5f) and this branch in
turn, 6 rounds, load average 6.1–7.2: CPU 1.39–1.76 s → 1.17–1.53 s (lower in every round, by
0.04–0.46 s), wall 1.99–4.44 s → 1.61–3.88 s; the 1,000 zh_TW POs identical apart from the
revision date. Most of what is left in the stage is the batch's own (process start and imports
~0.4 s, fingerprints and merge stamps of each pair before and after, TM sync).

Then (session 9) the zh_TW catalogs derived ahead as well: `convert_ahead` fills each zh_TW
catalog the twin reading takes, in a row after the conversion, from the bytes it read for it
(`opencc_ahead.DerivedAhead`), and the derivation, under the lock, only reads both files, checks them
against those bytes (and `printed_here`, and the day) and writes — the same reading, filling and
printing cost about a tenth less CPU in a row than one catalog at a time between locks, reads
and writes (measured in one process, alternated: 0.574–0.655 s against 0.613–0.690 s for the
step at 1,000). With it: twin units named by their place and filled in one pass with their
conversion and placeholder check; the new msgstrs' breaks marked in the text in one pass
(`linebreak.marked_breaks`), and the keyword-line question for one-line strings asked of all in
one more breaker call; the printed header checked by its lines' matches alone, its date
formatted once a minute; a file read with one `read`; a temp file opened without `tempfile`, not
unlinked again once renamed, and an atomic write and a lock without generator contexts or a
`Path` parsed again. Main (e64ea2b) and this branch (7dcae81: before the one-pass fill, the
write without generator contexts and the date once a minute) run in turn, 2 rounds, `--repeat 5` at 300 and `--repeat 3` at 1,000, `--scratch /dev/shm`,
load average 7.4–10.2 on 2 shared cores:

                           CPU s best         CPU ratio to (1)   wall ratio to (1)
    300, main (2t)         0.239–0.262        2.8–3.1×           2.6–2.7×
    300, (2t)              0.195–0.200        2.3–2.4×           2.1–2.7×
    300, (1f) file work    0.022 → 0.017
    1,000, main (2t)       0.595–0.644        3.6–3.8×           2.9–5.8×
    1,000, (2t)            0.506–0.553        2.9×               2.7–2.8×
    1,000, (1f) file work  0.072–0.078 → 0.054–0.055

A third round with all of this code (29ee2d2; main in turn, load average 9.2–10.1): 1,000
catalogs, main (2t) 0.639 s CPU (3.3×, (1) 0.195 s), this 0.516 s (3.1×, (1) 0.165 s; wall
3.1×); 300 catalogs, main 0.233 s (2.7×), this 0.203 s (2.6×). So the issue's 3× at 1,000
catalogs is on the line: 2.9×, 2.9× and 3.1× by CPU in three runs (2.7–3.1× by wall), against
main's 3.3–3.8×; most of the spread is (1)'s own (0.165–0.195 s). Rebased on main (7bf2071),
(2t) and (1) alone in one process each, 6 repeats, on the 1,000 catalogs of one corpus, main and
this branch in turn, 3 rounds, load 4.0–6.5: (2t) CPU best 0.526–0.574 s → 0.457–0.475 s, ratio
to (1) 3.6–3.8× → 2.9–3.2×. Per catalog (34 units) (2t)
now costs ~0.47 ms once the converter's build is set aside, against OpenCC's ~0.13 ms. What is left (parts timed alone, best of 5, load 6–9): the two
regular-expression readings ~0.08 ms (the engine itself, ~1.5 µs a block a file) and their
decoding, the conversion ~0.11 ms, the new msgstrs' fields ~0.035 ms (libunistring ~0.01 ms),
the fill ~0.03 ms, the header ~0.01 ms, the file work ~0.1 ms (lock, four reads, one write:
system calls), and the merge-stamp lookup that `mt.batch` makes per catalog ~0.035 ms (a
template path checked for symlinks, three stats and a digest; the glossary's stat could be
shared, as the batch already shares it elsewhere: `fingerprint(known=…)`).

The real stage, `bench/mt_opencc_stage.py --articles 1000 --rounds 3 --scratch /dev/shm
--baseline <main>` (main e64ea2b and this branch in turn; the 1,000 zh_TW POs identical apart
from the revision date in every round): at 29ee2d2, load average 8.1–8.8, CPU 1.42–1.49 s →
1.31–1.33 s (lower in every round, by 0.09–0.18 s), wall 3.46–4.40 s → 3.13–3.99 s, peak RSS
109–112 → 121 MB (256 catalogs derived ahead held at a time; 130 MB before they were sealed to
their text, `TwinCatalog.seal`).

Session 10. A profile of (2t) at 1,000 catalogs on main (48387ac; cProfile for the shares, then
each part timed alone over all catalogs, best of 3, load 3–4): the converter's build ~28 ms,
the conversion ~91 ms (the same texts a call each, as (1): ~112 ms), reading the zh_CN
catalogs (`read_twin`) ~59 ms (its regular expression ~44 ms of it), the zh_TW ones
(`twin_catalog`) ~45 ms (~31 ms), the new msgstrs' fields ~30 ms (libunistring ~7 ms) and
the dictionaries of a run's texts ~8 ms, the fill ~30 ms and sealing (a copy of every block)
~10 ms, printing and encoding the text ~12 ms, the file work under the lock ~55 ms (lock 16,
two reads 15, write 25) and the reads ahead ~14 ms, the caller's merge-stamp lookups ~20 ms,
the cyclic collector ~9 ms (over the readings' tuples). Cut, each measured: the twin patterns
take a unit's msgctxt and msgid lines as one group, and the zh_CN one has no group for a
block's text (its blocks checked by the groups' lengths, `po_scan.entry_groups(keywords=…)`:
the expression ~44 → ~31 ms); a second `msgid ""` and a msgctxt "None" refused by the pattern
itself; a twin-read block filled in place, so sealing copies nothing; `convert_all` without a
step of Python a text when no text holds a line break; the collector paused while
`convert_ahead` reads and fills a run (left as found); the catalogs derived ahead given their
texts and fields by place, the dictionaries by text made only for a catalog filled on its own.
Main (8b63b77: this step's code as at 48387ac) and this branch in turn, 3 rounds, `--repeat 5`
at 300 and `--repeat 3` at 1,000, `--scratch /dev/shm`, load average 6.8–15.8 (other sessions'
work) on 2 shared cores:

                           CPU s best         CPU ratio to (1)   wall ratio to (1)
    300, main (2t)         0.198–0.207        2.0–2.3×           2.3–2.7×
    300, (2t)              0.176–0.200        2.0–2.2×           1.7–2.7×
    1,000, main (2t)       0.449–0.585        2.7–3.0×           1.9–4.1×
    1,000, (2t)            0.450–0.534        2.6–2.7×           2.5–3.1×

Earlier in the session, at load 5.5–7.2 (3 rounds, the code before the last step): 1,000,
main (2t) 0.424–0.440 s (2.9–3.0×), this 0.401–0.405 s (2.6–2.8×); 300, main 0.163–0.165 s
(2.2–2.4×), this 0.142–0.157 s (2.0–2.2×). The checked path (2) and the re-run (2b), whose
code did not change, came out 0–6 % above main's in those runs and 1–3 % in a direct
alternation of the two alone: noise of this machine, as far as can be told. So the 3× holds
at 1,000 in every round by CPU, with ~0.2–0.3× to spare; the 2.5× aimed at is not reached.
What is left is mostly floor: OpenCC's build and conversion (~0.12 s, (1) itself), the two
regular-expression readings (~0.06 s, the engine's own speed), the file work the house rules
ask (~0.07 s: lock, four reads, an atomic write), libunistring (~0.01 s); the Python steps a
unit (reading a unit's value and flags, its field, its fill: ~1.5 µs a unit, ~0.05 s) and a
catalog (~20 µs) are what a further cut would have to take.

The real stage (`bench/mt_opencc_stage.py --articles 1000 --rounds 4 --scratch /dev/shm
--baseline <main>`, main 8b63b77 and this branch in turn, load 7–16; the 1,000 zh_TW POs
identical apart from the revision date in every round): CPU 1.16–1.35 s → 1.17–1.19 s, wall
2.36–4.46 s → 3.54–4.89 s (the load's), peak RSS 118–121 → 123–124 MB; what the step saves
(~0.03–0.05 s) is within the stage's spread at this load.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

CONFIG = "s2twp"
L10N = str(Path(sys.executable).parent / "l10n")


def build_corpus(root: Path, count: int, *, locales: str | None = "zh_CN,zh_TW") -> list[tuple[Path, Path]]:
    """(zh_CN PO with every unit filled, empty zh_TW PO) for `count` distinct articles, their
    catalogs extracted for `locales` (comma-separated; None: the project's own)."""
    import polib
    from chain import build_corpus as build_articles

    from l10n.catalog.po import apply_suggestions
    from l10n.fsio import deferred_durability
    from l10n.model import Suggestion

    project = root / "project"
    build_articles(project / "seeds", count)
    command = [L10N, "extract", str(project / "seeds"), "-q", "--root", str(project)]
    command += [] if locales is None else ["--locales", locales]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    [committed] = sorted((REPO / "locales" / "zh_CN" / "LC_MESSAGES").glob("*.po"))
    chinese = [entry.msgstr for entry in polib.pofile(str(committed)) if entry.msgstr and "{" not in entry.msgstr]
    pairs = []
    turn = 0
    with deferred_durability(project):
        for simplified in sorted((project / "locales" / "zh_CN" / "LC_MESSAGES").glob("*.po")):
            suggestions = []
            for entry in polib.pofile(str(simplified)):
                text = chinese[turn % len(chinese)]
                turn += 1
                suggestions.append(Suggestion(entry.msgctxt, entry.msgid, text, "mt", "pseudo-chinese bench", None))
            apply_suggestions(simplified, suggestions)
            pairs.append((simplified, project / "locales" / "zh_TW" / "LC_MESSAGES" / simplified.name))
    blank = root / "zh_TW-empty"
    blank.mkdir()
    for _, traditional in pairs:
        shutil.copyfile(traditional, blank / traditional.name)
    return [(simplified, blank / traditional.name) for simplified, traditional in pairs]


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


def run_opencc_alone(pairs: list[tuple[Path, Path]]) -> tuple[float, float, int]:
    import opencc
    import polib

    texts = [[e.msgstr for e in polib.pofile(str(simplified)) if e.msgstr] for simplified, _ in pairs]
    started, cpu = time.perf_counter(), time.process_time()
    convert = opencc.OpenCC(CONFIG).convert
    converted = sum(1 for catalog in texts for text in catalog if convert(text))
    return time.perf_counter() - started, time.process_time() - cpu, converted


def run_opencc_joined(pairs: list[tuple[Path, Path]]) -> tuple[float, float, int]:
    """(1j): (1) with each catalog's msgstrs joined by a line break into one `convert()` call,
    as ours converts them (`l10n.mt.opencc.convert_all`)."""
    import opencc
    import polib

    texts = [[e.msgstr for e in polib.pofile(str(simplified)) if e.msgstr] for simplified, _ in pairs]
    started, cpu = time.perf_counter(), time.process_time()
    convert = opencc.OpenCC(CONFIG).convert
    converted = sum(len(convert("\n".join(catalog)).split("\n")) for catalog in texts)
    return time.perf_counter() - started, time.process_time() - cpu, converted


def run_opencc_polib(pairs: list[tuple[Path, Path]]) -> tuple[float, float, int]:
    import opencc
    import polib

    started, cpu = time.perf_counter(), time.process_time()
    convert = opencc.OpenCC(CONFIG).convert
    converted = 0
    for simplified, traditional in pairs:
        source = {(e.msgctxt, e.msgid): e.msgstr for e in polib.pofile(str(simplified))}
        target = polib.pofile(str(traditional))
        for entry in target:
            if not entry.msgstr and source.get((entry.msgctxt, entry.msgid)):
                entry.msgstr = convert(source[(entry.msgctxt, entry.msgid)])
                entry.flags.append("fuzzy")
                converted += 1
        target.save(str(traditional))
    return time.perf_counter() - started, time.process_time() - cpu, converted


def run_file_work(pairs: list[tuple[Path, Path]]) -> tuple[float, float, int]:
    """(1f): the file work the derivation cannot skip, alone — per catalog its lock, both reads
    and one atomic write (of the bytes read and a line feed, so it is not skipped as unchanged),
    one flush at the end: the floor a step under the house rules (locks, atomic writes) has
    before any parsing, printing or conversion."""
    from l10n import fsio
    from l10n.catalog.po_scan import scannable_bytes

    started, cpu = time.perf_counter(), time.process_time()
    with fsio.deferred_durability(pairs[0][1].parent):
        for simplified, traditional in pairs:
            with fsio.locked(traditional):
                data = scannable_bytes(traditional) or b""
                scannable_bytes(simplified)
                fsio.atomic_write_bytes(traditional, data + b"\n")
    return time.perf_counter() - started, time.process_time() - cpu, 0


def reset_through_update(root: Path, pairs: list[tuple[Path, Path]]) -> list[tuple[Path, Path]]:
    """The project's zh_TW catalogs written again as a real run leaves them: deleted, then made
    by `update` (`extraction.update_catalogs`, which records their merge stamps) — untimed."""
    from l10n.extraction import update_catalogs
    from l10n.locales import TargetLocale
    from l10n.project import Project

    project = Project.open(root / "project")
    targets = [(simplified, project.po_path(TargetLocale("zh_TW"), simplified.stem)) for simplified, _ in pairs]
    for _, traditional in targets:
        traditional.unlink(missing_ok=True)
    list(
        update_catalogs(project, domains=[simplified.stem for simplified, _ in pairs], locales=[TargetLocale("zh_TW")])
    )
    return targets


def run_ours_printed(root: Path, pairs: list[tuple[Path, Path]]) -> tuple[float, float, int]:
    """(2t): (2) on catalogs as `update` left them, each first judged as `l10n translate` judges
    it (`mt.batch`: its merge fingerprint taken and its stamp looked up; our own bytes, so its
    fields are copied unchecked), their texts converted `AHEAD_CATALOGS` catalogs at a time
    (`opencc_ahead.convert_ahead`, timed). Raises if a catalog was not judged ours: the side would
    then measure (2) again."""
    from functools import partial

    from l10n import fingerprint
    from l10n.catalog import po_render
    from l10n.catalog.update import MERGE_STAGE, merge_state
    from l10n.fingerprint import Fingerprint, still_as_taken
    from l10n.fsio import deferred_durability
    from l10n.memory.glossary import GLOSSARY_FILE_NAME
    from l10n.memory.stamps import stage_stamps
    from l10n.mt.opencc import derive_traditional_catalog, release_converters
    from l10n.mt.opencc_ahead import AHEAD_CATALOGS, convert_ahead
    from l10n.project import Project

    project = Project.open(root / "project")
    glossary = project.locales_dir / GLOSSARY_FILE_NAME
    fingerprint._readings = {}  # a new process's: none yet (`l10n translate` runs after `update`)
    release_converters()
    po_render._cached_field_lines.cache_clear()
    po_render._cached_source_field_lines.cache_clear()
    written = ours = 0
    with stage_stamps(project, MERGE_STAGE) as merges:
        started, cpu = time.perf_counter(), time.process_time()
        with deferred_durability(project.root):
            for number, (simplified, traditional) in enumerate(pairs):
                if number % AHEAD_CATALOGS == 0:  # as `mt.batch` converts them
                    ahead = convert_ahead(CONFIG, pairs[number : number + AHEAD_CATALOGS])
                pot = project.pot_path(simplified.stem)
                before = merge_state(pot, traditional, glossary_path=glossary, locale_code="zh_TW")
                printed = isinstance(before, Fingerprint) and merges.fresh(f"zh_TW/{simplified.stem}", before)
                ours += printed
                check = partial(still_as_taken, before, 1) if printed else None
                written += derive_traditional_catalog(
                    simplified, traditional, config=CONFIG, printed_here=check, ahead=ahead
                )[0]
        elapsed = time.perf_counter() - started, time.process_time() - cpu
    release_converters()
    if ours != len(pairs):
        raise SystemExit(f"(2t): {len(pairs) - ours} catalogs not judged as update left them")
    return *elapsed, written


def run_ours(pairs: list[tuple[Path, Path]]) -> tuple[float, float, int]:
    from l10n.catalog import po_render
    from l10n.fsio import deferred_durability
    from l10n.mt.opencc import derive_traditional_catalog, release_converters

    release_converters()
    po_render._cached_field_lines.cache_clear()
    po_render._cached_source_field_lines.cache_clear()
    started, cpu = time.perf_counter(), time.process_time()
    written = 0
    with deferred_durability(pairs[0][1].parent):
        for simplified, traditional in pairs:
            written += derive_traditional_catalog(simplified, traditional, config=CONFIG)[0]
    elapsed = (
        time.perf_counter() - started,
        time.process_time() - cpu,
    )  # the flush is in; dropping the converter is not, as in (1)
    release_converters()
    return *elapsed, written


def main(argv: list[str] | None = None) -> int:
    from mt import load_line  # the benchmarks' one load-average line

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="100 articles, 3 repeats")
    parser.add_argument("--scratch", type=Path, default=None, help="folder for the corpus (e.g. /dev/shm)")
    args = parser.parse_args(argv)
    if args.quick:
        args.articles, args.repeat = 100, 3
    with tempfile.TemporaryDirectory(prefix="l10n-bench-opencc-", dir=args.scratch) as scratch:
        pairs = build_corpus(Path(scratch), args.articles)
        out = Path(scratch) / "zh_TW"
        sides = {
            "(1) OpenCC alone": lambda: run_opencc_alone(pairs),
            "(1j) OpenCC alone, a call per catalog": lambda: run_opencc_joined(pairs),
            "(1b) OpenCC + polib read/save": lambda: run_opencc_polib(reset(pairs, out)),
            "(1f) file work alone": lambda: run_file_work(reset(pairs, out)),
            "(2) ours": lambda: run_ours(reset(pairs, out)),
            "(2b) ours, re-run: nothing to fill": lambda: run_ours([(s, out / t.name) for s, t in pairs]),
            "(2t) ours, update's own bytes": lambda: run_ours_printed(
                Path(scratch), reset_through_update(Path(scratch), pairs)
            ),
        }
        times: dict[str, list[float]] = {name: [] for name in sides}
        cpus: dict[str, list[float]] = {name: [] for name in sides}
        counts: dict[str, set[int]] = {name: set() for name in sides}
        units = sum(1 for _ in pairs)
        print(f"{args.articles} articles ({units} catalog pairs), {args.repeat} interleaved repeats, scratch {scratch}")
        print(load_line("before"))
        for _ in range(args.repeat):
            for name, run in sides.items():
                seconds, cpu, count = run()
                times[name].append(seconds)
                cpus[name].append(cpu)
                counts[name].add(count)
        print(load_line("after"))
    floor, cpu_floor = min(times["(1) OpenCC alone"]), min(cpus["(1) OpenCC alone"])
    print(f"{'':36s} {'wall s: best (spread)':>26s}  ratio   {'CPU s: best (spread)':>26s}  ratio")
    for name, values in times.items():
        done = "/".join(str(c) for c in sorted(counts[name]))
        print(
            f"{name:36s} {min(values):7.3f} ({min(values):.3f}–{max(values):.3f})  {min(values) / floor:5.1f}×  "
            f"{min(cpus[name]):7.3f} ({min(cpus[name]):.3f}–{max(cpus[name]):.3f})  "
            f"{min(cpus[name]) / cpu_floor:5.1f}×  units {done}"
        )
    if not counts["(2) ours"] == counts["(2t) ours, update's own bytes"] == counts["(1) OpenCC alone"]:
        raise SystemExit("ours and OpenCC alone converted different numbers of units")
    return 0


if __name__ == "__main__":
    sys.exit(main())
