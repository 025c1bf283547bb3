"""Glossary terms through MT: protected like placeholders, restored as the glossary says (issue 4).

Why masking rather than asking the engine: none of our engines takes a terminology constraint
(Argos/CTranslate2 has no lexically constrained decoding, Apertium has no per-run dictionary), but
all of them carry placeholders through (`l10n.mt.base`). So a term found in the source becomes a
placeholder of its own, `{glossary_1}`, `{glossary_2}` … (numbered per occurrence, after the
text's own `{money_1}` style placeholders in the same namespace the catalogs use); `base.mask`
then hides it behind the engine's mask style and `base.unmask` verifies that every term token came
back exactly once. After MT, `restore_terms` writes the glossary's target text in its place: a
do-not-translate term (Thalys) as itself, a forced term (Baoshan District) as its translation
(宝山区). The glossary is the project's `locales/glossary.csv` (`l10n.memory.glossary`).

Terms are matched like the glossary's own lookup (`Glossary.terms_in`, which the `#.` comments
and QA use): case-sensitive, whole words, longest term first; text inside an existing placeholder
is never matched. A term whose target text itself looks like a placeholder is left unprotected
(restoring it would invent a placeholder that `msgfmt -c` rejects).

The MT cache keys a result by the terms applied to its text (`terms_digest`, folded into the
model id by `cache_model_id`): a changed glossary misses the cache for exactly the sentences whose
terms changed, and sentences without terms keep their old cache entries.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from l10n.mt.base import PLACEHOLDER_PATTERN

TERM_PLACEHOLDER_PREFIX = "glossary_"
_TERM_PLACEHOLDER = re.compile(r"\{" + TERM_PLACEHOLDER_PREFIX + r"(\d+)\}")


@dataclass(frozen=True)
class ProtectedText:
    """A source text with its glossary terms replaced by `{glossary_N}` placeholders.

    `targets` maps each such placeholder to the text written back after MT; `applied` is the set
    of (source term, target text) pairs found, which keys the cache. Without terms, `text` is the
    source itself and both are empty.
    """

    source: str
    text: str
    targets: dict[str, str] = field(default_factory=dict)
    applied: tuple[tuple[str, str], ...] = ()
    terms: dict[str, str] = field(default_factory=dict)  # placeholder -> source term
    digest: str = field(init=False, repr=False, compare=False)
    """A short hash of the applied terms ("" when none), for the cache key."""
    key: tuple[str, str] = field(init=False, repr=False, compare=False)
    """(source, digest): what one translation is for; equal keys share one result."""

    def __post_init__(self) -> None:
        # made once: a cold run asks the key of each of 270,000 units several times (lookups,
        # results, counts), and a property (or `cached_property`'s first call) cost more
        object.__setattr__(self, "digest", terms_digest(self.applied))
        object.__setattr__(self, "key", (self.source, self.digest))

    @property
    def has_terms(self) -> bool:
        return bool(self.targets)


def terms_digest(applied: tuple[tuple[str, str], ...]) -> str:
    """A stable 12-hex-digit hash of (term, target) pairs, order-independent; "" for none.

    >>> terms_digest(()) == "" and terms_digest((("a", "b"), ("c", "d"))) == terms_digest((("c", "d"), ("a", "b")))
    True
    """
    if not applied:
        return ""
    canonical = json.dumps(sorted(set(applied)), ensure_ascii=False)
    return hashlib.sha1(canonical.encode("utf-8")).hexdigest()[:12]


def cache_model_id(model_id: str, protected: ProtectedText) -> str:
    """The model id the MT cache stores a result under: the engine's, plus the terms digest.

    >>> cache_model_id("pseudo-1", protect_terms("Plain text.", {"Thalys": "Thalys"}))
    'pseudo-1'
    >>> cache_model_id("pseudo-1", protect_terms("Thalys trains.", {"Thalys": "Thalys"}))
    'pseudo-1 terms=e5ea6efe57fa'
    """
    digest = protected.digest
    return f"{model_id} terms={digest}" if digest else model_id


class TermProtector:
    """The forced terms of one locale (`forced_terms(glossary, locale=...)`), compiled once."""

    def __init__(self, forced: Mapping[str, str]) -> None:
        self.forced = {
            term: target for term, target in forced.items() if term and not PLACEHOLDER_PATTERN.search(target)
        }
        terms = sorted(self.forced, key=lambda t: (-len(t), t))
        alternatives = "|".join(re.escape(t) for t in terms)
        self._pattern = (
            re.compile(rf"({PLACEHOLDER_PATTERN.pattern})|(?<!\w)(?:{alternatives})(?!\w)") if terms else None
        )

    def protect(self, text: str) -> ProtectedText:
        """Replace every glossary term of `text` by its own `{glossary_N}` placeholder."""
        if self._pattern is None or _TERM_PLACEHOLDER.search(text):
            return ProtectedText(text, text)
        targets: dict[str, str] = {}
        terms: dict[str, str] = {}
        applied: dict[tuple[str, str], None] = {}

        def replace(match: re.Match[str]) -> str:
            if match.group(1):  # an existing placeholder: keep it as it is
                return match.group(0)
            term = match.group(0)
            placeholder = "{" + f"{TERM_PLACEHOLDER_PREFIX}{len(targets) + 1}" + "}"
            targets[placeholder] = self.forced[term]
            terms[placeholder] = term
            applied[(term, self.forced[term])] = None
            return placeholder

        protected = self._pattern.sub(replace, text)
        return ProtectedText(text, protected, targets, tuple(applied), terms)


def protect_terms(text: str, forced: Mapping[str, str]) -> ProtectedText:
    """`TermProtector(forced).protect(text)`, for one-off use.

    >>> p = protect_terms("Baoshan District and Baoshan, {money_1}.", {"Baoshan": "宝山", "Baoshan District": "宝山区"})
    >>> p.text
    '{glossary_1} and {glossary_2}, {money_1}.'
    >>> p.targets
    {'{glossary_1}': '宝山区', '{glossary_2}': '宝山'}
    """
    return TermProtector(forced).protect(text)


def restore_terms(translation: str, protected: ProtectedText) -> str:
    """Write each term's target text where its placeholder came back (already verified by
    `base.unmask`: each exactly once).

    A translated term that opens the sentence gets a capital first letter when the glossary writes
    it in lower case ("distrito de Baoshan"); do-not-translate terms stay exactly as written.

    >>> p = protect_terms("Thalys and Baoshan District.", {"Thalys": "Thalys", "Baoshan District": "distrito de Baoshan"})
    >>> restore_terms("{glossary_1} y {glossary_2}.", p)
    'Thalys y distrito de Baoshan.'
    >>> restore_terms("«{glossary_2} y {glossary_1}».", p)
    '«Distrito de Baoshan y Thalys».'
    """
    if not protected.targets:
        return translation

    def replace(match: re.Match[str]) -> str:
        placeholder = match.group(0)
        target = protected.targets.get(placeholder, placeholder)
        opens_sentence = not any(c.isalnum() for c in translation[: match.start()])
        if opens_sentence and target[:1].islower() and target != protected.terms.get(placeholder):
            return target[:1].upper() + target[1:]
        return target

    return _TERM_PLACEHOLDER.sub(replace, translation)
