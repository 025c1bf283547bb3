"""The two ways an Argos package cuts text into model tokens: SentencePiece, or Moses + BPE.

Argos Translate (`argostranslate/tokenizer.py`, `package.py`) picks the tokenizer from the files
in the package folder: `sentencepiece.model` wins, else `bpe.model`. A BPE package's text is
normalised and tokenised with Moses (`sacremoses`: `MosesPunctNormalizer`, `MosesTokenizer` of the
source language), segmented with the package's BPE codes (subword-nmt's format, applied with the
copy Argos ships, `argostranslate.apply_bpe.BPE`, so the segmentation is Argos's), and the
model's output is joined (`@@ ` removed) and detokenised with `MosesDetokenizer` of the target
language. One difference from Argos, on purpose: our placeholder masks (`⟦1⟧`, see
`l10n.mt.base.TOKEN_FORMAT`) are a Moses *protected pattern*, so they stay one token instead of
being cut into `⟦ 1 ⟧` and glued wrongly to their neighbours on the way back.

The BPE codes file is hostile input like the rest of a package: Argos's reader calls
`sys.exit(1)` on a malformed line, so the file is checked here first (version line 0.1/0.2, then
exactly two symbols per line) and a bad one is a one-line `EngineError` naming file and line.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from l10n.errors import EngineError, EngineUnavailable

MASK_PATTERN = r"⟦\d+⟧"
MAX_BPE_CODES_BYTES = 64 * 1024 * 1024  # real codes files are 0.3–2 MB
SUPPORTED_BPE_VERSIONS = ("0.1", "0.2")


class Tokenizer(Protocol):
    """Text ↔ model tokens for one package (source side in, target side out)."""

    def encode(self, texts: Sequence[str]) -> list[list[str]]: ...

    def decode(self, tokens: Sequence[str]) -> str: ...


class SentencePieceTokenizer:
    """`sentencepiece.model`: pieces in, pieces out (`decode_pieces` undoes `▁` and byte fallback)."""

    def __init__(self, model_file: Path) -> None:
        import sentencepiece

        self.processor = sentencepiece.SentencePieceProcessor(model_file=str(model_file))

    def encode(self, texts: Sequence[str]) -> list[list[str]]:
        return self.processor.encode(list(texts), out_type=str)

    def decode(self, tokens: Sequence[str]) -> str:
        return self.processor.decode_pieces(list(tokens))


class BPETokenizer:
    """`bpe.model`: Moses normalise + tokenise (source), BPE codes, join `@@`, Moses detokenise (target)."""

    def __init__(self, codes_file: Path, *, source: str, target: str) -> None:
        try:
            from argostranslate.apply_bpe import BPE
            from sacremoses import MosesDetokenizer, MosesPunctNormalizer, MosesTokenizer
        except ImportError as exc:  # pragma: no cover - both are declared dependencies
            raise EngineUnavailable(f"BPE packages need sacremoses and argostranslate: {exc}") from None
        codes = read_bpe_codes(codes_file)
        self.bpe = BPE(io.StringIO(codes))
        self.normalizer = MosesPunctNormalizer(source)
        self.tokenizer = MosesTokenizer(source)
        self.detokenizer = MosesDetokenizer(target)

    def encode(self, texts: Sequence[str]) -> list[list[str]]:
        return [self._encode(text) for text in texts]

    def _encode(self, text: str) -> list[str]:
        normalized = self.normalizer.normalize(text)
        tokens = self.tokenizer.tokenize(normalized, protected_patterns=[MASK_PATTERN])
        return self.bpe.segment_tokens(tokens)

    def decode(self, tokens: Sequence[str]) -> str:
        words = " ".join(tokens).replace("@@ ", "").split(" ")
        return self.detokenizer.detokenize(words)


def read_bpe_codes(path: Path) -> str:
    """The codes file's text, checked line by line (subword-nmt format) before Argos's reader sees it."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BPE_CODES_BYTES:
            raise EngineError(f"BPE codes file is larger than {MAX_BPE_CODES_BYTES} bytes", path=path)
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise EngineError(f"unreadable BPE codes: {exc}", path=path) from None
    lines = text.splitlines()
    start = 0
    if lines and lines[0].startswith("#version:"):
        version = lines[0].split()[-1]
        if version not in SUPPORTED_BPE_VERSIONS:
            raise EngineError(
                f"BPE codes version {version!r} is not one of {', '.join(SUPPORTED_BPE_VERSIONS)}", path=path, line=1
            )
        start = 1
    for number, line in enumerate(lines[start:], start=start + 1):
        if len(line.strip("\r\n ").split(" ")) != 2:
            raise EngineError(
                f"a BPE merge is two symbols separated by one space, not {line[:40]!r}", path=path, line=number
            )
    if len(lines) == start:
        raise EngineError("BPE codes file holds no merges", path=path)
    return text


def load_tokenizer(kind: str, model_file: Path, *, source: str, target: str) -> Tokenizer:
    """The tokenizer for a package's `kind` ("sentencepiece" or "bpe")."""
    if kind == "bpe":
        return BPETokenizer(model_file, source=source, target=target)
    return SentencePieceTokenizer(model_file)


def check_tokenizer(kind: str, model_file: Path) -> None:
    """Refuse a package whose tokenizer file cannot be loaded (at install, not at first translation)."""
    if kind == "bpe":
        read_bpe_codes(model_file)
        return
    import sentencepiece

    try:
        sentencepiece.SentencePieceProcessor(model_file=str(model_file))
    except (RuntimeError, OSError, ValueError) as exc:
        raise EngineError(f"unreadable SentencePiece model: {exc}", path=model_file) from None
