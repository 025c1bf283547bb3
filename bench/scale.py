"""Scale benchmark: extraction vs Translate Toolkit at equal cores, memory at 100 vs N articles, Ray vs local MT.

    .venv/bin/python bench/scale.py --quick     # smoke run: 24 articles, 1 repeat, tiny MT
    .venv/bin/python bench/scale.py             # 1,000 articles, 3 repeats, transformer-base MT

Inputs: `bench/corpus.py` — N distinct .txt articles recombined from the paragraphs of the real
articles (396 on 30 Nov 2026: Wikinews, saved news pages, the seed, the test articles); the first
line printed says how often a paragraph recurs, since a small pool flatters deduplication and caches.

1. Extraction to sentence-level catalogs at EQUAL cores. Ours: ONE command, `l10n extract
   --locales zh_CN --jobs J` (a POT per article with named placeables and the zh_CN PO from it).
   The peer: Translate Toolkit's `txt2po` then `posegment` (sentence-level PO per article, no
   placeables). 1 core each: the peer in one process vs `--jobs 1`; 2 cores each: the peer on the
   corpus split in two shards, both chains at once, vs `--jobs 2`. Fresh processes (start-up
   included). Every repeat runs all four sides, in reversed order every other repeat; each side is
   quoted as median (min–max) over `--repeat`, ratios are taken within a repeat.
2. Peak RSS (`ru_maxrss`) of the largest process of our extraction at 100, N and 3N articles:
   articles are streamed (a bounded number in flight per worker), so the target is flat.
3. MT: the default local executor (one process, CTranslate2 with 2 threads: both cores) vs
   `RayExecutor` with 2 workers of 1 thread, same units, same Argos-sized random model whose outputs
   end at their input's length (`bench/models.py`), alternated `--repeat` times.

Load average is printed before, after every repeat, and at the end. Each extraction side is
timed by the clock and by CPU seconds (user + system of the command and its workers or shards),
and each side's second core is summed up as its gain by the clock for its cost in CPU.

Measured (issue 16: `--parts extract --repeat 3`, this code and main 8445192 run alternately,
four runs each, `PYTHONPATH` choosing the code; load 4–15 on 2 shared cores; the runs' medians,
then the extremes of all repeats): ours / the peer by CPU seconds, 1 core each, 0.92–0.94×
(0.79–1.13) before, 0.98–1.05× (0.80–1.15) after; 2 cores each 0.81–0.94× (0.65–0.95) before,
0.91–1.02× (0.77–1.09) after; by the clock at 2 cores 0.71–1.17× before, 0.93–1.26× after. At
that load the clock gave neither side a steady gain from a second core (the peer ×0.77–1.12);
README.md has the earlier wall figures (load 3–5) and where `--jobs 2` lost.

Re-run 30 Nov 2026 (main 48387ac), `--parts extract --articles 1000 --repeat 2`, load 7.6–9.0:
ours / the peer 0.95× (0.93–0.97) by CPU and 0.98× (0.97–0.98) by the clock with 1 core each,
0.94× (0.94–0.95) and 0.96× (0.92–1.00) with 2; neither side gained wall time from its second
core at that load (×0.85–0.86 by the clock for ×1.07–1.08 the CPU).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(BENCH))
VENV_BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{[a-z]+_\d+(?:_end)?\}")

import corpus as corpus_tool  # noqa: E402  (bench/ is on sys.path: its sibling modules)
import models  # noqa: E402


def run_ours(corpus: Path, scratch: Path, *, locale: str = "zh_CN", jobs: int | None = None) -> dict[str, float]:
    """`l10n extract CORPUS --locales LOCALE --jobs JOBS`: per article a sentence-level POT and the
    PO made from it in the same pass, one command (start-up included), a fresh project root each
    time; counting units and placeables afterwards is not timed."""
    root = Path(tempfile.mkdtemp(prefix="ours-", dir=scratch))
    extra = [] if jobs is None else ["--jobs", str(jobs)]
    command = [str(VENV_BIN / "l10n"), "extract", str(corpus), "--root", str(root), "--locales", locale, *extra]
    before, started = children_cpu(), time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True)
    seconds, cpu = time.perf_counter() - started, children_cpu() - before
    pots = sorted((root / "locales").glob("*.pot"))
    placeables = sum(
        len(PLACEHOLDER.findall(line))
        for pot in pots
        for line in pot.read_text(encoding="utf-8").splitlines()
        if line.startswith(("msgid ", '"'))
    )
    units = sum(max(0, pot.read_text(encoding="utf-8").count("\nmsgid ") - 1) for pot in pots)
    pos = len(list((root / "locales" / locale / "LC_MESSAGES").glob("*.po")))
    return {"seconds": seconds, "cpu": cpu, "articles": len(pots), "pos": pos, "units": units, "placeables": placeables}


def children_cpu() -> float:
    """User + system CPU seconds of this process's waited-for children (and theirs: `l10n`'s
    workers, the peer's `sh` and its commands) so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def peak_rss_of_ours(corpus: Path, scratch: Path, *, locale: str = "zh_CN") -> dict[str, float]:
    """`run_ours` from a fresh process that reports the largest peak RSS among its children
    (`RUSAGE_CHILDREN` covers the `l10n` processes and their worker processes)."""
    done = subprocess.run(
        [sys.executable, __file__, "_peak_rss", str(corpus), str(scratch), locale],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def translate_toolkit_commands(corpus: Path, out: Path, *, locale: str) -> list[list[str]]:
    """txt2po (paragraph units) then posegment (sentence units), as the toolkit's docs chain them."""
    return [
        [str(VENV_BIN / "txt2po"), "--progress=none", str(corpus), str(out / "po")],
        [
            str(VENV_BIN / "posegment"), "--progress=none", "--source-language=en", f"--language={locale}",
            str(out / "po"), str(out / "seg"),
        ],
    ]  # fmt: skip


def run_translate_toolkit(shards: list[Path], scratch: Path, *, locale: str = "zh_CN") -> dict[str, float]:
    """The peer on each shard, the shards in parallel (one process at a time per shard): with one
    shard that is one process, with two it is two — the cores our `--jobs` side gets."""
    runs = [Path(tempfile.mkdtemp(prefix="tt-", dir=scratch)) for _ in shards]
    scripts = [
        " && ".join(shlex.join(command) for command in translate_toolkit_commands(shard, run, locale=locale))
        for shard, run in zip(shards, runs)
    ]
    before, started = children_cpu(), time.perf_counter()
    children = [
        subprocess.Popen(["sh", "-c", script], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for script in scripts
    ]
    for child in children:
        _, errors = child.communicate()
        if child.returncode:
            raise SystemExit(f"Translate Toolkit failed: {errors.decode(errors='replace')[-400:]}")
    seconds, cpu = time.perf_counter() - started, children_cpu() - before
    files = [f for run in runs for f in (run / "seg").rglob("*.po")]
    units = sum(max(0, f.read_text(encoding="utf-8").count("\nmsgid ") - 1) for f in files)
    return {"seconds": seconds, "cpu": cpu, "articles": len(files), "units": units}


def split_into_shards(corpus: Path, scratch: Path, count: int) -> list[Path]:
    """`count` folders holding alternate articles of `corpus` (hard links: same bytes, no copy)."""
    shards = [scratch / f"shard-{index}" for index in range(count)]
    for shard in shards:
        shard.mkdir()
    for index, article in enumerate(sorted(corpus.iterdir())):
        os.link(article, shards[index % count] / article.name)
    return shards


def file_creation_microseconds(folder: Path, count: int = 300) -> float:
    """The current cost of creating one small file in `folder`: on a shared VM disk it swings
    between ~30 and ~700 µs (e.g. for a minute after many files were deleted), which moves every
    extraction figure; printed so a reader knows which weather a run had."""
    probe = Path(tempfile.mkdtemp(prefix="probe-", dir=folder))
    started = time.perf_counter()
    for index in range(count):
        (probe / f"{index}.po").write_bytes(b"x" * 6000)
    return (time.perf_counter() - started) / count * 1e6


def spread(values: list[float], unit: str = "", digits: int = 2) -> str:
    """`median (min–max)`: the statistic every figure of these benchmarks is quoted with."""
    return f"{statistics.median(values):.{digits}f}{unit} ({min(values):.{digits}f}–{max(values):.{digits}f})"


def load_line(moment: str) -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {moment}: {one:.2f} {five:.2f} {fifteen:.2f} (1/5/15 min; {os.cpu_count()} cores)"


def measure_extraction(corpus: Path, scratch: Path, *, repeat: int) -> None:
    """At equal cores: the peer in one process vs ours with `--jobs 1`, and the peer on two shards
    in parallel vs ours with `--jobs 2`. Every repeat runs all four, the order reversed on every
    other repeat; medians and ranges over the repeats, ratios taken within a repeat.

    Alternating matters on ext4: creating files right after many were deleted or created is
    several times slower for a while (the inode allocator passes over recently freed inodes), so
    whichever side runs second in a single pass pays for the first one's files.
    """
    two_shards = split_into_shards(corpus, scratch, 2)
    sides = {
        "Translate Toolkit, 1 process": lambda: run_translate_toolkit([corpus], scratch),
        "l10n extract --jobs 1": lambda: run_ours(corpus, scratch, jobs=1),
        "Translate Toolkit, 2 shards in parallel": lambda: run_translate_toolkit(two_shards, scratch),
        "l10n extract --jobs 2": lambda: run_ours(corpus, scratch, jobs=2),
    }
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in sides}
    for index in range(repeat):
        order = list(sides) if index % 2 == 0 else list(sides)[::-1]
        for name in order:
            runs[name].append(sides[name]())
        print(f"  {load_line(f'after repeat {index + 1}')}")
    print(
        "  Translate Toolkit: `txt2po` (paragraph-level PO per article), then `posegment` (sentence-level PO);\n"
        "    no placeables; with 2 cores, the corpus split in two shards, both chains at once\n"
        "  l10n: ONE command, `extract --locales zh_CN`: per article a sentence-level POT (numbers/dates/money as\n"
        "    named placeholders) and the zh_CN PO from it in the same pass; --jobs = worker processes"
    )
    for name, results in runs.items():
        last = results[-1]
        what = f"{last['articles']} POs, {last['units']} units"
        if "placeables" in last:
            what = f"{last['articles']} POT + {last['pos']} PO, {last['units']} units, {last['placeables']} placeables named"
        print(
            f"  {name:40s} {spread([r['seconds'] for r in results], ' s')} wall, "
            f"{spread([r['cpu'] for r in results], ' s')} CPU  {what}"
        )
    for cores, peer, ours in ((1, "Translate Toolkit, 1 process", "l10n extract --jobs 1"),
                              (2, "Translate Toolkit, 2 shards in parallel", "l10n extract --jobs 2")):  # fmt: skip
        ratios = [p["seconds"] / o["seconds"] for p, o in zip(runs[peer], runs[ours])]
        by_cpu = [p["cpu"] / o["cpu"] for p, o in zip(runs[peer], runs[ours])]
        print(
            f"  {cores} core(s) each: ours {spread(ratios, '×')} the peer's speed by the clock, {spread(by_cpu, '×')} "
            "by CPU seconds (median of per-repeat ratios, range)"
        )
    for name, one, two in (("the peer", "Translate Toolkit, 1 process", "Translate Toolkit, 2 shards in parallel"),
                           ("ours", "l10n extract --jobs 1", "l10n extract --jobs 2")):  # fmt: skip
        gains = [a["seconds"] / b["seconds"] for a, b in zip(runs[one], runs[two])]
        costs = [b["cpu"] / a["cpu"] for a, b in zip(runs[one], runs[two])]
        print(
            f"  second core, {name}: ×{spread(gains)} by the clock, for ×{spread(costs)} the CPU seconds "
            "(per-repeat ratios: 2 cores over 1)"
        )


def measure_memory(small: Path, large: Path, scratch: Path) -> None:
    """Peak RSS at 100 and N articles, and at 3N to show where it levels off: what grows at
    first is two bounded per-process caches filling (block segmentations, rendered PO fields)."""
    from l10n.catalog.po_render import FIELD_CACHE_SIZE
    from l10n.segment import SEGMENT_CACHE_SIZE

    larger = scratch / "corpus-3x"
    corpus_tool.generate_corpus(larger, 3 * len(list(large.iterdir())))
    figures = {path: peak_rss_of_ours(path, scratch) for path in (small, large, larger)}
    for result in figures.values():
        print(
            f"  {int(result['articles']):5d} articles: peak RSS {result['peak_rss_mb']:6.1f} MB (largest process) in {result['seconds']:.1f} s"
        )
    growth = figures[large]["peak_rss_mb"] / figures[small]["peak_rss_mb"]
    print(
        f"  growth: ×{growth:.2f} for ×{figures[large]['articles'] / figures[small]['articles']:.0f} articles (target: flat)"
    )
    print(
        f"  then ×{figures[larger]['peak_rss_mb'] / figures[large]['peak_rss_mb']:.2f} for ×3 more: the caches are capped "
        f"({SEGMENT_CACHE_SIZE} block texts, {FIELD_CACHE_SIZE} PO fields per process)"
    )


def measure_ray(
    units: list[str], scratch: Path, *, batch_size: int, max_decoding_length: int, layers: int, vocab: int, repeat: int
) -> None:
    """The default local executor (one process, CTranslate2 on both cores: inter_threads=2) against
    Ray with 2 workers (one core each: inter_threads=1) on the same units, alternated `repeat` times.
    Both load the model inside the timed part (the local engine fresh each run, each Ray actor its
    own); the Ray cluster is started once beforehand and not timed."""
    import logging

    import ray

    from l10n.mt.argos import ArgosEngine
    from l10n.mt.base import translate_masked
    from l10n.mt.executors import run_local
    from l10n.mt.ray_executor import RayExecutor

    packages = scratch / "packages"
    started = time.perf_counter()
    models.build_random_package(packages, units, vocab=vocab, layers=layers, from_code="en", to_code="zh", ends="input")
    print(
        f"  model: random transformer {layers}+{layers} layers, d=512, vocab {vocab}, int8, outputs end at their input's "
        f"length (built in {time.perf_counter() - started:.0f} s)"
    )
    batches = [units[i : i + batch_size] for i in range(0, len(units), batch_size)]

    def local() -> float:
        engine = ArgosEngine(
            packages_dir=packages, inter_threads=2, beam_size=1, max_decoding_length=max_decoding_length
        )
        began = time.perf_counter()
        done = sum(
            len(outcomes)
            for outcomes in run_local(partial(translate_masked, engine, source="en", target="zh"), iter(batches))
        )
        assert done == len(units)
        return time.perf_counter() - began

    def on_ray() -> float:
        engine = ArgosEngine(
            packages_dir=packages, inter_threads=1, beam_size=1, max_decoding_length=max_decoding_length
        )
        executor = RayExecutor(workers=2)
        began = time.perf_counter()
        done = sum(
            len(outcomes)
            for outcomes in executor(partial(translate_masked, engine, source="en", target="zh"), iter(batches))
        )
        assert done == len(units)
        return time.perf_counter() - began

    sides = {"local executor (1 process, 2 threads)": local, "Ray, 2 workers × 1 thread": on_ray}
    seconds: dict[str, list[float]] = {name: [] for name in sides}
    ray.init(num_cpus=2, include_dashboard=False, logging_level=logging.ERROR, log_to_driver=False)
    try:
        for index in range(repeat):
            for name in list(sides) if index % 2 == 0 else list(sides)[::-1]:
                seconds[name].append(sides[name]())
            print(f"  {load_line(f'after repeat {index + 1}')}")
    finally:
        ray.shutdown()
    for name, values in seconds.items():
        print(f"  {name:40s} {spread(values, ' s')}  ({len(units)} units, greedy, batches of {batch_size})")
    local_s, ray_s = seconds["local executor (1 process, 2 threads)"], seconds["Ray, 2 workers × 1 thread"]
    print(
        f"  Ray / local speed: {spread([l / r for l, r in zip(local_s, ray_s)], '×')} (> 1: Ray faster on this machine)"
    )


def distinct_units(corpus: Path, scratch: Path, count: int) -> list[str]:
    """Distinct msgids of our extraction of `corpus` (what `translate` would send to MT)."""
    import polib

    root = next(scratch.glob("ours-*"))
    texts: dict[str, None] = {}
    for pot in sorted((root / "locales").glob("*.pot")):
        for entry in polib.pofile(str(pot)):
            texts.setdefault(entry.msgid)
        if len(texts) >= count:
            break
    return list(texts)[:count]


def main(argv: list[str] | None = None) -> int:
    args_in = sys.argv[1:] if argv is None else argv
    if args_in[:1] == ["_peak_rss"]:
        corpus, scratch, locale = args_in[1:4]
        result = run_ours(Path(corpus), Path(scratch), locale=locale)
        result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(json.dumps(result))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--mt-units", type=int, default=512)
    parser.add_argument("--layers", type=int, default=6)
    parser.add_argument("--vocab", type=int, default=16000)
    parser.add_argument("--max-decoding-length", type=int, default=48)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument(
        "--quick", action="store_true", help="smoke run: 24 articles, 1 repeat, 16 MT units on a 2-layer model"
    )
    parser.add_argument("--parts", default="extract,memory,mt", help="which measurements: extract,memory,mt")
    parser.add_argument("--keep-scratch", action="store_true", help="keep the generated corpus and catalogs")
    parser.add_argument("--repeat", type=int, default=3, help="runs of every side, alternated (median and range)")
    parser.add_argument(
        "--scratch",
        default=None,
        help="folder for corpus and catalogs (default: the system temp folder; /dev/shm takes the disk out)",
    )
    args = parser.parse_args(args_in)
    if args.quick:
        args.articles, args.mt_units, args.layers, args.vocab, args.max_decoding_length = 24, 16, 2, 8000, 24
        args.batch_size, args.repeat = 4, 1

    scratch = Path(tempfile.mkdtemp(prefix="l10n-bench-scale-", dir=args.scratch))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(scratch / name.lower())  # Argos touches these at import: keep them here
    small_count = min(100, args.articles)
    small, large = scratch / "corpus-small", scratch / "corpus"
    corpus_tool.generate_corpus(small, small_count)
    corpus_tool.generate_corpus(large, args.articles)
    print(f"corpus: {corpus_tool.pool_stats(large)}; .txt files in {large}")
    print(
        f"filesystem: creating a small file there takes {file_creation_microseconds(scratch):.0f} µs now (both sides create 2 per article)"
    )
    print(load_line("before"))

    try:
        run_parts(args, scratch, small, large, small_count)
    finally:
        if args.keep_scratch:
            print(f"\nscratch folder (delete when done): {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    print(f"\n{load_line('after')}")
    return 0


def run_parts(args: argparse.Namespace, scratch: Path, small: Path, large: Path, small_count: int) -> None:
    parts = set(args.parts.split(","))
    if "extract" in parts:
        print(f"\n(1) extraction to sentence-level catalogs, {args.articles} articles")
        measure_extraction(large, scratch, repeat=args.repeat)
    if "memory" in parts:
        print(
            f"\n(2) peak RSS of extraction, {small_count} vs {args.articles} (and {3 * args.articles}) articles (separate processes)"
        )
        measure_memory(small, large, scratch)
    if "mt" not in parts:
        return
    if not any(scratch.glob("ours-*")):
        run_ours(large, scratch)
    print(f"\n(3) MT: the default local executor vs Ray with 2 workers, {args.mt_units} distinct units of the corpus")
    units = distinct_units(large, scratch, args.mt_units)
    measure_ray(
        units,
        scratch,
        batch_size=args.batch_size,
        max_decoding_length=args.max_decoding_length,
        layers=args.layers,
        vocab=args.vocab,
        repeat=args.repeat,
    )


if __name__ == "__main__":
    sys.exit(main())
