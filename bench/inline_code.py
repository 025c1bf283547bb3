"""CPU seconds of segmenting a folder of articles, for the cost of inline code as one placeable.

    .venv/bin/python bench/inline_code.py DIR [--rounds 3]
    PYTHONPATH=/tmp/base .venv/bin/python bench/inline_code.py DIR   # a `git archive` of the code before

Articles are read once, then every block is segmented `--rounds` times with the segment cache
cleared (sentence breaking, ~100 placeable rules, markup → tags, and now `placeables.code`); the
user+sys CPU seconds of those rounds are printed. Run the code before and after alternately.

Measured (Session 11, main 7707032 against h/codespan, 3 alternated runs each, load average
13–14 from other helpers, 3 rounds per run):

    input                                          before (s)    after (s)
    100 bench/chain.py articles (no inline code)   0.41–0.43     0.41–0.43
    23 blind Markdown posts (375 units with code)  0.46–0.48     0.46–0.50

A block without a code element pays one scan of its markup's tags (`placeables.code.has_code`);
a block with code pays the grouping sweep and fewer value detections (code holds no values).
"""

from __future__ import annotations

import argparse
import resource
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    import l10n.segment as segment
    from l10n.ingest import ingest_file

    documents = [ingest_file(path) for path in sorted(args.folder.glob("*.md"))]
    before = resource.getrusage(resource.RUSAGE_SELF)
    for _ in range(args.rounds):
        segment._segments_of.cache_clear()
        for document in documents:
            segment.segment_document(document)
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    print(f"{len(documents)} articles × {args.rounds} rounds: {cpu:.2f} CPU s (code: {segment.__file__})")


if __name__ == "__main__":
    main()
