"""`l10n.toml`: every setting declared once, with its validator, default and documentation.

A setting is one `declare(...)` line in this module; the same validator checks the value when it
comes from `l10n.toml` and when it comes from a command-line option (`check_option`), so a typo is
refused the same way everywhere. An unknown key is an error naming the closest known key
(`difflib`, as Python's own "did you mean" does), never silently ignored. The validators a key
is declared with live in `l10n.config_checks`.

The file is TOML 1.0 (read with `tomllib`); keys sit in an `[l10n]` table (or at the top level).
A sub-table is read as dotted keys: a key declared as `site.title` is written `[l10n.site] title = …`
(none is declared so yet; a table-valued key such as `readiness` or `engines` is declared whole).
A key naming locales (`[l10n.engines]`, `[l10n.readiness.<locale>]`) may only name the project's
`locales`: checked once every key is read (`_named_locales`).
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from l10n.config_checks import (
    EntryError,
    Validator,
    absolute_url,
    compute_type,
    did_you_mean,
    engine_name,
    engine_table,
    integer,
    language_table,
    locale_code,
    locale_list,
    one_of,
)
from l10n.errors import ProjectError
from l10n.locales import DEFAULT_TARGET_LOCALES, SOURCE_LOCALE, suggest_locale

CONFIG_FILE = "l10n.toml"
DEVICES = ("auto", "cpu", "cuda")  # where CTranslate2 decodes (`l10n.mt.device`)


@dataclass(frozen=True)
class Key:
    """One setting: `check` returns the value to use or raises `ValueError` with a short reason."""

    name: str
    check: Validator
    default: Any
    doc: str


SCHEMA: dict[str, Key] = {}


def declare(name: str, check: Validator, default: Any, doc: str) -> Key:
    """Add a setting to the schema (one line per setting; see the list at the end of this module)."""
    SCHEMA[name] = key = Key(name, check, default, doc)
    return key


@dataclass(frozen=True)
class Readiness:
    """When a locale's edition is published *as a translation* (`[l10n.readiness]` in l10n.toml).

    Shares are of the article's units (msgctxt + msgid): `min_translated` counts units shown in
    the target language (reviewed, MT or TM; a unit the publish gate held back is not), and
    `min_reviewed` those a person reviewed. The default is every unit translated and QA-clean.
    """

    min_translated: float = 1.0
    min_reviewed: float = 0.0


READINESS_KEYS = ("min_translated", "min_reviewed")
DEFAULT_READINESS = Readiness()


@dataclass(frozen=True)
class ReadinessPolicy:
    """The `readiness` setting: the default policy and each locale's own (`[l10n.readiness.ar]`)."""

    default: Readiness = DEFAULT_READINESS
    by_locale: tuple[tuple[str, Readiness], ...] = ()


def readiness_policy(value: Any) -> ReadinessPolicy:
    """`[l10n.readiness]`: shares from 0 to 1, and per-locale sub-tables with the same keys."""
    if isinstance(value, ReadinessPolicy):
        return value
    if not isinstance(value, dict):
        raise ValueError("[l10n.readiness] must be a table")
    default = _readiness_values(value, DEFAULT_READINESS, name="")
    by_locale: dict[str, Readiness] = {}
    for key, table in value.items():
        if key in READINESS_KEYS:
            continue
        if not isinstance(table, dict):
            raise ValueError(
                f"unknown key {key!r}{did_you_mean(key, READINESS_KEYS)}: use {', '.join(READINESS_KEYS)} "
                "or a locale table"
            )
        try:
            code = locale_code(key)
        except ValueError as error:
            raise ValueError(f"[l10n.readiness.{key}]: {error}") from None
        by_locale[code] = _readiness_values(table, default, name=f"[l10n.readiness.{key}] ")
    return ReadinessPolicy(default, tuple(by_locale.items()))


def _readiness_values(table: dict, base: Readiness, *, name: str) -> Readiness:
    values: dict[str, float] = {}
    for key in READINESS_KEYS:
        if key not in table:
            continue
        value = table[key]
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise ValueError(f"{name}{key} must be a number from 0 to 1 (a share), not {value!r}")
        values[key] = float(value)
    nested = base is not DEFAULT_READINESS
    wrong = [
        key for key, value in table.items() if key not in READINESS_KEYS and (nested or not isinstance(value, dict))
    ]
    if wrong:
        raise ValueError(
            f"{name}unknown key {wrong[0]!r}{did_you_mean(wrong[0], READINESS_KEYS)}: use {', '.join(READINESS_KEYS)}"
        )
    return Readiness(
        min_translated=values.get("min_translated", base.min_translated),
        min_reviewed=values.get("min_reviewed", base.min_reviewed),
    )


# ---- reading -------------------------------------------------------------------------------


