"""Size benchmark (issue 12 #5): time and peak RSS against input size, to show linear growth.

    .venv/bin/python bench/sizes.py --quick     # 10k/100k entries, 1/10 MB articles (~3 minutes)
    .venv/bin/python bench/sizes.py             # 10k/100k/1M entries, 1/10/50 MB articles

1. Catalogs of 10,000 / 100,000 / 1,000,000 entries (each a real-looking sentence, half
   translated, a third machine-fuzzy with an `mt:` line): `status` counting (catalogs streamed,
   `l10n.status.add_catalog_file`) and a full parse (`load_catalog`, what `update` holds). The
   baseline is the old read, polib with its per-entry duplicate scan, at 10,000 entries only
   (quadratic: 50,000 took 126 s, 1,000,000 did not finish in 600 s).
2. Articles of 1 / 10 / 50 MB, two kinds: one sentence repeated throughout (the issue's case)
   and the seed article's paragraphs repeated with names and numbers varied (mostly distinct
   units): ingest + segment + extract (`extract_units`). The baseline is the old extraction
   (a list scan per reference) at 1 MB of the repeated kind only.

Every measurement is a fresh process (its own peak RSS); sizes and sides alternate within each
repeat, the median and the spread (min–max) of `--repeat` runs are printed with the load average
before and after, and the growth per size step next to the size ratio (linear: about equal).

Re-run 30 Nov 2026 (main 48387ac), `--quick`, load 8.0–9.4: status 0.22 s / 1.94 s at 10k /
100k entries, peak RSS 35 / 156 MB; full parse 0.19 / 1.64 s, 47 / 281 MB; extraction 1.04 /
12.5 s, 40 / 153 MB at 1 / 10 MB of distinct sentences. `status` no longer streams: one `--child
status` run each at 100k / 1M entries, this code 156 / 1,337 MB against 31 / 99.5 MB for the code
before 018853b (which made `read_entries` read through the fast reader, the whole file at once).
Mended the same day (`po_lines.lines`: the text decoded and split a megabyte at a time, only the
file's bytes held whole): one child run each, load ~9, status 67 / 356 MB at 100k / 1M entries
(was 157 / 1,338 in the same minutes), full parse 194 / 1,726 MB (was 281 / 2,623).
Read a block at a time since (`catalog/po_stream.py`: the file's bytes no longer held for
polib), `--child status` alternated with the code before (main 7707032), 3 rounds at 100k and
at 1M, load 10.5–16.3 (wall 6–9× CPU, so CPU compared): peak RSS 67.3–67.4 → 42.1–42.2 MB
at 100k and 356.2 → 113.0–113.1 MB at 1M entries; CPU (user+sys) 1.44–1.55 → 1.42–1.51 s and
13.1–13.9 → 13.5–13.8 s: the same.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
SENTENCE = "The park will attract over 100 companies with industrial scale exceeding 30 billion yuan by 2025."


# ------------------------------------------------------------------------------------- inputs


def make_catalog(path: Path, entries: int) -> Path:
    """A PO of `entries` entries in the layout our writer produces (streamed to disk)."""
    from l10n.catalog.po_render import entry_text

    with path.open("w", encoding="utf-8") as out:
        out.write(
            'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: de\\n"\n"Plural-Forms: '
            'nplurals=2; plural=(n != 1);\\n"\n'
        )
        for n in range(entries):
            machine = n % 3 == 0 and n % 2 == 1
            out.write(
                "\n"
                + entry_text(
                    msgctxt="caption" if n % 17 == 0 else None,
                    msgid=f"Sentence {n} on the {{money_1}} biomedical park in Baoshan District, said Chen Jie.",
                    msgstr=f"Satz {n} über den {{money_1}} Biomedizinpark im Bezirk Baoshan, sagte Chen Jie."
                    if n % 2
                    else "",
                    tcomment="mt: argos en->de 1.9" if machine else "",
                    comment="money_1: 10 billion yuan = CNY 10000000000",
                    occurrences=[(f"seeds/article-{n // 50}.txt", str(n % 50 + 1))],
                    flags=["fuzzy", "python-brace-format"] if machine else ["python-brace-format"],
                )
            )
    return path


def make_article(path: Path, megabytes: int, kind: str) -> Path:
    """A text article of about `megabytes` MB: one sentence repeated, or the seed varied."""
    size = megabytes * 1_000_000
    with path.open("w", encoding="utf-8") as out:
        out.write(" date 2020-11-28 News / Metro\n\nBiomedical to become key pillar industry for Baoshan\n\n")
        written, n = 0, 0
        if kind == "repeated":
            block = f"{SENTENCE}\n\n"
            out.write(block * (size // len(block)))
            return path
        body = next((REPO / "seeds").glob("*.txt")).read_text(encoding="utf-8").split("\n", 1)[1]
        while written < size:
            text = (
                body.replace("Baoshan", f"Baoshan-{n}")
                .replace("700", str(700 + n))
                .replace("Luodian", f"Luodian {n % 97}")
            )
            out.write(text)
            written += len(text)
            n += 1
    return path


# -------------------------------------------------------------------- measured (child process)


def child(task: str, path: str) -> dict[str, float]:
    """Run one task on one input in this process; seconds of the task and peak RSS."""
    start = time.perf_counter()
    if task == "status":
        from l10n.status import LocaleStatus, add_catalog_file

        status = LocaleStatus("de")
        add_catalog_file(status, Path(path))
        count = status.total_units
    elif task == "load":
        from l10n.catalog.po import load_catalog

        count = len(load_catalog(Path(path)))
    elif task == "polib-status":  # the old read: polib's per-entry duplicate scan
        import polib

        from l10n.catalog.po import entry_translation
        from l10n.status import state_of

        catalog = polib.pofile(path, check_for_duplicates=True, encoding="utf-8")
        count = len([state_of(entry_translation(e)) for e in catalog if not e.obsolete])
    elif task.split("/")[0] in ("extract", "old-extract"):
        from l10n.assembly import parse_document
        from l10n.extract import extract_units

        document = parse_document(Path(path))
        if task == "old-extract":
            count = len(_old_extract(document))
        else:
            count = len(extract_units(document, reference_path="seeds/a.txt"))
    else:
        raise SystemExit(f"unknown task {task}")
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "rss_mb": peak_rss_mb(), "count": count}


def peak_rss_mb() -> float:
    """This process's own peak RSS (`VmHWM`): `ru_maxrss` would carry the parent's peak over
    fork and exec on Linux, so every child would report at least the generator's size."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _old_extract(document) -> list:
    """The extraction before the fix (a list membership test per reference and comment)."""
    from l10n.extract import ROLE_NOTES, context_for_role
    from l10n.model import Reference, Unit
    from l10n.placeables.describe import describe

    units: dict = {}
    for block in document.blocks:
        msgctxt = context_for_role(block.role)
        for segment in block.segments:
            if not segment.text.strip():
                continue
            unit = units.get((msgctxt, segment.text))
            if unit is None:
                unit = Unit(msgid=segment.text, msgctxt=msgctxt, placeables=list(segment.placeables))
                if block.role in ROLE_NOTES:
                    unit.comments.append(ROLE_NOTES[block.role])
                units[unit.key] = unit
            reference = Reference("seeds/a.txt", block.line)
            if reference not in unit.references:
                unit.references.append(reference)
            for placeable in segment.placeables:
                comment = describe(placeable)
                if comment not in unit.comments:
                    unit.comments.append(comment)
    return list(units.values())


