"""Chosen pages, ours against trafilatura alone, in instructions (callgrind): a measure the load does not move.

    .venv/bin/python bench/pages_instr.py [--code CHECKOUT] [--out FILE.json] PAGE...

`bench/pages.py` and `bench/pages_ab.py` time CPU seconds, which swing by a fifth on this shared
machine; a cut of 1–3 % of a page shows only in instructions. This runs one process of the
checkout's `.venv` python under `valgrind --tool=callgrind` and, for each named page (stems of
`tests/data/realworld/*.html`), calls `bench/pages.py`'s `ours` and `trafilatura_alone` once each
untimed (first-call costs on neither side), then each once more between calls of
`os.getloadavg()`, where callgrind dumps its counts (`--dump-before=os_getloadavg*`): each warm
call's instructions are one dump's total. `PYTHONHASHSEED=0` keeps sets' orders, hence the counts,
the same from run to run. Prints per page the two counts and their ratio, the pages over 2×, and
the whole ratio; `--out` keeps them as JSON to compare two checkouts. Under callgrind a page costs
~50× its time: a few seconds each.

Session 34 (5 Dec 2026; main 4b6740b2 → h/pagespeed34 a9485dd3; the 40 pages of the highest CPU ratio in a
`bench/pages.py --repeat 2` run on main, 52 over 2× by CPU there). Over 2× by instructions: 18 of the 40
before (ratios 1.63–2.35×, whole 2.04×), 15 after (whole 2.01×): restofworld 2.26 → 2.09×, eldiario 2.05
→ 1.78×, comwrap 2.21 → 1.75×, latimes 2.14 → 1.89×, theintercept 2.09 → 1.99×, seattletimes 2.01 →
1.96×; economist 1.98 → 2.01× and zdrowiewpodrozy 1.99 → 2.01× the other way (trafilatura alone's count
falling more than ours). Ours −0.4 % (zdrowiewpodrozy) to −21.3 % (comwrap), most −2 to −10 %; the 40
pages summed 15.46 → 14.79 G instructions (−4.4 %). trafilatura alone's count moved too (−6.7 % kenya-today
to +10.7 % taz): it decodes with our `decode_article`, whose C1 gate was cut, and the garbage collector
runs where each process's allocations put it; a floor of a few per cent between two processes, above
session 33's +0.2 % for one page.

Session 36 (5 Dec 2026; main 81242cf5 → h/pagespeed36, the 70 pages of the highest ratio after session 35,
each checkout in its own process): over 2× 15 before (dailymail 2.40, motherjones 2.30, businessinsider 2.22,
thespacereview 2.19, usatoday 2.18, tcnewsnet 2.16, kulu-media 2.12, vg-no 2.09, tovima 2.09, earth-org 2.06,
autoindustriya 2.05, fivethirtyeight 2.05, moritz-meyer 2.04, economist 2.03, restofworld 2.03; whole 1.89×),
11 after (dailymail 2.27, motherjones 2.20, businessinsider 2.11, tcnewsnet 2.11, kulu-media 2.09, thespacereview
2.07, tovima 2.07, usatoday 2.04, autoindustriya 2.03, fivethirtyeight 2.01, moritz-meyer 2.00; whole 1.85×).
Ours −0.6 to −6.5 % a page (median −1.9 %; summed 25.56 → 25.00 G, −2.2 %), but diariobahiadecadiz +8.9 % with
no stage of ours slower when timed alone (the collector); trafilatura alone's counts within ±0.4 %.

Session 37 (5 Dec 2026; main f5b8c9ee → h/pagespeed37, the 11 pages over 2× after session 36, each checkout in its
own process, load 1–6; `bench/pages_instr.py --code /work/main PAGE…` then this code). Over 2× 9 before (dailymail
2.27, motherjones 2.20, businessinsider 2.11, kulu-media 2.08, thespacereview 2.07, tovima 2.03, usatoday 2.03,
autoindustriya 2.02, fivethirtyeight 2.01; tcnewsnet 1.85 and moritz-meyer 1.99 here; whole 2.12×), 5 after
(dailymail 2.22, autoindustriya 2.21, kulu-media 2.07, thespacereview 2.04, usatoday 2.004; motherjones 1.997,
businessinsider 1.998, tovima 2.000, fivethirtyeight 1.95, moritz-meyer 1.98, tcnewsnet 1.83; whole 2.07×). Ours
−0.9 to −9.1 % a page (motherjones −9.1 %, businessinsider −5.3 %, fivethirtyeight −2.7 %, dailymail −2.0 %, tovima
−1.6 %, the rest −0.9 to −1.5 %; summed 6.21 → 6.08 G, −2.1 %), trafilatura alone's within ±0.2 %, but
autoindustriya +9.3 % in this run: alone in a process of its own it is 285.1 M on main and 282.1 M with this code
(2.04 → 2.02×), so the 312.0 M is where the run's allocations put the collector, as diariobahiadecadiz's
+8.9 % was in session 36.

Session 38 (6 Dec 2026; main dac28783, the same 11 pages, one process, load 5–11), start figures only: no cut
was finished in the session (the stages were counted with `bench/pages_stages.py`). Over 2× 8: dailymail 2.23
(2,092.8 M against 939.6 M), thespacereview 2.12, kulu-media 2.08, autoindustriya 2.02, usatoday 2.02, motherjones
2.008, businessinsider 2.005, tovima 2.005; moritz-meyer 1.98, fivethirtyeight 1.98, tcnewsnet 1.83; whole 2.07×.

Session 39 (6 Dec 2026; main f8a5ba90 → h/pagespeed39 95b25b6b, the same 11 pages, each checkout in its own
process, load 5–7; `--code /work/main` then this code). Over 2× 9 before, 6 after: dailymail 2.241 → 2.199
(2,103.0 → 2,061.5 M, −2.0 %), thespacereview 2.172 → 2.126 (−2.1 %), kulu-media 2.096 → 2.077 (−1.0 %),
autoindustriya 2.047 → 2.050 (−0.1 %; trafilatura alone's −0.2 %), motherjones 2.026 → 2.003 (−1.1 %), tovima
2.015 → 2.012 (−0.2 %); under 2× now usatoday 2.029 → 1.930 (−4.8 %), businessinsider 2.038 → 1.980 (−2.8 %),
fivethirtyeight 2.006 → 1.986 (−1.1 %); moritz-meyer 1.993 → 1.976, tcnewsnet 1.853 → 1.827. Summed 6.122 →
6.040 G (−1.3 %), whole 2.092 → 2.065×; trafilatura alone's within ±0.2 %. The cut: the gates' patterns open each
string on a rare character (`regex_gate._any_of`), two of `is_site_line`'s searches gated, fewer calls a gated
search. Left over 2×: tovima (70 % of ours is trafilatura's two passes, `main_text_lines`), autoindustriya and
kulu-media (the walk, pruning, `author_names`), dailymail and thespacereview (`_article_blocks`' rules a block each).
Session 39, cost39 (main a089b660, after misses39 and misses39b merged, → h/cost39; one process each): summed 6.177 →
6.165 G (whole 2.106 → 2.104×; tcnewsnet −3.9 %, kulu-media −1.7 %, the rest −0.1 to −0.4 %); moritz-meyer's +7.7 % in
that process is the collector's (alone in a process 153.9 → 149.3 M, −3.0 %): `_stamped_name`'s last comma or bar by
`str.rfind`, not a regex search over each character (`dated_name_line` 5.5 → 1.2 M there, kulu-media 6.9 → 2.7 M).

Session 41 (6 Dec 2026; main 64734846 → h/pagespeed41, the same 11 pages, each checkout in its own process; most of
the session lost to an outage, one small cut made). Before (load 2–5), over 2× 9: thespacereview 2.24 (140.3 M
against 62.6 M), dailymail 2.22 (2,086.6 M against 941.5 M), kulu-media 2.11, autoindustriya 2.07, tovima 2.06,
fivethirtyeight 2.05, motherjones 2.04, moritz-meyer 2.03, businessinsider 2.01; usatoday 1.95, tcnewsnet 1.85; whole
2.10×. cProfile of three warm reads (seconds, not instructions: shares only): dailymail's `_article_blocks` 1.66 s
(its `kept` list 0.79 s: `is_main` a block, 1,148 blocks trafilatura kept, ~20 rules each, none over 0.09 s;
`story_cut` 0.19 s; `_is_byline_again` 0.14 s), `main_text_lines` 1.11 s, `walk_blocks` 1.00 s, `side_column_keys`
0.21 s, `prune_boilerplate` 0.17 s; tovima's largest cost is trafilatura's own `prune_unwanted_nodes(…,
with_backup=True)` (its XPath discard expressions, 0.28 s of 2.2 s), met in both of `main_text_lines`' passes. The cut, `chrome_lines._folded`'s pattern compiled once
(`starts_others_box` folds each kept cell, dailymail's 1,162): after (load 6–10), dailymail 2,086.6 → 2,083.0 M
(−0.17 %, 2.22 → 2.21×), businessinsider 490.6 → 490.1 M (2.01 → 2.00×, still over by 0.2 %), the others within
±0.2 %, but moritz-meyer 148.8 → 165.6 M in that process, the collector's: alone in a process 149.2 M on main and
149.4 M with the cut. Over 2× still 9, whole 2.10×; trafilatura alone's within ±0.1 %.

Session 42 (6 Dec 2026; main 18889400 → h/pagespeed42 49d8811d, the same 11 pages, each checkout in its own process;
load 2–11 before, 12–16 after). Before, over 2× 9: moritz-meyer 2.26 (166.3 M against 73.4 M, the collector's
again: one full pass in that process), thespacereview 2.24, dailymail 2.21 (2,089.2 M against 943.9 M), kulu-media
2.12, autoindustriya 2.07, tovima 2.06, fivethirtyeight 2.05, motherjones 2.03, businessinsider 2.006; usatoday
1.94, tcnewsnet 1.85; summed 6.170 G, whole 2.105×. After, over 2× 8: thespacereview 2.23, dailymail 2.20
(2,070.1 M, −0.9 %), kulu-media 2.11, autoindustriya 2.05, fivethirtyeight 2.04, motherjones 2.03, moritz-meyer
2.02 (148.0 M, −11.0 %: no collector's pass during a read now), tovima 2.017 (1,790.8 → 1,750.2 M, −2.3 %);
businessinsider 1.999 (−0.3 %) under; the rest −0.2 to −0.6 %; summed 6.084 G (−1.4 %), whole 2.077×;
trafilatura alone's within ±0.3 %. The cuts (DESIGN, "Session 42"): the collector paused while a page is read
(`collector.collector_paused`), `DAY` gated on four digits in a row (`page_days.may_hold_day`), trafilatura's
`Extractor` made once a process; `foot_day`'s gated patterns (422e2c88) came after this count. Left: on the big
pages our rules a block each (dailymail, thespacereview: `_article_blocks`' ~20 rules, each 5–15 % of it, none
alone worth a cut), and trafilatura's own pass, which ours runs as trafilatura alone does (tovima twice); on the
small pages htmldate's extensive search (a page stating no day) and the dateline readers' passes.

Session 43 (7 Dec 2026; main 3550b4c0 → h/pagespeed43 c2e1ae48, the same 11 pages, each checkout in its own process;
load 6–12). Before, over 2× 7: thespacereview 2.24 (140.3 M against 62.6 M), dailymail 2.21 (2,071.0 M against
938.3 M), kulu-media 2.12, autoindustriya 2.05, fivethirtyeight 2.05, motherjones 2.03, moritz-meyer 2.01;
businessinsider 1.997, usatoday 1.95, tovima 1.92, tcnewsnet 1.85; summed 6.073 G, whole 2.052×. After, over 2× 5:
dailymail 2.21 (2,072.3 M, +0.06 %), thespacereview 2.17 (135.5 M, −3.4 %), kulu-media 2.10 (−0.8 %), autoindustriya
2.04 (−0.5 %), fivethirtyeight 2.002 (177.6 M, −2.0 %; 1.997 in another run of the same code); under 2× now
motherjones 1.98 (410.8 M, −2.6 %) and moritz-meyer 1.99 (−1.4 %); businessinsider −2.4 %, usatoday −3.3 %, tcnewsnet
−1.7 %, tovima −0.1 %; summed 6.029 G (−0.72 %), whole 2.038×; trafilatura alone's within ±0.13 %. The cuts
(DESIGN, "Session 43"): `fields.parse_footer` tells a text opening with neither field by one anchored match before
spacing the whole text out (the walk asks it of every block it emits), and `fields.word_count` keeps a text's count
up to 40 words while a page is read (`_article_blocks`' rules ask it ten times a block, each limit's count read off
the kept one); a text of 64 characters or fewer is split at once (dailymail's cells: kept, its count was +0.4 %).
Left: `_article_blocks`' rules (motherjones: 19 % of ours, ~20 rules of 1–8 % of it each, none a cut alone),
`datelines.story_headings` (1.3 % of the evaluation sample's reads, recomputed by four date readers on two trees;
claimed by misses43 this session, not touched).

Session 44 (7 Dec 2026; main 52052794 → h/pagespeed44 e675837d, the same 11 pages, each checkout in its own process;
load 8–15). Before, over 2× 6: dailymail 2.22 (2,082.1 M against 937.9 M), thespacereview 2.22 (139.3 M against 62.7
M), kulu-media 2.10, autoindustriya 2.05, fivethirtyeight 2.01, businessinsider 2.002; moritz-meyer 1.99, motherjones
1.99, tovima 1.93, usatoday 1.90, tcnewsnet 1.82; summed 6.062 G against 2.958 G, whole 2.050×. After, over 2× 4:
dailymail 2.21 (2,073.0 M, −0.44 %), thespacereview 2.20 (137.6 M, −1.2 %), kulu-media 2.05 (−2.5 %), autoindustriya
2.02 (−1.1 %); under 2× now fivethirtyeight 1.97 (−1.9 %) and businessinsider 1.99 (−1.0 %); moritz-meyer −5.4 %
(1.88×), usatoday −4.0 % (1.83×), tcnewsnet −1.7 %, motherjones −0.5 %, tovima −0.3 %; ours summed 6.010 G (−0.85 %,
per page median −1.2 %). Whole 2.053× in these runs, but trafilatura alone's tovima counted 898.6 M in main's and
868.2 M in this one (the other ten within ±0.3 %), where nothing of ours runs but the decoding: alone in a process,
each checkout's (`pages_instr.py tovima-gr-louketa`), 866.0 M both, ours 1,727.4 → 1,721.6 M (−0.34 %, 1.995 →
1.988×); with those counts the whole is 2.071 → 2.052×. The cuts (DESIGN, "Session 44"): the story's headings and the
texts under them read once a tree (`datelines.HeadingReads`), `strip_site_name`'s and `reduce_byline`'s answers kept.
None of these 11 reads copies the page for the date readers (each states a day before them), so here the kept answers
are the cut, and a warm read counted here finds its own page's answers kept by the read before it (as `match_key`'s
and `_timestamp`'s are): the gain a first read of a page makes is `bench/evaldata_instr.py`'s (every page read once:
ours −1.51 %). Left over 2×: dailymail and thespacereview (`_article_blocks`' ~20 rules a kept block, each 3–10 % of
it), kulu-media and autoindustriya (the walk, pruning, `author_names`).

Session 45 (7 Dec 2026; main 7a22a074 → h/pagespeed45, each checkout in its own process, load 10–15). Started
from the 40 pages a CPU run put over 2× (`bench/pages.py --split all --repeat 1`, median 1.42×, 40 of 691 over);
main's run reached 16 of them in the session (smithsonianmag, dailymail, thekenyatimes, hankookilbo, qdaily, kxan,
kulu-media, digg, primamedia, zdrowiewpodrozy, tweakers, businessinsider, autoindustriya, economist, aif,
fivethirtyeight), of which 6 are over 2× by instructions: smithsonianmag 2.27 (299.0 M against 131.5 M), dailymail
2.22 (2,089.5 M against 939.8 M), primamedia 2.20, kulu-media 2.05, autoindustriya 2.02, businessinsider 2.0004;
the other 10 1.23–1.97× (hankookilbo 1.42, qdaily 1.33, kxan 1.29, digg 1.23: a CPU ratio at this load is off by a
fifth or more); the 16 summed 8,853 M against 4,867 M, whole 1.819×. What the 6 spend on besides trafilatura
(stages timed in one process): no one thing. smithsonianmag: `drop_button_banners` a quarter of ours (below);
primamedia: trafilatura asked twice (`_tables_displaced_prose`: its lines table rows, the reading without tables
shorter, so the first is kept; `main_text_lines` 65 % of ours; so zdrowiewpodrozy, taiwannews and tovima);
dailymail and businessinsider: `_article_blocks`' rules a block each (29 %, 19 %); kulu-media: `author_names` 14 %
(`author_elements` 6 %, `author_named` 4 %, `teaser_credits` 3 %); autoindustriya: the walk 14 %, pruning 8 %,
`side_column_keys` 6 %. The cuts (DESIGN, "Session 45"): `page_prune.drop_button_banners` counts each box's shown
words once a pass (the buttons of a menu climb the same boxes: smithsonianmag's 479 counts were of 122 boxes), and
`page_figures.credited_pictures` asks `_opens_with` once an image. After (8 of those pages counted again in the
session): smithsonianmag 299.0 → 219.4 M (−26.6 %, 2.27 → 1.67×), thekenyatimes −0.67 % (1.83 → 1.81×),
businessinsider −0.75 % (2.000 → 1.993×), autoindustriya −1.1 % (2.02 → 2.01×; trafilatura alone's −0.6 % in that
process), zdrowiewpodrozy −0.3 %; kulu-media +0.06 %, economist +0.2 %, tweakers +1.0 % (each asks `_opens_with` half
as often, a few calls saved; two processes' allocations move a count by ~1 %); the 8 summed 3,094.6 → 3,004.9 M (−2.9 %), whole 1.953 → 1.897×, over 2× 4 → 2
(kulu-media 2.06, autoindustriya 2.01); trafilatura alone's within −0.6 to +0.4 %. The CPU run of the whole corpus
after (load 5–14): median 1.42×, whole 1.34× as before, 42 over 2×, 25 of them among the 40 (smithsonianmag 2.68
→ 1.81×, no longer among them). Left over 2×:
dailymail (`_article_blocks`), primamedia (trafilatura's second reading), kulu-media and autoindustriya (spread
over the walk, pruning and the writer's readers, none over 6 % of ours).

Session 46 (7 Dec 2026; e7c94f7b → h/pagespeed46, each checkout in its own process, load 5–9; session 45's 8 pages
counted again): ours 3,022.5 → 3,017.5 M (−0.17 %, per page −0.39 to +0.10 %), trafilatura alone's −0.29 %, whole
1.903 → 1.906×, over 2× 3 both (businessinsider 2.02 → 2.03×, autoindustriya 2.01×, kulu-media 2.06×). The cuts
(`page_htmldate`: the month names of every language read from dateparser's data, the page language's parser made
when htmldate first asks) are once a process, paid here by the untimed first read of each page:
`bench/evaldata_instr.py`'s "Session 46" has their gain.

Session 47 (7 Dec 2026; main a58fb52a → h/pagespeed47 65b36090, each checkout in its own process, both at once, load
6–10; the 24 pages of the highest CPU ratio in two `bench/pages.py --split all --repeat 1` runs of main, 57 and 67
over 2× by CPU there). Over 2× by instructions 11 before, 8 after; ours −0.1 to −29.5 % a page (median −3.1 %; summed
9,670.7 → 9,156.9 M, −5.3 %), trafilatura alone's −0.2 %; whole 2.139 → 2.030×, per page median 1.99 → 1.92×:
framablog 2.43 → 1.72×, earth-org 2.41 → 1.96×, comwrap 2.06 → 1.77×, businessinsider 2.34 → 2.06× (−12.2 %),
tcnewsnet −7.9 %, moritz-meyer 2.02 → 1.92×, tweakers −4.9 %, dailymail 2.35 → 2.25×. All of it is the cut of
misses46's `slot_titles.drop_slot_titles` (a story's box of subheadings read once a subheading): htmldate's markup
search is reached by none of the 24. Left over 2×: dailymail, businessinsider, taiwannews, primamedia, kulu-media, motherjones,
autoindustriya, thespacereview (`_article_blocks`' rules, the walk, the writers' search).

Session 48 (7 Dec 2026; main 0c43b5d4 → h/pagespeed48 7606aaaa, session 47's 24 pages, each checkout in its own
process, load 3–14): ours 9,223.2 → 9,180.0 M (−0.47 %; per page −1.58 % primamedia to +0.44 % comwrap, median
−0.21 %), trafilatura alone's −0.11 %; whole 2.041 → 2.034×, per page median 1.94× both, over 2× 7 → 8: motherjones
1.998 → 2.021× (ours −0.54 %, trafilatura alone's count 211.3 → 207.8 M in that process); dailymail 2.28 → 2.26×,
primamedia 2.21 → 2.17×. The cuts (`read_timestamp` asks for a digit first, `relative_stamp` for a colon) act mostly
on a page's first read: this second read finds the first read's stamps kept (`datelines.TIMESTAMP_CACHE`), so what
it saves is the spacing-out and measuring of each line; `bench/evaldata_instr.py` reads each page once.

Session 49 (7 Dec 2026; main b019d90a → h/pagespeed49, each checkout in its own process, load 4–14). The page set:
the 200 pages over 1.75× by CPU in a `bench/pages.py --split all --repeat 1` run of main (69 of 731 over 2× there),
counted in two processes, highest CPU ratio first, until the 150th (the run stopped there for time: those left were
1.75–1.84× by CPU): 15 of the 150 over 2× by instructions (thespacereview 2.42, dailymail 2.36, taiwannews 2.21,
primamedia 2.20, kulu-media 2.12, businessinsider 2.11, motherjones 2.06, fivethirtyeight 2.05, autoindustriya
2.03, isthmus 2.03, tovima 2.03, gumc 2.01, earth-org 2.01, biolog 2.01, usatoday 2.002; moritz-meyer 1.995),
whole 1.745×; why each is, DESIGN's Session 49 of the page-speed paragraph. The cut (`page_main._page_readings`:
readability and the page's text once a tree): the 6 pages read twice (`--code` main, then this code) ours
822.3 → 758.3 M taiwannews (2.22 → 2.04×), 645.3 → 578.6 M primamedia (2.20 → 1.97×), 1,753.7 → 1,712.9 M tovima
(2.02 → 1.97×), zdrowiewpodrozy 1.98 → 1.92×, ul-kp 1.52 → 1.35×, interfax −0.1 % (its second tree shares
nothing); over 2× 3 → 1, whole 1.93 → 1.82×; trafilatura alone's within −0.1 to +0.8 %. The other 12 over 2× (each read
once by trafilatura's readability) and moritz-meyer, counted again with this code: thespacereview 2.44, dailymail
2.36, kulu-media 2.13, motherjones 2.07, fivethirtyeight 2.07, businessinsider 2.06, autoindustriya 2.05, isthmus
2.04, earth-org 2.02, biolog 2.01, gumc 2.01, usatoday 2.004, moritz-meyer 2.005 (ours −0.2 to +0.6 % against the
first count, two processes' spread): over 2× of the 150 15 → 14 by these counts (taiwannews still over, primamedia
and tovima no longer, moritz-meyer over by 0.005).

Session 50 (7 Dec 2026; main 163d58ee → h/pagespeed50 d272eddc, each checkout in its own process, load 8–18). The cut is
the language reading lang49 added (`ingest.text_language`: py3langid's byte automaton walked once a page by numpy,
`ingest.language_walk`; the stated language's check by stopwords first). Before, over 2× 6 of 14: thespacereview 3.10
(194.4 M against 62.7 M: it states no language, 2.44× in session 49 before lang49), usatoday 2.29, kulu-media 2.18,
isthmus 2.17, gumc 2.10, autoindustriya 2.08; biolog 1.98, newsru 1.97, philstar 1.42, top-rbc 1.41, awakeningtw 1.34,
022china 1.29, vocm 1.12, straitstimes 1.00; whole 1.52×. After, 8 of them counted again (time): thespacereview
170.0 M (−12.6 %, 2.71×), newsru −13.7 % (1.71×), usatoday −8.2 % (2.10×), 022china −6.2 % (1.22×), top-rbc −5.7 %
(1.33×), philstar −2.6 % (1.38×), kulu-media −1.6 % (2.14×), autoindustriya −1.2 % (2.06×); the 8 summed 2,642.7 →
2,490.3 M (−5.8 %), whole 1.64 → 1.55×; trafilatura alone's within −0.3 to +0.1 %. Pages stating none gain most
(the reading runs py3langid on them); a page stating its language pays only the stopword count now (0.1–0.3 ms CPU).

Session 50, second cut (8 Dec 2026; main efb55c1c → h/pagespeed50b, each checkout in its own process, load 4–10;
`--code` a copy of efb55c1c, then this code). Where it went (`bench/pages_stages.py`): nashbryansk (Наш Брянск, 113 M
against 54 M) is trafilatura's pass 30 %, `_article_blocks` 9 %, the walk 9 %, `author_names` 7 %, pruning 6 %, no
stage over a tenth; thespacereview's "gap" (15 %) is mostly `read_language`, after the read. Cut: a page keeps
the keys of texts up to 65,536 characters, ~4 M characters in all (thespacereview's 12,500-character box keyed by 7
rules a read), `inline.collapse_space` weighs only white-space runs holding a line break (1,984 Python calls a
thespacereview read, every one a space between words), the 56 word bounds of ingest split no further than their
bound (`split(maxsplit=LIMIT)`), `story_leads` reads a box to its second kept paragraph. Over 2× 7 of 7 before and
after: thespacereview 178.1 → 153.9 M (−13.6 %, 2.84 → 2.46×), usatoday 118.0 → 117.0 M (−0.8 %, 2.22 → 2.20×), isthmus
−0.3 to −0.7 % (2.14 → 2.13×), nashbryansk −0.3 to −0.4 % (2.10×), gumc, kulu-media and autoindustriya −0.4 to +0.1 %
(2.08×, 2.17–2.18×, 2.09×: within the collector's floor); the 7 summed 1,277.4 → 1,252.2 M (−2.0 %), whole 2.21 →
2.16×; trafilatura alone's within −0.3 to +0.1 %. Tried and reverted: `site_makers`' credit matched only in texts a
gate finds its words in (one fold of the page's texts joined): +0.3 % on kulu-media, gumc, autoindustriya. The final
code (that reverted) again: thespacereview 153.8 M (2.45×), kulu-media −0.2 % (2.17×), gumc −0.5 % (2.08×),
nashbryansk −0.5 % (2.10×).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, os, sys
from pathlib import Path
sys.path[:0] = [sys.argv[1], sys.argv[1] + "/bench"]
import pages as bench
for name in json.loads(sys.argv[2]):
    path = Path(sys.argv[1]) / "tests/data/realworld" / (name + ".html")
    bench.ours(path)
    bench.trafilatura_alone(path)
    os.getloadavg()
    bench.ours(path)
    os.getloadavg()
    bench.trafilatura_alone(path)
    os.getloadavg()
"""


