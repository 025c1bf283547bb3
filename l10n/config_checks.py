"""The validators a setting of `l10n.toml` is declared with (`l10n.config.declare`).

Each takes the raw value — from TOML, or a command-line string — and returns the value to use, or
raises `ValueError` with a short reason that `l10n.config` turns into a one-line error naming the
file and line, or the option. A typo in a word is answered with the closest known words
(`did_you_mean`, `difflib` as Python's own "did you mean" does).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from typing import Any

from l10n.errors import L10nError
from l10n.locales import parse_config_locale, suggest_language

Validator = Callable[[Any], Any]


def integer(low: int, high: int) -> Validator:
    """A whole number in [low, high] (a command-line string is parsed)."""

    def check(value: Any) -> int:
        if isinstance(value, str) and re.fullmatch(r"[+-]?\d+", value.strip()):
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"expected a whole number from {low} to {high}, not {value!r}")
        if not low <= value <= high:
            raise ValueError(f"{value} is out of range: use a number from {low} to {high}")
        return value

    return check


def one_of(*choices: str) -> Validator:
    """One of `choices`, with the closest one suggested for a typo."""

    def check(value: Any) -> str:
        if not isinstance(value, str) or value not in choices:
            raise ValueError(f"unknown value {value!r}{did_you_mean(str(value), choices)}; use {', '.join(choices)}")
        return value

    return check


def compute_type(value: Any) -> str:
    """A CTranslate2 compute type's name; whether the device supports it is checked when argos runs."""
    if not isinstance(value, str) or not value.replace("_", "").isalnum():
        raise ValueError(f"{value!r} is not a CTranslate2 compute type (default, int8, int8_float16, float16…)")
    return value


def engine_name(value: Any) -> str:
    """An MT engine the registry knows (plug-ins included), or `none` for no MT."""
    from l10n.mt.registry import ENGINE_NAMES, registered_engines  # only when an engine is named

    names = tuple(dict.fromkeys((*ENGINE_NAMES, *registered_engines(), "none")))
    if not isinstance(value, str) or value not in names:
        raise ValueError(f"unknown engine {value!r}{did_you_mean(str(value), names)}; use {', '.join(names)}")
    return value


class EntryError(ValueError):
    """A wrong entry of a table-valued setting (`[l10n.engines] es = …`): `entry` is the table's
    key, so the error names that entry's line, not the table's."""

    def __init__(self, entry: str, message: str) -> None:
        super().__init__(message)
        self.entry = entry


def engine_table(value: Any) -> dict[str, str]:
    """`[l10n.engines]`: a locale code → the engine for that locale (`engine_name`'s names).

    >>> engine_table({"es": "apertium", "zh-TW": "auto"})
    {'es': 'apertium', 'zh_TW': 'auto'}
    """
    if not isinstance(value, dict):
        raise ValueError('expected a table of locale = "engine", such as [l10n.engines] es = "apertium"')
    table: dict[str, str] = {}
    for key, name in value.items():
        try:
            code = locale_code(key)
            if code in table:
                raise ValueError(f"{code} is named twice")
            if not isinstance(name, str):
                raise ValueError(f'expected an engine name such as "apertium", not {type(name).__name__} {name!r}')
            table[code] = engine_name(name)
        except ValueError as exc:
            raise EntryError(key, f"{key}: {exc}") from None
    return table


def language_table(value: Any) -> dict[str, str]:
    """`[l10n.article_languages]`: a glob of article paths (from the project's root, `/` between
    folders, `fnmatch` rules: `*` spans folders) → the language of the articles it matches, any
    CLDR locale (an article's language need not be one of the project's), refused as `extract
    --lang` refuses a code, with what it may mean (`locales.suggest_language`).

    >>> language_table({"articles/berlin/*": "de-AT", "*.ar.txt": "ar"})
    {'articles/berlin/*': 'de_AT', '*.ar.txt': 'ar'}
    >>> language_table({"wire/*": "deu"})
    Traceback (most recent call last):
    l10n.config_checks.EntryError: wire/*: unknown locale 'deu' (did you mean de?)
    """
    if not isinstance(value, dict):
        raise ValueError('expected a table of "glob" = "language", such as [l10n.article_languages] "berlin/*" = "de"')
    table: dict[str, str] = {}
    for pattern, code in value.items():
        try:
            if not isinstance(code, str):
                raise ValueError(f'expected a language code such as "de", not {type(code).__name__} {code!r}')
            table[pattern] = locale_code(code)
        except ValueError as exc:
            raise EntryError(
                pattern, f"{pattern}: {exc}{suggest_language(code) if isinstance(code, str) else ''}"
            ) from None
    return table


def locale_code(value: Any) -> str:
    """One CLDR locale code, in the gettext form used for folders (`zh-CN` → `zh_CN`)."""
    if not isinstance(value, str):
        raise ValueError(f'expected a locale code such as "zh_CN", not {value!r}')
    try:
        return parse_config_locale(value).code
    except L10nError as exc:
        raise ValueError(exc.message) from None


def locale_list(value: Any) -> tuple[str, ...]:
    """A non-empty list of locale codes (a comma-separated string is accepted too)."""
    if isinstance(value, str):
        value = [code.strip() for code in value.split(",") if code.strip()]
    if not isinstance(value, list) or not value:
        raise ValueError(f'expected a list of locale codes such as ["zh_CN", "de"], not {value!r}')
    codes = [locale_code(code) for code in value]
    repeated = sorted({code for code in codes if codes.count(code) > 1})
    if repeated:
        raise ValueError(f"{repeated[0]} is listed twice")
    return tuple(codes)


def absolute_url(value: Any) -> str:
    """An http(s) URL with a host, as sitemaps require (sitemaps.org: absolute, with scheme), that
    also passes the project's one URL rule (`urls.is_site_base_url`: no control characters)."""
    from urllib.parse import urlsplit

    from l10n.urls import is_site_base_url

    text = value.strip() if isinstance(value, str) else ""
    parts = urlsplit(text)
    unsafe = not is_site_base_url(text)
    if unsafe or parts.scheme not in ("http", "https") or not parts.hostname or any(c.isspace() for c in text):
        hint = f"; did you mean 'https://{text.lstrip('/')}'?" if text and "://" not in text else ""
        raise ValueError(f"{value!r} is not an absolute http(s) URL{hint}")
    return text


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """' (did you mean 'x'?)' for the closest choices, or ''.

    >>> did_you_mean("locale", ["locales", "engine"])
    " (did you mean 'locales'?)"
    """
    close = difflib.get_close_matches(word, list(choices), n=2, cutoff=0.6)
    return f" (did you mean {' or '.join(repr(c) for c in close)}?)" if close else ""
