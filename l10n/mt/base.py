"""The one protocol every MT engine implements, plus the masking that protects placeholders.

An engine only turns a batch of already-masked source strings into target strings. Masking
of `{name}` placeholders and inline tags, verification after translation, batching, caching,
resume and progress live outside the engines (here and in `l10n.mt.batch`), so every engine
gets them the same way (design decision 3).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, Protocol, runtime_checkable

MaskStyle = Literal["brace", "xml", "token"]
"""How placeholders are hidden from an engine:
- "brace": left as `{money_1}` (pseudo-localisation needs nothing more);
- "xml": `<ph id="1"/>` style tags, for engines with a markup formatter (Apertium `-f html`);
- "token": short opaque tokens a neural model copies through (for argos).
"""


@dataclass(frozen=True)
class EngineResult:
    """One translation; `score` is the engine's own confidence (e.g. CTranslate2 log-prob), if any."""

    text: str
    score: float | None = None


@runtime_checkable
class Engine(Protocol):
    """An offline MT engine. Language codes are ISO 639 language codes ("en", "zh", "es")."""

    name: str
    mask_styles: tuple[MaskStyle, ...]  # preferred first; the next is tried if placeholders break

    def supports(self, source: str, target: str) -> bool:
        """True when a model/pair for source→target is installed and usable now."""
        ...

    def model_id(self, source: str, target: str) -> str:
        """Names the model and its version, for the cache key and PO provenance."""
        ...

    def translate_batch(self, texts: Sequence[str], *, source: str, target: str) -> list[EngineResult]:
        """Translate masked texts, one result per input, in order. Raises EngineUnavailable/EngineError."""
        ...


# --- masking (design decision 3: one home for every engine) ---------------------------------

TOKEN_FORMAT = "⟦{index}⟧"
"""The "token" mask: `⟦1⟧`, `⟦2⟧` … (U+27E6/U+27E7 MATHEMATICAL WHITE SQUARE BRACKETS around a
1-based decimal index, numbered per unit in order of appearance).

Why this form: the brackets never occur in news text, survive SentencePiece with
`normalization_rule_name="identity"`, and a neural model either copies them or, when they are out
of its vocabulary, emits `<unk>` that CTranslate2's `replace_unknowns=True` replaces with the
attended source piece — the bracket itself. Digits are copied by every model we know. The tiny test
model (`tools/make_tiny_model.py`) has `⟦`, `⟧` and the digits as pieces and copies them.
Unmasking tolerates spaces a model may insert inside the brackets (`⟦ 1 ⟧`).
"""
