"""Installed Argos Translate model packages: where they live, list, read, route (pivot).

The package format is Argos Translate's (`argostranslate/package.py`, argos_version 1.x): a zip
`.argosmodel` holding one folder `<name>/` with `metadata.json`, `model/` (a CTranslate2 model)
and a tokenizer: `sentencepiece.model`, or `bpe.model` (BPE codes applied after Moses
tokenisation; `l10n.mt.tokenizers`). Metadata is checked here (a JSON object, language codes of
2–3 letters, decoding options within `DECODING_LIMITS`) and then read with `argostranslate.package`
so we agree with Argos on its meaning. Argos has two codes that are not ISO 639: `zt`
(Traditional Chinese) and `pb` (Brazilian Portuguese); `l10n.mt.languages` says which locales
they serve (`models install en pt_BR` asks for `pb`).

This module only reads the packages folder: what `translate` needs (`l10n.mt.argos`). Changing
it — installing from a file or the package index, removing — is `l10n.mt.model_install`, with
the archive and download machinery (`l10n.mt.package_io`) that `translate` never loads.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from l10n.errors import EngineError, EngineUnavailable
from l10n.mt.languages import ARGOS_LOCALE_CODES, argos_codes

PIVOT_PREFERENCE = ("en",)  # Argos pivots through English; other languages are tried after it
TOKENIZER_FILES = {"sentencepiece": "sentencepiece.model", "bpe": "bpe.model"}  # Argos's order

DECODING_LIMITS: dict[str, tuple[int, int]] = {
    "beam_size": (1, 16),
    "max_decoding_length": (1, 1024),
    "max_batch_tokens": (1, 16384),
}
"""Decoding options a package's metadata.json (or a caller) may set, with their bounds: a package
asking for `beam_size: 100000` would make CTranslate2 allocate tens of GB. Out-of-range values are
clamped with a warning; values that are not whole numbers are ignored with a warning."""

LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")


def clamp_decoding_option(name: str, value: object, *, where: str) -> tuple[int | None, str | None]:
    """`(value within DECODING_LIMITS[name], warning or None)`; None when `value` is unusable.

    >>> clamp_decoding_option("beam_size", 100000, where="pkg/metadata.json")
    (16, 'pkg/metadata.json: beam_size 100000 is above the limit 16; using 16')
    >>> clamp_decoding_option("beam_size", "4", where="pkg/metadata.json")
    (None, "pkg/metadata.json: beam_size '4' is not a whole number; ignored")
    >>> clamp_decoding_option("max_decoding_length", 200, where="x")
    (200, None)
    """
    low, high = DECODING_LIMITS[name]
    if value is None:
        return None, None
    if isinstance(value, bool) or not isinstance(value, int):
        return None, f"{where}: {name} {value!r} is not a whole number; ignored"
    if value > high:
        return high, f"{where}: {name} {value} is above the limit {high}; using {high}"
    if value < low:
        return low, f"{where}: {name} {value} is below {low}; using {low}"
    return value, None


@dataclass(frozen=True)
class ArgosPackage:
    """One installed translation direction; `path` is its folder inside the packages dir."""

    path: Path
    from_code: str
    to_code: str
    package_version: str
    argos_version: str = ""
    target_prefix: str = ""
    tokenizer_kind: str = "sentencepiece"  # or "bpe"
    # decoding options a package may suggest in metadata.json, already within DECODING_LIMITS
    beam_size: int | None = None
    max_decoding_length: int | None = None
    max_batch_tokens: int | None = None
    warnings: tuple[str, ...] = ()  # what was clamped or ignored in its metadata

    @property
    def model_dir(self) -> Path:
        return self.path / "model"

    @property
    def tokenizer_file(self) -> Path:
        return self.path / TOKENIZER_FILES[self.tokenizer_kind]

    @property
    def describe(self) -> str:
        """`en→zt (zh_TW, zh_HK, …)  1.9  bpe`: direction, the locales an Argos-only code serves, version, tokenizer."""
        served = ARGOS_LOCALE_CODES.get(self.to_code)
        target = f"{self.to_code} ({', '.join(served)})" if served else self.to_code
        return f"{self.from_code}→{target}  {self.package_version}  {self.tokenizer_kind}"

    @property
    def model_id(self) -> str:
        """`translate-en_zh-1_0@1.0`: folder name and version, for cache keys and PO provenance."""
        return f"{self.path.name}@{self.package_version}"


def resolve_packages_dir(packages_dir: Path | None = None) -> Path:
    """The explicit folder, else `$ARGOS_PACKAGES_DIR`, else Argos's default under XDG_DATA_HOME.

    Mirrors `argostranslate/settings.py` without importing it (importing it creates folders).
    """
    if packages_dir is not None:
        return Path(packages_dir)
    if os.environ.get("ARGOS_PACKAGES_DIR"):
        return Path(os.environ["ARGOS_PACKAGES_DIR"])
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "argos-translate" / "packages"


def argos_package_module():
    """`argostranslate.package`, imported late: importing Argos reads its settings and creates folders.

    Nothing here relies on the folders Argos fixes at import (`settings.package_data_dir`): every
    path is passed explicitly, so the import order does not matter to us.
    """
    import argostranslate.package

    return argostranslate.package


def _checked_metadata(folder: Path) -> dict:
    """metadata.json as a dict whose fields Argos reads have the types Argos expects."""
    path = folder / "metadata.json"
    try:
        metadata = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise EngineError(f"unreadable package metadata: {exc}", path=path) from None
    if not isinstance(metadata, dict):
        raise EngineError("package metadata must be a JSON object", path=path)
    for key in ("from_code", "to_code"):
        code = metadata.get(key)
        if not isinstance(code, str) or not LANGUAGE_CODE.match(code):
            raise EngineError(f"{key} must be a language code of 2–3 lowercase letters, not {code!r}", path=path)
    for key in ("package_version", "argos_version", "target_prefix", "from_name", "to_name", "type"):
        if not isinstance(metadata.get(key, ""), (str, int, float)) or isinstance(metadata.get(key), bool):
            raise EngineError(f"{key} must be text, not {metadata[key]!r}", path=path)
    for key in ("links", "languages", "source_languages", "target_languages", "from_codes", "to_codes", "dependencies"):
        if not isinstance(metadata.get(key, []), list):
            raise EngineError(f"{key} must be a list, not {metadata[key]!r}", path=path)
    return metadata


def read_package(folder: Path) -> ArgosPackage:
    metadata = _checked_metadata(folder)
    argos = argos_package_module()
    try:
        package = argos.Package(folder)
    except (OSError, ValueError, TypeError, AttributeError, KeyError) as exc:
        raise EngineError(f"unreadable Argos package: {exc}", path=folder) from None
    kind = next((k for k, name in TOKENIZER_FILES.items() if (folder / name).is_file()), "sentencepiece")
    options: dict[str, int | None] = {}
    warnings = []
    where = f"{folder.name}/metadata.json"
    for name in DECODING_LIMITS:
        options[name], warning = clamp_decoding_option(name, metadata.get(name), where=where)
        warnings += [warning] if warning else []
    return ArgosPackage(
        path=folder,
        from_code=package.from_code,
        to_code=package.to_code,
        package_version=str(package.package_version),
        argos_version=str(package.argos_version),
        target_prefix=str(package.target_prefix or ""),
        tokenizer_kind=kind,
        warnings=tuple(warnings),
        **options,
    )


def installed_packages(*, packages_dir: Path | None = None) -> list[ArgosPackage]:
    """Every installed translation package, sorted by direction then folder name."""
    folder = resolve_packages_dir(packages_dir)
    if not folder.is_dir():
        return []
    translations = [  # a folder without model/ (an Argos sentence-boundary package) is not read
        read_package(child)
        for child in sorted(folder.iterdir())
        if (child / "metadata.json").is_file() and (child / "model").is_dir()
    ]
    return sorted(translations, key=lambda p: (p.from_code, p.to_code, p.path.name))


def find_package(source: str, target: str, *, packages_dir: Path | None = None) -> ArgosPackage | None:
    """The installed source→target package (the newest version if several), or None."""
    from packaging.version import InvalidVersion, Version

    def version(package: ArgosPackage) -> Version:
        try:
            return Version(package.package_version)
        except InvalidVersion:
            return Version("0")

    matches = [p for p in installed_packages(packages_dir=packages_dir) if (p.from_code, p.to_code) == (source, target)]
    return max(matches, key=version) if matches else None


def missing_pair_message(source: str, target: str) -> str:
    """The one-line help shown when no route exists (names both install commands).

    >>> print(missing_pair_message("en", "zh"))
    no argos model for en→zh; install one with `l10n models install en zh` or `l10n models install-file PATH.argosmodel`
    """
    return (
        f"no argos model for {source}→{target}; install one with `l10n models install {source} {target}` "
        "or `l10n models install-file PATH.argosmodel`"
    )


def translation_route(source: str, target: str, *, packages_dir: Path | None = None) -> list[ArgosPackage]:
    """Packages to chain for source→target: the direct one, else two through a pivot language.

    Argos pivots through English when only X→en and en→Y exist; we prefer English too and then
    try any other language that connects both sides. Raises `EngineUnavailable` when none does.
    """
    packages = installed_packages(packages_dir=packages_dir)
    direct = find_package(source, target, packages_dir=packages_dir)
    if direct is not None:
        return [direct]
    reachable = {p.to_code for p in packages if p.from_code == source}
    connecting = {p.from_code for p in packages if p.to_code == target}
    candidates = reachable & connecting - {source, target}
    for pivot in [*PIVOT_PREFERENCE, *sorted(candidates)]:
        if pivot in candidates:
            first = find_package(source, pivot, packages_dir=packages_dir)
            second = find_package(pivot, target, packages_dir=packages_dir)
            if first and second:
                return [first, second]
    raise EngineUnavailable(missing_pair_message(source, target))


def first_pair(packages: list, source: str, target: str) -> tuple[list, str]:
    """The packages of the first (source, target) pair of `argos_codes` that `packages` hold
    (`pt_BR`: `pb`, then `pt`), and the pairs asked for, for a message when none is held."""
    pairs = [(s, t) for s in argos_codes(source) for t in argos_codes(target)]
    for pair in pairs:
        matching = [p for p in packages if (p.from_code, p.to_code) == pair]
        if matching:
            return matching, ""
    return [], " or ".join(f"{s}→{t}" for s, t in pairs)