class Settings:
    """Values of every declared key (defaults filled in); command-line options override them.

    `Settings(locales=("de",), engine="none")` sets keys by name (code and tests; not checked:
    `read_settings` is where outside values are checked).
    """

    __slots__ = ("values", "path")
    values: Mapping[str, Any]
    path: Path | None

    def __init__(self, values: Mapping[str, Any] | None = None, path: Path | None = None, **named: Any) -> None:
        merged = {name: key.default for name, key in SCHEMA.items()}
        merged.update(values or {})
        for name, value in named.items():
            if name == "extra":
                merged.update(value)
            elif name == "readiness" and isinstance(value, Readiness):
                merged[name] = ReadinessPolicy(value, merged["readiness"].by_locale)
            elif name == "readiness_by_locale":
                merged["readiness"] = ReadinessPolicy(merged["readiness"].default, tuple(dict(value).items()))
            elif name in SCHEMA:
                merged[name] = tuple(value) if name == "locales" else value
            else:
                raise TypeError(f"undeclared setting {name!r}: declare it in l10n/config.py")
        object.__setattr__(self, "values", merged)
        object.__setattr__(self, "path", path)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("Settings are read-only")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Settings) and (self.values, self.path) == (other.values, other.path)

    def __reduce__(self):  # worker processes receive the project, settings included
        return (Settings, (dict(self.values), self.path))

    def __hash__(self) -> int:  # equal settings have equal paths (the values may hold lists)
        return hash(self.path)

    def __repr__(self) -> str:
        return f"Settings({dict(self.values)!r}, path={self.path!r})"

    def get(self, name: str) -> Any:
        """The value of a declared key (a typo in the code is an error too)."""
        if name not in SCHEMA:
            raise KeyError(f"undeclared setting {name!r}: declare it in l10n/config.py")
        return self.values.get(name, SCHEMA[name].default)

    @property
    def locales(self) -> tuple[str, ...]:
        return self.get("locales")

    @property
    def source_locale(self) -> str:
        return self.get("source_locale")

    @property
    def engine(self) -> str:
        return self.get("engine")

    def engine_for(self, code: str) -> str:
        """The MT engine of locale `code`: its `[l10n.engines]` entry, else `engine`."""
        return self.get("engines").get(code, self.engine)

    def article_language(self, reference: str) -> str | None:
        """The language `[l10n.article_languages]` gives the article at `reference` (its path
        from the project's root, `/` between folders): the first glob, in the file's order, that
        matches it; None when none does (the article's own word, or the default, holds)."""
        globs = self.get("article_languages")
        return next((code for glob, code in globs.items() if fnmatch.fnmatchcase(reference, glob)), None)

    @property
    def tm_threshold(self) -> int:
        return self.get("tm_threshold")

    @property
    def readiness(self) -> Readiness:
        return self.get("readiness").default

    @property
    def readiness_by_locale(self) -> dict[str, Readiness]:
        return dict(self.get("readiness").by_locale)

    def readiness_for(self, locale) -> Readiness:
        """The policy of `locale`: its own `[l10n.readiness.<locale>]` table, else the default."""
        return self.readiness_by_locale.get(locale.code, self.readiness)

    @property
    def extra(self) -> dict[str, Any]:
        """Every other declared key (`base_url`, ...), for code that reads them by name."""
        return {name: self.get(name) for name in SCHEMA if name not in _CORE}


def read_settings(path: Path) -> Settings:
    """`l10n.toml` checked against `SCHEMA`; no file means the defaults. Errors name file and line."""
    if not path.is_file():
        if os.path.lexists(path):  # a folder or a dangling link where the settings belong: not "no settings"
            raise ProjectError("the settings are not a file (a folder, or a link to nothing)", path=path)
        return Settings()
    import tomllib  # only when there is a settings file

    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ProjectError(f"cannot read settings: {exc}", path=path) from None
    table = data.get("l10n", data)
    if not isinstance(table, dict):
        raise ProjectError("[l10n] must be a table of settings", path=path, line=_line_of(text, "l10n"))
    if table is not data and len(data) > 1:
        stray = next(name for name in data if name != "l10n")
        raise ProjectError(
            f"{stray!r} is outside the [l10n] table, where settings go", path=path, line=_line_of(text, stray)
        )
    values: dict[str, Any] = {}
    for name, value in _flatten(table):
        key = SCHEMA.get(name)
        line = _line_of(text, name.rsplit(".", 1)[-1])
        if key is None:
            raise ProjectError(
                f"unknown setting {name!r}{did_you_mean(name, SCHEMA)}; known settings: {', '.join(SCHEMA)}",
                path=path,
                line=line,
            )
        try:
            values[name] = key.check(value)
        except EntryError as exc:
            raise ProjectError(f"{name}: {exc}", path=path, line=_entry_line(text, name, exc.entry) or line) from None
        except ValueError as exc:
            raise ProjectError(f"{name}: {exc}", path=path, line=line) from None
    settings = Settings(values={n: values.get(n, k.default) for n, k in SCHEMA.items()}, path=path)
    _named_locales(settings, text, path)
    return settings


