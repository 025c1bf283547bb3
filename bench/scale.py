"""Scale benchmark (issue 6): corpus extraction vs Translate Toolkit, memory at 100 vs 1,000 articles, Ray MT.

    .venv/bin/python bench/scale.py --quick     # 100 articles, small MT (< 2 minutes)
    .venv/bin/python bench/scale.py             # 1,000 articles, transformer-base MT on 1 and 2 workers

1. Extraction of a varied corpus (`bench/corpus.py`: the seed and test articles, copies with other
   names, numbers and sentence order) to sentence-level catalogs: ours (`extract --locales zh_CN`,
   ONE command: one POT per article with named placeables and the zh_CN PO made from it in the
   same pass) against Translate Toolkit's `txt2po` then `posegment` (TWO commands: sentence-level
   PO per article) over the same .txt files, in the same run. Each command is a fresh process
   (wall time includes interpreter start-up); ours with `--jobs` at its default (one worker per
   CPU), again with `--jobs 1`, and as the two commands `extract` then `update` for comparison.
   Both sides run `--repeat` times (default 3), alternating, and each side's best run counts.
   Target ≥ 3× faster.
2. Peak RSS (`ru_maxrss`) of the largest process of our extraction at 100 and at N articles:
   articles are streamed (a bounded number in flight per worker), so the target is flat.
3. MT with 1 and 2 Ray workers (`l10n.mt.ray_executor.RayExecutor`) on the same units, with an
   Argos-sized random-weight transformer-base (`bench/mt.py`'s model builder: real compute,
   noise output) on one local cluster of 2 CPUs; scaling efficiency = speedup / workers.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import resource
import shutil
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


def load_bench_module(name: str):
    """A sibling benchmark script as a module (bench/ is not a package)."""
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def run_ours(
    corpus: Path, scratch: Path, *, locale: str = "zh_CN", jobs: int | None = None, one_pass: bool = True
) -> dict[str, float]:
    """`l10n extract CORPUS --locales LOCALE` (template and PO in one pass, one process), or with
    `one_pass=False` `l10n extract CORPUS` then `l10n update --locales LOCALE` (two processes);
    start-up included, `--jobs` left at its default (one per CPU) unless given. Fresh project
    root each time; counting units and placeables afterwards is not timed."""
    root = Path(tempfile.mkdtemp(prefix="ours-", dir=scratch))
    extra = [] if jobs is None else ["--jobs", str(jobs)]
    extract = [str(VENV_BIN / "l10n"), "extract", str(corpus), "--root", str(root), *extra]
    commands = [[*extract, "--locales", locale]] if one_pass else [
        extract,
        [str(VENV_BIN / "l10n"), "update", "--root", str(root), "--locales", locale, *extra],
    ]
    started = time.perf_counter()
    for command in commands:
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True)
    seconds = time.perf_counter() - started
    pots = sorted((root / "locales").glob("*.pot"))
    placeables = sum(
        len(PLACEHOLDER.findall(line))
        for pot in pots
        for line in pot.read_text(encoding="utf-8").splitlines()
        if line.startswith(("msgid ", '"'))
    )
    units = sum(max(0, pot.read_text(encoding="utf-8").count("\nmsgid ") - 1) for pot in pots)
    pos = len(list((root / "locales" / locale / "LC_MESSAGES").glob("*.po")))
    return {"seconds": seconds, "articles": len(pots), "pos": pos, "units": units, "placeables": placeables}


def peak_rss_of_ours(corpus: Path, scratch: Path, *, locale: str = "zh_CN") -> dict[str, float]:
    """`run_ours` from a fresh process that reports the largest peak RSS among its children
    (`RUSAGE_CHILDREN` covers the `l10n` processes and their worker processes)."""
    done = subprocess.run(
        [sys.executable, __file__, "_peak_rss", str(corpus), str(scratch), locale], capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_translate_toolkit(corpus: Path, scratch: Path, *, locale: str = "zh_CN") -> dict[str, float]:
    """txt2po (paragraph units) then posegment (sentence units), as the toolkit's docs chain them."""
    run = Path(tempfile.mkdtemp(prefix="tt-", dir=scratch))
    paragraphs, sentences = run / "po", run / "seg"
    started = time.perf_counter()
    quiet = {"capture_output": True, "text": True, "check": True}
    subprocess.run([str(VENV_BIN / "txt2po"), "--progress=none", str(corpus), str(paragraphs)], **quiet)
    subprocess.run(
        [str(VENV_BIN / "posegment"), "--progress=none", "--source-language=en", f"--language={locale}", str(paragraphs), str(sentences)],
        **quiet,
    )
    seconds = time.perf_counter() - started
    files = list(sentences.rglob("*.po"))
    units = sum(max(0, f.read_text(encoding="utf-8").count("\nmsgid ") - 1) for f in files)
    return {"seconds": seconds, "articles": len(files), "units": units}


