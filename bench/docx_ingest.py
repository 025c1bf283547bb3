"""Word ingest time on the real .docx corpus: ours against python-docx opening the same bytes.

    .venv/bin/python bench/docx_ingest.py [--repeat 5] [-v]

For every file of `tests/data/docx/` (SOURCES.md there) that ingests, both sides read the same
bytes, alternated file by file (which side goes first alternates by repeat):

- ours: `l10n.ingest.docx.ingest_docx` (ZIP bounds, python-docx opens the package, our walk of
  the body's XML: fields, tracked changes, content controls, text boxes, tables on the grid);
- python-docx alone: `docx.Document` plus `Paragraph.text` of every body paragraph and table
  cell, the least a reader built on it does (and what lost the text that our walk keeps).

Times are best-of-`--repeat` CPU seconds of this process (and wall), with the spread
(worst/best) and the load average: the machine is shared.

Figures (29 Nov 2026, 2 shared cores, load average 3.0–8.3, `--repeat 5`, four runs, 28 files,
1.27 MB):

    ours 0.189–0.283 CPU s (best–worst per file, summed), python-docx alone 0.155–0.234 CPU s:
    1.18–1.22× by best CPU; best wall 0.209–0.274 s against 0.169–0.225 s.
    Before (main's reader, python-docx's paragraph iteration and style look-ups), one-off, on the
    25 files both read, whole-corpus passes alternated, best–worst of 5, four runs: main
    0.712–0.800 CPU s, this reader 0.172–0.259 CPU s.

With footnotes and endnotes read (`docx_notes.py`; 30 Nov 2026, load average 4.3–6.5,
`--repeat 5`, two runs each, alternated, 32 files of which eight hold 231 notes): ours
0.233–0.239 best CPU s against 0.211–0.221 s for the reader before it on the same files,
1.37× python-docx alone (which reads no notes) against 1.26–1.27×; poi-stress008's 182 notes
cost 10–11 ms of its 71 ms.

Re-run 30 Nov 2026 (main 48387ac, `--repeat 5`, three runs, load average 7.0–11.2, 32 files):
ours / python-docx alone 1.26×, 1.30×, 1.30× by best CPU (ours 0.189–0.231 s, python-docx
0.150–0.177 s).
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from l10n.errors import IngestError  # noqa: E402
from l10n.ingest.docx import ingest_docx  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "docx"


def python_docx_alone(data: bytes) -> int:
    import docx

    word = docx.Document(io.BytesIO(data))
    characters = sum(len(paragraph.text) for paragraph in word.paragraphs)
    for table in word.tables:
        characters += sum(len(cell.text) for row in table.rows for cell in row.cells)
    return characters


def ours(data: bytes) -> int:
    return sum(len(block.text) for block in ingest_docx(data).blocks)


def timed(function, data: bytes) -> tuple[float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    function(data)
    return time.process_time() - cpu, time.perf_counter() - wall


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("-v", "--verbose", action="store_true")
    arguments = parser.parse_args()
    files = []
    for path in sorted(CORPUS.glob("*.docx")):
        try:
            ingest_docx(path.read_bytes())
        except IngestError:
            continue
        files.append(path)
    results: dict[str, dict[str, list[tuple[float, float]]]] = {}
    sides = (("ours", ours), ("python-docx", python_docx_alone))
    for number in range(arguments.repeat):
        for path in files:
            data = path.read_bytes()
            for name, function in sides if number % 2 == 0 else sides[::-1]:  # neither side always first
                results.setdefault(path.name, {}).setdefault(name, []).append(timed(function, data))
    totals = {"ours": [0.0, 0.0, 0.0], "python-docx": [0.0, 0.0, 0.0]}  # best CPU, worst CPU, best wall
    for path in files:
        line = [f"{path.name:70}"]
        for name in ("ours", "python-docx"):
            cpu = [c for c, _ in results[path.name][name]]
            wall = [w for _, w in results[path.name][name]]
            totals[name][0] += min(cpu)
            totals[name][1] += max(cpu)
            totals[name][2] += min(wall)
            line.append(f"{name} {min(cpu):.3f}–{max(cpu):.3f} CPU s")
        if arguments.verbose:
            print("  ".join(line))
    size = sum(path.stat().st_size for path in files)
    print(f"{len(files)} files, {size / 1e6:.2f} MB, repeat {arguments.repeat}, load average {os.getloadavg()}")
    for name, (best, worst, wall) in totals.items():
        print(f"{name:12} {best:.3f}–{worst:.3f} CPU s (best–worst per file, summed), best wall {wall:.3f} s")
    print(f"ours / python-docx alone: {totals['ours'][0] / totals['python-docx'][0]:.2f}× by best CPU")


if __name__ == "__main__":
    main()
