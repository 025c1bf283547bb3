"""One MT path of `bench/mt.py`, timed in a process of its own so its peak RSS is its own.

    .venv/bin/python bench/mt_path.py raw --package DIR --segments-file F.json --beam-size 4 \
        --max-decoding-length 64

Prints one JSON object on stdout: `{"path", "segments", "seconds", "cpu_seconds", "rate",
"load_seconds", "output_pieces"}` (output pieces counted by the `raw` path only: how long the
outputs ran). `cpu_seconds` is user + system time of every thread of this process over the timed
part (`getrusage(RUSAGE_SELF)`): the work done, which other jobs on a shared machine do not
inflate the way they inflate wall time. `peak_rss_mb` is this process's VmHWM (its own, whatever
the parent's size).

Every path does the same three things in the same order: load the model, translate the first 4
segments once (warm-up: lazy allocations, first-call costs), then translate the timed segments.
`load_seconds` covers the first two, so the timed part excludes loading for all paths equally.

Paths:
- `argos`: `argostranslate.translate.translate` per string, the way argos-translate-files works
  (stanza/minisbd stubbed in `sys.modules`, sentences split by a tiny rule; Argos's own thread and
  batch settings; its CTranslate2 calls get the benchmark's decoding cap and beam size).
- `raw`: ONE `ctranslate2.Translator.translate_batch` over all pre-tokenised segments, length
  sorted ~1,024-token batches, inter_threads=2, intra_threads=1 — the limit.
- `single`: raw CTranslate2 one segment per `translate_batch` call, with Argos's threads
  (inter_threads=1, intra_threads=0: CTranslate2's default) and Argos's decoding options — argos
  per string without its Python. `raw`/`single` is what batching itself gains: the ceiling of
  `engine`/`argos` when neither side had any overhead but decoding.
- `engine`: what `l10n translate` does per batch with the cache off: `translate_masked`
  (placeholder masking + verification) over `ArgosEngine`, `--chunk` units per call.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import sys
import time
import types
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

WARM_UP = 4
RAW_MAX_BATCH_TOKENS = 1024


def stub_argos_sentence_splitting() -> None:
    """Let `argostranslate.translate` import without stanza/minisbd, splitting sentences by rule."""

    class RuleSentences:
        def __init__(self, lang, use_gpu=False):
            self.lang = lang

        def sentences(self, text: str) -> list[str]:
            return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", text) if s]

    sys.modules.setdefault("stanza", types.ModuleType("stanza"))
    minisbd = types.ModuleType("minisbd")
    minisbd.SBDetect = RuleSentences
    minisbd.models = types.SimpleNamespace(cache_dir=None, list_models=lambda: ["en"])
    sys.modules["minisbd"] = minisbd


def load_argos(package: Path, *, beam_size: int, max_decoding_length: int) -> Callable[[list[str]], None]:
    """Argos's `translate(text, from, to)`, with the benchmark's cap and beam on its CTranslate2 calls."""
    metadata = json.loads((package / "metadata.json").read_text(encoding="utf-8"))
    pair = (metadata["from_code"], metadata["to_code"])
    stub_argos_sentence_splitting()
    import argostranslate.translate as argos_translate

    real_ctranslate2 = argos_translate.ctranslate2

    class CappedTranslator:
        """Argos's translator with the benchmark's decoding cap (Argos passes none: 256)."""

        def __init__(self, *args, **kwargs):
            self._translator = real_ctranslate2.Translator(*args, **kwargs)

        def translate_batch(self, *args, **kwargs):
            kwargs.update(max_decoding_length=max_decoding_length, beam_size=beam_size)
            return self._translator.translate_batch(*args, **kwargs)

    argos_translate.ctranslate2 = types.SimpleNamespace(Translator=CappedTranslator)

    def run(texts: list[str]) -> None:
        for text in texts:
            argos_translate.translate(text, *pair)

    return run


def load_raw(package: Path, *, beam_size: int, max_decoding_length: int) -> Callable[[list[str]], int]:
    """One `translate_batch` call over all segments, tokenised in one SentencePiece call; returns
    the number of output pieces (how long the model's outputs ran)."""
    import ctranslate2
    import sentencepiece as spm

    translator = ctranslate2.Translator(str(package / "model"), device="cpu", inter_threads=2, intra_threads=1)
    processor = spm.SentencePieceProcessor(model_file=str(package / "sentencepiece.model"))

    def run(texts: list[str]) -> int:
        results = translator.translate_batch(
            processor.encode(texts, out_type=str),
            beam_size=beam_size,
            max_batch_size=RAW_MAX_BATCH_TOKENS,
            batch_type="tokens",
            max_decoding_length=max_decoding_length,
            replace_unknowns=True,
            return_scores=True,
        )
        return sum(len(result.hypotheses[0]) for result in results)

    return run


def load_single(package: Path, *, beam_size: int, max_decoding_length: int) -> Callable[[list[str]], None]:
    """CTranslate2 called once per segment as Argos calls it (`apply_packaged_translation`: its
    thread settings, ≤ 32-token batches, length_penalty 0.2, unknowns replaced), minus Argos."""
    import ctranslate2
    import sentencepiece as spm

    translator = ctranslate2.Translator(str(package / "model"), device="cpu", inter_threads=1, intra_threads=0)
    processor = spm.SentencePieceProcessor(model_file=str(package / "sentencepiece.model"))

    def run(texts: list[str]) -> None:
        for text in texts:
            [result] = translator.translate_batch(
                [processor.encode(text, out_type=str)],
                beam_size=beam_size,
                max_batch_size=32,
                batch_type="tokens",
                max_decoding_length=max_decoding_length,
                replace_unknowns=True,
                return_scores=True,
                length_penalty=0.2,
            )
            processor.decode_pieces(result.hypotheses[0])

    return run


def load_engine(package: Path, *, beam_size: int, max_decoding_length: int, chunk: int) -> Callable[[list[str]], None]:
    """Our path: `translate_masked` over `ArgosEngine`, `chunk` units per call (cache off)."""
    from l10n.mt.argos import ArgosEngine
    from l10n.mt.base import translate_masked

    metadata = json.loads((package / "metadata.json").read_text(encoding="utf-8"))
    source, target = metadata["from_code"], metadata["to_code"]
    engine = ArgosEngine(packages_dir=package.parent, beam_size=beam_size, max_decoding_length=max_decoding_length)
    # Random weights never keep a mask, so every unit with placeholders would be retranslated with
    # the next mask style: an artefact of a noise model, not a cost a real model pays. One style only.
    engine.mask_styles = engine.mask_styles[:1]

    def run(texts: list[str]) -> None:
        for offset in range(0, len(texts), chunk):
            outcomes = translate_masked(engine, texts[offset : offset + chunk], source=source, target=target)
            assert len(outcomes) == len(texts[offset : offset + chunk])

    return run


def cpu_seconds() -> float:
    """User + system seconds of every thread of this process so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def peak_rss_mb() -> float:
    """This process's peak RSS (VmHWM): per address space, so it starts afresh at exec — unlike
    `ru_maxrss` from `wait4`, which a child inherits from the parent that forked it."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def measure(
    path: str, texts: list[str], *, package: Path, beam_size: int, max_decoding_length: int, chunk: int
) -> dict:
    """Load, warm up, then time `texts` through `path`."""
    started = time.perf_counter()
    options = {"beam_size": beam_size, "max_decoding_length": max_decoding_length}
    if path == "argos":
        run = load_argos(package, **options)
    elif path == "raw":
        run = load_raw(package, **options)
    elif path == "single":
        run = load_single(package, **options)
    else:
        run = load_engine(package, chunk=chunk, **options)
    run(texts[:WARM_UP])
    loaded, cpu_before = time.perf_counter(), cpu_seconds()
    output_pieces = run(texts)
    seconds, cpu = time.perf_counter() - loaded, cpu_seconds() - cpu_before
    return {
        "peak_rss_mb": peak_rss_mb(),
        "output_pieces": output_pieces or 0,
        "path": path,
        "segments": len(texts),
        "seconds": seconds,
        "cpu_seconds": cpu,
        "rate": len(texts) / seconds,
        "load_seconds": loaded - started,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", choices=("argos", "raw", "single", "engine"))
    parser.add_argument("--package", type=Path, required=True, help="the Argos package folder")
    parser.add_argument("--segments-file", type=Path, required=True, help="JSON list of segments")
    parser.add_argument("--beam-size", type=int, required=True)
    parser.add_argument("--max-decoding-length", type=int, required=True)
    parser.add_argument("--chunk", type=int, default=256, help="units per engine call (engine path)")
    args = parser.parse_args(argv)
    texts = json.loads(args.segments_file.read_text(encoding="utf-8"))
    result = measure(
        args.path,
        texts,
        package=args.package,
        beam_size=args.beam_size,
        max_decoding_length=args.max_decoding_length,
        chunk=args.chunk,
    )
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