def file_creation_microseconds(folder: Path, count: int = 300) -> float:
    """The current cost of creating one small file in `folder`: on a shared VM disk it swings
    between ~30 and ~700 µs (e.g. for a minute after many files were deleted), which moves every
    extraction figure; printed so a reader knows which weather a run had."""
    probe = Path(tempfile.mkdtemp(prefix="probe-", dir=folder))
    started = time.perf_counter()
    for index in range(count):
        (probe / f"{index}.po").write_bytes(b"x" * 6000)
    return (time.perf_counter() - started) / count * 1e6


def best_of(runs: list[dict[str, float]]) -> dict[str, float]:
    """The fastest run: noise (other processes, the page cache, the filesystem) only adds time."""
    return min(runs, key=lambda run: run["seconds"])


def measure_extraction(corpus: Path, scratch: Path, *, repeat: int) -> None:
    """Both sides `repeat` times, alternating, each side's best run compared.

    Alternating matters on ext4: creating files right after many were deleted or created is
    several times slower for a while (the inode allocator passes over recently freed inodes), so
    whichever side runs second in a single pass pays for the first one's files.
    """
    cores = os.cpu_count()
    tt_runs, our_runs = [], []
    for _ in range(repeat):
        tt_runs.append(run_translate_toolkit(corpus, scratch))
        our_runs.append(run_ours(corpus, scratch))
    tt, ours = best_of(tt_runs), best_of(our_runs)
    single = run_ours(corpus, scratch, jobs=1)
    two_commands = run_ours(corpus, scratch, one_pass=False)
    print(
        "  Translate Toolkit: `txt2po` (one paragraph-level PO per article), then `posegment` (sentence-level PO);\n"
        "    no placeables; two commands, one process each"
    )
    print(
        f"  l10n: ONE command, `extract --locales zh_CN`: per article a sentence-level POT (numbers/dates/money as\n"
        f"    named placeholders) and the zh_CN PO from it in the same pass (glossary notes); --jobs default =\n"
        f"    {cores} worker processes; every file written atomically (nameless temp + link, or temp + rename),\n"
        f"    one syncfs of the project's filesystem per command"
    )
    print(f"  runs, alternating (s): Translate Toolkit {_seconds(tt_runs)}; l10n {_seconds(our_runs)}; best of each below")
    print(f"  Translate Toolkit txt2po+posegment:   {tt['seconds']:6.2f} s  {tt['articles']} POs, {tt['units']} units")
    print(
        f"  l10n extract --locales zh_CN:         {ours['seconds']:6.2f} s  {ours['articles']} POT + {ours['pos']} PO, "
        f"{ours['units']} units, {ours['placeables']} placeables named"
    )
    target = "target ≥ 3×" if ours["articles"] >= 1000 else "the ≥ 3× target is for 1,000 articles: start-up weighs more here"
    print(f"  ratio: {tt['seconds'] / ours['seconds']:.2f}× the peer's speed ({target})")
    print(
        f"  l10n with --jobs 1 (all in one process): {single['seconds']:6.2f} s "
        f"(ratio {tt['seconds'] / single['seconds']:.2f}×; workers give ×{single['seconds'] / ours['seconds']:.2f})"
    )
    print(
        f"  l10n as two commands, `extract` then `update --locales zh_CN` (two processes, as before): "
        f"{two_commands['seconds']:6.2f} s (ratio {tt['seconds'] / two_commands['seconds']:.2f}×)"
    )


def _seconds(runs: list[dict[str, float]]) -> str:
    return ", ".join(f"{run['seconds']:.2f}" for run in runs)


def measure_memory(small: Path, large: Path, scratch: Path) -> None:
    """Peak RSS at 100 and N articles, and at 3N to show where it levels off: what grows at
    first is two bounded per-process caches filling (block segmentations, rendered PO fields)."""
    from l10n.catalog.po_render import FIELD_CACHE_SIZE
    from l10n.segment import SEGMENT_CACHE_SIZE

    corpus = load_bench_module("corpus")
    larger = scratch / "corpus-3x"
    corpus.generate_corpus(larger, 3 * len(list(large.iterdir())))
    figures = {path: peak_rss_of_ours(path, scratch) for path in (small, large, larger)}
    for path, result in figures.items():
        print(f"  {int(result['articles']):5d} articles: peak RSS {result['peak_rss_mb']:6.1f} MB (largest process) in {result['seconds']:.1f} s")
    growth = figures[large]["peak_rss_mb"] / figures[small]["peak_rss_mb"]
    print(f"  growth: ×{growth:.2f} for ×{figures[large]['articles'] / figures[small]['articles']:.0f} articles (target: flat)")
    print(
        f"  then ×{figures[larger]['peak_rss_mb'] / figures[large]['peak_rss_mb']:.2f} for ×3 more: the caches are capped "
        f"({SEGMENT_CACHE_SIZE} block texts, {FIELD_CACHE_SIZE} PO fields per process)"
    )


