"""The whole chain over a realistic corpus, cold, after a one-sentence edit, and unchanged.

    .venv/bin/python bench/chain.py [--articles 1000] [--repeat 3] [--scratch DIR] [--quick] [--run]

Stages run as an operator runs them, one `l10n` process each: extract (templates and the ten
default locales' POs) → translate (pseudo for the locales without an offline engine here,
Apertium for es, OpenCC for zh_TW from zh_CN) → qa → status → assemble (html, md, txt) → publish.
No neural MT: `bench/mt.py` measures that. Per stage it prints wall time, files written (new or
rewritten under locales/, build/, site/) and the stage process's peak RSS.

`--run`: the same corpus and scenarios, each one `l10n run` (one process, one start-up) with the
engines of the seven-process chain in the project's l10n.toml (`RUN_SETTINGS`: pseudo, `auto`
for es and zh_TW). Wall, CPU s, files written and peak RSS are of the whole process; the seconds
and CPU s of each stage inside it (CPU with the workers a stage waited for: `os.times`) are taken
by a wrapper that starts `l10n` with `run`'s stage changes timed (`TIMED_RUN`), so the product
has no timing code of its own. Files written are counted once around the whole process, so a PO
that extract and translate both write counts once, where the default mode counts it per stage:
the two modes' file counts do not compare (their outputs do: see the figures below).

Per stage it also prints CPU seconds (the stage and its workers) and, after the edit, the
units each locale sent to an engine (translate's table): the issue asks for exactly one.

Scenarios, in this order: **cold** (empty project), then `--repeat` rounds of **edit** (one
sentence of one article changed, then the chain) and **no change** (the chain again), alternated
so load drifts hit both alike; the spread across rounds is printed with the load average.

The corpus (`bench/data/wikinews`, CC BY 2.5) is 295 real Wikinews articles, each written once as
Markdown with front matter, then recombinations of their real paragraphs up to `--articles`
(one article's paragraphs followed by another's), so no two articles are the same and none is a
copy with numbers changed. Deterministic: the same arguments give the same corpus.

Measured (cold, `--quick`-sized: 100 articles × 10 locales, 2 shared cores, load average 5.1–7.5;
3 rounds, the code before issue 16's parallel stages and this code alternated, outputs under
locales/, build/ and site/ byte-identical between the two apart from gettext header dates):

    stage       wall s before → after     CPU s before → after     peak RSS MB before → after
    qa          4.8–6.7  → 3.1–6.9        4.1–4.3 → 3.2–3.6        196–197 → 150
    assemble    8.8–16.1 → 3.0–7.6        6.7–7.6 → 4.0–4.9        101 → 58
    publish     6.0–11.5 → 4.1–7.4        5.8–7.2 → 4.3–4.9        113 → 69
    whole chain 47–54    → 24–51          32.0–33.9 → 26.6–27.4    197 → 150

Against main after the linear PO reader landed (2 alternated rounds, load 5.0–8.6, outputs
byte-identical): whole chain 61–71 s → 38–52 s (CPU 33.9–36.2 → 26.8–29.2 s), assemble CPU
6.9–7.5 → 3.8–4.7 s, publish CPU 6.7–7.3 → 3.9–4.7 s, qa CPU 4.1–4.7 → 3.6–3.9 s.

Wall seconds swing with the neighbours' load; CPU seconds (workers included) hardly do. Most of
the gain is the publish gate taking `qa`'s recorded findings; workers alone (`--jobs 1` against
`2`, 3 alternated rounds, load 4.4–5.9, same project) gave qa 3.4–5.0 s → 3.2–5.0 s, assemble
5.1–9.3 s → 2.7–7.2 s, publish 4.0–5.2 s → 4.4–9.0 s (CPU 3.2–4.4 → 3.8–6.6 s: editions pickled
back to the parent), so `publish` keeps one process unless asked. On one
unloaded-ish run assemble took 4.3 s against 2.6 s to write the same bytes of build/ and publish
3.1 s against 4.4 s for site/ (`write_same_bytes`). A 1,000-article cold chain is ~10× these
figures: short of the issue's 120 s here — translate auto (Apertium's own processes) and the
per-catalog PO reads in translate, qa, assemble and publish are most of what is left.

Re-runs (issue 16), 1,000 articles × 10 locales, `--repeat 2`, whole-run records and
edit-only extraction (h/rerun before its last assemble commit), load average 9–16 on 2 shared
cores (so wall is 2.5–4× CPU):

    scenario            wall s (ratio to cold)        CPU s (ratio to cold)
    cold                915.6                         242.0
    one-sentence edit   35.2–63.1 (3.8–6.9 %)         13.3–24.9 (5.5–10.3 %)
    no change           7.32–7.46 (0.8 %)             2.67–2.76 (1.1 %)

    no change, CPU s per stage: extract 0.43–0.45, translate pseudo 0.74–0.76, translate auto
    0.47–0.55, qa 0.17–0.18, status 0.16–0.17, assemble 0.34–0.36, publish 0.32–0.33 (the last
    four replay their record; a bare `l10n --help` is ~0.07 CPU s). Edit, CPU s per stage (round
    2 / round 1): extract 0.70 / 0.73, translate pseudo 0.78 / 9.84 (the first re-run after a
    cold run), translate auto 0.87 / 3.09, qa 5.20 / 5.41 (1.5 GB: every recorded finding is
    loaded), status 0.55, assemble 2.22, publish 2.93 / 3.07. Units sent to an engine after
    the edit: exactly 1 in each of the 10 locales, both rounds. Lead's baseline (main e5b5c07,
    load ~1): edit 19.96 s, no change 10.20 s wall.

With every issue-16 branch merged (qa streamed, fast PO reader, translate feeding the TM,
whole-run records), `--articles 1000 --repeat 2`, load average 1.1–3.9: cold 109.7 s wall /
149.8 CPU s, peak RSS 225 MB; one-sentence edit 7.29–7.35 s (6.6–6.7 % of cold wall, 4.8–4.9 %
CPU); no change 2.34–2.41 s (2.1–2.2 % wall, 1.5 % CPU). Per stage in README "Benchmarks".

Per-article records in assemble and publish (h/edit: an article whose files all stat as
recorded is taken from its record without reading its template; indexes and sitemap taken as
written when the page records did not change; the manifest read once and written without the
indented encoder). Main 3b55e60 and this code, `--articles 1000 --repeat 2` one after the
other on 2 cores shared with other sessions (load average 9–27, so wall is 3–8× CPU and only
CPU compares):

    scenario / stage     CPU s before          CPU s after
    cold                 210.0                 195.5
    edit: assemble       1.98–2.00             1.49–1.55
    edit: publish        2.87–2.93             1.71
    edit: whole chain    9.35–9.44 (4.5 %)     7.55 (3.9 % of cold)
    no change            3.18–3.21 (1.5 %)     3.12–3.14 (1.6 %)

Units sent to an engine after the edit: 1 per locale in both. Left in the edit path of these
two stages: each command's whole-run record, checked and kept over every catalog, edition and
page (~0.4 CPU s per stage), and ~0.3 s of imports. build/ and site/ byte-identical between an
edited project and a from-scratch run of its seeds (200 articles × 10 locales: 6,000 editions,
4,415 site files).

Session 6 (29 November 2026), `--articles 1000 --repeat 2`, alone on the machine, main 42f60c0
(load 0.4–1.7) then the merged code (load 1.1–2.5; the package's bytecode written first, see
`compile_package`): cold 100.6 → 106.6 s wall (138.8 → 145.2 CPU s); one-sentence edit
5.59–5.66 → 4.37–4.47 s wall (5.6 % → 4.1–4.2 % of cold; CPU 4.0–4.1 % → 3.0 %); no change
1.68 → 1.36–1.39 s wall (1.7 % → 1.3 %). Edit per stage after: extract 0.52–0.59, translate
pseudo 0.54–0.56, translate auto 0.65–0.66, qa 0.54–0.55, status 0.35, assemble 0.75–0.77,
publish 0.99–1.02 s; one unit per locale sent to an engine.

Session 7 (30 November 2026), the same command alone, twice (main ba5dc7b, load 0.8–1.7, and
6bb360c, load 1.5–2.1; publish now takes what assemble built): cold 88.7 and 96.1 s wall (126.5,
138.8 CPU s), cold publish 9.4–10.7 s (was ~22); one-sentence edit 4.50–4.70 s wall, 4.7–5.3 % of
cold (CPU 3.2–3.7 %); no change 1.39–1.45 s (1.4–1.6 %). Edit per stage: extract 0.54–0.59,
assemble 0.79–0.87, publish 0.97–1.07 s; one unit per locale sent to an engine.

Session 8, the edit run's extract, translate, qa and status (h/edit3: one stat per catalog, the
stamps log checkpointed once per process, OpenCC loaded only with something to convert),
`bench/edit_rerun.py` against main, 3 alternated rounds at load average 7.1–8.9 (so only CPU
compares): those five stages 2.80–2.82 → 2.32–2.47 CPU s (extract 0.52–0.58 → 0.40–0.43,
translate pseudo 0.54–0.58 → 0.46–0.52, translate auto 0.70–0.72 → 0.71–0.72, qa 0.59–0.63 →
0.40–0.45, status 0.35–0.40 → 0.33–0.35); whole edit chain 4.68–4.96 → 4.16–4.54 CPU s.

Session 8's end, the same command alone (main a9b3d64, load 0.1–1.5): cold 85.6 s wall (122.6
CPU s); one-sentence edit 4.24–4.29 s wall, 5.0 % of cold (CPU 4.18–4.26 s, 3.4–3.5 %); no
change 1.45–1.46 s (1.7 %). Edit per stage: extract 0.38–0.41, translate pseudo 0.47–0.48,
auto 0.60–0.62, qa 0.42–0.43, status 0.33–0.34, assemble 0.95–0.96, publish 1.05–1.08 s; one
unit per locale sent to an engine.

Session 9, h/early4 (an edit run's translate, qa and status fingerprint only the catalogs that
moved: `memory/unchanged.py`), the same command beside ~7 other sessions and the test suite
(load average 8.7–13.3, so wall was 2.5–4× CPU; only CPU compares with the figures above):
cold 367.7 s wall / 140.7 CPU s; one-sentence edit 4.20–4.30 CPU s (3.0–3.1 % of cold CPU);
no change 1.38–1.47 CPU s. Edit, CPU s per stage: extract 0.38–0.41, translate pseudo
0.39–0.42, translate auto 0.67–0.72, qa 0.37–0.39, status 0.30; one unit per locale sent to an
engine. Alternated with main, stage by stage: `bench/edit_rerun.py`.

Session 9's end, the same command alone (main e19d214: h/early4, h/site4, h/asm4 and h/zhtw4
merged; load 1.3–1.6): cold 76.1 s wall (108.5 CPU s); one-sentence edit 3.24–3.45 s wall,
4.3–4.5 % of cold (CPU 3.19–3.39 s, 2.9–3.1 %); no change 1.28–1.40 s (1.7–1.8 %). Edit per
stage: extract 0.35–0.38, translate pseudo 0.32–0.33, auto 0.50, qa 0.31–0.32, status
0.25–0.27, assemble 0.66–0.75, publish 0.85–0.90 s; cold assemble 8.3 s / 14.9 CPU s (3.0× the
in-process floor), publish 8.1 s (0.8×); one unit per locale sent to an engine.

Session 10, h/race5 (whole-run records, stamps and publish's page states keep a file the command
wrote as its write left it, so none vouches for an edit made after the write: `fsio_notes`,
`fingerprint.as_written`), `--articles 200 --repeat 1`, main 48387ac and this code alternated,
3 rounds each, load average 5.4–7.0 (only CPU compares): one-sentence edit 1.71–1.95 → 1.76–1.86
CPU s (assemble 0.27–0.34 → 0.29, publish 0.32–0.38 → 0.33–0.34), no change 0.65–0.75 →
0.69–0.72 CPU s; cold chain 24.1–31.5 → 29.3–31.3 CPU s (main's own spread covers it). Cold
`assemble` with build/ removed, on copies of one project, alternated 3×: 7.16–8.31 → 7.08–7.58
CPU s; cold `publish` with site/ removed: 8.61–8.82 → 7.92–8.56 CPU s. Reading back every file
written once (the most the records read): 0.054 CPU s for site/ (4,415 files, 20 MB), 0.069
for build/ (6,000 files, 22 MB). Outputs byte-identical: build/ and site/ (10,415 files), POs
and POTs apart from their header dates.

Re-run 30 Nov 2026 (main 48387ac) under `nice -n 10` beside ~7 sessions, load average 7.9–9.0:
`--articles 1000 --repeat 2` cold 318.0 s wall / 128.5 CPU s (extract 10.3, translate pseudo
24.9, auto 37.9, qa 29.5, status 0.3, assemble 18.2, publish 7.2 CPU s); one-sentence edit
12.1–12.9 s wall, 3.8–4.0 % of cold (CPU 3.95–4.00 s, 3.1 %); no change 4.3–5.0 s (CPU
1.45–1.66 s, 1.1–1.3 %); peak RSS 246 / 153–154 / 63 MB; one unit per locale. `--quick`, load
6.2–8.3: cold 47.3 s / 18.8 CPU s (qa 2.3, assemble 3.4, publish 1.7), edit 1.82 CPU s, no
change 0.62.

Session 14 (h/chain14: `translate` through `po_scan`, `qa`'s source facts once per msgid), main
3ac4c2e (A) and this code (B), outputs byte-identical apart from header dates. Translate pseudo
and qa alone on copies of one extracted project, CPU s: 200 articles, A B B A A B, load 2.8–5.0:
pseudo A 7.40–8.53 → B 5.70–6.21, qa A 7.72–8.36 → B 6.61–7.54; 1,000 articles, A B B A, load
11–21: pseudo 47.1–59.0 → 46.9–50.7, qa 64.0–78.2 → 62.6–68.5 (not resolved at that load).
The whole chain, 1,000 × 10 cold (`--repeat 0`), A then B once each (load 1.5–7, then
4.2–8.7): 333.0 → 292.5 s wall, 258.5 → 244.8 CPU s; per stage CPU s A → B: extract 16.0 →
15.4, pseudo 50.1 → 43.4, auto 63.7 → 71.9 (Apertium, unchanged), qa 81.7 → 68.9, status 0.9 →
0.8, assemble 32.1 → 33.0, publish 14.1 → 11.3. Issue 16's ≤ 120 s wall is not met.

Session 15 (h/qa15), qa at 1,000 × 10. Its CPU is linear in units, not superlinear in
articles: the cold chain's qa took 7.07 CPU s for 200 articles (3,975 units) and 61.2 for 1,000
(33,878 units, 8.5×), ~180 µs a unit both times; the articles past the 295 real ones are
recombinations, longer. cProfile (`--jobs 1`): the checks ~50 %, the PO parse ~25 %, each
entry's translation made twice (gate, status) ~10 %. Now a unit's verdicts are kept per process
(`qa/verdicts.py`: 12,789 distinct msgids among the 33,878 units), script letters are judged by
sets, status counts from the gate's translations. Cold `qa` then `status` on fresh copies of one
kept project, main 7fea943 (A) and bc4e6f9 (B) alternated A B B A A B, load 13.6–22.6 (wall is
3–4× CPU): qa CPU s A 50.5–54.1, B 41.4–46.2 (B/A 0.80–0.89 per pair), wall A 181–195, B
138–149; peak RSS A 98–99 MB, B 103–104; status after qa 0.52–0.62 → 0.55–0.57 CPU s (it reads
qa's counts). `qa --json` byte-identical (514,599,004 bytes), as are the text report, `status`,
and the gate's and compiled-translation rows. The branch's last code (c51216b: the memo asks
`Check.__call__`, keeps units ≤ 1,000 characters) against A, C A A C, load 8.3–14.4: qa CPU s C
41.3–41.9, A 47.7–51.8 (C/A 0.81–0.87), wall C 91–98, A 93–104; `qa --json` byte-identical.
Left: the PO parse (`catalog/po_read`, not qa's), ~25 % of qa's CPU.

Session 16 (h/qa16), qa at 1,000 × 10 (338,780 units). cProfile (`--jobs 1`, a copy of this
script's kept project with the qa and status records and the gate and compiled-translation
databases removed): the parse into polib objects 30 %, the checks 34 %, each entry's origin 13 %
(`_record_of` kept 1,024 and missed 93 %), JSON 5 %, and 608,000 `Finding`s made only to be
compacted for the record. Now qa scans (`po_scan.scan_units`, the general reader for what it
declines), writes the record without a `Finding` per unit (`qa/findings_record.py`), keeps 2¹⁴
origins, and the glossary indexes a locale's terms once; the scan is then ~20 % and the checks
~36 %. `bench/qa_cold.py --text --repeat 2` (cold `qa`, then `status`), start commit f6aaca8
(A) and this branch (B), A B B A three times, load 10–28: qa CPU s A 45.5–54.4, B 35.4–43.8
(B/A 0.75–0.87 per pair), wall A 95–209, B 85–133; peak RSS A 100–101 MB, B 118–120 MB; status
after qa CPU s A 0.52–0.63, B 0.45–0.54. Outputs identical (qa text, status; at 200 × 10 also
`qa --json`, `status --json`, gate and compiled rows, stamp payloads). Left: the checks
themselves (~36 %), the scan (~20 %: its regular expressions, the header through `po_read`,
comment lines), the records' JSON (~7 %).

Session 15 (h/chain15: `translate --jobs`, default one per CPU: the catalogs' reads and writes
and the pseudo and Apertium batches in one pool of worker processes, `parallel.SharedPool`; the
MT cache, stamps and TM written by the parent). Main 7fea943 (A) against this code (B), the two
translate stages on copies of one extracted 1,000 × 10 project, A B B A, load average 14–24 (no
core free: wall does not compare, CPU does), wall / CPU s: pseudo A 113.8–120.8 / 35.0–35.1,
B 110.4–111.8 / 37.8–40.6; auto A 122.4–131.0 / 50.7–52.6, B 140.8–149.3 / 50.9–55.2. The
workers cost pseudo 8–15 % more CPU (pickling, the workers' own caches). What they buy is on
free cores: B's CPU split, load 15–19, pseudo parent 14.1 s / workers 24.7 s, auto parent 4.9 s
/ workers and Apertium's processes 42.4 s, so unloaded wall is bounded by ~max(parent, total /
2): ~20–25 s for pseudo against A's one process (35 s of CPU here; last session's chain, load
0.9–1.6: 48.4 s wall / 46.4 CPU s), ~25–30 s for auto against 38.3 s there (one Apertium
pipeline kept ~1.65 cores busy; two run at once now). Estimates: no unloaded run fitted the
session. locales/ byte-identical A/B
(11,000 POs and POTs, header dates aside); 200 articles: TM marks of every catalog as A's.

Session 16 (h/edit16), the edit run of extract, translate, qa and status profiled at 1,000 × 10
(cProfile on the CPU clock, main f6aaca8, one sentence edited; profiled seconds, ~2–3× real):
extract 2.6 — the edited article 0.97 (0.6 of it compiling the detector's regexes: value
patterns 0.17, protect 0.05, the ingest modules' module-level patterns ~0.15; CLDR `en` for its
number symbols 0.06, now skipped) and `pipeline._catalogs_on_record` 1.07, the merge-stamp check
of the 9,990 POs of the unchanged articles (`merge_state` fingerprints 0.53, `project.po_file`
0.15, stamp look-ups 0.15); translate pseudo 1.9 — `leverage_project` 0.56 (8,000
`done_before` checks, 33,000 path joins), `translate_project` 0.40, the record look-up 0.31;
qa 1.8 — `run_qa` 0.75, the look-up 0.51 (10,000 stamp payloads decoded as JSON 0.2); status
1.1 — `project_status` 0.47, the look-up 0.36. Tried and taken out: a whole-run record of
extract's PO checks (`memory.unchanged` for the merges, kept with states): it removed the 10,000
fingerprints but its own look-up, a second stat of every file and re-recording 11,000 names each
run cost as much (A B B A at load 11–13: no-change extract 0.45/0.39 → 0.60/0.47 CPU s). A next
attempt would keep the record only when something moved, reuse the look-up's stats, and make the
per-PO loop cheaper (paths joined once per locale folder, counts without a stamp read).

Session 16 (h/chain16): `translate` writes MT into a catalog block by block and reads its open
units from the same blocks (`mt/catalog_io.fill_suggestions`, `catalog_translations`, the zh_TW
derivation's `po_blocks`: a fresh catalog's lines copied, only the new msgstrs printed), and a
cold run's parent takes no fingerprint of a catalog never done. Outputs byte-identical to main
f6aaca8 (1,000 × 10 pseudo: 11,000 POs/POTs, dates aside, 102,312 MT cache rows; 200 × 10 pseudo
then auto: 2,200 catalogs, TM marks all holding). Figures, 2 shared cores, no quiet hour:
in-process, 1,000 de catalogs: write 2.13–2.16 → 1.31–1.41 CPU s, read 0.35–0.38 → 0.20–0.21;
`translate pseudo` at 200 × 8, A B B A, load 10–11: 7.45–8.08 → 6.64–6.69 CPU s (parent
3.03–3.08 → 2.93, workers 4.42–5.00 → 3.71–3.76); at 1,000 × 8 on projects each side extracted,
A B then A B B A (6fb4b19), load 9.8–14.5: 44.3–48.8 → 39.3–41.3 CPU s (parent 15.9–16.5 →
15.4–16.8, workers 28.3–32.2 → 22.5–25.9); wall 70–185 s on both sides, the load's.
`bench/translate_cold.py --rounds 1` (A B B A at 1,000 × 10, load 14–25, a test run beside
B's first turn) did not resolve it: pseudo 41.3–42.3 → 46.7–46.8 CPU s, auto 61.9–64.8 →
67.1–68.9 (auto's code path is mostly Apertium's own processes, unchanged, so that spread is
the load's). The parent (~16 CPU s at 1,000 × 8: MT cache, collecting suggestions, merge
fingerprints before and after each write, the TM sync; its path checks cut after these runs)
is now most of pseudo's unloaded wall;
auto is Apertium's CPU (~0.93 CPU s a 256-text batch, 0.26 of it the pipeline's start; batches
stay as cut, the output depends on them). The whole chain was not re-run: no quiet hour.

Session 15 (h/build15: assemble and publish against writing the same bytes). A cold chain of
this script at 1,000 × 10 (main 7fea943, `--repeat 0`, load 11–15): assemble 84.3 s wall /
29.2 CPU s against 5.75 s for `write_same_bytes` of build/ (14.7×), publish 22.8 s / 9.5 CPU s
against 4.20 s for site/ (5.4×). That assemble re-parsed every article: the venv's library files
are hard links shared with the other worktrees' venvs (link count 13 here), so a venv made
elsewhere moves their change time, which `fingerprint.code_state` keys on (Babel, polib, and
the parser libraries of `memory.documents.parser_digest`); Babel's moved between this run's
extract and its assemble, and `extract`'s kept parses no longer matched (`article_document` 21 %
of a cProfile of that assemble, 2 % once `extract` ran again). Left as found (not this
branch's module): a machine where venvs share files by hard link sees records keyed on the
code miss whenever a neighbour installs. Profiles (cProfile, `--jobs 1`, after a fresh
extract; shares of the profile): cold assemble — the three writers 40 % (HTML 24, Markdown 11,
text 5), atomic writes 15 %, building the editions 13 %, the gate 10 %, stamps and
fingerprints ~10 %, `build_path` 4 % (timed alone: 0.07 CPU s per 6,000 editions, cProfile's
inflation; not cut); cold publish — Jinja2 26 % (1.08 million `markupsafe.escape` calls),
writes 19 %, taking the editions from build/ 13 %, page contexts 7 %, site path checks 4.5 %.
Cut in publish: the hreflang links and the switcher's items escaped once per link
(`publish/head_links.py`; Jinja rendering of 22,000 article pages in one process, alternated
×3: 1.78–1.86 → 1.08–1.23 CPU s; with the review's guard, markup kept only for plain-text
links, 1.81–2.04 → 1.23–1.29) and a site folder's path walked once per run. site/ and build/
byte-identical (200 × 10, every page rebuilt). `bench/site_write.py --repeat 2 --settle 30
--baseline` (main as a copy; ours fca66d1, before the guard) on the 1,000 × 10 project, load
14–18, CPU s: publish 11.19–11.92
→ 10.23–10.34 (user 8.80–9.14 → 8.15–8.52), 5.75–6.27× the floor's CPU (baseline 6.29–7.22×),
5.62–6.33× its wall; assemble (not changed) 10.8–11.6× CPU, 10.5–11.6× wall. Neither is within
2×: see `bench/site_write.py` for why (rendering, not writing, is most of both). `publish
--jobs 2` against 1 (this code, cold, 200 × 10, alternated 1 2 2 1, load 7–10): 2.69–3.07 s
wall / 2.38–2.52 CPU s against 2.72–2.89 s / 2.12–2.35 — its workers only take the editions
from build/, the parent still frames and writes every page, so publish keeps one process.

Session 16 (h/build16: publish's workers make and stage whole articles, the parent names the
pages in article order and moves them in after the last article; `publish/staging.py`).
Measured beside ~8 other sessions, load 14–22 on 2 cores (wall 3–10× CPU: only CPU compares).
`bench/site_write.py --project` on a 1,000 × 10 chain project, main f6aaca8 as the baseline
copy, one repeat of each order before the run failed: cold publish, ours with two workers,
20.72 CPU s / 63.3 s wall against main's one process 13.44 / 42.9 (floor 2.95 / 9.0: ratios
7.0× and 4.6× CPU); assemble (unchanged) 28.80 and 26.23 CPU s against 28.58 and 27.24 (floor
5.71 and 2.63). The second publish failed in the pool's feeder thread (a task pickled while the
parent grew the project's `found_sources`: fixed, a task carries its own source only) and the
default went back to `--jobs 1`. With the fix (3511d7d), one process each, cold publish after
`assemble` at 1,000 × 10, A B B A at load 8.5–11.7: main 10.67–12.42 CPU s (15.3–25.4 s wall),
this branch 12.09–12.51 (19.5–19.8 s), site/ and manifest byte-identical. Where the serial path's
extra goes (cProfile of a cold publish at 200 × 10 that assembled every edition, 44.7 against
44.0 profiled s): `posix.open` 0.86 against 0.16 s (a named file made in the stage, and the staged
file opened again to note its move, where a write made one nameless `O_TMPFILE`), and each path
checked twice (in `_stage` and before the move, 15,080 against 10,680 `inside_plain_folders`).
200 × 10, copies of one project, cold, CPU s: main 2.91
(jobs 1), this branch 3.66–3.95 (jobs 1), 4.24–5.02 (jobs 2): the stage's extra files and
renames (system CPU 0.64 → 0.96–1.26); with every edition assembled in publish (build/ records
missing), jobs 1 and 2 took the same CPU (13.3–13.7 and 12.8–13.7 s) and jobs 2 31–36 s wall
against 45–59. build/, site/ and the manifest byte-identical to main's: 200 × 10 chains after
their edit round, and cold publish (jobs 1 and 2) and assemble on copies. One-sentence edit
(200 × 10 chains, main → fd2e0d2, same load): assemble 0.55 → 0.56 CPU s, publish 0.64 →
0.67; no change, whole chain, 1.34 → 1.32. Where that edit run's publish goes (cProfile, 1.63
profiled CPU s at 200 × 10; the one article rebuilt takes its editions from build/, so nothing
is assembled and no edition is re-read for the indexes, which are made of the page records in
the stamps and taken as written when those did not move): imports ~0.5 (the assemble package
pulls extract, segment and ingest; Jinja2; 142 regular expressions compiled), Babel's locale
data for the switcher's 11 language names and directions 0.34, the whole-run record's look-up
and keep 0.25, and the per-article checks ~0.4 (input fingerprint and stamp of each unchanged
article 0.2, its source 0.1, the manifest's page records 0.09) — the last part grows with the
articles (~0.6 ms each at 1,000: 1.18 CPU s there against 0.67 at 200). Not cut this session.

Session 17 (h/edit17: the edit run's fixed costs outside assemble and publish). Where an edit
run's extract, translate, qa and status go, at 300 × 10 (cProfile on the CPU clock, a sampler
on ITIMER_PROF, and each path's modules imported alone in a fresh process, CPU s): imports
0.11–0.18 a stage (0.06–0.08 on the no-change path: the edit path adds the catalog, MT and
report modules and Rich), of which Typer ~0.025 and Rich ~0.026; `translate auto` 0.70–0.72 =
Apertium's pipeline for the one es unit ~0.24 (the `apertium` wrapper and 11 programs loading
their transducers; a batch's output depends on the batch, so it stays one call), OpenCC's
s2twp converter built ~0.08 and freed ~0.075 (freed at exit if not released: paid either way),
two `dpkg-query` processes ~0.02, the ISO 639-3 table parsed whole ~0.009, Rich's table twice
~0.04 (report and rehearsed record). Cut: the pair's version read from dpkg's files, the ISO
entry parsed alone, models.py's install machinery out of translate's imports, translate's table
written as Rich prints it where that is plain text (`cli/tables.py`; taken out again in the
lead's last read: ~100 lines following Rich's layout and console rules for ~0.04 s, which the
1,000-article A/B below did not resolve — the figures below include it). Not cut: extract's merge
check of every unchanged article's POs (~11–18 µs a PO: 0.03–0.05 at 300, ~0.15 at 1,000;
one stat, digest and stamp each), qa's and status's per-catalog summaries from their stamps
(~0.02 at 300), the detector's regular expressions compiled for the edited article (~0.067
over 169 patterns; `placeables/`), status's Rich table and lines. Alternated with the start
commit 5bb37d1 (`bench/edit_rerun.py`, each build on its own copy of one 300 × 10 project, a
warm-up round each; outputs then compared: locales/, build/ and site/ byte-identical but PO
header dates, MT cache, stamp payloads, gate and compiled rows equal), CPU s, edit run:
848915c (the first three cuts), 3 rounds at load 15.9–18.5, did not resolve (translate auto
0.70–0.72 both sides, the five stages 1.89–1.98 → 1.96–2.02); aa192e7 (with the table), 4
rounds at load 9.4–12.4: translate pseudo 0.36–0.51 → 0.30–0.44, auto 0.75–1.05 → 0.67–0.71
(and one 1.09), the five stages 2.22–2.66 → 2.01–2.39 (lower in three pairs of four), whole
edit chain 3.43–4.06 → 3.34–3.62; no change 1.20–1.58 → 1.22–1.53. One unit per locale sent to
an engine every round. `bench/startup.py --articles 20 --repeat 6` (load 11–14): the eight
no-op commands 1.247 (1.227–1.471) → 1.297 (1.215–1.521), same stdout every time: not resolved.
At 1,000 × 10 (the start commit's cold project: 488 s wall / 160.4 CPU s at load 12; a copy
for aa192e7; each warmed, then 4 alternated rounds at load 6.9–10.8) it did not resolve: the
five stages' edit run 2.96–3.31 → 2.56–3.65 CPU s, lower in two pairs of four (the copy's two
rounds right after its warm-up were slower in every stage, publish included, which this branch
does not touch: 1.88 and 1.45 against 1.49 and 1.55; status, not changed either, 0.42–0.49 →
0.38–0.41); whole edit chain 5.45–6.46 → 4.98–6.70; no change 1.86–2.16 → 1.74–2.25. Outputs
equal after the four rounds (11,000 POs/POTs but header dates, 30,000 build/ and 22,015 site/
files, 115,137 MT cache rows, 61,000 stamp payloads, gate and compiled rows); one unit per
locale every round.

Session 18 (h/chain18: work one locale's run gives the next). Profiled at 300 × 10 on copies of
one project (cProfile on the CPU clock, `--jobs 1`; profiled seconds, ~2× real): `translate
pseudo` 42.9 — catalog writes 19.7 (each catalog parsed twice, once to find its open units and
once under the lock to fill it, 9.4; msgstr fields printed 3.7; atomic writes 2.5), the eight
groups' MT 11.9 (`translate_masked` 6.2 for 8 × 12,093 texts whose pseudo output is one for
every target; MT cache 1.8 put, 2.2 look-ups), reads 3.2, suggestions 1.9; `translate auto`
10.5 of Python beside Apertium's processes (a 256-text batch ~0.9–1.0 CPU s of which ~0.26 is
the pipeline's start, measured alone; the `apertium` wrapper's own share is within noise; a
kept pipeline was not tried: Transfuse already null-flushes each `<p>`, yet one batch for all
changes 8 % of outputs, so state likely crosses a flush and a kept pipeline would be one big
batch); `qa` 51.6
— the checks 25.4 over 104,642 units of which the verdict memo answered 2 % (one msgstr per
locale), about half of them in checks that never read the locale (placeholders, numbers,
whitespace, invisible characters, addresses …), the scan 7.5, JSON 1.5. Cut: pseudo's outcomes
kept by text for the command (`GroupRun`'s `shared`: each text goes to the engine once, not
once per locale; the cache still gets a row per target) and the locale-free checks' verdicts
kept without the locale (`qa.verdicts`, `Check.reads_locale`). Not cut: the double parse and
per-locale printing of the writes (sharing them across locales needs either a corpus-sized
memo per worker or writing article by article across groups), Apertium.

Against main 660437c (`/work/wt/base18`), this script at `--articles 300 --repeat 1`, A B B A,
load average 10.6–16.2 on 2 shared cores (wall is 2.5–4× CPU; only CPU compares), CPU s: cold
translate pseudo A 17.61, 14.68 / B 12.91, 14.45; qa A 18.96, 15.67 / B 14.70, 16.24; whole
cold chain A 109.1, 100.4 / B 95.9, 102.8 (wall A 273.3, 269.1 / B 265.6, 251.1 s; translate
auto, Apertium's, 49.8–53.8 on both); edit 3.16–3.37 / 3.54–3.78 and no change 1.18–1.38 /
1.27–1.36 (not resolved: the edit's stages alone, 3 more alternated rounds at load 8–9, gave
translate pseudo 0.31–0.34 / 0.30–0.32, auto 0.64–0.70 / 0.64–0.70, qa 0.26–0.29 / 0.26–0.28).
The two stages alone on copies of the extracted (pseudo) and translated (qa) project, A B B A,
load 10.6–12.2: translate pseudo 15.40–15.57 → 14.02–14.17 CPU s (B/A 0.91), qa 15.81–17.23 →
13.57–15.09 (B/A 0.86–0.88); peak RSS pseudo 131 → 144 MB (the outcomes kept), qa 96 → 100–103.
Outputs equal after each A/B pair: locales/, build/ and site/ (18,915 files, PO header dates
masked), MT cache rows, gate and compiled rows, stamp payloads (but publish's file stats), each
TM mark holding for its own code; one unit per locale sent after the edit.

Session 19 (h/edit19: an unchanged `qa`, `status` or `assemble` answered before its command
line is parsed, `cli/early.py`; QA's totals and catalog paths counted once per command;
`code_state` listed by `scandir`). Profiled first on a 1,000 × 10 project (cProfile, an
ITIMER_PROF sampler, `-X importtime`): a no-change stage is start-up (~0.03 s of interpreter
and site, ~0.07 of Typer/Click, the project's settings and CLDR locale names) plus one stat of
every watched file (assemble ~42,000, publish ~34,000, qa/status ~11,000: ~2–3 µs each, the
syscall most of it — a tighter digest loop, tried, gained nothing measurable); `code_state`
~15 ms in every process. `--articles 1000 --repeat 2`, main d4bd868 (`/work/wt/base19`) then
this code, one after the other beside ~6 other sessions (load average 10–16 on 2 cores: wall
is 3–5× CPU and cold wall doubled between the runs, so only CPU compares; ratios below are of
each run's own cold):

    scenario            CPU s main → this       wall ratio to cold main → this
    cold                281.7 → 214.7           (1024.0 → 518.9 s wall: the load's)
    one-sentence edit   8.04–8.67 → 5.98–8.26   3.6–4.1 % → 3.5–5.1 %
    no change           2.68–3.20 → 2.24–2.36   1.1–1.7 % → 1.1–1.3 %

    no change, CPU s per stage main → this: qa 0.35 → 0.15–0.21, status 0.35–0.36 →
    0.16–0.21, assemble 0.62–0.75 → 0.54–0.56, translate auto 0.27–0.31 → 0.19–0.20,
    pseudo 0.25–0.28 → 0.21–0.25, extract 0.39–0.45 → 0.39–0.42, publish (not changed)
    0.44–0.71 → 0.44–0.67. Edit, CPU s: qa 0.99–1.00 → 0.55–0.59, status 0.66–0.84 →
    0.44–0.54, extract 0.94–1.10 → 0.58–0.73; assemble 1.21–1.43 → 1.01–1.95 and publish
    1.77–1.87 → 1.42–2.32 (neither resolved at this load). One unit per locale sent to an
    engine in every edit round, both sides. Outputs at 60 × 10 after cold, edit and no-change
    rounds: locales/, build/, site/ byte-identical to main's (3,796 files, PO header dates
    masked), MT cache, gate and compiled rows equal. The edit run's aim (≤ 3.5 % of an
    unloaded cold run) is not shown met: what is left there is each stage's start-up and
    look-up (above) plus its work — extract's 10,000 merge checks, translate's per-catalog
    stamp checks and Rich tables, Apertium's start (~0.26 CPU s) and OpenCC's converter for
    the one unit each, assemble's dateline CLDR loads for ten locales and its record of
    ~42,000 files, status's 20 templates read for headlines.

Session 20 (h/cold20): why cold CPU went from 126.5–149.8 s (sessions 6–9) to 192 (lead,
idle, main 4d3876b). Not the corpus: `build_corpus` and `bench/data/wikinews` are unchanged
since session 7 (`bench/corpus.py`, which did change, is the real-world pages' corpus, not
this one), and both code trees extract the same 12,671 units at 300 articles. Not the code
either: session 7's main ba5dc7b and 4d3876b, each its own cold chain of the same 1,000
articles, started together so the load (15–27 on 2 shared cores) hit both alike, CPU s old →
now: extract 14.2 → 16.0, translate pseudo 46.0 → 42.3 (old: one process), auto 59.3 → 57.0,
qa 49.7 → 40.4 (now also writing the gate's and compiled rows), status 10.4 → 0.8, assemble
77.0 → 32.5, publish 14.6 → 10.6; whole chain 271.2 → 199.7 (wall 2,102 → 1,799 s, the
load's). The old code's first five stages alone take more CPU here today than its whole
chain did in session 7 (126.5–138.8 s), so the rise is the machine's (or its
neighbours'), and issue 16's ≤ 120 s wall needs CPU cut from today's figures, not a
regression undone. Where cold auto goes (300
articles, each `apertium` call timed by a wrapper on PATH): 76 pipeline runs for 12,093
texts, 48 batches of 256 plus 28 retries of the texts whose ⟦N⟧ tokens did not survive (the
"xml" mask style), ~0.25 CPU s each, mostly the pipeline's transducers loading; Apertium's
processes 42.7 of the stage's 47.6 CPU s. The `apertium` shell script's own steps (locale,
gawk wrappers, `apertium-wblank-mode`) cost ~0.01 s. Ours in auto (cProfile, `--jobs 1`):
the zh_TW derivation ~40 %, the es catalogs' writes ~25 %, masking ~13 %. Earlier A/Bs of
`bench/translate_cold.py` run from a checkout's root compared the candidate with itself
(`python -m l10n` put that folder's `l10n/` before PYTHONPATH's; now `-P`), and so did this
session's first old-against-now runs, which is how they were caught (every stage equal to
1 %, peak RSS too).

Session 20, the lead, near idle (the first runs alone since session 7). Start, main 4d3876b,
load 0.9–1.7, `--repeat 3`: cold 120.5 s wall / 192.2 CPU s, peak RSS 288 MB; edit 4.98–5.57 s
(4.1–4.6 % of cold; CPU 2.6–2.9 %); no change 1.68–1.92 s (1.4–1.6 %; CPU 0.8–1.0 %); one unit
per locale. End, alternated, load 0.2–2.3 (the merged session-20 code run through
`PYTHONPATH`, then 4d3876b, then the merged code again): cold 98.3, 99.7, 94.2 s wall (157.9,
158.6, 147.4 CPU s); edit 4.04–4.30, 4.30–5.37, 5.47 s (4.1–5.8 % wall, 2.5–3.7 % CPU); no change
1.33–1.44, 1.58–1.61, 1.68 s. The start's 120.5 s was the disk: in the last run assemble and
publish cost as much as the baseline's and this script's own same-bytes floors read 12.9–24.8 s
(2.5–4.5 s otherwise) while other processes deleted 1,000-article projects (ext4 here skips
inodes freed in the last minute: `bench/site_write.py`). Cold ≤ 120 s holds at idle.

Session 22 (h/startup22: start-up without the cyclic collector, `cli/start_up.py`). Profiled
first (an ITIMER_PROF sampler, 6 edit rounds at 1,000 × 10, main 71e41ae): imports are 15–42 %
of each edit-run stage (~1.0 of ~4.0 CPU s a chain: Typer ~0.03 s a process, Rich ~0.025 in
qa, status and translate, `l10n.model`'s dataclasses ~0.015, `babel.localtime` ~0.01 in
assemble and publish), then the record look-ups' stats (11,000–41,000 files a stage), extract's
merge check of 10,000 POs (~0.085 CPU s in-process) and the detector's patterns compiled for
the edited article (~0.09). The collector's passes were ~10 % of the chain: the same project
and code run with it off in every stage process (wrappers, rounds alternated, load 5–7, median
of 6) took 4.50 → 4.01 CPU s. Kept: paused for start-up, then start-up frozen (`gc.freeze`):
4.61 → 4.43 (5 rounds, load 9–11) and 4.60 → 4.12 (4 rounds, load 9.6–18); paused without the
freeze 4.56 (nothing), and a second pause and freeze around the record look-up 4.34 (no
better). Against main with its own worktree and project (`bench/edit_rerun.py`, 7 alternated
rounds, load 8–17, so wall is 2.5–4× CPU and only CPU compares): edit chain 4.16–6.48 → 4.13–6.24
CPU s, lower in 6 pairs of 7 (median pair −0.24 s); no change 1.55–2.09 → 1.41–1.66, lower in
all 7 (median pair −0.28 s; extract 0.24–0.31 → 0.22–0.28, translate pseudo 0.18–0.29 →
0.16–0.21, assemble 0.33–0.47 → 0.29–0.35, publish 0.34–0.44 → 0.32–0.37). One unit per
locale sent to an engine every round. Outputs (`--quick`, cold, edit, no change, each side its
own chain): build/ (3,000 files) and site/ (2,215) byte-identical, 1,100 POs/POTs equal but for
their header dates. Not cut, for want of time: Typer and Rich on the edit path, the look-ups'
per-file Python, the merge check's per-PO digest, status's headlines read from 20 templates.
`bench/startup_collector.py` (this code with and without the pause, one project, rounds
alternated): 4 rounds at load 8.7–12 did not resolve it (4.59 (4.10–4.80) against 4.50
(4.39–4.77) CPU s; wall 8.79 against 7.86); 6 rounds at load 5.4–11: 3.86 (3.63–4.08) against
4.25 (3.81–4.87) CPU s, every stage lower (extract 0.39 / 0.46, qa 0.35 / 0.40, status 0.28 /
0.33, translate auto 0.69 / 0.75), wall 6.10 (3.57–9.26) against 6.00 (3.91–10.29): at this
load the wall does not show it either way.

Session 23 (h/engines23), `--run` against the default mode, `--articles 1000 --repeat 2`, one
invocation each, one after the other, from the live worktree (load average 12–37, so only CPU
compares, and it too moves at that load: provisional until re-run alternated): cold 794.0 s /
222.4 CPU s (one `run`: extract 18.4, translate 115.5, qa 50.1, status 0.4, assemble 27.1,
publish 10.5 CPU s; peak RSS 436 MB) against 825.6 s / 240.3 CPU s (seven processes, peak 279
MB); edit 4.68–4.95 CPU s (2.1–2.2 % of cold) against 7.73 (3.2 %; the other round void: the
code changed under it); no change 1.15–1.32 (0.5–0.6 %) against 2.16–2.46 (0.9–1.0 %). One
unit per locale filled by MT. `--quick` outputs of both modes (cold, edit, no change, each its
own project) compared file by file: POs and POTs equal without their `POT-Creation-Date` and
`PO-Revision-Date` lines, build/ and site/ byte-identical, the same file lists under locales/.
Re-run by the lead after the merge (idle, load 1.1–2.9, alternated with the default mode and the
start 221ef0d; README's session 23 table): one `run` cold 128.1 s / 206.8 CPU s, edit 3.7–3.8 % of
cold by the clock (2.3–2.4 % CPU), no change 1.0–1.2 % (0.6–0.7 %); seven processes 4.2–5.9 % and
1.4–1.9 % in two runs of the merged code, 4.8–5.6 % and 1.4–1.7 % for the start.

Session 26 (h/edit26), where a one-sentence edit run goes at 1,000 × 10 (this script's kept
project, main f22c97e; cProfile of each stage after one edit, load 14–18, profiled s ~3–7× real
CPU). publish 10.4: the whole-run record's look-up 1.9 and keep 1.7 (`memory.whole_run`'s
digest of ~34,000 watched files twice, `fingerprint.stat_state` 104,369 calls — each file's
state text made three times), the unchanged articles' stamp checks 2.0 (`article_state` over 16
inputs and `stamped_files` over 22 pages, ~2 ms profiled an article), Babel's CLDR data for the
switcher's 11 languages 0.73 (pickles loaded and merged; the percent formats then use the same
data), the edited article staged 0.95. status 3.4: look-up 0.7, 10,000 stamp payloads decoded
0.39, the 20 headlines through polib's reader 0.36 (its import most of it), Rich 0.29. qa 3.2:
look-up 1.0 (`unchanged_since` 0.36), 10,000 summaries decoded 0.47, 52 dataclasses made at
import 0.2. extract 5.3: the edited article 2.35 (regular expressions compiled 1.5), the 10,000
merge checks 1.77. Cut: `status`'s headlines by the scanner (`cli.common.headline`; callgrind
of the article list with the imports `status` has made before it, 599.9 → 553.3 M
instructions). `--articles 1000 --repeat 2`, start f22c97e then this code (`git archive`s run
through `PYTHONPATH`), one after the other beside ~8 sessions, load 9–35 (wall 3–10× CPU; only
CPU compares, and not resolved at this load): cold 221.2 / 230.6 CPU s (699.7 / 1172.5 s wall);
edit 7.52–7.54 / 5.96–7.67 CPU s (3.4 / 2.6–3.3 % of cold), status 0.56–0.64 / 0.51–0.70;
no change 2.03–2.17 / 2.09–2.21. One unit per locale sent to an engine every round; `--quick`
(cold, edit, no change) left build/ (3,000 files), site/ (2,215) byte-identical and 1,100
POs/POTs equal but for header dates; `status -v` prints the same 100 headlines. The ≤ 5 % edit
by the clock needs the look-ups' and keeps' per-file work (`memory.whole_run`: one state text
per file, the keep taking the look-up's digests) and the per-article stamp checks cut.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WIKINEWS = REPO / "bench" / "data" / "wikinews"
L10N = [str(Path(sys.executable).parent / "l10n")]
LOCALES = "zh_CN,zh_TW,de,es,fr,ja,ko,ar,ru,pt_BR"
PSEUDO_LOCALES = "zh_CN,de,fr,ja,ko,ar,ru,pt_BR"
STAGES = (
    ("extract", ["extract", "{root}/seeds", "--locales", LOCALES, "-q"]),
    ("translate pseudo", ["translate", "--engine", "pseudo", "--locales", PSEUDO_LOCALES]),
    ("translate auto", ["translate", "--engine", "auto", "--locales", "es,zh_TW"]),
    ("qa", ["qa"]),
    ("status", ["status"]),
    ("assemble", ["assemble", "--format", "html", "--format", "md", "--format", "txt"]),
    ("publish", ["publish"]),
)
_DATELINE = re.compile(r"^\w+day, \w+ \d{1,2}, \d{4}\s*$")
RUN_SETTINGS = """[l10n]
engine = "pseudo"

