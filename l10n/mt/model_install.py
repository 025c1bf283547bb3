"""Changing the installed Argos Translate packages: install one from a `.argosmodel` file or from
the package index, remove one. Reading what is installed lives in `l10n.mt.models`, which
`translate` imports; this module is imported only by `l10n models install|install-file|remove`,
so `translate` does not load the archive and download machinery.

The index is Argos's `index.json` (a list of package metadata with `links`), found at
`ARGOS_PACKAGE_INDEX` + `index.json` as Argos does. Downloads and archives go through
`l10n.mt.package_io` (http(s) only, size caps, zip checks).

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
import zipfile
from pathlib import Path

from l10n.errors import EngineError, EngineUnavailable
from l10n.fsio import locked
from l10n.mt import package_io
from l10n.mt.models import (
    LANGUAGE_CODE,
    ArgosPackage,
    argos_package_module,
    first_pair,
    installed_packages,
    read_package,
    resolve_packages_dir,
)
from l10n.mt.tokenizers import check_tokenizer

DEFAULT_PACKAGE_INDEX = "https://raw.githubusercontent.com/argosopentech/argospm-index/main/"


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


def install_file(
    path: Path,
    *,
    packages_dir: Path | None = None,
    expected: tuple[str, str] | None = None,
    max_extracted_bytes: int = package_io.MAX_EXTRACTED_BYTES,
) -> ArgosPackage:
    """Install a `.argosmodel` file, replacing any installed package of the same direction.

    `expected` (source, target) refuses an archive whose metadata names another pair (what
    `models install en de` downloaded must be en→de). Nothing is written into the packages
    folder until the archive has been checked, extracted beside it and read.
    """
    path = Path(path)
    folder = resolve_packages_dir(packages_dir)
    if not path.is_file() or not zipfile.is_zipfile(path):
        raise EngineError("not an Argos package (a .argosmodel zip archive)", path=path)
    folder.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{folder.name}.install-", dir=folder.parent))
    try:
        staged = package_io.extract_package(path, scratch, max_bytes=max_extracted_bytes)
        package = read_package(staged)
        if not package.model_dir.is_dir() or not package.tokenizer_file.is_file():
            raise EngineError("package needs model/ and sentencepiece.model or bpe.model", path=path)
        check_tokenizer(package.tokenizer_kind, package.tokenizer_file)
        if expected is not None and (package.from_code, package.to_code) != expected:
            raise EngineError(
                f"package holds {package.from_code}→{package.to_code}, not the {expected[0]}→{expected[1]} asked for; "
                "not installed",
                path=path,
            )
        with locked(folder):
            for old in installed_packages(packages_dir=folder):
                if (old.from_code, old.to_code) == (package.from_code, package.to_code):
                    shutil.rmtree(old.path)
            destination = folder / staged.name
            if destination.exists():
                shutil.rmtree(destination)
            os.replace(staged, destination)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return read_package(destination)


def remove_package(source: str, target: str, *, packages_dir: Path | None = None) -> list[ArgosPackage]:
    """Uninstall every source→target package (the first pair of `argos_codes` installed);
    raises `EngineUnavailable` if none is installed."""
    folder = resolve_packages_dir(packages_dir)
    with locked(folder):
        doomed, asked = first_pair(installed_packages(packages_dir=folder), source, target)
        if not doomed:
            raise EngineUnavailable(f"no argos model for {asked} is installed", path=folder)
        for package in doomed:
            shutil.rmtree(package.path)
    return doomed


def unreachable_index_message(url: str, reason: str) -> str:
    """What `models install` says offline: the index is unreachable, and the offline way in."""
    return (
        f"the package index {url} is unreachable ({reason}); offline, install a package file with "
        "`l10n models install-file PATH.argosmodel` (or point ARGOS_PACKAGE_INDEX / --index at a mirror)"
    )


def available_packages(*, index_url: str | None = None) -> list:
    """The index's usable packages as `argostranslate.package.AvailablePackage` objects.

    Entries that are not package metadata Argos can read (not an object, codes that are not
    codes, links that are not a list of text) are left out; the index itself must be a JSON list.
    """
    url = resolve_index_url(index_url)
    try:
        data = package_io.fetch_bytes(url)
    except EngineUnavailable as exc:
        raise EngineUnavailable(unreachable_index_message(url, exc.message)) from None
    try:
        entries = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise EngineError(f"package index is not JSON: {exc}", path=url) from None
    if not isinstance(entries, list):
        raise EngineError("package index must be a JSON list of package metadata", path=url)
    argos = argos_package_module()
    usable = []
    for entry in entries:
        if not isinstance(entry, dict) or not all(
            isinstance(entry.get(k), str) and LANGUAGE_CODE.match(entry[k]) for k in ("from_code", "to_code")
        ):
            continue
        links = entry.get("links", [])
        if not isinstance(links, list) or not all(isinstance(link, str) for link in links):
            continue
        try:
            usable.append(argos.AvailablePackage(entry))
        except (TypeError, ValueError, AttributeError, KeyError):
            continue
    return usable


def install_from_index(
    source: str,
    target: str,
    *,
    packages_dir: Path | None = None,
    index_url: str | None = None,
    max_download_bytes: int = package_io.MAX_PACKAGE_BYTES,
) -> ArgosPackage:
    """Download source→target from the package index (`ARGOS_PACKAGE_INDEX`) and install it;
    either may be a locale (`pt_BR` asks for Argos's `pb`, then `pt`: `first_pair`).

    Only http(s) links are followed, each download is capped, and the archive must hold the
    pair asked for (`install_file(expected=…)`).
    """
    url = resolve_index_url(index_url)
    package_io.check_url(url)
    offered = [p for p in available_packages(index_url=index_url) if getattr(p, "type", "translate") == "translate"]
    candidates, asked = first_pair(offered, source, target)
    if not candidates:
        raise EngineUnavailable(
            f"the package index {url} has no {asked} model; "
            "install a file with `l10n models install-file PATH.argosmodel`"
        )
    source, target = candidates[0].from_code, candidates[0].to_code
    package = candidates[-1]
    errors = []
    for link in package.links:
        with tempfile.TemporaryDirectory(prefix="l10n-argos-download-") as scratch:
            download = Path(scratch) / f"{source}_{target}.argosmodel"
            try:
                package_io.download(link, download, max_bytes=max_download_bytes)
            except EngineUnavailable as exc:
                errors.append(exc.message)
                continue
            return install_file(download, packages_dir=packages_dir, expected=(source, target))
    raise EngineUnavailable(
        f"no working download link for {source}→{target}: {'; '.join(errors) or 'none listed'}; "
        "install a file with `l10n models install-file PATH.argosmodel`"
    )
