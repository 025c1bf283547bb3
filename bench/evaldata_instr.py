"""trafilatura's evaluation set, a fixed sample, ours against trafilatura alone in instructions (callgrind).

    .venv/bin/python bench/evaldata_instr.py [--code CHECKOUT] [--repo DIR] [--every N] [--out FILE.json] [-v]

`bench/evaldata.py` times CPU seconds over the ~900 pages of trafilatura's evaluation set (both
halves), which swing by a fifth on this shared machine. Those pages are small, so the fixed costs
of a read (setup, decoding, metadata passes, patterns and lists built per call, walks of the tree)
weigh more than on the big realworld pages `bench/pages_instr.py` counts. This takes every Nth page
(default 10: 91 pages) of `bench/evaldata.py`'s listing (both halves, sorted by URL, the same
snapshot and skips: its `evaluation_pages`), copies them to a temporary folder and runs one process
of the checkout's `.venv` python under `valgrind --tool=callgrind` with `PYTHONHASHSEED=0` (sets'
orders, hence the counts, the same from run to run). That process calls `bench/evaldata.py`'s
`ours` and `trafilatura_alone` of the checkout on five pages outside the sample first (first-call
costs: imports, compiled patterns, caches on neither side), then on each sample page once, ours
then trafilatura alone, between calls of `os.getloadavg()`, where callgrind dumps its counts
(`--dump-before=os_getloadavg*`): each call's instructions are one dump's total. A page is read
once, after the pages before it, as `bench/evaldata.py` reads them (a second read of the same page
would find caches keyed on its own strings filled). Prints per page with `-v` the two counts and
their ratio, then both sides' sums, the summed ratio and the per-page ratios' quartiles; `--out`
keeps the counts as JSON to compare two checkouts. Under callgrind a page costs ~50× its time:
a run of the 91 pages takes a few minutes.

Session 41 (6 Dec 2026; main 64734846, load 1–4), the baseline with two pages of warm-up: 91 pages, ours 37,321.2 M against
trafilatura alone 17,335.8 M, summed 2.153×; per page median 1.87× (quartiles 1.69–2.38×), 38 of the 91
over 2×. The highest: 100noticias.com-millones 16.0× (1,150.0 M against 71.8 M), coaching-magazin.de 6.3×,
regiolanda.de 4.7×, toptal.com 4.7×, archive.org.dimido.de 4.7×, markeich.de 3.8×, oekonomenstimme.org 3.7×.
Over every 5th page, timed by stage in one process (load 0.5): trafilatura's own pass
(`main_text_lines`) 42 % of ours, pruning 7 %, the walk 6 %, `htmldate_day` 6 % (a fifth of the pages
reach it), `_article_blocks` 6 %, `author_names` 5 %, the parse 3 %; no other stage over 2.2 %.
With five pages of warm-up (since): ours 37,129.7 M against 17,371.1 M, summed
2.137×, median 1.87× (quartiles 1.69–2.31×), 35 of the 91 over 2×; 100noticias still 15.6× (1,119.7 M
against 71.8 M). That count is a first call's, not the page's: in a process warmed on the same five pages, its
first read takes 144 ms of CPU, the next two 25 ms (as small pages do), so something first used on that
page (the first page in Spanish of the run; not found in session 41) is paid there. The other 90 pages:
36,009.9 M against 17,299.3 M, summed 2.082×; compare two checkouts page by page. A line through the
other 90 pages: ours ≈ 48 M + 1.85 × trafilatura alone's count, so a page's fixed cost is ~48 M of the
median page's 257 M (trafilatura alone's median 130 M). On the six pages over 3.5× (coaching-magazin,
regiolanda, toptal, archive.org.dimido, markeich, oekonomenstimme) `htmldate_day` is 32 % of ours,
`main_text_lines` 24 %: small pages that state no day, where htmldate's extensive search reads every
date-like text (and, when the day it finds is not by the story, a second pass without it: 53 of 69 such
calls over every 3rd page, 1.2 % of ours). No cut was made in session 41 (an hour of it was lost to an
interruption): the stages above were each cut by earlier sessions (pagespeed15–39), and
reordering htmldate's two passes (the first pass alone first) saves nothing, the unsupported days taking
both passes either way. `bench/evaldata.py`, one CPU run of main 64734846 (load 0.8–4.3): ours / trafilatura
alone 2.28× (dev, 27.1 against 11.9 s) and 2.20× (check, 27.8 against 12.6 s); outputs the same as the lead's
run of main (the only differences the temporary folder's name in 8 refusals' messages).

Session 42 (6 Dec 2026; main 18889400 → h/pagespeed42 422e2c88, each checkout in its own process; load 6–16). Main:
ours 37,156.9 M against 17,360.4 M, summed 2.140×, median 1.87× (quartiles 1.69–2.30×), 37 of the 91 over 2×
(without 100noticias' first call of dateparser, 2.084×). After: ours 36,888.9 M (−0.72 %) against 17,374.7 M,
summed 2.123×, median 1.86× (1.69–2.31×), 35 over 2× (without 100noticias 2.068×); ours −0.43 % a page at the
median, −6.1 % to +0.06 % (coaching-magazin −6.1 %, gregoryszorc −3.4 %, singapur-reiseinfo −2.2 %: pages whose
dateline readers met long lines without a year); trafilatura alone's count within ±0.5 % but three pages +2.0 to
+2.7 % and proplanta −10.6 %, the collector's passes a paused read no longer makes falling in its call instead
(against main's counts of trafilatura alone, summed 2.125×). The cuts (DESIGN, "Session 42"): `DAY` gated on four
digits in a row, `foot_day`'s patterns gated, trafilatura's `Extractor` made once a process (0.4 M a call), the
collector paused while a page is read. `bench/evaldata.py` on 49d8811d (load 16, not comparable with main's run
at 0.8–4): dev 2.32×, check 2.24×; outputs the same as the lead's run of main but the temporary folder's name in
8 refusals' messages. Left: of the ~48 M a small page pays besides trafilatura, htmldate's extensive search
(a made page stating no day: 9.4 M of ours' 26.1 M against trafilatura alone's 6.7 M; its two passes cannot be
shared without its internals, and its candidate cap makes the fast pass's answer no subset of the extensive
one's), `author_names` (1.8 M) and the dateline readers' passes over the story's headings (~2 M in all).

Session 43 (7 Dec 2026; main 3550b4c0 → h/pagespeed43 c2e1ae48, load 3–12). Main, every 10th page: ours 36,952.1 M
against 17,404.7 M, summed 2.123×, median 1.86× (quartiles 1.69–2.30×), 35 of the 91 over 2×; ours ≈ 46.7 M + 1.83 ×
trafilatura alone's count (the 90 pages but 100noticias). What the pages over 2× share (stages timed in one process,
`_read_page`'s calls): not their size (trafilatura alone's median 131 M over 2×, 130 M under) but htmldate: 17 of the
35 over 2× reach `htmldate_day` (the page states no day elsewhere), 5 of the 56 under; there it is 11.7 % of ours
(0.8 % on the pages under), `main_text_lines` 31 % (45 % under); the other 18 over 2× spend more on the walk,
`_article_blocks` and `side_column_keys` (6.7, 5.4, 2.5 % against 5.1, 4.1, 1.7 %). After (`--every 20`, each
checkout in its own process; 46 pages, 44 compared: 100noticias' first call of dateparser falls on it in both runs,
it-for-kids takes a first-call cost in the smaller run alone, 68.4 → 855.9 M: in the run of every 10th page a page
before it outside the smaller sample pays it): ours 15,401.9 → 15,321.7 M (−0.52 %; per page −2.1 to +0.6 %, median −0.52 %), summed 2.005 →
1.995×, median 1.83× both, over 2× 16 both; trafilatura alone's −0.02 %. The cuts: `fields.parse_footer`'s anchored
gate and `fields.word_count`'s count kept while a page is read (`bench/pages_instr.py`, "Session 43").
`bench/evaldata.py --half all --save` on c2e1ae48: the same output as the lead's run of main but the temporary
folder's name in 8 refusals' messages. Left: htmldate's two passes on the pages stating no day (its fast pass is
no prefix of its extensive one in htmldate 1.11: `date_candidates` caps by the pass, the fast pass ends on a loose
pattern over the text), `story_headings` (1.3 % of ours here, claimed by misses43 this session).

Session 44 (7 Dec 2026; main 52052794 → h/pagespeed44 e675837d, `--every 20`, each checkout in its own process,
load 8–15; 46 pages, 44 compared, 100noticias and it-for-kids left out as in session 43: their first calls). Main:
ours 15,375.2 M against 7,675.3 M, summed 2.003×, median 1.83×, 16 of the 44 over 2× (the 46: 2.225×, median 1.85×, 18
over). After: ours 15,143.2 M (−1.51 %; per page −8.8 to 0.0 %, median −0.90 %), trafilatura alone's −0.01 %, summed
1.973×, median 1.79×, over 2× 16 (the 46: 2.195×, median 1.83×, 18): the Amica page −8.8 % (999.1 → 911.0 M, 1.82 →
1.67×), gregoryszorc −4.7 % (2.54 → 2.42×), gipfelbuch −4.0 % (3.08 → 2.96×), wirtschaftspsychologie-aktuell −3.0 %,
Lebensmittelpraxis −2.4 %; no page over 2× came under (the nearest, ingenieur.de 2.04 → 2.01×, tegernseerstimme 2.04
→ 2.03×). The cuts (DESIGN, "Session 44"): the story's headings and the texts under them read once a tree
(`datelines.HeadingReads`: `dateline_day` on the page, then on a page stating no day there `updated_day`,
`top_stamp_day`, `foot_day` and `heading_texts` on the copy before pruning, each of which read them again), and
`strip_site_name`'s and `reduce_byline`'s answers kept (a page asks them of the same few texts up to ~18 times).
Found with a tracer counting, per page, calls of an `l10n` function with the same arguments (strings, numbers and
the same objects): the rest are cheap asks of caches already kept (`match_key`, gates' folds) or of trees a pass
between changed (`author_named` before and after pruning: `open_landmarks` drops attributes, `credited_pictures`
adds a class), which cannot be shared without proving each pass leaves them be. `bench/evaldata.py --half all
--save` on e675837d: the same output as the lead's run of main but the temporary folder's name in 8 refusals'
messages. Left: the 16 over 2× are those of session 43 (htmldate's two passes on the pages stating no day, ~12 %
of ours there; the walk, pruning and `_article_blocks`' rules on the rest); ~20 whole-tree passes of 0.1–0.6 % of a
read each (`normalise_text`, `headings_by_class`, `drop_other_entries`, `page_sites`, `_comment_named`, …) that
change the tree in turn, so merging them asks what each leaves for the next.

Session 45 (7 Dec 2026; main 7a22a074 → h/pagespeed45, `--every 20`, each checkout in its own process, load 10–15).
Main: the 44 pages (100noticias and it-for-kids left out, their first calls) ours 15,186.7 M against 7,674.1 M,
summed 1.979×, median 1.79×, 15 over 2× (the 46: 2.200×, median 1.84×, 17 over). After, the same 44 compared page by
page with main's: ours 15,186.7 → 15,133.4 M (−0.35 %) (per page −5.9 to +0.3 %, median −0.12 %), trafilatura alone's
+0.11 %, summed 1.979 → 1.970×, median 1.79 → 1.78×, over 2× 15 → 15 (the 46: 2.191×, median 1.81×, 17); the largest
tegernseerstimme −5.9 % (288.7 → 271.6 M, 1.91 → 1.80×) and auto-presse −2.1 %, where both cuts act
(`bench/pages_instr.py`, "Session 45"; tegernseerstimme's box counts in `page_prune.drop_button_banners` 74 → 24, its
`_opens_with` 50 → 32). `bench/evaldata.py --half all --save` on this code: the same output as the lead's run of main
but the temporary folder's name in 8 refusals' messages.

Session 46 (7 Dec 2026; main e7c94f7b → h/pagespeed46, `--every 20`, each checkout in its own process, load 5–9).
Main: the 44 pages (100noticias and it-for-kids left out, their first calls) ours 15,162.0 M against 7,684.8 M,
summed 1.973×, median 1.79× (quartiles 1.68–2.20×), 15 over 2× (the 46: 2.194×, median 1.81×, 17 over). Another
first call in the sample: coaching-magazin (6.3×) is the first page declaring no language with a text holding a
day but neither a year nor a known month, where htmldate builds its month names of every dateparser language
through dateparser's loader (~216 M, once a process); read after the run's 45 other pages (the warm-up's too) it
is still 582.6 M against 90.6 M (6.43×), no other page asking it. The other pages over 2.5× are no first calls: so
read, regiolanda 4.82× (`htmldate_day` 43 % of ours by cProfile), oekonomenstimme 3.79×, gipfelbuch 3.08×, flvw
2.85×; papaganda 2.24× (2.65× in the sample run). After (`page_htmldate._every_month_word`: the same month names read from
dateparser's data, ~64 M; and the page language's parser and month names made when htmldate first asks, so a page
htmldate's own patterns date imports no dateparser, ~150 M once a process, which no sample page pays apart from
100noticias, whose text needs dateparser): ours 15,162.0 → 14,982.9 M (−1.18 %), trafilatura alone's −0.10 %,
summed 1.973 → 1.952×, median 1.79× both, 15 over 2× both; coaching-magazin 571.0 → 390.6 M (−31.6 %, 6.32 →
4.33×), every other page within −1.0 to +0.7 % (median −0.02 %): without coaching-magazin, 1.921 → 1.923×. A
fresh process reading regiolanda alone (German, its day read by htmldate's patterns): 3,796.4 → 3,646.8 M
(−3.9 %). `bench/evaldata.py --half all --save` on this code: the same output as the lead's run of main but the
temporary folder's name in 8 refusals' messages; `bench/page_dump.py`: 701 of 701 pages the same (the source
path's checkout aside). Left: what makes the pages over 2× so in a warm process is per page (htmldate's two
passes on the pages stating no day; the walk, pruning and `_article_blocks`' rules on the rest), as sessions
43–45 found.

Session 47 (7 Dec 2026; main a58fb52a → h/pagespeed47, `--every 20`, each checkout in its own process, load 10–18).
Main: the 44 pages (100noticias and it-for-kids left out, their first calls) ours 15,938.3 M against 7,674.2 M, summed
2.077×, median 1.95× (quartiles 1.70–2.31×), 20 over 2× (the 46: 2.303×, median 1.97×, 22 over): session 46's 1.952×,
1.79× and 15 had become these with misses46's `slot_titles.drop_slot_titles` (stage sums over every 5th page, process
time: 95 % of ours' +4.8 % since pagespeed46). After the slot titles' letter count (57e5e40e): ours −5.06 %, summed
1.972×, median 1.82×, 16 over 2×. After htmldate's markup search on the shortened markup too (65b36090): ours
15,938.3 → 14,930.0 M (−6.33 %; per page −30.7 to +0.2 %, median −0.68 %), trafilatura alone's +0.12 %, summed 2.077 →
1.943×, median 1.95 → 1.82× (quartiles 1.69–2.23×), over 2× 20 → 16 (the 46: 2.171×, median 1.85×, 18): haustiermagazin
−30.7 % (2.45 → 1.70×), regiolanda −28.1 % (4.83 → 3.47×; the second cut alone −27.8 %), starsinsider −18.9 % (2.14 →
1.73×), elavegan −11.6 % (2.02 → 1.78×), bka.de −7.1 % (2.12 → 1.97×). `bench/evaldata.py --half all --save` on
65b36090: every page's output the same as main's (the CPU field and the temporary folder aside); CPU dev 2.11×, check
2.16× (load 9) against main's 2.28×, 2.25× (load 19, not alternated). Left over 2×: regiolanda, coaching-magazin,
oekonomenstimme, gipfelbuch, flvw (htmldate's other passes on pages stating no day; `_article_blocks`' rules),
and pages at 2.0–2.5× whose rules each read every block between the story's first and last (exlibris' ~900 cells).

Session 48 (7 Dec 2026; main 0c43b5d4 → h/pagespeed48 7606aaaa, `--every 20`, each checkout in its own process, both
at once, load 5–15). Main: the 44 pages (100noticias and it-for-kids left out) ours 14,958.6 M against 7,674.0 M,
summed 1.949×, median 1.80× (quartiles 1.69–2.24×), 16 over 2× (the 46: 2.178×, median 1.83×, 18). After (a line
without a digit is no stamp, `datelines.read_timestamp`; without a colon no relative one, `page_days.relative_stamp`):
ours 14,885.9 M (−0.49 %; per page −1.80 % ingenieur.de to +2.09 % bundeskanzleramt, median −0.41 %), trafilatura
alone's −0.11 %, summed 1.942× (bundeskanzleramt's +2.09 % not explained), median 1.79× (1.68–2.22×), over 2× 15 (utopia.de 2.00 → 1.99×; ingenieur.de 2.04 →
2.002×). `bench/evaldata.py --half all --save` on 7606aaaa: the same scores as main's in both halves.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import evaldata  # noqa: E402
from pages_instr import totals  # noqa: E402

CHILD = r"""
import json, os, sys
from pathlib import Path
sys.path[:0] = [sys.argv[1], sys.argv[1] + "/bench"]
import evaldata as bench
folder = Path(sys.argv[2])
for name in json.loads(sys.argv[3]):
    bench.ours(folder / name)
    bench.trafilatura_alone(folder / name)
