"""Traditional Chinese catalogs derived from the Simplified one with OpenCC, when no direct model.

Not an engine over English: a conversion step zh_CN → zh_TW (OpenCC `s2twp`: Taiwan characters
*and* Taiwan phrasing, 软件 → 軟體) or zh_HK (`s2hk`). Every zh_CN msgstr, reviewed or fuzzy, gives
a suggestion for the same unit. The result is always written fuzzy (design decision 4: it is
machine output, and a reviewed Simplified sentence does not make a reviewed Traditional one —
Taiwan vocabulary still needs a human look), with provenance
`mt: opencc s2twp from zh_CN <date> (reviewed|fuzzy)` so a reviewer knows how far to trust it.
Human zh_TW translations are never touched (`apply_suggestions` only fills empty/MT entries).

Building a converter loads OpenCC's dictionaries (~0.1 s for `s2twp`, far more than converting a
catalog), so one converter per configuration is built per process and shared by every catalog;
`release_converters()` drops them when the locale is done (`bench/mt_opencc.py` measures this
against OpenCC called directly).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from l10n.errors import EngineUnavailable
from l10n.locales import TargetLocale
from l10n.model import Suggestion, Translation
from l10n.mt.base import PlaceholderError, placeholders, verify_placeholders

if TYPE_CHECKING:
    from l10n.catalog.translations import Written

SIMPLIFIED_SOURCE = "zh_CN"
OPENCC_CONFIGS = {"zh_TW": "s2twp", "zh_HK": "s2hk", "zh_MO": "s2hk", "zh_Hant": "s2t"}


def opencc_config_for(locale: TargetLocale) -> str | None:
    """The OpenCC configuration that turns zh_CN into `locale`, or None if it is not Traditional.

    >>> opencc_config_for(TargetLocale("zh_TW")), opencc_config_for(TargetLocale("ja"))
    ('s2twp', None)
    """
    return OPENCC_CONFIGS.get(locale.code)


@dataclass(frozen=True)
class OpenCCConversion:
    """The zh_CN → Traditional step as `auto` chooses it (the batch runner recognises this type)."""

    target: TargetLocale
    config: str
    name: str = "opencc"

    def model_id(self) -> str:
        return f"{self.config} from {SIMPLIFIED_SOURCE}"


@functools.lru_cache(maxsize=4)
def converter(config: str):
    """The process's OpenCC converter for `config`, built on first use (no work at import time)."""
    try:
        import opencc
    except ImportError:  # pragma: no cover - opencc is a declared dependency
        raise EngineUnavailable("OpenCC is missing; install it with `pip install opencc`") from None
    return opencc.OpenCC(config)


def release_converters() -> None:
    """Forget the converters built so far (their dictionaries are freed with them)."""
    converter.cache_clear()


def simplified_to_traditional_suggestions(
    translations: Mapping[tuple[str | None, str], Translation],
    *,
    config: str,
    today: dt.date | None = None,
    only: Collection[tuple[str | None, str]] | None = None,
) -> tuple[list[Suggestion], int]:
    """Suggestions from zh_CN `translations` (from `read_translations`), for the keys in `only`
    when given; also the count refused because conversion changed a placeholder (it never does
    for ASCII names, but we verify)."""
    convert = converter(config).convert
    date = (today or dt.date.today()).isoformat()
    suggestions: list[Suggestion] = []
    refused = 0
    for (msgctxt, msgid), translation in translations.items():
        msgstr = translation.msgstr
        if not msgstr or (only is not None and (msgctxt, msgid) not in only):
            continue
        converted = convert(msgstr)
        try:
            verify_placeholders(placeholders(msgstr), converted)
        except PlaceholderError:
            refused += 1
            continue
        state = "fuzzy" if translation.fuzzy else "reviewed"
        provenance = f"opencc {config} from {SIMPLIFIED_SOURCE} {date} ({state})"
        suggestions.append(Suggestion(msgctxt, msgid, converted, "mt", provenance))
    return suggestions, refused


def derive_traditional_catalog(
    simplified_po: Path,
    traditional_po: Path,
    *,
    config: str,
    overwrite_fuzzy: bool = False,
    written: Written | None = None,
) -> tuple[int, int]:
    """Fill `traditional_po` from `simplified_po`; returns (entries written, refused).

    One locked read of the Traditional catalog, one read of the Simplified one and at most one
    write (`fill_catalog`, which tells `written` what it wrote); when no entry of the Traditional catalog may be filled by a machine
    (a re-run after nothing changed), the Simplified one is neither read nor converted.
    """
    from l10n.catalog.po import fill_catalog, read_translations

    if not Path(simplified_po).is_file():
        return 0, 0
    refused = 0

    def suggest(fillable: Mapping[tuple[str | None, str], Translation]) -> list[Suggestion]:
        nonlocal refused
        suggestions, refused = simplified_to_traditional_suggestions(
            read_translations(simplified_po), config=config, only=fillable
        )
        return suggestions

    return fill_catalog(traditional_po, suggest, overwrite_fuzzy=overwrite_fuzzy, written=written), refused
