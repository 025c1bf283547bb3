"""The argos engine: Argos Translate packages run directly with CTranslate2 and SentencePiece.

Why not `argostranslate.translate`: it imports stanza, splits sentences again (ours are already
segmented) and translates one sentence per CTranslate2 call (its default batch is 32 *tokens*).
Here the package's `ctranslate2.Translator` and its tokenizer (SentencePiece, or Moses + BPE:
`l10n.mt.tokenizers`, the same path for both kinds) are loaded once per process — on the device
`l10n.mt.device` resolved — and a call's units are sorted by length and cut into batches
(`l10n.mt.decode_cost`: ~1,024 padded input tokens, as CTranslate2's docs advise for
"Translator.translate_batch" with batch_type="tokens", and a budget of decoding steps learnt from
what the model decoded), each one asynchronous `translate_batch` call. Package conventions
(target prefix, `replace_unknowns=True`, stripping the prefix) follow
`argostranslate.translate.apply_packaged_translation`. Scores are length-normalised log-probs.

Threads: `inter_threads` translators run batches in parallel, each on `intra_threads` cores.
Measured on 2 cores: intra_threads=2 was 2.4× slower than 1, so the default is
inter_threads=min(2, cores), intra_threads=1.

Decoding options (beam size, maximum output length, tokens per batch) come from the caller, else
the package's metadata, else our defaults, and are always within `models.DECODING_LIMITS`.
Memory: a loaded model stays until `ArgosEngine.close()` (the batch runner closes an engine when
its locales are done) or `clear_model_cache()`, so a run over many locales holds one model (or one
pivot pair) at a time, not all of them.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from l10n.errors import EngineError, EngineUnavailable
from l10n.mt.base import EngineInputs, EngineResult, MaskStyle, library_files
from l10n.mt.decode_cost import OutputLengths, balanced_batches
from l10n.mt.models import ArgosPackage, clamp_decoding_option, resolve_packages_dir, translation_route
from l10n.mt.tokenizers import Tokenizer, load_tokenizer

DEFAULT_BEAM_SIZE = 4
DEFAULT_MAX_BATCH_TOKENS = 1024
DEFAULT_MAX_DECODING_LENGTH = 256

_LOADED: dict[tuple, LoadedModel] = {}
_LOADING = threading.Lock()


def available_cores() -> int:
    """Cores this process may run on (the affinity mask, not the machine's total)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class LoadedModel:
    """A package's CTranslate2 translator and tokenizer, loaded once per process."""

    translator: Any  # a ctranslate2.Translator (imported where used)
    tokenizer: Tokenizer


def load_model(
    package: ArgosPackage,
    *,
    inter_threads: int,
    intra_threads: int,
    compute_type: str = "default",
    device: str = "cpu",
) -> LoadedModel:
    """Load (or reuse) the package's model; cached by package path, file stamp, device and threads."""
    weights = package.model_dir / "model.bin"
    try:
        stamp = weights.stat().st_mtime_ns
    except OSError as exc:
        raise EngineUnavailable(f"argos package has no model/model.bin: {exc}", path=package.path) from exc
    key = (
        str(package.path.resolve()),
        package.package_version,
        stamp,
        inter_threads,
        intra_threads,
        compute_type,
        device,
    )
    with _LOADING:
        if key not in _LOADED:
            import ctranslate2

            try:
                translator = ctranslate2.Translator(
                    str(package.model_dir),
                    device=device,
                    compute_type=compute_type,
                    inter_threads=inter_threads,
                    intra_threads=intra_threads,
                )
                tokenizer = load_tokenizer(
                    package.tokenizer_kind, package.tokenizer_file, source=package.from_code, target=package.to_code
                )
            except (RuntimeError, ValueError, OSError) as exc:
                raise EngineUnavailable(f"cannot load argos model: {exc}", path=package.path) from exc
            _LOADED[key] = LoadedModel(translator=translator, tokenizer=tokenizer)
        return _LOADED[key]


def loaded_models() -> list[str]:
    """Folders of the packages whose models this process holds now (for tests and benchmarks)."""
    with _LOADING:
        return sorted({key[0] for key in _LOADED})


def release_models(packages: Sequence[ArgosPackage] | None = None) -> None:
    """Unload the models of `packages` (all when None): CTranslate2 frees their weights at once."""
    folders = None if packages is None else {str(p.path.resolve()) for p in packages}
    with _LOADING:
        for key in [k for k in _LOADED if folders is None or k[0] in folders]:
            model = _LOADED.pop(key)
            unload = getattr(model.translator, "unload_model", None)
            if unload is not None:
                unload()


def clear_model_cache() -> None:
    """Forget loaded models (after `l10n models remove`, or to free memory)."""
    release_models(None)


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
        max_batch_tokens: int | None = None,
        max_decoding_length: int | None = None,
        compute_type: str = "default",
        device: str = "cpu",
    ) -> None:
        self.packages_dir = packages_dir
        self.inter_threads = inter_threads or min(2, available_cores())
        self.intra_threads = intra_threads
        self.compute_type = compute_type
        self.device = device  # concrete ("cpu"/"cuda"): `l10n.mt.device.resolve_decoding` decided
        self.notes: list[str] = []  # options clamped to DECODING_LIMITS, for the report
        self.beam_size = self._bounded("beam_size", beam_size, where="engine option")
        self.max_batch_tokens = self._bounded("max_batch_tokens", max_batch_tokens, where="engine option")
        self.max_decoding_length = self._bounded("max_decoding_length", max_decoding_length, where="engine option")
        self._routes: dict[tuple[str, str], list[ArgosPackage]] = {}
        self._lengths: dict[str, OutputLengths] = {}  # per package: what its outputs cost

    def _bounded(self, name: str, value: int | None, *, where: str) -> int | None:
        bounded, warning = clamp_decoding_option(name, value, where=where)
        if warning:
            self.notes.append(warning)
        return bounded

    def warnings(self, source: str, target: str) -> list[str]:
        """What was clamped or ignored for this pair: engine options, then each package's metadata."""
        return [*self.notes, *(w for package in self.route(source, target) for w in package.warnings)]

    def inputs(self) -> EngineInputs:
        """The installed packages (every file of the packages folder: a model installed, removed or
        replaced changes what `auto` picks and what this engine writes), the decoding settings,
        and the libraries that decode and tokenise — the state of their modules, which an upgrade
        rewrites, found without importing them (`library_files`)."""
        settings = (
            f"argos device={self.device} compute_type={self.compute_type} beam={self.beam_size} "
            f"max_decoding_length={self.max_decoding_length} max_batch_tokens={self.max_batch_tokens}"
        )
        libraries = library_files("ctranslate2", "sentencepiece", "sacremoses", "argostranslate")
        return EngineInputs((settings,), libraries, ((str(resolve_packages_dir(self.packages_dir)), "", True),))

    def close(self) -> None:
        """Release the models this engine loaded (the batch runner calls it when a locale is done)."""
        release_models([package for route in self._routes.values() for package in route])

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
            device=self.device,
        )
        results = [EngineResult(text, 0.0) for text in texts]  # blank units pass through as they are
        todo = [i for i, text in enumerate(texts) if text.strip()]
        if not todo:
            return results
        pieces = model.tokenizer.encode([texts[i] for i in todo])
        prefix = package.target_prefix
        max_tokens = self.max_batch_tokens or package.max_batch_tokens or DEFAULT_MAX_BATCH_TOKENS
        cap = self.max_decoding_length or package.max_decoding_length or DEFAULT_MAX_DECODING_LENGTH
        options = {
            "beam_size": self.beam_size or package.beam_size or DEFAULT_BEAM_SIZE,
            "max_decoding_length": cap,
            "replace_unknowns": True,
            "return_scores": True,
            "length_penalty": 1.0,  # score = log-prob / length (CTranslate2: "length_penalty")
            "asynchronous": True,
        }
        lengths = self._lengths.setdefault(str(package.path), OutputLengths())
        outputs: list = [None] * len(pieces)

        def cut(indices: list[int]) -> list[list[int]]:
            sizes = [len(pieces[i]) for i in indices]
            steps = [lengths.expected(size, cap=cap) for size in sizes]
            batches = balanced_batches(sizes, max_tokens=max_tokens, workers=self.inter_threads, steps=steps)
            return [[indices[j] for j in batch] for batch in batches]

        def submit(batch: list[int]) -> tuple[list[int], list]:
            translations = model.translator.translate_batch(
                [pieces[i] for i in batch], target_prefix=[[prefix]] * len(batch) if prefix else None, **options
            )
            return batch, translations

        def learn(batch: list[int], translations: list) -> None:
            for i, translation in zip(batch, translations):
                outputs[i] = translation.result()
                output = len(outputs[i].hypotheses[0]) - (1 if prefix else 0)
                lengths.observe(len(pieces[i]), output, cap=cap - (1 if prefix else 0))

        try:
            batches = cut(list(range(len(pieces))))
            if lengths.learnt or len(batches) <= self.inter_threads:
                pending = [submit(batch) for batch in batches]
            else:  # unknown model: one batch per translator, learn from the first done, cut the rest
                pending = [submit(batch) for batch in batches[: self.inter_threads]]
                while not any(translations[0].done() for _, translations in pending):
                    time.sleep(0.002)
                first = next(p for p in pending if p[1][0].done())
                learn(*first)
                taken = {i for batch, _ in pending for i in batch}
                pending += [submit(batch) for batch in cut([i for i in range(len(pieces)) if i not in taken])]
                pending.remove(first)
            for batch, translations in pending:
                learn(batch, translations)
        except (RuntimeError, ValueError) as exc:
            raise EngineError(f"CTranslate2 failed: {exc}", path=package.path) from exc
        for index, output in zip(todo, outputs):
            hypothesis = list(output.hypotheses[0])
            if prefix and hypothesis[:1] == [prefix]:
                hypothesis = hypothesis[1:]
            text = model.tokenizer.decode(hypothesis)
            results[index] = EngineResult(text, float(output.scores[0]))
        return results