os.getloadavg()
for name in json.loads(sys.argv[4]):
    bench.ours(folder / name)
    os.getloadavg()
    bench.trafilatura_alone(folder / name)
    os.getloadavg()
"""


def sample(repo: evaldata.Repository, every: int) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(warm-up pages, sample pages) as (file name, path in the repository): every `every`th page
    of the listing from the first, and the five after the first to warm up."""
    pages = evaldata.evaluation_pages(repo)
    chosen = [(item["file"], where) for _, where, item in pages[::every]]
    warm = [(item["file"], where) for _, where, item in pages[1:6]]
    return warm, chosen


def measure(code: Path, repo: evaldata.Repository, every: int) -> dict[str, list[int]]:
    warm, chosen = sample(repo, every)
    python = code / ".venv" / "bin" / "python"
    with tempfile.TemporaryDirectory(prefix="evaldata-instr-") as folder:
        names = {}
        for number, (file, where) in enumerate(warm + chosen):
            name = f"{number}.html"
            (Path(folder) / name).write_bytes(repo.read(where) or b"")
            names[name] = file
        warm_names = list(names)[: len(warm)]
        chosen_names = list(names)[len(warm) :]
        with tempfile.TemporaryDirectory() as out:
            command = [
                "valgrind",
                "--tool=callgrind",
                "--dump-before=os_getloadavg*",
                f"--callgrind-out-file={out}/cg.out",
                str(python),
                "-c",
                CHILD,
                str(code),
                folder,
                json.dumps(warm_names),
                json.dumps(chosen_names),
            ]
            subprocess.run(command, check=True, capture_output=True, env={**os.environ, "PYTHONHASHSEED": "0"})
            counts = totals(Path(out))
    # dumps: the warm-up (and what came before), then per page ours, trafilatura alone
    return {names[name]: [counts[1 + 2 * index], counts[2 + 2 * index]] for index, name in enumerate(chosen_names)}


