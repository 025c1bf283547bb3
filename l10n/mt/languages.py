"""Argos Translate's language codes, and what an operator's locale asks Argos for.

Argos names languages by ISO 639 codes, with two of its own that are not ISO 639 (its package
index uses them): `zt` for Traditional Chinese and `pb` for Brazilian Portuguese. The operator
thinks in locales (`pt_BR`, `zh_TW`), so `l10n models install en pt_BR` asks the index for `pb`
first, then `pt`; a Traditional Chinese locale asks for `zt` only, never for Simplified `zh`
(`l10n.mt.registry.engine_languages` makes the same choice when translating).
"""

from __future__ import annotations

ARGOS_LOCALE_CODES: dict[str, tuple[str, ...]] = {
    "zt": ("zh_TW", "zh_HK", "zh_MO", "zh_Hant"),  # Traditional Chinese
    "pb": ("pt_BR",),  # Brazilian Portuguese
}
"""Argos language codes that are not ISO 639, and the locales each one serves."""


def argos_codes(code: str) -> tuple[str, ...]:
    """Argos's codes for a language or locale the operator typed, preferred first: Argos's own
    code for the locale (`ARGOS_LOCALE_CODES`), then its ISO 639 language — except Traditional
    Chinese, which never falls back to Simplified `zh` (`mt.registry.engine_languages` agrees).

    >>> argos_codes("pt_BR"), argos_codes("pt-br"), argos_codes("zh_TW"), argos_codes("en"), argos_codes("pb")
    (('pb', 'pt'), ('pb', 'pt'), ('zt',), ('en',), ('pb',))
    """
    language, _, rest = code.replace("-", "_").partition("_")
    language = language.lower()
    if not rest:
        return (language,)
    part = rest.upper() if len(rest) <= 3 else rest.title()
    own = tuple(argos for argos, served in ARGOS_LOCALE_CODES.items() if f"{language}_{part}" in served)
    return own if "zt" in own else tuple(dict.fromkeys((*own, language)))