def measure(task: str, path: Path, timeout: float) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", task, str(path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
    )
    if done.returncode != 0:
        raise SystemExit(f"{task} {path.name}: {done.stderr.strip().splitlines()[-1]}")
    return json.loads(done.stdout)


# -------------------------------------------------------------------------------------- report


def load_average() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def run(cases: list[tuple[str, str, Path, float]], *, repeat: int, timeout: float) -> dict[tuple[str, str], list[dict]]:
    """`cases` = (task, size label, input, size) measured in turn, `repeat` rounds alternating."""
    results: dict[tuple[str, str], list[dict]] = {}
    for round_number in range(repeat):
        for task, label, path, _ in cases if round_number % 2 == 0 else reversed(cases):
            results.setdefault((task, label), []).append(measure(task, path, timeout))
    return results


def report(title: str, cases: list[tuple[str, str, Path, float]], results: dict) -> None:
    print(f"\n{title}")
    print(
        f"  {'task':<16}{'size':>10}{'units':>10}{'median s':>11}{'spread s':>17}{'RSS MB':>9}{'× time':>9}{'× size':>9}"
    )
    previous: dict[str, tuple[float, float]] = {}
    for task, label, _, size in cases:
        runs = results[(task, label)]
        seconds = [r["seconds"] for r in runs]
        median = statistics.median(seconds)
        growth = ""
        if task in previous:
            last_median, last_size = previous[task]
            growth = f"{median / last_median:>9.1f}{size / last_size:>9.1f}"
        previous[task] = (median, size)
        print(
            f"  {task:<16}{label:>10}{runs[0]['count']:>10,}{median:>11.2f}{min(seconds):>8.2f}–{max(seconds):<8.2f}"
            f"{max(r['rss_mb'] for r in runs):>9.0f}{growth}"
        )


