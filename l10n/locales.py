"""Locale codes validated once, at the CLI boundary, into a `TargetLocale` (Babel + safe path part).

Catalog folders use the gettext form (`zh_CN`, `pt_BR`); pages use BCP 47 (`zh-Hans-CN`,
`pt-BR`). Anything that is not a CLDR locale, or that could escape a folder, is refused.

A command works on the project's locales (`l10n.toml` `locales`) only: `resolve_locale` refuses
any other code and names the close matches, compared through CLDR likely subtags (UTS #35,
"Likely Subtags"), so `zh_Hans` points to `zh_CN` and `de_DE` to `de`. It does not quietly
map them: a different code is a different catalog folder, and `de_AT` is not `de`. A bare
language written in different scripts in different countries (`zh`: Simplified in CN,
Traditional in TW) is refused everywhere with its variants.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from typing import TYPE_CHECKING

from babel import Locale, UnknownLocaleError

from l10n.errors import LocaleError

if TYPE_CHECKING:
    from l10n.model import Document

DEFAULT_TARGET_LOCALES = ("zh_CN", "zh_TW", "ja", "ko", "de", "fr", "es", "ar", "ru", "pt_BR")
SOURCE_LOCALE = "en"

_CODE_SHAPE = re.compile(r"^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8}){0,2}$")
_AFTER_LANGUAGE = re.compile(r"[-_.@]")  # BCP 47 and CLDR subtags; POSIX's .codeset and @modifier
_CJK_LANGUAGES = frozenset({"zh", "ja", "ko"})
_NO_SPACE_LANGUAGES = frozenset({"zh", "ja"})  # sentences join without a space


def language_of(tag: str) -> str:
    """The language subtag of a locale tag, lower case: what "the same language" compares.

    Every form a tag reaches us in starts with it: BCP 47 (`en-GB`, `zh-Hant-TW`), CLDR and
    gettext (`en_GB`, `zh_Hant_TW`) and POSIX (`sr@latin`, `de_DE.UTF-8`: IEEE Std 1003.1 §8.2).
    The tag is not validated (`parse_locale` does that); "" stays "".

    >>> [language_of(tag) for tag in ("en_GB", "en-GB", "zh_Hant_TW", "sr@latin", "pt", "PT-br", "")]
    ['en', 'en', 'zh', 'sr', 'pt', 'pt', '']
    """
    return _AFTER_LANGUAGE.split(tag.strip(), maxsplit=1)[0].lower()


@dataclass(frozen=True)
class TargetLocale:
    """A validated locale: `code` is the gettext/CLDR form used in paths (`zh_CN`)."""

    code: str

    def __reduce__(self) -> tuple[type[TargetLocale], tuple[str]]:
        """Sent to a worker process as its code: the CLDR data cached with it is the receiver's
        to load (Babel keeps it per process), not ~150 KB to pickle with every article."""
        return (TargetLocale, (self.code,))

    @cached_property
    def babel(self) -> Locale:
        return Locale.parse(self.code)

    @property
    def language(self) -> str:
        return self.babel.language

    @cached_property
    def english_name(self) -> str:
        """ "Chinese (Simplified, China)": for PO headers (Babel builds an `en` Locale per lookup)."""
        return self.babel.english_name or self.code

    @cached_property
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

    @cached_property
    def direction(self) -> str:
        return "rtl" if self.babel.character_order == "right-to-left" else "ltr"

    @property
    def is_cjk(self) -> bool:
        return self.language in _CJK_LANGUAGES

    @cached_property
    def joins_without_space(self) -> bool:
        """Chinese and Japanese sentences follow each other without a space (asked per sentence:
        `assemble.article._separator_between`, ~33,000 times a cold `assemble` at 200 × 10)."""
        return self.language in _NO_SPACE_LANGUAGES

    @cached_property
    def display_name(self) -> str:
        """The locale's own name for itself ("简体中文" style), for language switchers."""
        return self.babel.get_display_name(self.babel) or self.code

    def __str__(self) -> str:
        return self.code