def callgrind_total(path: Path) -> int | None:
    """The instructions a callgrind output file counts (its `summary:` or `totals:` line), None
    without one: what every script here that runs callgrind reads of its output."""
    text = path.read_text(encoding="utf-8", errors="replace")
    total = re.search(r"^(?:summary|totals):\s*(\d+)", text, re.MULTILINE)
    return int(total.group(1)) if total else None


def totals(folder: Path) -> list[int]:
    """Each dump's total instructions, in dump order."""
    found = []
    for path in folder.iterdir():
        match = re.search(r"\.(\d+)$", path.name)
        if match and path.name.startswith("cg.out") and (total := callgrind_total(path)) is not None:
            found.append((int(match.group(1)), total))
    return [count for _, count in sorted(found)]


def callgrind_counts(code: Path, child: str, *args: str) -> list[int]:
    """The instructions of each dump of `child` (a `-c` script given `code` and `args`), run by the
    checkout's python under callgrind, which dumps before every `os.getloadavg()` call."""
    python = code / ".venv" / "bin" / "python"
    with tempfile.TemporaryDirectory() as folder:
        command = [
            "valgrind",
            "--tool=callgrind",
            "--dump-before=os_getloadavg*",
            f"--callgrind-out-file={folder}/cg.out",
            str(python),
            "-c",
            child,
            str(code),
            *args,
        ]
        subprocess.run(command, check=True, capture_output=True, env={**os.environ, "PYTHONHASHSEED": "0"})
        return totals(Path(folder))


def measure(code: Path, names: list[str]) -> dict[str, list[int]]:
    counts = callgrind_counts(code, CHILD, json.dumps(names))
    # per page three dumps: the warm-up (and what came before), ours, trafilatura alone
    return {name: [counts[3 * index + 1], counts[3 * index + 2]] for index, name in enumerate(names)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--code", type=Path, default=ROOT, help="the checkout measured (with its .venv)")
    parser.add_argument("--out", type=Path, help="write {page: [ours, trafilatura]} as JSON")
    parser.add_argument("pages", nargs="+", help="page stems, as bench/pages.py prints them")
    args = parser.parse_args()
    result = measure(args.code.resolve(), args.pages)
    for name, (ours, alone) in result.items():
        print(f"{name[:50]:50} ours {ours / 1e6:9.1f} M  trafilatura {alone / 1e6:9.1f} M  {ours / alone:5.2f}×")
    over = [name for name, (ours, alone) in result.items() if ours > 2 * alone]
    whole = sum(ours for ours, _ in result.values()) / sum(alone for _, alone in result.values())
    print(f"over 2× {len(over)}/{len(result)}: {', '.join(over)}; whole {whole:.2f}×", file=sys.stdout)
    if args.out:
        args.out.write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
