"""The argos engine: Argos Translate packages run directly with CTranslate2 and SentencePiece.

Why not `argostranslate.translate`: it imports stanza, splits sentences again (ours are already
segmented) and translates one sentence per CTranslate2 call (its default batch is 32 *tokens*).
Here the package's `ctranslate2.Translator` and `sentencepiece.SentencePieceProcessor` are loaded
once per process and every unit of a batch goes to one `translate_batch` call, which sorts the
inputs by length and cuts ~1,024-token batches so padding stays small (CTranslate2 docs,
"Translator.translate_batch": max_batch_size with batch_type="tokens"). Package conventions
(target prefix, `replace_unknowns=True`, stripping the prefix) follow
`argostranslate.translate.apply_packaged_translation`. Scores are length-normalised log-probs.

Threads: `inter_threads` translators run batches in parallel, each on `intra_threads` cores.
Measured on 2 cores: intra_threads=2 was 2.4× slower than 1, so the default is
inter_threads=min(2, cores), intra_threads=1.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from l10n.errors import EngineError, EngineUnavailable
from l10n.mt.base import EngineResult, MaskStyle
from l10n.mt.models import ArgosPackage, translation_route

DEFAULT_BEAM_SIZE = 4
DEFAULT_MAX_BATCH_TOKENS = 1024
DEFAULT_MAX_DECODING_LENGTH = 256

_LOADED: dict[tuple, "LoadedModel"] = {}
_LOADING = threading.Lock()


def available_cores() -> int:
    """Cores this process may run on (the affinity mask, not the machine's total)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class LoadedModel:
    """A package's CTranslate2 translator and SentencePiece processor, loaded once per process."""

    translator: object
    sentencepiece: object


def load_model(
    package: ArgosPackage, *, inter_threads: int, intra_threads: int, compute_type: str = "default"
) -> LoadedModel:
    """Load (or reuse) the package's model; cached by package path, file stamp and thread settings."""
    weights = package.model_dir / "model.bin"
    try:
        stamp = weights.stat().st_mtime_ns
    except OSError as exc:
        raise EngineUnavailable(f"argos package has no model/model.bin: {exc}", path=package.path) from exc
    key = (str(package.path.resolve()), package.package_version, stamp, inter_threads, intra_threads, compute_type)
    with _LOADING:
        if key not in _LOADED:
            import ctranslate2
            import sentencepiece

            try:
                translator = ctranslate2.Translator(
                    str(package.model_dir),
                    device="cpu",
                    compute_type=compute_type,
                    inter_threads=inter_threads,
                    intra_threads=intra_threads,
                )
                processor = sentencepiece.SentencePieceProcessor(model_file=str(package.sentencepiece_model))
            except (RuntimeError, ValueError, OSError) as exc:
                raise EngineUnavailable(f"cannot load argos model: {exc}", path=package.path) from exc
            _LOADED[key] = LoadedModel(translator=translator, sentencepiece=processor)
        return _LOADED[key]


def clear_model_cache() -> None:
    """Forget loaded models (after `l10n models remove`, or to free memory)."""
    with _LOADING:
        _LOADED.clear()


def balanced_batches(lengths: Sequence[int], *, max_tokens: int, workers: int) -> list[list[int]]:
    """Indices of `lengths` (tokens per input) cut into batches for `workers` parallel translators.

    Why not CTranslate2's own `max_batch_size` with `batch_type="tokens"`: it cuts greedily, so a
    call can end with a short batch while the other workers idle, and `l10n translate` makes one
    call per `--batch-size` chunk. Here the inputs are sorted by length (little padding, as
    CTranslate2 does), the batch count is `ceil(padded tokens / max_tokens)` rounded up to a
    multiple of `workers`, and the cuts minimise the largest batch's padded size (inputs × longest
    input), so the workers finish together. Longest batches first.

    >>> balanced_batches([5, 1, 9, 3, 7, 2], max_tokens=16, workers=2)
    [[2, 4], [0, 3, 5, 1]]
    >>> balanced_batches([4, 4, 4], max_tokens=1024, workers=2)
    [[0, 1], [2]]
    >>> balanced_batches([], max_tokens=1024, workers=2)
    []
    """
    order = sorted(range(len(lengths)), key=lambda i: lengths[i], reverse=True)
    sizes = [max(1, lengths[i]) for i in order]
    if not order:
        return []

    def cut(largest: int) -> list[list[int]]:
        batches, start = [], 0
        while start < len(order):
            end = start + 1  # sizes descend: the batch's first input is its longest
            while end < len(order) and sizes[start] * (end + 1 - start) <= largest:
                end += 1
            batches.append(order[start:end])
            start = end
        return batches

    count = -(-sum(sizes) // max(1, max_tokens))
    count = min(len(order), -(-count // max(1, workers)) * max(1, workers))
    low, high = sizes[0], sizes[0] * len(order)  # `high` always fits in one batch
    while low < high:
        middle = (low + high) // 2
        low, high = (low, middle) if len(cut(middle)) <= count else (middle + 1, high)
    return cut(low)


class ArgosEngine:
    """`l10n.mt.base.Engine` over installed Argos packages, direct or through a pivot language."""

    name = "argos"
    mask_styles: tuple[MaskStyle, ...] = ("token", "brace")

    def __init__(
        self,
        *,
        packages_dir: Path | None = None,
        inter_threads: int | None = None,
        intra_threads: int = 1,
        beam_size: int | None = None,
        max_batch_tokens: int = DEFAULT_MAX_BATCH_TOKENS,
        max_decoding_length: int = DEFAULT_MAX_DECODING_LENGTH,
        compute_type: str = "default",
    ) -> None:
        self.packages_dir = packages_dir
        self.inter_threads = inter_threads or min(2, available_cores())
        self.intra_threads = intra_threads
        self.beam_size = beam_size
        self.max_batch_tokens = max_batch_tokens
        self.max_decoding_length = max_decoding_length
        self.compute_type = compute_type
        self._routes: dict[tuple[str, str], list[ArgosPackage]] = {}

    def route(self, source: str, target: str) -> list[ArgosPackage]:
        """The packages chained for source→target (remembered per engine instance)."""
        if (source, target) not in self._routes:
            self._routes[(source, target)] = translation_route(source, target, packages_dir=self.packages_dir)
        return self._routes[(source, target)]

    def supports(self, source: str, target: str) -> bool:
        try:
            self.route(source, target)
        except EngineUnavailable:
            return False
        return True

    def model_id(self, source: str, target: str) -> str:
        """`argos:translate-en_zh-1_0@1.0`, or both packages joined by `+` for a pivot."""
        return "argos:" + "+".join(package.model_id for package in self.route(source, target))

    def translate_batch(self, texts: Sequence[str], *, source: str, target: str) -> list[EngineResult]:
        texts = list(texts)
        if not texts:
            return []
        scores = [0.0] * len(texts)
        for package in self.route(source, target):
            results = self._translate_with(package, texts)
            texts = [result.text for result in results]
            scores = [total + (result.score or 0.0) for total, result in zip(scores, results)]
        return [EngineResult(text, score) for text, score in zip(texts, scores)]

    def _translate_with(self, package: ArgosPackage, texts: list[str]) -> list[EngineResult]:
        model = load_model(
            package,
            inter_threads=self.inter_threads,
            intra_threads=self.intra_threads,
            compute_type=self.compute_type,
        )
        results = [EngineResult(text, 0.0) for text in texts]  # blank units pass through as they are
        todo = [i for i, text in enumerate(texts) if text.strip()]
        if not todo:
            return results
        pieces = model.sentencepiece.encode([texts[i] for i in todo], out_type=str)
        prefix = package.target_prefix
        batches = balanced_batches(
            [len(tokens) for tokens in pieces], max_tokens=self.max_batch_tokens, workers=self.inter_threads
        )
        options = {
            "beam_size": self.beam_size or package.beam_size or DEFAULT_BEAM_SIZE,
            "max_decoding_length": self.max_decoding_length,
            "replace_unknowns": True,
            "return_scores": True,
            "length_penalty": 1.0,  # score = log-prob / length (CTranslate2: "length_penalty")
            "asynchronous": True,
        }
        outputs: list = [None] * len(pieces)
        try:
            pending = [
                (batch, model.translator.translate_batch(
                    [pieces[i] for i in batch], target_prefix=[[prefix]] * len(batch) if prefix else None, **options
                ))
                for batch in batches
            ]  # fmt: skip
            for batch, translations in pending:
                for i, translation in zip(batch, translations):
                    outputs[i] = translation.result()
        except (RuntimeError, ValueError) as exc:
            raise EngineError(f"CTranslate2 failed: {exc}", path=package.path) from exc
        for index, output in zip(todo, outputs):
            hypothesis = list(output.hypotheses[0])
            if prefix and hypothesis[:1] == [prefix]:
                hypothesis = hypothesis[1:]
            text = model.sentencepiece.decode_pieces(hypothesis)
            results[index] = EngineResult(text, float(output.scores[0]))
        return results