def measure_ray(units: list[str], scratch: Path, *, batch_size: int, max_decoding_length: int, layers: int, vocab: int) -> None:
    import logging

    import ray

    from l10n.mt.argos import ArgosEngine
    from l10n.mt.base import translate_masked
    from l10n.mt.ray_executor import RayExecutor

    mt = load_bench_module("mt")
    packages = scratch / "packages"
    started = time.perf_counter()
    mt.build_random_package(packages, units, vocab=vocab, layers=layers, from_code="en", to_code="zh")
    print(f"  model: random transformer {layers}+{layers} layers, d=512, vocab {vocab}, int8 (built in {time.perf_counter() - started:.0f} s)")
    engine = ArgosEngine(packages_dir=packages, inter_threads=1, beam_size=1, max_decoding_length=max_decoding_length)
    work = partial(translate_masked, engine, source="en", target="zh")
    batches = [units[i : i + batch_size] for i in range(0, len(units), batch_size)]
    ray.init(num_cpus=2, include_dashboard=False, logging_level=logging.ERROR, log_to_driver=False)
    try:
        seconds = {}
        for workers in (1, 2):
            executor = RayExecutor(workers=workers)
            started = time.perf_counter()
            done = sum(len(outcomes) for outcomes in executor(work, iter(batches)))
            seconds[workers] = time.perf_counter() - started
            assert done == len(units)
            shares = sorted(executor.batches_by_worker.values())
            print(f"  {workers} worker(s): {seconds[workers]:6.1f} s, {len(units) / seconds[workers]:6.1f} units/s, batches per worker {shares}")
    finally:
        ray.shutdown()
    speedup = seconds[1] / seconds[2]
    print(f"  speedup ×{speedup:.2f}, scaling efficiency {speedup / 2:.0%} (greedy, decoding ≤ {max_decoding_length} tokens, incl. model load)")


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
    parser.add_argument("--quick", action="store_true", help="100 articles, 64 MT units on a 2-layer model")
    parser.add_argument("--parts", default="extract,memory,mt", help="which measurements: extract,memory,mt")
    parser.add_argument("--keep-scratch", action="store_true", help="keep the generated corpus and catalogs")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each extraction side (alternating; best kept)")
    parser.add_argument(
        "--scratch", default=None, help="folder for corpus and catalogs (default: the system temp folder; /dev/shm takes the disk out)"
    )
    args = parser.parse_args(args_in)
    if args.quick:
        args.articles, args.mt_units, args.layers, args.vocab, args.max_decoding_length = 100, 64, 2, 8000, 24
        args.batch_size = 8

    corpus_tool = load_bench_module("corpus")
    scratch = Path(tempfile.mkdtemp(prefix="l10n-bench-scale-", dir=args.scratch))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(scratch / name.lower())  # Argos touches these at import: keep them here
    small_count = min(100, args.articles)
    small, large = scratch / "corpus-small", scratch / "corpus"
    corpus_tool.generate_corpus(small, small_count)
    corpus_tool.generate_corpus(large, args.articles)
    print(f"corpus: {args.articles} varied .txt articles in {large}; cores: {os.cpu_count()}")
    print(f"filesystem: creating a small file there takes {file_creation_microseconds(scratch):.0f} µs now (both sides create 2,000)")

    try:
        run_parts(args, scratch, small, large, small_count)
    finally:
        if args.keep_scratch:
            print(f"\nscratch folder (delete when done): {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    return 0


def run_parts(args: argparse.Namespace, scratch: Path, small: Path, large: Path, small_count: int) -> None:
    parts = set(args.parts.split(","))
    if "extract" in parts:
        print(f"\n(1) extraction to sentence-level catalogs, {args.articles} articles")
        measure_extraction(large, scratch, repeat=args.repeat)
    if "memory" in parts:
        print(f"\n(2) peak RSS of extraction, {small_count} vs {args.articles} (and {3 * args.articles}) articles (separate processes)")
        measure_memory(small, large, scratch)
    if "mt" not in parts:
        return
    if not any(scratch.glob("ours-*")):
        run_ours(large, scratch)
    print(f"\n(3) MT on Ray, 1 vs 2 workers, {args.mt_units} distinct units of the corpus, batches of {args.batch_size}")
    units = distinct_units(large, scratch, args.mt_units)
    measure_ray(
        units, scratch, batch_size=args.batch_size, max_decoding_length=args.max_decoding_length, layers=args.layers, vocab=args.vocab
    )


if __name__ == "__main__":
    sys.exit(main())