@lru_cache(maxsize=1024)
def parse_locale(code: str) -> TargetLocale:
    """Validate `code` (`zh_CN`, `zh-CN`, `pt-BR`, `ar`) and return its canonical form (the
    same object for the same code: a site's page records name a few locales many times).

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
    except (UnknownLocaleError, ValueError):
        raise LocaleError(f"unknown locale {code!r}: not a CLDR locale code") from None
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


def locale_in(tag: str, codes: Sequence[str]) -> TargetLocale | None:
    """The one of `codes` (a project's locales) that a language tag read from an exchange file
    names, or None: the locale of the same code (`locale_from_tag`: any case, `-` or `_`), else
    the only one CLDR likely subtags make the same (`es-ES` is `es`, `en-US` is `en`), never
    another variant (`es-419`, `pt-PT`, `de-AT` name none of `es`, `pt_BR`, `de`), nor a bare
    language written in several scripts (`zh` names neither `zh_CN` nor `zh_TW`).

    >>> [getattr(locale_in(tag, ["es", "de", "zh_CN"]), "code", None) for tag in ("ES-es", "de-DE", "es-419", "zh")]
    ['es', 'de', None, None]
    """
    locale = locale_from_tag(tag)
    if locale.code in codes:
        return locale
    if "_" not in locale.code and _has_several_scripts(locale.code):
        return None
    wanted = maximized(locale.code)
    same = [code for code in codes if wanted is not None and maximized(code) == wanted]
    return parse_locale(same[0]) if len(same) == 1 else None


def article_language(doc: Document, project_source: str, *, by_operator: bool = False) -> str | None:
    """The article's language where it is not the project's source language, else None: what
    the template's `X-Source-Language` header says, so `translate` never feeds it to an engine
    for the project's language (`l10n.mt.batch`). Languages are compared by their first subtag
    (`zh_Hant` is `zh`). An article read as the default `SOURCE_LOCALE` may only have declared
    nothing (ingest cannot tell), so in a project of another language it counts as the project's,
    unless the operator named it (`by_operator`: `extract --lang en`) or ingest read it from the
    article's text (`Document.language_read`: an English text that states no language).

    >>> from l10n.model import Block, Document
    >>> [article_language(Document([Block("paragraph", "x")], source_locale=lang), project)
    ...  for lang, project in (("de", "en"), ("en", "en_US"), ("en", "fr"), ("zh_Hant", "zh_Hans"), ("fr", "de"))]
    ['de', None, None, None, 'fr']
    >>> article_language(Document([Block("paragraph", "x")], source_locale="en"), "fr", by_operator=True)
    'en'
    """
    language = doc.source_locale or SOURCE_LOCALE
    said = by_operator or doc.language_read  # not a CMS's default: the operator's word, or read from the text
    if language_of(language) == language_of(project_source) or (language == SOURCE_LOCALE and not said):
        return None
    return language


def own_language_locale(language: str | None, codes: Sequence[str], *, variant: str = "") -> TargetLocale | None:
    """The one of `codes` (a project's locales) that an article written in `language` is
    already in, or None: its edition there is the article itself (the source edition), never
    a translation of the article into its own language.

    `language` is the article's where it is not the project's (`X-Source-Language`,
    `locales.article_language`: a language, for Chinese with its script, no territory); None
    (an article in the project's language) names none, so those keep every locale as a
    translation (`en` → `en_US`). A locale is it as `locale_in` reads an exchange file's tag:
    the same code, else the only locale CLDR likely subtags make the same language, script and
    territory. The territory is the one the article states (`variant`: `Document.source_variant`,
    a template's `X-Source-Variant`, `en_GB`, taken when it is of `language`), else the likely
    one (`zh_Hans` is zh_CN, `zh_Hant` zh_TW, `pt` pt_BR, `ru` ru), never another region's (`pt`
    is not pt_PT, `en` not en_GB, `en` stated as `en_GB` not en_US: those stay translations). A
    locale that names no region (`de`, `es`, `ar`) is the article's whatever region it states
    (an Austrian `de-AT` page is the `de` edition, as before regions were read).

    >>> [getattr(own_language_locale(tag, DEFAULT_TARGET_LOCALES), "code", None) for tag in ("zh_Hans", "zh_Hant", "ru", "pt", "en", None)]
    ['zh_CN', 'zh_TW', 'ru', 'pt_BR', None, None]
    >>> own_language_locale("pt", ["pt_PT", "de"]), own_language_locale("en", ["en_GB"])
    (None, None)
    >>> [getattr(own_language_locale("en", codes, variant="en_GB"), "code", None) for codes in (["en_US"], ["en_GB", "en_US"], ["en"])]
    [None, 'en_GB', 'en']
    >>> [getattr(own_language_locale(tag, ["zh_CN", "zh_TW", "de", "pt_BR"], variant=v), "code", None)
    ...  for tag, v in (("zh_Hans", "zh_CN"), ("zh_Hant", "zh_HK"), ("de", "de_AT"), ("pt", "pt_PT"), ("pt", "pt_XX"))]
    ['zh_CN', None, 'de', None, 'pt_BR']
    """
    if not language:
        return None
    try:
        likely = locale_in(language, codes)
    except LocaleError:  # not a locale (a header another tool wrote): no locale is it
        return None
    parts = variant.replace("-", "_").split("_")
    if len(parts) < 2 or language_of(variant) != language_of(language) or parts[-1].istitle():
        return likely  # no region stated (a script is no region)
    try:
        stated = locale_in(f"{language}_{parts[-1]}", codes)  # `zh_Hans` stated as zh_HK: zh_Hans_HK
    except LocaleError:  # a region CLDR has no locale of, for this language: none stated
        return likely
    return stated or (likely if likely is not None and not _names_region(likely.code) else None)


def _names_region(code: str) -> bool:
    """Whether a locale code names a territory (`en_US`, `es_419`, `sr_Latn_RS`; not `de`, `sr_Latn`)."""
    return any(len(part) == 2 or part.isdigit() for part in code.split("_")[1:])


def parse_config_locale(code: str) -> TargetLocale:
    """`parse_locale`, and a bare language whose script depends on the country is refused.

    >>> parse_config_locale("zh")
    Traceback (most recent call last):
    l10n.errors.LocaleError: 'zh' names a language written in more than one script: use zh_CN or zh_TW
    """
    locale = parse_locale(code)
    if "_" not in locale.code and _has_several_scripts(locale.code):
        variants = " or ".join(_script_variants(locale.code))
        raise LocaleError(f"{code.strip()!r} names a language written in more than one script: use {variants}")
    return locale


def parse_language_option(code: str, *, option: str = "--lang") -> TargetLocale:
    """A language named on the command line (`extract --lang`), validated as `source_locale` is
    in l10n.toml (`parse_config_locale`); refused in one line naming the option and, where the
    code names one, the locale meant (`suggest_language`). Any CLDR locale: an article's
    language need not be one of the project's.

    >>> parse_language_option("de-AT").code
    'de_AT'
    >>> parse_language_option("deu")
    Traceback (most recent call last):
    l10n.errors.LocaleError: --lang: unknown locale 'deu' (did you mean de?)
    """
    try:
        return parse_config_locale(code)
    except LocaleError as exc:
        raise LocaleError(f"{option}: {exc.message}{suggest_language(code)}") from None


def suggest_language(code: str) -> str:
    """' (did you mean x?)' for a code that is no CLDR locale but names one, by CLDR's own
    tables: a three-letter or retired code it aliases (`deu`, `ger` → de, `iw` → he), a
    language's English name (`German`), a country's code (`jp` → ja, `cn` → zh_CN: the
    country's likely language) or a known language with an unknown region (`de_XX` → de).

    >>> [suggest_language(code) for code in ("ger", "German", "jp", "cn", "de_XX", "xx")]
    [' (did you mean de?)', ' (did you mean de?)', ' (did you mean ja?)', ' (did you mean zh_CN?)', ' (did you mean de?)', '']
    """
    from babel.core import get_global, parse_locale

    raw = code.strip().replace("-", "_")
    first = raw.split("_")[0]
    found = [get_global("language_aliases").get(first.lower(), "")]
    found.append(next((tag for tag, name in Locale("en").languages.items() if name.lower() == raw.lower()), ""))
    country = get_global("likely_subtags").get(f"und_{first.upper()}") if len(first) == 2 else None
    if country:
        language, territory, *_ = parse_locale(country)
        found += [language, f"{language}_{territory}"]
    if "_" in raw:
        found.append(first.lower())
    for tag in found:
        try:
            meant = parse_config_locale(tag).code if tag else ""
        except LocaleError:
            continue
        if meant and meant.lower() != raw.lower():
            return f" (did you mean {meant}?)"
    return ""


def resolve_locale(code: str, project_locales: Sequence[str], *, option: str = "--locales") -> TargetLocale:
    """`code` as one of the project's locales, or a `LocaleError` naming the closest ones.

    >>> resolve_locale("zh-CN", ["zh_CN", "de"]).code
    'zh_CN'
    >>> resolve_locale("de-DE", ["zh_CN", "de"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    l10n.errors.LocaleError: --locales: 'de-DE' is not a project locale (did you mean de?); ... in l10n.toml)
    """
    try:
        locale = parse_locale(code)
    except LocaleError as exc:
        raise LocaleError(f"{option}: {exc.message}{suggest_locale(code, project_locales)}") from None
    if "_" not in locale.code and _has_several_scripts(locale.code):
        variants = [c for c in project_locales if language_of(c) == locale.code] or _script_variants(locale.code)
        raise LocaleError(
            f"{option}: {code.strip()!r} names a language written in more than one script: use {' or '.join(variants)}"
        )
    if locale.code in project_locales:
        return locale
    known = ", ".join(project_locales)
    raise LocaleError(
        f"{option}: {code.strip()!r} is not a project locale{suggest_locale(code, project_locales)}; the project's "
        f"locales are {known} (to add one, list it under `locales` in l10n.toml)"
    )


def resolve_locale_list(
    text: str | None,
    project_locales: Sequence[str],
    *,
    option: str = "--locales",
    default: Sequence[str] | None = None,
) -> list[TargetLocale]:
    """A comma-separated option resolved with `resolve_locale`; empty means `default` (else
    every project locale)."""
    codes = [c for c in (text or "").split(",") if c.strip()]
    if not codes:
        return parse_locale_list(None, default=tuple(project_locales if default is None else default))
    seen: dict[str, TargetLocale] = {}
    for code in codes:
        locale = resolve_locale(code, project_locales, option=option)
        seen.setdefault(locale.code, locale)
    return list(seen.values())


def suggest_locale(code: str, project_locales: Sequence[str]) -> str:
    """' (did you mean x or y?)': project locales with the same maximized form, else the same
    language, else close spellings (difflib); '' when none is close.

    >>> suggest_locale("de_CH", ["de", "es"]), suggest_locale("it", ["de", "es"])
    (' (did you mean de?)', '')
    """
    import difflib

    raw = code.strip().replace("-", "_")
    target = maximized(raw)
    same = [c for c in project_locales if target is not None and maximized(c) == target and "_" in raw]
    if not same and target is not None:
        same = [c for c in project_locales if language_of(c) == target[0]]
    if not same:
        same = difflib.get_close_matches(raw, list(project_locales), n=2, cutoff=0.6)
    return f" (did you mean {' or '.join(same)}?)" if same else ""


@lru_cache(maxsize=1024)
def maximized(code: str) -> tuple[str, str, str] | None:
    """(language, script, territory) with CLDR likely subtags filled in (UTS #35 "Add Likely
    Subtags"); None if not a locale.

    The likely tag is split as a string (`babel.core.parse_locale`), not loaded as a `Locale`:
    Babel's `Locale.parse("en_Latn_US")` finds no locale data of that name (CLDR names it
    `en_US`, the script being the likely one) and falls back to `en_US`, dropping the script,
    so English, Japanese and Korean had none.

    >>> [maximized(code) for code in ("en", "ja", "zh_TW", "sr", "pa_PK", "sr_Latn", "xx")]
    [('en', 'Latn', 'US'), ('ja', 'Jpan', 'JP'), ('zh', 'Hant', 'TW'), ('sr', 'Cyrl', 'RS'), ('pa', 'Arab', 'PK'), ('sr', 'Latn', 'RS'), None]
    """
    from babel.core import get_global, parse_locale

    try:
        loc = Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None
    likely = get_global("likely_subtags")
    for probe in (
        f"{loc.language}_{loc.script}" if loc.script else None,
        f"{loc.language}_{loc.territory}" if loc.territory else None,
        loc.language,
    ):
        if probe and probe in likely:
            _, territory, script, *_ = parse_locale(likely[probe])
            return (loc.language, loc.script or script or "", loc.territory or territory or "")
    return (loc.language, loc.script or "", loc.territory or "")


@cache
def _country_scripts(language: str) -> frozenset[str]:
    """The likely script of each `language_TERRITORY` locale CLDR has: more than one means the
    script depends on the country (zh: Hans in CN, Hant in TW; sr, pa, ...). Only `language`'s
    own identifiers are looked at: a command checks one or two languages, not all of CLDR."""
    from babel import localedata

    mine = [identifier.split("_") for identifier in localedata.locale_identifiers() if identifier.startswith(language)]
    if not any(parts[0] == language and len(parts) > 1 and len(parts[1]) == 4 for parts in mine):
        return frozenset()  # no `language_Script` locale: one script (and CLDR's likely subtags stay unloaded)
    scripts: set[str] = set()
    for parts in mine:
        if parts[0] == language and len(parts) > 1 and (len(parts[-1]) == 2 or parts[-1].isdigit()):
            found = maximized(f"{language}_{parts[-1]}")
            if found is not None and found[1]:
                scripts.add(found[1])
    return frozenset(scripts)


def _has_several_scripts(language: str) -> bool:
    return len(_country_scripts(language)) > 1


def _script_variants(language: str) -> list[str]:
    """The usual locale per script of `language`: `zh` → zh_CN, zh_TW (CLDR likely territory
    of `language_Script`), or `sr_Cyrl`, `sr_Latn` when both scripts share a country."""
    found: dict[str, str] = {}
    for script in sorted(_country_scripts(language)):
        full = maximized(f"{language}_{script}")
        found[script] = f"{language}_{full[2]}" if full is not None and full[2] else f"{language}_{script}"
    codes = list(found.values())
    if len(set(codes)) < len(codes):
        codes = [f"{language}_{script}" for script in found]
    return codes
