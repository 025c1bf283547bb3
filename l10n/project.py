"""Where things live under `--root`, and the optional `l10n.toml` that sets defaults.

Every path the project writes is computed here from a validated domain and locale, so no
command can write outside the root (`--locales ../../etc` never reaches a path).
"""

from __future__ import annotations

import functools
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from l10n.errors import ProjectError
from l10n.locales import DEFAULT_TARGET_LOCALES, SOURCE_LOCALE, TargetLocale, parse_locale_list

CONFIG_FILE = "l10n.toml"
SOURCE_SUFFIXES = (".txt", ".html", ".htm", ".md", ".markdown", ".docx")
_DOMAIN_SHAPE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")


def validate_domain(name: str) -> str:
    """A domain (article id) is a safe file stem: letters, digits, `.`, `_`, `-`; no `..`."""
    if not _DOMAIN_SHAPE.match(name) or ".." in name:
        raise ProjectError(f"invalid domain name {name!r}: use letters, digits, '.', '_' and '-'")
    return name


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
class Settings:
    """Defaults from `l10n.toml` (`[l10n]` table); command-line options override them."""

    locales: tuple[str, ...] = DEFAULT_TARGET_LOCALES
    source_locale: str = SOURCE_LOCALE
    engine: str = "auto"
    tm_threshold: int = 75
    extra: dict[str, object] = field(default_factory=dict)
    readiness: Readiness = DEFAULT_READINESS
    readiness_by_locale: dict[str, Readiness] = field(default_factory=dict)  # locale code → policy

    def readiness_for(self, locale: TargetLocale) -> Readiness:
        """The policy of `locale`: its own `[l10n.readiness.<locale>]` table, else the default."""
        return self.readiness_by_locale.get(locale.code, self.readiness)


@dataclass(frozen=True)
class Project:
    """The folder holding `seeds/`, `locales/`, `build/` and `site/`."""

    root: Path
    settings: Settings = Settings()
    # folders below the root already found free of symlinks, and real paths of source folders:
    # remembered while this Project is open (one command), which checks the same few folders
    # for every article of a batch
    _plain_folders: set[str] = field(default_factory=set, init=False, repr=False, compare=False)
    _real_folders: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)

    @classmethod
    def open(cls, root: Path | str = ".") -> "Project":
        root = Path(root).resolve()
        if not root.is_dir():
            raise ProjectError(f"project root {root} is not a folder", path=root)
        return cls(root=root, settings=_read_settings(root / CONFIG_FILE))

    @property
    def seeds_dir(self) -> Path:
        return self.root / "seeds"

    @functools.cached_property
    def locales_dir(self) -> Path:
        return self.root / "locales"

    @property
    def build_dir(self) -> Path:
        return self.root / "build"

    @property
    def site_dir(self) -> Path:
        return self.root / "site"

    @property
    def state_dir(self) -> Path:
        """Derived, rebuildable state (MT cache, TM database) that is not the record of work."""
        return self.locales_dir

    def pot_path(self, domain: str) -> Path:
        return self.inside_root(self.locales_dir / f"{validate_domain(domain)}.pot")

    def po_path(self, locale: TargetLocale, domain: str) -> Path:
        return self.inside_root(self.locales_dir / locale.code / "LC_MESSAGES" / f"{validate_domain(domain)}.po")

    def build_path(self, locale: TargetLocale, domain: str, fmt: str) -> Path:
        return self.inside_root(self.build_dir / locale.code / f"{validate_domain(domain)}.{fmt}")

    def inside_root(self, path: Path) -> Path:
        """`path` unchanged, unless a symlink on the way makes it land outside the root (refused).

        The root is resolved already, so only the components below it can lead elsewhere: one
        `lstat` each, and a full resolve only when one is a symlink or `..` (a batch checks
        two paths per article; resolving each from `/` was a tenth of its time).
        """
        path = Path(path)
        text = os.fspath(path)
        folder, name = os.path.split(text)
        if folder in self._plain_folders and name not in ("", ".", "..") and not os.path.islink(text):
            return path
        below = _parts_below(text, str(self.root))
        if below is not None and _plain_below(self.root, below):
            if os.path.isdir(folder):
                self._plain_folders.add(folder)
            return path
        if not path.resolve().is_relative_to(self.root):
            raise ProjectError("resolves outside the project root (a symlink?); refusing to write there", path=path)
        return path

    def domains(self) -> list[str]:
        """Every domain with a POT under `locales/`, sorted."""
        if not self.locales_dir.is_dir():
            return []
        return sorted(p.stem for p in self.locales_dir.glob("*.pot"))

    def locales(self, option: str | None = None) -> list[TargetLocale]:
        """The `--locales` option parsed, or the configured defaults."""
        return parse_locale_list(option, default=self.settings.locales)

    def source_for(self, domain: str) -> Path:
        """The article a domain was extracted from: `seeds/<domain>.<ext>`."""
        validate_domain(domain)
        for suffix in SOURCE_SUFFIXES:
            candidate = self.seeds_dir / f"{domain}{suffix}"
            if candidate.is_file():
                return candidate
        raise ProjectError(
            f"no source article for domain {domain!r} under {self.seeds_dir}", path=self.seeds_dir
        )

    def relative(self, path: Path) -> str:
        """`path` relative to the root when inside it (for PO references and messages)."""
        folder, name = os.path.split(os.path.abspath(path))
        real_folder = self._real_folders.get(folder)
        if real_folder is None:
            real_folder = self._real_folders[folder] = os.path.realpath(folder)
        real = os.path.join(real_folder, name)
        below = _parts_below(os.path.realpath(real) if os.path.islink(real) else real, str(self.root))
        return ("/".join(below) or ".") if below is not None else str(path)