[l10n.engines]
es = "auto"
zh_TW = "auto"
"""
"""`--run`'s l10n.toml: the engines `STAGES` gives each locale (auto: Apertium for es, OpenCC
from zh_CN for zh_TW, when no Argos package is installed). `locales` is left to its default, as
in the seven-process chain (the same ten as `LOCALES`): its order is the language switchers'."""
TIMED_RUN = """
import json, os, sys, time
from l10n.cli import main, start_up

marks = []
paused = start_up.pause

def mark(name):
    times = os.times()
    marks.append((name, time.perf_counter(), times.user + times.system + times.children_user + times.children_system))

def pause():  # the stage names `run` sets (`cli.common.state.stage`), timed; none other is
    paused()
    from l10n.cli.common import CliState

    def entered(state, name):
        state.__dict__["stage"] = name
        if name is not None:
            mark(name)

    CliState.stage = property(lambda state: state.__dict__.get("stage"), entered)

start_up.pause = pause
mark("start-up")
try:
    status = main(sys.argv[2:])
finally:
    mark("end")
    with open(sys.argv[1], "w", encoding="utf-8") as handle:
        json.dump(marks, handle)
sys.exit(status)
"""
"""`python -c TIMED_RUN MARKS ARGS…`: `l10n ARGS…` with the moments `run` enters each stage
written to MARKS as (stage, perf_counter, CPU s of the process and its reaped children)."""