def report(result: dict[str, list[int]], verbose: bool) -> None:
    if verbose:
        for name, (ours, alone) in result.items():
            print(f"{name[:60]:60} ours {ours / 1e6:8.1f} M  trafilatura {alone / 1e6:8.1f} M  {ours / alone:5.2f}×")
    ours_sum = sum(ours for ours, _ in result.values())
    alone_sum = sum(alone for _, alone in result.values())
    ratios = [ours / alone for ours, alone in result.values()]
    low, median, high = statistics.quantiles(ratios, n=4)
    print(
        f"{len(result)} pages: ours {ours_sum / 1e6:,.1f} M, trafilatura alone {alone_sum / 1e6:,.1f} M, "
        f"summed {ours_sum / alone_sum:.3f}×; per page median {median:.2f}× (quartiles {low:.2f}–{high:.2f}×), "
        f"over 2× {sum(r > 2 for r in ratios)}; load {os.getloadavg()[0]:.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--code", type=Path, default=ROOT, help="the checkout measured (with its .venv)")
    parser.add_argument("--repo", type=Path, default=evaldata.DEFAULT_REPO)
    parser.add_argument("--every", type=int, default=10, help="every Nth page of the listing")
    parser.add_argument("--out", type=Path, help="write {file: [ours, trafilatura]} as JSON")
    parser.add_argument("-v", "--verbose", action="store_true", help="per page counts")
    args = parser.parse_args()
    result = measure(args.code.resolve(), evaldata.Repository(args.repo), args.every)
    report(result, args.verbose)
    if args.out:
        args.out.write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