def _named_locales(settings: Settings, text: str, path: Path) -> None:
    """Every locale `[l10n.engines]` or a `[l10n.readiness.<locale>]` table names is one of
    `locales`: a typo (`de_CH` for `de`) would otherwise configure, or guard with a stricter
    policy, an edition no command makes. Codes are compared as `locale_code` normalised them
    (`pt-BR` is pt_BR)."""
    listed = settings.locales
    for name, codes in (("engines", settings.get("engines")), ("readiness", settings.readiness_by_locale)):
        for code in codes:
            if code not in listed:
                raise ProjectError(
                    f"{name}: {code} is not one of locales ({', '.join(listed)}){suggest_locale(code, listed)}",
                    path=path,
                    line=_entry_line(text, name, code),
                )


def check_option(name: str, value: Any, *, option: str) -> Any:
    """A command-line value checked by the same validator as `l10n.toml`'s key `name`."""
    try:
        return SCHEMA[name].check(value)
    except ValueError as exc:
        raise ProjectError(f"{option}: {exc}") from None


def _flatten(table: Mapping[str, Any], prefix: str = "") -> Iterable[tuple[str, Any]]:
    """(dotted name, value); a sub-table is descended into unless it is itself a declared key."""
    for name, value in table.items():
        dotted = prefix + name
        if isinstance(value, dict) and dotted not in SCHEMA:
            yield from _flatten(value, dotted + ".")
        else:
            yield dotted, value


def _entry_line(text: str, table: str, entry: str) -> int | None:
    """The line of `entry` inside table-valued key `table`, for an error about that entry alone:
    its own header (`[l10n.table.entry]`), a line `entry = …` or `entry.key = …` after
    `[l10n.table]`, or `table.entry… = …`; else the table's line (`table = {…}` on one line).
    `entry` as written wins; then any spelling of the same locale code (`zh-TW`, `"zh_tw"`)."""
    prefix = rf"^\s*(\[\s*)?(l10n\s*\.\s*)?{re.escape(table)}\s*\.\s*"
    header = re.compile(rf"^\s*\[\s*(l10n\s*\.\s*)?{re.escape(table)}\s*\]")
    exact = re.escape(entry)
    loose = "(?i:" + "[-_]".join(re.escape(part) for part in re.split(r"[-_]", entry)) + ")"
    lines = text.splitlines()
    for spelled in dict.fromkeys((exact, loose)):
        key = rf"[\"']?{spelled}[\"']?\s*[=.\]]"
        outside, inside = re.compile(prefix + key), re.compile(rf"^\s*{key}")
        in_table = False
        for number, line in enumerate(lines, 1):
            if line.lstrip().startswith("["):
                in_table = bool(header.match(line))
            if outside.match(line) or (in_table and inside.match(line)):
                return number
    return _line_of(text, table)


def setting_line(path: Path, name: str) -> int | None:
    """The line of `l10n.toml` (at `path`) that sets `name`, for an error about its value found
    after reading (`mt.device`: a compute type the device lacks); None when it cannot be read."""
    try:
        return _line_of(path.read_text(encoding="utf-8"), name)
    except (OSError, UnicodeDecodeError):
        return None


def _line_of(text: str, name: str) -> int | None:
    """The 1-based line where `name` is assigned (or opens a table), for the error message."""
    pattern = re.compile(rf"^\s*(\[\s*)?([\w.\"']*\.)?[\"']?{re.escape(name)}[\"']?\s*(=|\]|\.)")
    for number, line in enumerate(text.splitlines(), 1):
        if pattern.match(line):
            return number
    return None


# ---- the schema: one line per setting (docs/DESIGN.md, "Settings") ---------------------------

_CORE = ("locales", "source_locale", "engine", "tm_threshold", "readiness")
declare("locales", locale_list, DEFAULT_TARGET_LOCALES, "The project's target locales (gettext codes: zh_CN, de).")
declare("source_locale", locale_code, SOURCE_LOCALE, "The language the articles are written in.")
declare("engine", engine_name, "auto", "MT engine: auto, argos, apertium, pseudo or none.")
declare(
    "engines",
    engine_table,
    {},
    'Each locale\'s own MT engine: [l10n.engines] es = "apertium", zh_TW = "auto" (OpenCC from zh_CN)…; '
    "locales not named use engine. --engine overrides both.",
)
declare(
    "article_languages",
    language_table,
    {},
    "The language of articles whose page states a wrong one or none, kept for every run: [l10n.article_languages] "
    '"berlin/*.html" = "de" (globs of paths from the project root; the first match wins; extract --lang overrides).',
)
declare("tm_threshold", integer(1, 100), 75, "Lowest translation-memory match (percent) offered as a suggestion.")
declare("base_url", absolute_url, None, "Public URL of the published site (with https://), for sitemap.xml.")
declare(
    "readiness",
    readiness_policy,
    ReadinessPolicy(),
    "When an edition is published as a translation: [l10n.readiness] "
    "min_translated, min_reviewed (shares 0-1), and per-locale tables such as [l10n.readiness.ar].",
)
declare("device", one_of(*DEVICES), "auto", "Where CTranslate2 decodes: auto (CUDA when a GPU is seen), cpu or cuda.")
declare("compute_type", compute_type, "default", "CTranslate2 compute type (default, int8, int8_float16, float16…).")