def real_articles() -> list[dict]:
    """The Wikinews rows as {title, date, paragraphs}, the dateline line dropped."""
    found = []
    for path in sorted(WIKINEWS.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                lines = [" ".join(p.split()) for p in row["text"].split("\n")]
                paragraphs = [p for p in lines if p and not _DATELINE.match(p)]
                if row["title"].strip() and len(paragraphs) >= 2:
                    found.append({"title": row["title"].strip(), "date": row["date"][:10], "paragraphs": paragraphs})
    return found


def markdown(title: str, date: str, paragraphs: list[str]) -> str:
    escaped = title.replace("\\", "\\\\").replace('"', '\\"')
    body = "\n\n".join(paragraphs)
    return f'---\ntitle: "{escaped}"\ndate: {date}\n---\n\n# {title}\n\n{body}\n'


def build_corpus(folder: Path, count: int, *, seed: int = 7) -> list[Path]:
    """`count` distinct articles: every real one once, then recombinations (see the docstring)."""
    articles = real_articles()
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for n in range(count):
        base = articles[n % len(articles)]
        paragraphs = list(base["paragraphs"])
        title = base["title"]
        if n >= len(articles):
            other = articles[rng.randrange(len(articles))]
            keep = max(2, len(paragraphs) // 2)
            paragraphs = paragraphs[:keep] + other["paragraphs"][: rng.randint(2, 6)]
            title = f"{title}: {other['title']}"
        path = folder / f"article-{n:05d}.md"
        path.write_text(markdown(title, base["date"], paragraphs), encoding="utf-8")
        written.append(path)
    return written


def edit_one_sentence(path: Path, round_number: int) -> None:
    """Change one word of one body sentence, as an editor's correction does."""
    text = path.read_text(encoding="utf-8")
    head, sep, body = text.partition("\n\n# ")
    paragraphs = body.split("\n\n")
    index = min(2, len(paragraphs) - 1)
    paragraphs[index] = paragraphs[index].replace(" the ", f" the (rev. {round_number}) ", 1)
    if " the " not in body:
        paragraphs[index] += f" (rev. {round_number})"
    path.write_text(head + sep + "\n\n".join(paragraphs), encoding="utf-8")


def snapshot(root: Path) -> dict[str, tuple[int, int, int]]:
    states = {}
    for folder in ("locales", "build", "site"):
        for dirpath, _dirs, files in os.walk(root / folder):
            for name in files:
                path = os.path.join(dirpath, name)
                st = os.stat(path)
                states[path] = (st.st_ino, st.st_mtime_ns, st.st_size)
    return states


def run_stage(
    root: Path, args: list[str], *, command: list[str] = L10N, allowed: tuple[int, ...] | None = None
) -> tuple[float, int, float, str]:
    """(seconds, peak RSS in KB, CPU seconds, stdout) of one stage as its own process (GNU time's
    %M, and %U + %S: user and system time of the stage and its worker processes). On a shared
    machine CPU seconds move less with the load than wall seconds. `command` starts `l10n`."""
    out = tempfile.NamedTemporaryFile(prefix="l10n-time-", delete=False)
    out.close()
    start = time.perf_counter()
    done = subprocess.run(
        [
            "/usr/bin/time",
            "-f",
            "%M %U %S",
            "-o",
            out.name,
            *command,
            *(a.format(root=root) for a in args),
            "--root",
            str(root),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "200"},  # translate's table in full, for `retranslated`
    )
    seconds = time.perf_counter() - start
    rss, user, system = Path(out.name).read_text().split()[-3:]
    os.unlink(out.name)
    if allowed is None:
        allowed = (0, 1) if args[0] == "qa" else (0,)  # qa exits 1 on findings; any other 1 is a failure
    if done.returncode not in allowed:
        raise SystemExit(f"chain: {' '.join(args)} failed ({done.returncode}): {done.stderr[-2000:]}")
    return seconds, int(rss), float(user) + float(system), done.stdout


def retranslated(report: str) -> dict[str, int]:
    """Units sent to an engine per locale (the "translated" column of translate's table; units
    the MT cache answered are counted apart by translate and not here)."""
    found = {}
    for line in report.splitlines():
        cells = [cell.strip() for cell in line.split("\u2502")]
        if len(cells) > 4 and cells[3].isdigit():
            found[cells[1]] = int(cells[3])
    return found


def filled_in_run(report: str) -> dict[str, int]:
    """Units MT filled per locale in `run`'s translate line (`translate: translated de 1 (pseudo
    …), …`: sent to an engine, or taken from the MT cache, which an edited sentence is not in)."""
    line = next((line for line in report.splitlines() if line.startswith("translate: translated ")), "")
    return {code: int(count) for code, count in re.findall(r"(?:translated |, )(\w+) (\d+) \(", line)}


def run_whole(
    root: Path, translated: dict[str, int] | None = None, stages: list[dict[str, tuple[float, float]]] | None = None
) -> list[tuple[str, float, int, int, float]]:
    """`l10n run` as one process (`--run`): one row like `run_chain`'s; `stages` gets the seconds
    and CPU s of each stage inside it (`TIMED_RUN`), `translated` the units MT filled per locale."""
    marks_file = root.parent / "run-marks.json"
    before = snapshot(root)
    seconds, rss, cpu, report = run_stage(
        root, ["run"], command=[sys.executable, "-c", TIMED_RUN, str(marks_file)], allowed=(0,)
    )
    after = snapshot(root)
    written = sum(1 for path, state in after.items() if before.get(path) != state)
    marks = json.loads(marks_file.read_text(encoding="utf-8"))
    marks_file.unlink()
    if stages is not None:
        stages.append({name: (end - start, used - was) for (name, start, was), (_, end, used) in zip(marks, marks[1:])})
    if translated is not None:
        translated.update(filled_in_run(report))
    return [("l10n run", seconds, written, rss, cpu)]


def print_stages(title: str, stages: dict[str, tuple[float, float]]) -> None:
    print(f"  {title}: " + ", ".join(f"{name} {wall:.2f}/{cpu:.2f}" for name, (wall, cpu) in stages.items()))


def run_chain(root: Path, translated: dict[str, int] | None = None) -> list[tuple[str, float, int, int, float]]:
    """Every stage: (name, seconds, files written, peak RSS KB, CPU seconds); `translated` gets
    the units each locale sent to an engine."""
    rows = []
    for name, args in STAGES:
        before = snapshot(root)
        seconds, rss, cpu, report = run_stage(root, args)
        after = snapshot(root)
        written = sum(1 for path, state in after.items() if before.get(path) != state)
        rows.append((name, seconds, written, rss, cpu))
        if translated is not None and args[0] == "translate":
            translated.update(retranslated(report))
    return rows


def print_rows(title: str, rows: list[tuple[str, float, int, int, float]]) -> None:
    print(f"\n{title}")
    print(f"  {'stage':<18}{'seconds':>9}{'CPU s':>9}{'files written':>15}{'peak RSS MB':>13}")
    for name, seconds, written, rss, cpu in rows:
        print(f"  {name:<18}{seconds:>9.2f}{cpu:>9.2f}{written:>15}{rss / 1024:>13.0f}")
    total, cpu_total = sum(row[1] for row in rows), sum(row[4] for row in rows)
    files, peak = sum(row[2] for row in rows), max(row[3] for row in rows) / 1024
    print(f"  {'total':<18}{total:>9.2f}{cpu_total:>9.2f}{files:>15}{peak:>13.0f}")


def spread(values: list[float], unit: str = "s") -> str:
    if len(values) == 1:
        return f"{values[0]:.2f} {unit}"
    return (
        f"median {statistics.median(values):.2f} {unit}, range {min(values):.2f}–{max(values):.2f} {unit} "
        f"over {len(values)}"
    )


def ratios(values: list[float], cold: float) -> str:
    return f"{min(values) / cold:.1%}–{max(values) / cold:.1%} of cold"


def write_same_bytes(root: Path, folder: str) -> float:
    """Seconds to write the bytes of `root/folder` again, as l10n writes them (atomic writes, one
    flush at the end: `fsio`), into a scratch folder beside it: the floor for assemble (build/)
    and publish (site/), which the issue wants within 2×."""
    sys.path.insert(0, str(REPO))
    from l10n import fsio

    files = {
        path.relative_to(root / folder): path.read_bytes() for path in (root / folder).rglob("*") if path.is_file()
    }
    target = root / f".same-bytes-{folder}"
    start = time.perf_counter()
    with fsio.deferred_durability(target.parent):
        for name, data in files.items():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            fsio.atomic_write_bytes(target / name, data)
    seconds = time.perf_counter() - start  # the copy is deleted by the caller after both floors:
    return seconds  # files created right after 30,000 are deleted cost more (bench/site_write.py)


def compile_package() -> None:
    """Write the package's bytecode before measuring, as a wheel install or any run without
    PYTHONDONTWRITEBYTECODE has it: where that variable is set (this machine sets it), an
    editable checkout recompiles ~90 modules in every stage process, ~0.07 CPU s each time —
    a cost of the environment, not of the chain."""
    import compileall

    compileall.compile_dir(REPO / "l10n", quiet=1)


def bytecode_alike(prefix: Path, *trees: Path) -> None:
    """Give the code trees an A/B compares the same bytecode, written once before timing.

    A baseline put on PYTHONPATH (a `git archive` copy) has no `__pycache__`, and where
    PYTHONDONTWRITEBYTECODE is set it would compile every module it imports in every process it
    starts (~0.07 CPU s a module), which the side with bytecode never pays. So every child this
    process starts from here on reads and writes bytecode under `prefix`
    (PYTHONPYCACHEPREFIX, set in `os.environ`), and each tree's `l10n` is compiled there now;
    nothing is written into either tree."""
    os.environ["PYTHONPYCACHEPREFIX"] = str(prefix)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    for tree in trees:
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree / "l10n")], check=True)


