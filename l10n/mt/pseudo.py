"""Pseudo-localisation: an "engine" that makes any target look translated, for layout testing.

The convention of Android/Windows pseudo-locales (en-XA, qps-ploc): every ASCII letter gets an
accented look-alike (so untranslated, hard-coded strings stand out), text grows by about a third
(German and Finnish run ~30–40 % longer than English), and `[!! … !!]` marks the ends (truncation
shows). Placeholders are left exactly as they are, and so are web and email addresses written in
the text (`l10n.urls.addresses`: an accented address is another address, which QA's `addresses`
check holds — a layout test should not). Deterministic, so re-runs hit the MT cache.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence

from l10n.mt.base import PLACEHOLDER_PATTERN, EngineInputs, EngineResult, MaskStyle
from l10n.urls import address_spans

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥîĵķĺɱñöþǫŕšŧûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŦÛṼŴẊÝŽ",
)
EXPANSION = 0.35
OPEN, CLOSE, PAD = "[!! ", " !!]", "~"
VERSION = "2"  # 2: addresses kept as written


def pseudo_localise(text: str, *, expansion: float = EXPANSION) -> str:
    """Accent letters outside placeholders and addresses, pad to ~`expansion` longer, and bracket
    the result.

    >>> pseudo_localise("Over {money_1} this year.")
    '[!! Öṽéŕ {money_1} ŧĥîš ýéàŕ. ~ !!]'
    >>> pseudo_localise("See www.apnews.com/Brexit.")
    '[!! Šéé www.apnews.com/Brexit. ~ !!]'
    >>> pseudo_localise("")
    ''
    """
    if not text:
        return ""
    kept = sorted([match.span() for match in PLACEHOLDER_PATTERN.finditer(text)] + address_spans(text))
    pieces, last = [], 0
    for start, end in kept:
        if start < last:  # an address holding a placeholder's braces: kept already
            continue
        pieces.append(text[last:start].translate(_ACCENTED))
        pieces.append(text[start:end])
        last = end
    pieces.append(text[last:].translate(_ACCENTED))
    body = "".join(pieces)
    missing = math.ceil(len(text) * (1 + expansion)) - len(text) - len(OPEN) - len(CLOSE)
    if missing > 0:
        body += " " + PAD * max(missing - 1, 1)
    return OPEN + body + CLOSE


class PseudoEngine:
    """The `pseudo` engine: any source → any target, instantly; never chosen by "auto"."""

    name = "pseudo"
    mask_styles: tuple[MaskStyle, ...] = ("brace",)
    batches_in_processes = True  # pure Python, no model: batches spread over worker processes
    depends_on_text_alone = True  # not on the target or batch: one run serves every locale (`GroupRun`)

    def __init__(self, *, expansion: float = EXPANSION) -> None:
        self.expansion = expansion

    def supports(self, source: str, target: str) -> bool:
        return True

    def model_id(self, source: str, target: str) -> str:
        return f"pseudo-{VERSION}-x{self.expansion:g}"

    def inputs(self) -> EngineInputs:
        """Nothing outside this package: its version and expansion are the whole engine."""
        return EngineInputs((self.model_id("", ""),))

    def translate_batch(self, texts: Sequence[str], *, source: str, target: str) -> list[EngineResult]:
        return [EngineResult(_localised(text, self.expansion)) for text in texts]


@functools.lru_cache(maxsize=16384)
def _localised(text: str, expansion: float) -> str:
    """`pseudo_localise`, kept per process: every pseudo locale sends the same texts (its output
    does not depend on the target), one language group after the other."""
    return pseudo_localise(text, expansion=expansion)