def measure_catalogs(scratch: Path, entry_sizes: list[int], *, repeat: int) -> None:
    catalogs = [(n, make_catalog(scratch / f"{n}.po", n)) for n in entry_sizes]
    cases = [("status", f"{n:,}", path, n) for n, path in catalogs]
    cases += [("load", f"{n:,}", path, n) for n, path in catalogs]
    cases.insert(0, ("polib-status", f"{entry_sizes[0]:,}", catalogs[0][1], entry_sizes[0]))
    report(
        "Catalogs (entries): status streams, load parses whole, polib-status = the old read",
        cases,
        run(cases, repeat=repeat, timeout=3600),
    )


def measure_articles(scratch: Path, article_sizes: list[int], *, repeat: int) -> None:
    articles = [
        (kind, mb, make_article(scratch / f"{kind}-{mb}.txt", mb, kind))
        for kind in ("repeated", "distinct")
        for mb in article_sizes
    ]
    cases = [("old-extract", "1 MB", articles[0][2], 1)]
    cases += [(f"extract/{kind}", f"{mb} MB", path, mb) for kind, mb, path in articles]
    report(
        "Articles (MB of text): ingest + segment + extract; old-extract = the list-scan extraction",
        cases,
        run(cases, repeat=repeat, timeout=3600),
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="10k/100k entries, 1/10 MB articles")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--scratch", type=Path, default=None, help="folder for the generated inputs")
    parser.add_argument("--only", choices=["catalogs", "articles"], default=None, help="measure one part")
    parser.add_argument("--child", nargs=2, metavar=("TASK", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(*args.child)))
        return 0
    entry_sizes = [10_000, 100_000] if args.quick else [10_000, 100_000, 1_000_000]
    article_sizes = [1, 10] if args.quick else [1, 10, 50]
    print(f"load average before: {load_average()}  (cpus: {os.cpu_count()}; repeat {args.repeat})")
    with tempfile.TemporaryDirectory(dir=args.scratch) as folder:
        scratch = Path(folder)
        if args.only != "articles":
            measure_catalogs(scratch, entry_sizes, repeat=args.repeat)
        if args.only != "catalogs":
            measure_articles(scratch, article_sizes, repeat=args.repeat)
    print(f"\nload average after: {load_average()}")
    print("Linear growth: '× time' close to '× size' (fixed start-up costs make small sizes look cheaper).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