def scratch_folder(parent: Path | None) -> Path:
    """A fresh folder for the run's project, inside `parent` (made when missing) or the system's
    temporary folder."""
    if parent is not None:
        parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix="l10n-chain-", dir=parent))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3, help="rounds of edit + no-change after the cold run")
    parser.add_argument("--scratch", type=Path, default=None, help="folder for the project (default: a temp dir)")
    parser.add_argument("--quick", action="store_true", help="100 articles, 1 round")
    parser.add_argument("--keep", action="store_true", help="leave the project in --scratch when done")
    parser.add_argument("--run", action="store_true", help="each scenario one `l10n run` (RUN_SETTINGS)")
    args = parser.parse_args(argv)
    if args.quick:
        args.articles, args.repeat = 100, 1
    compile_package()
    scratch = scratch_folder(args.scratch)
    try:
        root = scratch / "project"
        files = build_corpus(root / "seeds", args.articles)
        mode = (
            "one `l10n run` per scenario (files written: distinct files of the process)"
            if args.run
            else "seven `l10n` processes per scenario (files written: summed per stage)"
        )
        print(f"chain: {args.articles} articles × 10 locales in {root}, {mode}; load average {os.getloadavg()}")
        stages: list[dict[str, tuple[float, float]]] = []
        if args.run:
            (root / "l10n.toml").write_text(RUN_SETTINGS, encoding="utf-8")

        def chain(translated: dict[str, int] | None = None) -> list[tuple[str, float, int, int, float]]:
            return run_whole(root, translated, stages) if args.run else run_chain(root, translated)

        def rows_and_stages(title: str, rows: list[tuple[str, float, int, int, float]]) -> None:
            print_rows(title, rows)
            if args.run:
                print_stages("stages inside run, wall/CPU s", stages[-1])

        cold = chain()
        rows_and_stages("cold", cold)
        cold_total = sum(row[1] for row in cold)
        stage_seconds = {row[0]: row[1] for row in cold} if not args.run else {k: v[0] for k, v in stages[-1].items()}
        for stage, folder in (("assemble", "build"), ("publish", "site")):
            floor = write_same_bytes(root, folder)
            print(
                f"{stage}: {stage_seconds[stage]:.2f} s; writing the same bytes of {folder}/ {floor:.2f} s "
                f"({stage_seconds[stage] / floor:.1f}×)"
            )
        for folder in ("build", "site"):
            shutil.rmtree(root / f".same-bytes-{folder}")
        cold_cpu = sum(row[4] for row in cold)
        edits, unchanged, edits_cpu, unchanged_cpu = [], [], [], []
        for round_number in range(1, args.repeat + 1):
            edit_one_sentence(files[len(files) // 2], round_number)
            translated: dict[str, int] = {}
            rows = chain(translated)
            rows_and_stages(f"one sentence edited (round {round_number})", rows)
            sent = "units MT filled per locale" if args.run else "units sent to an engine per locale"
            print(f"  {sent}: " + ", ".join(f"{k} {v}" for k, v in translated.items()))
            edits.append(sum(row[1] for row in rows))
            edits_cpu.append(sum(row[4] for row in rows))
            rows = chain()
            rows_and_stages(f"no change (round {round_number})", rows)
            unchanged.append(sum(row[1] for row in rows))
            unchanged_cpu.append(sum(row[4] for row in rows))
        print(f"\ncold {cold_total:.2f} s wall, {cold_cpu:.2f} CPU s")
        if not edits:  # --repeat 0: the cold run alone
            return
        print(f"one-sentence edit: wall {spread(edits)}, {ratios(edits, cold_total)}")
        print(f"                   CPU {spread(edits_cpu)}, {ratios(edits_cpu, cold_cpu)}")
        print(f"no change: wall {spread(unchanged)}, {ratios(unchanged, cold_total)}")
        print(f"           CPU {spread(unchanged_cpu)}, {ratios(unchanged_cpu, cold_cpu)}")
        print(f"load average at the end {os.getloadavg()} on {os.cpu_count()} cores")
    finally:
        if args.keep:
            print(f"project kept in {root}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
