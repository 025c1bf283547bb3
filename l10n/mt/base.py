"""The one protocol every MT engine implements, plus the masking that protects placeholders.

An engine only turns a batch of already-masked source strings into target strings. Masking
of `{name}` placeholders and inline tags, verification after translation, batching, caching,
resume and progress live outside the engines (here and in `l10n.mt.batch`), so every engine
gets them the same way (design decision 3). Glossary terms reach this module already turned into
placeholders of their own (`{glossary_1}`, see `l10n.mt.terms`), so they are masked and verified
exactly like `{money_1}`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol, runtime_checkable

from l10n.errors import EngineError
from l10n.placeables.placeholder import PLACEHOLDER_PATTERN
from l10n.urls import addresses

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


@dataclass(frozen=True)
class EngineInputs:
    """What an engine's output (and `auto`'s choice of it) depends on outside the project, found
    without loading a model: `versions` (text: library versions, settings), `files` whose state
    (size, times, inode) is watched, and `folders` `(path, name suffix, recursive)` listed in full.
    A whole-run record of `translate` keys on them (`l10n.mt.registry.engine_inputs`), the way
    make keys on a compiler's path; an engine without an `inputs()` method gets no such record.
    Our own code is not listed: every record already keys on it (`fingerprint.code_state`)."""

    versions: tuple[str, ...] = ()
    files: tuple[str, ...] = ()
    folders: tuple[tuple[str, str, bool], ...] = ()

    def __add__(self, other: EngineInputs) -> EngineInputs:
        return EngineInputs(self.versions + other.versions, self.files + other.files, self.folders + other.folders)


def library_files(*names: str) -> tuple[str, ...]:
    """Where the installed libraries `names` live (each top-level module's file), found without
    importing them: watched as `EngineInputs.files`, their state stands for the version (an
    upgrade or reinstall rewrites them); a library that is not installed is named as such.

    >>> library_files("json")[0].endswith("json/__init__.py"), library_files("no_such_library_x")
    (True, ('no_such_library_x (not installed)',))
    """
    from importlib.util import find_spec

    found = []
    for name in names:
        spec = find_spec(name)
        found.append(spec.origin if spec is not None and spec.origin else f"{name} (not installed)")
    return tuple(found)


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

_TOKEN_PATTERN = re.compile(r"⟦\s*(\d+)\s*⟧")
_TOKEN_DEBRIS = re.compile(r"[⟦⟧]")
XML_FORMAT = '<ph id="{index}"/>'
"""The "xml" mask: an empty `<ph>` element (XLIFF's name for a placeholder). Measured with
`apertium -f html eng-spa` (Debian apertium 3.8.3): it comes back as `<ph id="1"></ph>`, both forms
unmask. Apertium treats the tag as a blank, so sentence flow around it can suffer; it is the
fallback when tokens do not survive."""
_XML_PATTERN = re.compile(r'<ph\s+id="(\d+)"\s*(?:/>|>\s*</ph>)')
_XML_DEBRIS = re.compile(r"</?ph\b")


class PlaceholderError(EngineError):
    """A translation lost, duplicated, renamed or invented a placeholder; it must not be written."""


def placeholders(text: str) -> list[str]:
    """The placeholders of `text` in order, with repeats.

    >>> placeholders("From {range_1}, over {money_1} ({money_2}); {a_1}x{a_1_end}")
    ['{range_1}', '{money_1}', '{money_2}', '{a_1}', '{a_1_end}']
    """
    return [match.group(0) for match in PLACEHOLDER_PATTERN.finditer(text)]


@dataclass(frozen=True)
class Masked:
    """A source text with its placeholders hidden: `mapping` maps each mask to its placeholder;
    `expected` lists the source's placeholders with repeats (what the translation must hold)."""

    text: str
    mapping: dict[str, str] = field(default_factory=dict)
    style: MaskStyle = "brace"
    expected: tuple[str, ...] = ()


def _mask_for(style: MaskStyle, index: int) -> str:
    return (TOKEN_FORMAT if style == "token" else XML_FORMAT).format(index=index)


def can_mask(text: str, style: MaskStyle) -> bool:
    """False when `text` already contains what `style` uses as a mask (it would be ambiguous)."""
    if style == "token":
        return not _TOKEN_DEBRIS.search(text)
    if style == "xml":
        return not _XML_DEBRIS.search(text)
    return True


def mask(text: str, style: MaskStyle) -> Masked:
    """Hide the placeholders of `text` behind masks of `style`, numbered 1, 2 … per occurrence;
    then its web and email addresses (`urls.addresses`), one mask per address, which every
    translation must copy as written (QA's `addresses`) and Apertium lower-cased
    ("github.com/GSA/…" → "github.com/gsa/…"). The "brace" style hides nothing.

    >>> mask("Over {money_1} ({money_2}).", "token").text
    'Over ⟦1⟧ (⟦2⟧).'
    >>> mask("On {date_1}", "xml").text
    'On <ph id="1"/>'
    >>> mask("On {date_1}", "brace").text
    'On {date_1}'
    >>> mask("{a_1}github.com/GSA/data{a_1_end} - The data.", "token").text
    '⟦1⟧⟦3⟧⟦2⟧ - The data.'
    """
    if not can_mask(text, style):
        raise PlaceholderError(f"text already contains {style} mask characters; cannot mask it safely")
    if style == "brace":
        found = tuple(placeholders(text))
        return Masked(text, {p: p for p in found}, style, found)
    mapping: dict[str, str] = {}

    def hide(hidden: str) -> str:
        token = _mask_for(style, len(mapping) + 1)
        mapping[token] = hidden
        return token

    masked_text = PLACEHOLDER_PATTERN.sub(lambda match: hide(match.group(0)), text)
    expected = tuple(mapping.values())
    for address in sorted(set(addresses(masked_text)), key=len, reverse=True):  # "x.com/a" before "x.com"
        masked_text = masked_text.replace(address, hide(address))
    return Masked(masked_text, mapping, style, expected)


def unmask(masked_text: str, masked: Masked) -> str:
    """Put the placeholders back into an engine's output and verify them.

    Every mask must come back exactly once, and nothing else that looks like a mask or placeholder
    may appear; otherwise `PlaceholderError` (the caller retries with another style or leaves the
    unit untranslated — a broken translation is never written).

    >>> m = mask("Over {money_1} ({money_2}).", "token")
    >>> unmask("超过 ⟦ 1 ⟧（⟦2⟧）。", m)
    '超过 {money_1}（{money_2}）。'
    >>> unmask("超过 ⟦1⟧。", m)
    Traceback (most recent call last):
    ...
    l10n.mt.base.PlaceholderError: placeholders changed in translation: missing {money_2}
    """
    moved_addresses = False
    if masked.style == "brace":
        restored = masked_text
    else:
        pattern = _TOKEN_PATTERN if masked.style == "token" else _XML_PATTERN
        debris = _TOKEN_DEBRIS if masked.style == "token" else _XML_DEBRIS
        invented: list[str] = []

        def replace(match: re.Match[str]) -> str:
            token = _mask_for(masked.style, int(match.group(1)))
            if token not in masked.mapping:
                invented.append(match.group(0))
                return match.group(0)
            return masked.mapping[token]

        restored = pattern.sub(replace, masked_text)
        if invented or debris.search(restored):
            raise PlaceholderError(f"unknown or broken masks in translation: {masked_text!r}")
        written = Counter(match.group(1) for match in pattern.finditer(masked.text))
        moved_addresses = Counter(match.group(1) for match in pattern.finditer(masked_text)) != written
    verify_placeholders(masked.expected, restored)
    if moved_addresses:  # placeholders fine, so an address's mask was lost or repeated
        raise PlaceholderError(f"web or email addresses lost or repeated in translation: {masked_text!r}")
    return restored


def verify_placeholders(expected: Sequence[str], translation: str) -> None:
    """Raise `PlaceholderError` unless `translation` has exactly the `expected` placeholders.

    Order may change (languages reorder phrases); count and names may not.
    """
    want, got = Counter(expected), Counter(placeholders(translation))
    if want == got:
        return
    problems = [f"missing {p}" for p in sorted(want - got)] + [f"unexpected {p}" for p in sorted(got - want)]
    raise PlaceholderError("placeholders changed in translation: " + ", ".join(problems))


@dataclass(frozen=True)
class MaskedTranslation:
    """The outcome for one source text: a verified `result`, or `None` with the `problem` seen."""

    source: str
    result: EngineResult | None
    style: MaskStyle | None = None
    problem: str = ""
    masks_broke: bool = False
    """No style tried could carry its placeholders (they broke, or it could not be masked so):
    a style not tried yet may (`GroupRun` pools such texts into one retry); a text the engine
    refused is not retried."""

    @property
    def ok(self) -> bool:
        return self.result is not None


def translate_masked(
    engine: Engine,
    texts: Sequence[str],
    *,
    source: str,
    target: str,
    styles: Sequence[MaskStyle] | None = None,
) -> list[MaskedTranslation]:
    """Translate `texts` through `engine` with placeholder protection, one outcome per text.

    Each style of `styles` (default `engine.mask_styles`) is tried in turn, in ONE engine call
    per style for every text still pending, so a batch stays a batch. Texts without placeholders
    are done after the first call whatever comes back. A call the engine refuses (`EngineError`:
    e.g. a text longer than the model's position limit) is retried one text at a time, so only
    the text it refuses alone fails — with the engine's reason as its problem — and never the
    batch or the run. `GroupRun` asks for the first style alone and pools the texts whose masks
    broke (`MaskedTranslation.masks_broke`) into one call of the next style for a whole run.
    """
    outcomes: dict[int, MaskedTranslation] = {}
    problems: dict[int, str] = {}
    pending = list(range(len(texts)))
    for style in engine.mask_styles if styles is None else styles:
        if not pending:
            break
        maskable = [i for i in pending if can_mask(texts[i], style)]
        for i in set(pending) - set(maskable):
            problems[i] = f"source text contains {style} mask characters"
        masks = {i: mask(texts[i], style) for i in maskable}
        results = _translate_each_if_refused(engine, [masks[i].text for i in maskable], source=source, target=target)
        for i, result in zip(maskable, results):
            if isinstance(result, str):  # the engine refused this text alone: no other style helps
                outcomes[i] = MaskedTranslation(texts[i], None, None, result)
                continue
            try:
                text = unmask(result.text, masks[i])
            except PlaceholderError as exc:
                problems[i] = f"{style}: {exc.message}"
                continue
            outcomes[i] = MaskedTranslation(texts[i], EngineResult(text, result.score), style)
        pending = [i for i in pending if i not in outcomes]
    for i in pending:
        problem = problems.get(i, "no mask style available")
        outcomes[i] = MaskedTranslation(texts[i], None, None, problem, masks_broke=i in problems)
    return [outcomes[i] for i in range(len(texts))]


def _translate_each_if_refused(
    engine: Engine, texts: Sequence[str], *, source: str, target: str
) -> list[EngineResult | str]:
    """`engine.translate_batch(texts)`; when the engine refuses the batch, each text on its own.
    A text refused alone comes back as its problem (a string, one line). When it refuses every
    text of the batch alone, the engine is broken, not a unit: its error stops the run."""
    if not texts:
        return []
    try:
        results: list[EngineResult | str] = list(engine.translate_batch(texts, source=source, target=target))
    except EngineError as exc:
        if len(texts) == 1:
            return [f"{engine.name} refused it: {exc.message}"]
        singles = [
            item for text in texts for item in _translate_each_if_refused(engine, [text], source=source, target=target)
        ]
        if all(isinstance(item, str) for item in singles):
            raise
        return singles
    if len(results) != len(texts):
        raise EngineError(f"engine {engine.name} returned {len(results)} results for {len(texts)} texts")
    return results