def _parts_below(path: str, root: str) -> list[str] | None:
    """The components of `path` below `root` ([] for the root itself), None when outside it."""
    if path == root:
        return []
    if not path.startswith(root.rstrip(os.sep) + os.sep):
        return None
    return [part for part in path[len(root.rstrip(os.sep)) + 1 :].split(os.sep) if part]


def _plain_below(root: Path, parts: list[str]) -> bool:
    """True when no component of `root/parts` below `root` is a symlink or `..` (components
    that do not exist yet are plain: whatever creates them makes folders, not links)."""
    if ".." in parts:
        return False
    current = str(root)
    for part in parts:
        current = os.path.join(current, part)
        try:
            if stat.S_ISLNK(os.lstat(current).st_mode):
                return False
        except FileNotFoundError:
            return True
        except OSError:  # e.g. a file where a folder should be: let the full resolve decide
            return False
    return True


def _read_settings(path: Path) -> Settings:
    if not path.is_file():
        return Settings()
    import tomllib  # only when there is a settings file

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ProjectError(f"cannot read settings: {exc}", path=path) from None
    table = data.get("l10n", data)
    known = {"locales", "source_locale", "engine", "tm_threshold", "readiness"}
    readiness, by_locale = _read_readiness(table.get("readiness", {}), path)
    locales = table.get("locales", DEFAULT_TARGET_LOCALES)
    if isinstance(locales, str):
        locales = tuple(c.strip() for c in locales.split(",") if c.strip())
    return Settings(
        locales=tuple(locales),
        source_locale=str(table.get("source_locale", SOURCE_LOCALE)),
        engine=str(table.get("engine", "auto")),
        tm_threshold=int(table.get("tm_threshold", 75)),
        extra={k: v for k, v in table.items() if k not in known},
        readiness=readiness,
        readiness_by_locale=by_locale,
    )


def _read_readiness(table: object, path: Path) -> tuple[Readiness, dict[str, Readiness]]:
    """`[l10n.readiness]` (shares from 0 to 1) and its per-locale sub-tables, validated."""
    from l10n.errors import LocaleError
    from l10n.locales import parse_locale

    if not isinstance(table, dict):
        raise ProjectError("[l10n.readiness] must be a table", path=path)
    default = _readiness_values(table, DEFAULT_READINESS, path, name="[l10n.readiness]")
    by_locale: dict[str, Readiness] = {}
    for key, value in table.items():
        if key in READINESS_KEYS:
            continue
        if not isinstance(value, dict):
            keys = ", ".join(READINESS_KEYS)
            raise ProjectError(f"[l10n.readiness] unknown key {key!r}: use {keys} or a locale table", path=path)
        try:
            code = parse_locale(key).code
        except LocaleError as error:
            raise ProjectError(f"[l10n.readiness.{key}]: {error}", path=path) from None
        by_locale[code] = _readiness_values(value, default, path, name=f"[l10n.readiness.{key}]")
    return default, by_locale


def _readiness_values(table: dict, base: Readiness, path: Path, *, name: str) -> Readiness:
    values: dict[str, float] = {}
    for key in READINESS_KEYS:
        if key not in table:
            continue
        value = table[key]
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise ProjectError(f"{name} {key} must be a number from 0 to 1 (a share), not {value!r}", path=path)
        values[key] = float(value)
    unknown = [key for key, value in table.items() if key not in READINESS_KEYS and not isinstance(value, dict)]
    if unknown or (base is not DEFAULT_READINESS and len(values) != len(table)):
        wrong = unknown[0] if unknown else next(key for key in table if key not in READINESS_KEYS)
        raise ProjectError(f"{name} unknown key {wrong!r}: use {', '.join(READINESS_KEYS)}", path=path)
    return Readiness(
        min_translated=values.get("min_translated", base.min_translated),
        min_reviewed=values.get("min_reviewed", base.min_reviewed),
    )
