"""MT throughput benchmark (issue 3): Argos per string vs raw CTranslate2 vs our argos engine path.

    .venv/bin/python bench/mt.py --quick          # smoke run, < 2 minutes
    .venv/bin/python bench/mt.py                  # ~2,000 segments (takes a while)

Builds an Argos-sized random-weight model (transformer-base: 6+6 layers, d=512, 8 heads, FFN
2048, int8 like Argos packages, vocabulary padded to `--vocab`) with the numpy-spec technique of
`tools/make_tiny_model.py` — the compute is a real model's, only the output is noise — then
translates the same news segments (the seed article's and test articles' sentences, varied) with:

1. `argostranslate.translate.translate` per string, the way argos-translate-files works. stanza and
   minisbd are stubbed in `sys.modules` (benchmark only) and sentences are split by a tiny rule;
   Argos's own settings otherwise (beam 4, its per-call batching). Timed on a sample of
   `--argos-sample` segments, reported as a rate.
2. raw `ctranslate2.Translator.translate_batch` over all segments: length-sorted ~1,024-token
   batches, inter_threads=2, intra_threads=1, beam 4 and greedy — the limit.
3. our path: `l10n.mt.base.translate_masked` (placeholder masking) over `ArgosEngine`, in chunks
   of `--engine-batch` units as `l10n translate --batch-size` sends them, beam 4 and greedy
   (first mask style only: a random model breaks every mask, and the retry would double the work).

Decoding is capped at `--max-decoding-length` in all three (a random model rarely stops by itself).
Targets: (3) ≥ 8× (1) at the same beam size, and within 10 % of (2). Peak RSS is printed too.
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import json
import os
import random
import re
import resource
import sys
import tempfile
import time
import types
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

NAMES = ("Baoshan", "Minhang", "Pudong", "Jiading", "Songjiang", "Qingpu", "Fengxian", "Luodian")
OPENERS = ("", "In 2021, ", "According to officials, ", "Meanwhile, ", "On Monday, ", "As expected, ")


def load_tiny_model_tool():
    spec = importlib.util.spec_from_file_location("make_tiny_model", REPO / "tools" / "make_tiny_model.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def base_sentences() -> list[str]:
    """Sentences (with `{placeholders}`) of the seed article and the plain-text/Markdown test articles."""
    from l10n.segment import segment_text

    articles = REPO / "tests" / "data" / "articles"
    sources = sorted((REPO / "seeds").glob("*.txt")) + sorted(articles.glob("*.txt")) + sorted(articles.glob("*.md"))
    sentences: list[str] = []
    for path in sources:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if len(line.split()) >= 4:
                sentences += [s.text for s in segment_text(line.strip()) if len(s.text.split()) >= 4]
    return list(dict.fromkeys(sentences))


def news_segments(count: int, *, seed: int = 7) -> list[str]:
    """`count` distinct news sentences: the base sentences, then variants (names, numbers, openers)."""
    rng = random.Random(seed)
    base = base_sentences()
    segments = dict.fromkeys(base[:count])
    while len(segments) < count:
        sentence = rng.choice(base)
        for name in NAMES:
            sentence = sentence.replace(name, rng.choice(NAMES))
        sentence = re.sub(r"\b\d+\b", lambda m: str(rng.randint(2, 9999)), sentence)
        opener = rng.choice(OPENERS)
        sentence = opener + (sentence[0].lower() + sentence[1:] if opener else sentence)
        segments.setdefault(sentence)
    return list(segments)


def build_random_package(
    packages_dir: Path, segments: list[str], *, vocab: int, layers: int, from_code: str, to_code: str
) -> Path:
    """An Argos package folder with a random-weight transformer-base and a SentencePiece model."""
    import numpy as np
    import sentencepiece as spm

    tool = load_tiny_model_tool()
    sp_bytes = tool.train_sentencepiece(segments, user_symbols=["⟦", "⟧"])
    processor = spm.SentencePieceProcessor(model_proto=sp_bytes)
    pieces = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    pieces += [f"▁filler{i}" for i in range(max(0, vocab - len(pieces)))]
    rng = np.random.default_rng(12345)

    def make(shape):
        fan_in = shape[-1] if len(shape) > 1 else 1
        if len(shape) == 1:
            return np.zeros(shape, dtype=np.float32)
        return (rng.standard_normal(shape, dtype=np.float32) / np.sqrt(fan_in)).astype(np.float32)

    spec = tool.build_transformer_spec(
        num_layers=layers, num_heads=8, d_model=512, ffn_dim=2048, vocabulary=pieces, positions=None, make=make
    )
    spec.validate()
    spec.optimize(quantization="int8")
    folder = packages_dir / f"translate-{from_code}_{to_code}-bench"
    (folder / "model").mkdir(parents=True)
    spec.save(str(folder / "model"))
    (folder / "sentencepiece.model").write_bytes(sp_bytes)
    metadata = tool.package_metadata(from_code=from_code, to_code=to_code, package_version="1.0")
    (folder / "metadata.json").write_text(json.dumps(metadata), encoding="utf-8")
    return folder


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


def measure_argos_per_string(sample: list[str], *, pair: tuple[str, str], max_decoding_length: int) -> float:
    """Segments/s of `argostranslate.translate.translate`, one call per string."""
    stub_argos_sentence_splitting()
    import argostranslate.translate as argos_translate

    real_ctranslate2 = argos_translate.ctranslate2

    class CappedTranslator:
        """Argos's translator with the benchmark's decoding cap (Argos passes none: 256)."""

        def __init__(self, *args, **kwargs):
            self._translator = real_ctranslate2.Translator(*args, **kwargs)

        def translate_batch(self, *args, **kwargs):
            return self._translator.translate_batch(*args, max_decoding_length=max_decoding_length, **kwargs)

    argos_translate.ctranslate2 = types.SimpleNamespace(Translator=CappedTranslator)
    argos_translate.translate("Warm up the model.", *pair)
    started = time.perf_counter()
    for text in sample:
        argos_translate.translate(text, *pair)
    return len(sample) / (time.perf_counter() - started)


def measure_raw(package: Path, segments: list[str], *, beam_size: int, max_decoding_length: int) -> float:
    """Segments/s of one raw `translate_batch` call over pre-tokenised segments (the limit)."""
    import ctranslate2
    import sentencepiece as spm

    translator = ctranslate2.Translator(str(package / "model"), device="cpu", inter_threads=2, intra_threads=1)
    processor = spm.SentencePieceProcessor(model_file=str(package / "sentencepiece.model"))
    tokens = processor.encode(segments, out_type=str)
    translator.translate_batch(tokens[:4], beam_size=beam_size, max_decoding_length=max_decoding_length)
    started = time.perf_counter()
    translator.translate_batch(
        tokens,
        beam_size=beam_size,
        max_batch_size=1024,
        batch_type="tokens",
        max_decoding_length=max_decoding_length,
        replace_unknowns=True,
        return_scores=True,
    )
    return len(segments) / (time.perf_counter() - started)


def measure_engine(
    packages_dir: Path, segments: list[str], *, beam_size: int, max_decoding_length: int, chunk: int, pair: tuple[str, str]
) -> float:
    """Segments/s of our path: masking + `ArgosEngine.translate_batch`, `chunk` units per call."""
    from l10n.mt.argos import ArgosEngine
    from l10n.mt.base import translate_masked

    source, target = pair
    engine = ArgosEngine(packages_dir=packages_dir, beam_size=beam_size, max_decoding_length=max_decoding_length)
    # Random weights never keep a mask, so every unit with placeholders would be retranslated with
    # the next mask style: an artefact of a noise model, not a cost a real model pays. One style only.
    engine.mask_styles = engine.mask_styles[:1]
    engine.translate_batch(segments[:4], source=source, target=target)  # load once, as a run does
    started = time.perf_counter()
    for offset in range(0, len(segments), chunk):
        outcomes = translate_masked(engine, segments[offset : offset + chunk], source=source, target=target)
        assert len(outcomes) == len(segments[offset : offset + chunk])
    return len(segments) / (time.perf_counter() - started)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_all(package: Path, segments: list[str], *, args: argparse.Namespace, pair: tuple[str, str]) -> dict[str, float]:
    """Rates of every path: (2) and (3) interleaved, best of `args.repeat` (other load hits all alike)."""
    cap = args.max_decoding_length
    raw = functools.partial(measure_raw, package, segments, max_decoding_length=cap)
    ours = functools.partial(
        measure_engine, package.parent, segments, max_decoding_length=cap, chunk=args.engine_batch, pair=pair
    )
    runs = {
        "(2) raw CTranslate2, beam 4": functools.partial(raw, beam_size=4),
        "(3) l10n engine, beam 4": functools.partial(ours, beam_size=4),
        "(2) raw CTranslate2, greedy": functools.partial(raw, beam_size=1),
        "(3) l10n engine, greedy": functools.partial(ours, beam_size=1),
    }
    rates: dict[str, float] = {}
    for _ in range(args.repeat):
        for label, run in runs.items():
            rates[label] = max(rates.get(label, 0.0), run())
    sample = segments[:: max(1, len(segments) // args.argos_sample)][: args.argos_sample]
    rates["(1) argos per string, beam 4"] = measure_argos_per_string(sample, pair=pair, max_decoding_length=cap)
    return rates


def print_report(rates: dict[str, float]) -> None:
    print()
    for label, rate in rates.items():
        print(f"{label:34s} {rate:8.2f} segments/s")
    argos = rates["(1) argos per string, beam 4"]
    beam4 = rates["(3) l10n engine, beam 4"]
    greedy = rates["(3) l10n engine, greedy"]
    print()
    print(f"(3)/(1) beam 4: {beam4 / argos:5.1f}×   (target ≥ 8×)")
    print(f"(3)/(1) greedy vs argos beam 4: {greedy / argos:5.1f}×")
    print(f"(3)/(2) beam 4: {beam4 / rates['(2) raw CTranslate2, beam 4']:5.2f}   (target ≥ 0.90)")
    print(f"(3)/(2) greedy: {greedy / rates['(2) raw CTranslate2, greedy']:5.2f}")
    print(f"peak RSS of this process: {peak_rss_mb():.0f} MB (it holds every path's translators; target < 1024)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--segments", type=int, default=2000)
    parser.add_argument("--argos-sample", type=int, default=300, help="segments timed for (1), the slow path")
    parser.add_argument("--vocab", type=int, default=16000)
    parser.add_argument("--layers", type=int, default=6)
    parser.add_argument("--max-decoding-length", type=int, default=64)
    parser.add_argument("--engine-batch", type=int, default=256, help="units per call (l10n translate --batch-size)")
    parser.add_argument("--repeat", type=int, default=3, help="interleaved runs of (2) and (3); the best counts")
    parser.add_argument("--quick", action="store_true", help="small smoke run (120 segments, 24 for argos, 1 run)")
    args = parser.parse_args(argv)
    if args.quick:
        args.segments, args.argos_sample, args.max_decoding_length, args.repeat = 120, 24, 48, 1

    scratch = Path(tempfile.mkdtemp(prefix="l10n-bench-mt-"))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(scratch / name.lower())  # Argos creates folders at import: keep them here
    packages_dir = scratch / "packages"
    os.environ["ARGOS_PACKAGES_DIR"] = str(packages_dir)
    from_code, to_code = "en", "zh"

    segments = news_segments(args.segments)
    started = time.perf_counter()
    package = build_random_package(
        packages_dir, segments, vocab=args.vocab, layers=args.layers, from_code=from_code, to_code=to_code
    )
    words = sum(len(s.split()) for s in segments) / len(segments)
    print(f"model: {args.layers}+{args.layers} layers, d=512, vocab {args.vocab}, int8; "
          f"built in {time.perf_counter() - started:.1f}s")
    print(f"segments: {len(segments)} (~{words:.0f} words each); decoding capped at {args.max_decoding_length}; "
          f"cores: {os.cpu_count()}")

    rates = measure_all(package, segments, args=args, pair=(from_code, to_code))
    print(f"load average after the runs: {os.getloadavg()[0]:.1f} (best of {args.repeat} interleaved runs of (2), (3))")
    print_report(rates)
    return 0


if __name__ == "__main__":
    sys.exit(main())
