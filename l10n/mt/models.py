"""Argos Translate model packages: where they live, list, install (index or file), remove, pivot.

The package format is Argos Translate's (`argostranslate/package.py`, argos_version 1.x): a zip
`.argosmodel` holding one folder `<name>/` with `metadata.json`, `model/` (a CTranslate2 model)
and `sentencepiece.model`. Metadata is read with `argostranslate.package` so we agree with Argos
on its meaning; the index is Argos's `index.json` (a list of package metadata with `links`),
found at `ARGOS_PACKAGE_INDEX` + `index.json` as Argos does.

Installing is done here rather than by `argostranslate.package.install_from_path`, because that
function imports `argostranslate.translate` (which imports stanza, not installed on purpose) and
extracts into a folder fixed when Argos is first imported. Ours takes an explicit `packages_dir`,
extracts beside it and renames into place under a lock, so a reader never sees a folder without
its `metadata.json` (Argos refuses such a packages dir).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from l10n.errors import EngineError, EngineUnavailable
from l10n.fsio import locked

DEFAULT_PACKAGE_INDEX = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/"
PIVOT_PREFERENCE = ("en",)  # Argos pivots through English; other languages are tried after it
DOWNLOAD_TIMEOUT_SECONDS = 120.0


@dataclass(frozen=True)
class ArgosPackage:
    """One installed translation direction; `path` is its folder inside the packages dir."""

    path: Path
    from_code: str
    to_code: str
    package_version: str
    argos_version: str = ""
    target_prefix: str = ""
    beam_size: int | None = None  # a package may suggest one in metadata.json ("beam_size")

    @property
    def model_dir(self) -> Path:
        return self.path / "model"

    @property
    def sentencepiece_model(self) -> Path:
        return self.path / "sentencepiece.model"

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


def resolve_index_url(index_url: str | None = None) -> str:
    """The index JSON URL: explicit (a base or a `.json` URL), else `$ARGOS_PACKAGE_INDEX`, else Argos's.

    >>> resolve_index_url("http://127.0.0.1:8000/argos")
    'http://127.0.0.1:8000/argos/index.json'
    >>> resolve_index_url("https://example.org/mirror/index-v2.json")
    'https://example.org/mirror/index-v2.json'
    """
    base = index_url or os.environ.get("ARGOS_PACKAGE_INDEX") or DEFAULT_PACKAGE_INDEX
    if base.endswith(".json"):
        return base
    return base.rstrip("/") + "/index.json"


def _argos_package_module():
    """`argostranslate.package`, imported late: importing Argos reads its settings and creates folders.

    Nothing here relies on the folders Argos fixes at import (`settings.package_data_dir`): every
    path is passed explicitly, so the import order does not matter to us.
    """
    import argostranslate.package

    return argostranslate.package


def _read_package(folder: Path) -> ArgosPackage:
    argos = _argos_package_module()
    try:
        package = argos.Package(folder)
    except (OSError, ValueError) as exc:
        raise EngineError(f"unreadable Argos package: {exc}", path=folder) from exc
    if not package.from_code or not package.to_code:
        raise EngineError("metadata.json names no from_code/to_code", path=folder / "metadata.json")
    return ArgosPackage(
        path=folder,
        from_code=package.from_code,
        to_code=package.to_code,
        package_version=str(package.package_version),
        argos_version=str(package.argos_version),
        target_prefix=package.target_prefix or "",
        beam_size=_suggested_beam_size(folder / "metadata.json"),
    )


def _suggested_beam_size(metadata_path: Path) -> int | None:
    try:
        value = json.loads(metadata_path.read_text(encoding="utf-8")).get("beam_size")
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, int) and value > 0 else None


def installed_packages(*, packages_dir: Path | None = None) -> list[ArgosPackage]:
    """Every installed translation package, sorted by direction then folder name."""
    folder = resolve_packages_dir(packages_dir)
    if not folder.is_dir():
        return []
    packages = [_read_package(child) for child in sorted(folder.iterdir()) if (child / "metadata.json").is_file()]
    translations = [p for p in packages if p.model_dir.is_dir()]
    return sorted(translations, key=lambda p: (p.from_code, p.to_code, p.path.name))


def find_package(source: str, target: str, *, packages_dir: Path | None = None) -> ArgosPackage | None:
    """The installed source→target package (the newest version if several), or None."""
    from packaging.version import InvalidVersion, Version

    def version(package: ArgosPackage) -> Version:
        try:
            return Version(package.package_version)
        except InvalidVersion:
            return Version("0")

    matches = [
        p for p in installed_packages(packages_dir=packages_dir) if (p.from_code, p.to_code) == (source, target)
    ]
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


def _safe_member_root(names: list[str], *, path: Path) -> str:
    """The single top-level folder of the archive; refuses absolute or `..` member names."""
    roots = set()
    for name in names:
        parts = PurePosixPath(name).parts
        if not parts or name.startswith("/") or ".." in parts or "\\" in name:
            raise EngineError(f"unsafe member name {name!r} in package", path=path)
        roots.add(parts[0])
    if len(roots) != 1:
        raise EngineError(f"a package holds exactly one folder, found {sorted(roots)}", path=path)
    root = roots.pop()
    if f"{root}/metadata.json" not in names:
        raise EngineError(f"no {root}/metadata.json in package", path=path)
    return root


def install_file(path: Path, *, packages_dir: Path | None = None) -> ArgosPackage:
    """Install a `.argosmodel` file, replacing any installed package of the same direction."""
    path = Path(path)
    folder = resolve_packages_dir(packages_dir)
    if not path.is_file() or not zipfile.is_zipfile(path):
        raise EngineError("not an Argos package (a .argosmodel zip archive)", path=path)
    folder.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path) as archive:
        root = _safe_member_root(archive.namelist(), path=path)
        scratch = Path(tempfile.mkdtemp(prefix=f".{folder.name}.install-", dir=folder.parent))
        try:
            archive.extractall(scratch)
            staged = scratch / root
            package = _read_package(staged)
            if not package.model_dir.is_dir() or not package.sentencepiece_model.is_file():
                raise EngineError("package needs model/ and sentencepiece.model (BPE packages are not supported)", path=path)
            with locked(folder):
                for old in installed_packages(packages_dir=folder):
                    if (old.from_code, old.to_code) == (package.from_code, package.to_code):
                        shutil.rmtree(old.path)
                destination = folder / root
                if destination.exists():
                    shutil.rmtree(destination)
                os.replace(staged, destination)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    return _read_package(destination)


def remove_package(source: str, target: str, *, packages_dir: Path | None = None) -> list[ArgosPackage]:
    """Uninstall every source→target package; raises `EngineUnavailable` if none is installed."""
    folder = resolve_packages_dir(packages_dir)
    with locked(folder):
        doomed = [
            p for p in installed_packages(packages_dir=folder) if (p.from_code, p.to_code) == (source, target)
        ]
        if not doomed:
            raise EngineUnavailable(f"no argos model for {source}→{target} is installed", path=folder)
        for package in doomed:
            shutil.rmtree(package.path)
    return doomed


def _fetch(url: str) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": "l10n (ArgosTranslate-compatible)"})
    try:
        with urllib.request.urlopen(request, timeout=DOWNLOAD_TIMEOUT_SECONDS) as response:
            return response.read()
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise EngineUnavailable(f"cannot download {url}: {exc}") from exc


def available_packages(*, index_url: str | None = None) -> list:
    """The index's packages as `argostranslate.package.AvailablePackage` objects."""
    url = resolve_index_url(index_url)
    try:
        entries = json.loads(_fetch(url))
    except json.JSONDecodeError as exc:
        raise EngineError(f"package index is not JSON: {exc}", path=url) from exc
    if not isinstance(entries, list):
        raise EngineError("package index must be a JSON list of package metadata", path=url)
    argos = _argos_package_module()
    return [argos.AvailablePackage(entry) for entry in entries if isinstance(entry, dict)]


def install_from_index(
    source: str, target: str, *, packages_dir: Path | None = None, index_url: str | None = None
) -> ArgosPackage:
    """Download source→target from the package index (`ARGOS_PACKAGE_INDEX`) and install it."""
    candidates = [
        p
        for p in available_packages(index_url=index_url)
        if (p.from_code, p.to_code) == (source, target) and getattr(p, "type", "translate") == "translate"
    ]
    if not candidates:
        raise EngineUnavailable(
            f"the package index {resolve_index_url(index_url)} has no {source}→{target} model; "
            "install a file with `l10n models install-file PATH.argosmodel`"
        )
    package = candidates[-1]
    errors = []
    for link in package.links:
        try:
            data = _fetch(link)
        except EngineUnavailable as exc:
            errors.append(str(exc))
            continue
        with tempfile.TemporaryDirectory(prefix="l10n-argos-download-") as scratch:
            download = Path(scratch) / f"{source}_{target}.argosmodel"
            download.write_bytes(data)
            return install_file(download, packages_dir=packages_dir)
    raise EngineUnavailable(f"no working download link for {source}→{target}: {'; '.join(errors) or 'none listed'}")
