"""Where one warm read of a page goes, stage by stage, in instructions (callgrind): ours against trafilatura alone.

    .venv/bin/python bench/pages_stages.py [--code CHECKOUT] [--out FILE.json] PAGE...

`bench/pages_instr.py` gives each page's whole count; this splits ours by the functions
`page._read_page` calls (found in its source), plus the parse, the decoding and the checks
`ingest_html` and `ingest_file` make around it. Each such call at the top level of a read is
wrapped by a call of `os.getloadavg()` before and after, where callgrind dumps its counts
(`--dump-before=os_getloadavg*`); a call made inside another stage is counted in that stage.
"gap" is what runs between the stages. The wrappers add a little to ours (~1 %): compare
stages with stages, and whole pages with `bench/pages_instr.py`. Session 38 (pagespeed38) found
with it that trafilatura's own pass (`main_text_lines`) is 29–41 % of ours on the pages over 2×,
then `_article_blocks`' rules (usatoday 29 %, thespacereview 23 %, dailymail 23 %), the walk
(6–12 %), `author_names` (kulu-media 12 %), pruning (3–8 %), `has_xml_controls` (0.7–1.8 %). Session 39 (pagespeed39):
tovima's `main_text_lines` is 70 % of ours (trafilatura asked twice: `_tables_displaced_prose`), autoindustriya's
and kulu-media's `_article_blocks` 4–5 % (the walk, pruning, `side_column_keys`, `author_names` before it).

`--inside NAME` splits another function of `page.py` the same way, by the module functions it and its closures
call (`--inside _article_blocks`: `is_site_talk`, `story_cut`, …), the rest of the read counted as "outside";
the wrappers weigh more there (a call a block: thespacereview 154.4 → 160.1 M). Session 49 (pagespeed49, b019d90a):
thespacereview's `_article_blocks` (21.8 % of ours) is `is_site_talk` 3.4 %, `story_cut` 3.1 %, `is_site_note`
2.7 %, `_is_byline_again` 1.3 %, ~30 other rules under 1 % each, its own code 5.3 %: spread, as session 48 found.
Session 50 (pagespeed50b, efb55c1c): nashbryansk (114.2 M) is `main_text_lines` 29.8 %, `_article_blocks` 9.1 %,
`walk_blocks` 8.6 %, `author_names` 6.7 %, `prune_boilerplate` 5.7 %, gap 5.3 %, `parse_html` 4.7 %, the rest under 3 %
each; thespacereview (178.9 M) `main_text_lines` 25.4 %, `_article_blocks` 22.0 %, gap 15.0 % (most of it
`read_language`, which runs after `_read_page`: the page states no language), `walk_blocks` 8.7 %, pruning 5.9 %.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from pages_instr import callgrind_counts

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import ast, functools, inspect, json, os, sys
from pathlib import Path
sys.path[:0] = [sys.argv[1], sys.argv[1] + "/bench"]
import pages as bench
import l10n.ingest as ingest
import l10n.ingest.html as html
import l10n.ingest.page as page
labels, depth, armed = [], [0], [False]

def wrap(name, function):
    @functools.wraps(function)
    def inner(*args, **kwargs):
        if not armed[0] or depth[0]:
            depth[0] += 1
            try:
                return function(*args, **kwargs)
            finally:
                depth[0] -= 1
        os.getloadavg(); labels.append("gap")
        depth[0] += 1
        try:
            return function(*args, **kwargs)
        finally:
            depth[0] -= 1
            os.getloadavg(); labels.append(name)
    return inner

inside = sys.argv[4]
tree = ast.parse(inspect.getsource(getattr(page, inside)))
called = {node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
for name in called:
    if inspect.isfunction(vars(page).get(name)):
        setattr(page, name, wrap(name, vars(page)[name]))
if inside == "_read_page":
    for module, names in ((html, ("walk_blocks", "parse_html", "looks_like_full_page", "has_xml_controls")),
                          (ingest, ("decode_article", "refuse_hostile_inline_code", "oversized_tables_as_paragraphs",
                                    "refuse_control_characters"))):
        for name in names:
            setattr(module, name, wrap(name, getattr(module, name)))
    arm = lambda on: armed.__setitem__(0, on)
else:  # only the calls `inside` makes (its closures' too) are stages; the rest of the read is "outside"
    reading = [False]
    arm = lambda on: reading.__setitem__(0, on)
    outer = getattr(page, inside)
    @functools.wraps(outer)
    def arming(*args, **kwargs):
        if not reading[0]:
            return outer(*args, **kwargs)
        os.getloadavg(); labels.append("outside")
        armed[0] = True
        try:
            return outer(*args, **kwargs)
        finally:
            armed[0] = False
            os.getloadavg(); labels.append("gap")
    setattr(page, inside, arming)
for name in json.loads(sys.argv[2]):
    path = Path(sys.argv[1]) / "tests/data/realworld" / (name + ".html")
    bench.ours(path)
    bench.trafilatura_alone(path)
    os.getloadavg(); labels.append("page:" + name)
    arm(True)
    bench.ours(path)
    arm(False)
    os.getloadavg(); labels.append("gap" if inside == "_read_page" else "outside")
    bench.trafilatura_alone(path)
    os.getloadavg(); labels.append("trafilatura_alone")
Path(sys.argv[3]).write_text(json.dumps(labels))
"""


def measure(code: Path, names: list[str], inside: str = "_read_page") -> dict[str, dict[str, int]]:
    with tempfile.TemporaryDirectory() as folder:
        counts = callgrind_counts(code, CHILD, json.dumps(names), f"{folder}/labels.json", inside)
        labels = json.loads((Path(folder) / "labels.json").read_text(encoding="utf-8"))
    result: dict[str, dict[str, int]] = {}
    stages: dict[str, int] = {}
    for label, count in zip(labels, counts):
        if label.startswith("page:"):  # what came before the measured read: warm-up calls
            stages = result.setdefault(label.removeprefix("page:"), {})
        else:
            stages[label] = stages.get(label, 0) + count
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--code", type=Path, default=ROOT, help="the checkout measured (with its .venv)")
    parser.add_argument("--out", type=Path, help="write {page: {stage: instructions}} as JSON")
    parser.add_argument("--top", type=int, default=15, help="stages printed a page")
    parser.add_argument(
        "--inside",
        default="_read_page",
        help="split this function of page.py by the calls it makes (e.g. _article_blocks); the rest is 'outside'",
    )
    parser.add_argument("pages", nargs="+", help="page stems, as bench/pages.py prints them")
    args = parser.parse_args()
    result = measure(args.code.resolve(), args.pages, args.inside)
    for name, stages in result.items():
        alone = stages.get("trafilatura_alone", 0)
        ours = sum(count for stage, count in stages.items() if stage != "trafilatura_alone")
        print(f"{name}: ours {ours / 1e6:.1f} M, trafilatura alone {alone / 1e6:.1f} M, {ours / max(alone, 1):.3f}×")
        ranked = sorted((item for item in stages.items() if item[0] != "trafilatura_alone"), key=lambda item: -item[1])
        for stage, count in ranked[: args.top]:
            print(f"   {stage:32} {count / 1e6:9.2f} M {100 * count / ours:5.1f} %")
    if args.out:
        args.out.write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
