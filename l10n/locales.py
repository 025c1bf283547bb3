"""Locale codes validated once, at the CLI boundary, into a `TargetLocale` (Babel + safe path part).

Catalog folders use the gettext form (`zh_CN`, `pt_BR`); pages use BCP 47 (`zh-Hans-CN`,
`pt-BR`). Anything that is not a CLDR locale, or that could escape a folder, is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from babel import Locale, UnknownLocaleError

from l10n.errors import LocaleError

DEFAULT_TARGET_LOCALES = ("zh_CN", "zh_TW", "ja", "ko", "de", "fr", "es", "ar", "ru", "pt_BR")
SOURCE_LOCALE = "en"

_CODE_SHAPE = re.compile(r"^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8}){0,2}$")
_CJK_LANGUAGES = frozenset({"zh", "ja", "ko"})
_NO_SPACE_LANGUAGES = frozenset({"zh", "ja"})  # sentences join without a space


@dataclass(frozen=True)
class TargetLocale:
    """A validated locale: `code` is the gettext/CLDR form used in paths (`zh_CN`)."""

    code: str

    @cached_property
    def babel(self) -> Locale:
        return Locale.parse(self.code)

    @property
    def language(self) -> str:
        return self.babel.language

    @cached_property
    def english_name(self) -> str:
        """"Chinese (Simplified, China)": for PO headers (Babel builds an `en` Locale per lookup)."""
        return self.babel.english_name or self.code

    @property
    def bcp47(self) -> str:
        """BCP 47 tag for `<html lang>` and hreflang; Chinese always names its script."""
        loc = self.babel
        parts = [loc.language]
        if loc.script and (loc.language == "zh" or "_" + loc.script in self.code):
            parts.append(loc.script)
        if loc.territory:
            parts.append(loc.territory)
        return "-".join(parts)

    @property
    def exchange_tag(self) -> str:
        """BCP 47 tag in exchange files (XLIFF 1.2 and 2.0, TMX): the locale code with a hyphen
        (`zh-CN`, `pt-BR`, `de`), a script only where the code names one (`sr-Latn-RS`).

        One rule for every format, the tag CAT tools and translation memories match on; a script
        the language and region imply is not added (RFC 5646 §4.1, CLDR likely subtags), so a TM
        entry keeps matching whichever tool wrote it. Pages use `bcp47` (`zh-Hans-CN`).

        >>> parse_locale("zh_CN").exchange_tag, parse_locale("zh_TW").exchange_tag
        ('zh-CN', 'zh-TW')
        """
        return self.code.replace("_", "-")

    @property
    def direction(self) -> str:
        return "rtl" if self.babel.character_order == "right-to-left" else "ltr"

    @property
    def is_cjk(self) -> bool:
        return self.language in _CJK_LANGUAGES

    @property
    def joins_without_space(self) -> bool:
        """Chinese and Japanese sentences follow each other without a space."""
        return self.language in _NO_SPACE_LANGUAGES

    @property
    def display_name(self) -> str:
        """The locale's own name for itself ("简体中文" style), for language switchers."""
        return self.babel.get_display_name(self.babel) or self.code

    def __str__(self) -> str:
        return self.code


def parse_locale(code: str) -> TargetLocale:
    """Validate `code` (`zh_CN`, `zh-CN`, `pt-BR`, `ar`) and return its canonical form.

    >>> parse_locale("zh-CN").code
    'zh_CN'
    >>> parse_locale("pt_BR").bcp47
    'pt-BR'
    >>> parse_locale("zh_TW").bcp47
    'zh-Hant-TW'
    """
    raw = code.strip()
    if not _CODE_SHAPE.match(raw):
        raise LocaleError(f"invalid locale code {code!r}: expected a BCP 47 / CLDR code such as zh_CN")
    try:
        loc = Locale.parse(raw.replace("-", "_"))
    except (UnknownLocaleError, ValueError) as exc:
        raise LocaleError(f"unknown locale {code!r}: {exc}") from None
    parts = raw.replace("-", "_").split("_")
    canonical = "_".join([parts[0].lower()] + [p.title() if len(p) == 4 else p.upper() for p in parts[1:]])
    if loc.language != parts[0].lower():
        raise LocaleError(f"unknown locale {code!r}")
    return TargetLocale(canonical)


def parse_locale_list(text: str | None, *, default: tuple[str, ...] = DEFAULT_TARGET_LOCALES) -> list[TargetLocale]:
    """Parse a comma-separated `--locales` value; empty means the defaults. Duplicates are dropped."""
    codes = [c for c in (text or "").split(",") if c.strip()] or list(default)
    seen: dict[str, TargetLocale] = {}
    for code in codes:
        loc = parse_locale(code)
        seen.setdefault(loc.code, loc)
    return list(seen.values())


def locale_from_tag(tag: str) -> TargetLocale:
    """A language tag read from an exchange file (XLIFF, TMX) as our locale.

    Case and separator are normalised, and a script subtag the language and region already imply
    is dropped (CLDR likely subtags), so `zh-Hans-CN` and `zh-CN` name the same catalog.

    >>> [locale_from_tag(tag).code for tag in ("zh-Hans-CN", "ZH-cn", "zh-Hant-TW", "sr-Latn-RS", "en-US")]
    ['zh_CN', 'zh_CN', 'zh_TW', 'sr_Latn_RS', 'en_US']
    """
    locale = parse_locale(tag)
    parts = locale.code.split("_")
    if len(parts) == 3 and len(parts[1]) == 4:
        try:
            implied = parse_locale(f"{parts[0]}_{parts[2]}")
        except LocaleError:
            return locale
        if implied.babel.script == parts[1]:
            return implied
    return locale
