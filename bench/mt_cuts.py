"""Where a capped model's batches spend CPU: user vs system time and page faults, per batch cut.

    .venv/bin/python bench/mt_cuts.py --segments 60 --beams 4,1 --repeat 2

On the `cap` model of `bench/models.py` (transformer-base, random weights: every output runs to
`--max-decoding-length`), the same real sentences (`bench/mt.py`'s) are decoded by one
`ctranslate2.Translator` (inter_threads=2, intra_threads=1) cut three ways, each in a fresh
process (so the allocator starts cold, as in `bench/mt.py`): `raw`, one `translate_batch` with
CTranslate2's own 1,024-token cuts; `tokens`, `balanced_batches` by input tokens only (before
`l10n.mt.decode_cost`); `cost`, by input tokens and expected decoding steps (every output at the
cap, as `OutputLengths` learns). Each line: batch sizes, user s, system s, minor page faults
(`getrusage` around the timed call, after a 4-sentence warm-up). Repeats alternate the order.

Measured 29 Nov 2026, load 13–16 on 2 cores, 60 sentences, cap 128 (single runs): beam 4 —
raw user 12.2 s, sys 17.6 s, 8.5 M faults; cost [10, 17, 17, 16] user 14.2 s, sys 5.6 s, 3.0 M.
Greedy — raw user 3.96–4.13 s, sys 0.36–0.37 s; tokens [14, 46] user 3.62–3.66 s, sys
1.44–1.46 s (711–740 k faults); cost [10, 17, 17, 16] user 4.18–4.35 s, sys 0.23–0.25 s.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))
sys.path.insert(0, str(BENCH))

MODES = ("raw", "tokens", "cost")


def run_one(mode: str, package: Path, segments: Path, *, beam: int, cap: int) -> dict:
    """Decode `segments` with `mode`'s cuts in this process; user/sys seconds and faults."""
    import ctranslate2
    import sentencepiece as spm

    from l10n.mt.decode_cost import balanced_batches

    processor = spm.SentencePieceProcessor(model_file=str(package / "sentencepiece.model"))
    pieces = processor.encode(json.loads(segments.read_text(encoding="utf-8")), out_type=str)
    translator = ctranslate2.Translator(str(package / "model"), device="cpu", inter_threads=2, intra_threads=1)
    options = {"beam_size": beam, "max_decoding_length": cap, "replace_unknowns": True, "return_scores": True}
    translator.translate_batch(pieces[:4], **options)
    lengths = [len(p) for p in pieces]
    steps = [cap] * len(pieces) if mode == "cost" else None
    batches = balanced_batches(lengths, max_tokens=1024, workers=2, steps=steps)
    before, started = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
    if mode == "raw":
        translator.translate_batch(pieces, max_batch_size=1024, batch_type="tokens", **options)
    else:
        pending = [
            translator.translate_batch([pieces[i] for i in batch], asynchronous=True, **options) for batch in batches
        ]
        for results in pending:
            for result in results:
                result.result()
    after = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "mode": mode,
        "batches": [] if mode == "raw" else [len(b) for b in batches],
        "user": after.ru_utime - before.ru_utime,
        "sys": after.ru_stime - before.ru_stime,
        "faults": after.ru_minflt - before.ru_minflt,
        "wall": time.perf_counter() - started,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--segments", type=int, default=60)
    parser.add_argument("--beams", default="4,1")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--max-decoding-length", type=int, default=128)
    parser.add_argument("--one", nargs=3, metavar=("MODE", "PACKAGE", "SEGMENTS"), help=argparse.SUPPRESS)
    parser.add_argument("--beam", type=int, default=4, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        mode, package, segments = args.one
        result = run_one(mode, Path(package), Path(segments), beam=args.beam, cap=args.max_decoding_length)
        print(json.dumps(result))
        return 0
    import models
    import mt

    with tempfile.TemporaryDirectory(prefix="l10n-bench-cuts-") as scratch:
        package = models.build_random_package(
            Path(scratch), mt.real_sentences(), vocab=16000, layers=6, from_code="en", to_code="zh", ends="cap"
        )
        segments = Path(scratch) / "segments.json"
        segments.write_text(json.dumps(mt.news_segments(args.segments), ensure_ascii=False), encoding="utf-8")
        print(mt.load_line("before"))
        for beam in (int(b) for b in args.beams.split(",")):
            for repeat in range(args.repeat):
                for mode in MODES if repeat % 2 == 0 else MODES[::-1]:
                    command = [sys.executable, __file__, "--one", mode, str(package), str(segments), "--beam",
                               str(beam), "--max-decoding-length", str(args.max_decoding_length)]  # fmt: skip
                    done = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True)
                    r = json.loads(done.stdout.strip().splitlines()[-1])
                    print(
                        f"beam {beam} {r['mode']:6s} {str(r['batches']):22s} user {r['user']:6.2f} s "
                        f"sys {r['sys']:6.2f} s faults {r['faults']:>9d} wall {r['wall']:6.1f} s",
                        flush=True,
                    )
            print(mt.load_line(f"after beam {beam}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
