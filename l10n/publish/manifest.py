"""`.site.l10n-manifest.json` beside `site/`: the files the publisher wrote, so stale pages can be
removed safely. It lives *beside* the site folder, not in it, so uploading the folder never ships
the bookkeeping (or its lock); a manifest left inside by an older version is read once and removed.

When a locale or an article leaves the project, its old pages would otherwise stay online and
keep linking to each other. The site folder may also hold files a person put there (a CNAME,
images, analytics verification files), so the publisher deletes only what its *previous* run
recorded as its own and this run did not write again — never anything else, and only when asked
(`publish --prune`): a run for some locales or articles keeps every other page it finds recorded.
Entries are checked before anything is removed: relative POSIX paths without `..`, resolving
inside the site folder, regular files (a symlink placed there later is left alone). An unreadable
manifest removes nothing.

Version 2 also records each article page (`PageRecord`: article, locale, slug, headline, date,
% reviewed, readiness), so a run for some locales still lists the others' pages in the indexes,
switchers and sitemap without assembling them again.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from l10n.fsio import atomic_write_text

MANIFEST_NAME = ".l10n-manifest.json"
MANIFEST_VERSION = 2


@dataclass(frozen=True)
class PageRecord:
    """One article page as the indexes, switchers and sitemap need it (not the page itself)."""

    path: str  # site-relative, `<locale>/<slug>.html`
    domain: str
    locale: str  # gettext form (`zh_CN`)
    headline: str
    published_text: str
    percent_reviewed: int
    ready: bool
    is_source: bool = False

    @classmethod
    def from_json(cls, data: object) -> PageRecord | None:
        """A record read back, or None when an entry is malformed (it is then simply forgotten)."""
        if not isinstance(data, dict):
            return None
        types = {f.name: f.type for f in dataclasses.fields(cls)}
        expected = {"str": str, "int": int, "bool": bool}
        values: dict[str, Any] = {}
        for name, kind in types.items():
            value = data.get(name)
            if not isinstance(value, expected[str(kind)]) or (kind == "int" and isinstance(value, bool)):
                return None
            values[name] = value
        record = cls(**values)
        return record if is_safe_site_path(record.path) else None


def manifest_path(site_dir: Path) -> Path:
    """`<parent>/.<site>.l10n-manifest.json`: beside the site folder, hidden, named after it."""
    site = Path(site_dir).absolute()
    return site.parent / f".{site.name}{MANIFEST_NAME}"


def _readable_manifest(site_dir: Path) -> Path:
    """The manifest beside the site, or one an older version wrote inside it."""
    path = manifest_path(site_dir)
    inside = Path(site_dir) / MANIFEST_NAME
    return inside if not path.exists() and inside.is_file() else path


def read_manifest(site_dir: Path) -> set[str]:
    """Site-relative paths the last publish wrote; empty when the manifest is missing or unreadable."""
    try:
        data = json.loads(_readable_manifest(site_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, list):
        return set()
    return {entry for entry in files if isinstance(entry, str) and is_safe_site_path(entry)}


def read_page_records(site_dir: Path) -> list[PageRecord]:
    """The article pages the last publish recorded (none from a version-1 or unreadable manifest)."""
    try:
        data = json.loads(_readable_manifest(site_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    pages = data.get("pages") if isinstance(data, dict) else None
    if not isinstance(pages, list):
        return []
    return [record for record in map(PageRecord.from_json, pages) if record is not None]


def write_manifest(site_dir: Path, files: Iterable[str], pages: Iterable[PageRecord] = ()) -> bool:
    """Record the site's files and article pages (sorted, so an unchanged site leaves the
    manifest untouched), beside the site; an older version's manifest inside it is removed."""
    document = {
        "version": MANIFEST_VERSION,
        "generator": "l10n publish",
        "files": sorted(set(files)),
        "pages": [dataclasses.asdict(page) for page in sorted(pages, key=lambda page: page.path)],
    }
    written = atomic_write_text(manifest_path(site_dir), json.dumps(document, indent=1, ensure_ascii=False) + "\n")
    for old in (Path(site_dir) / MANIFEST_NAME, Path(site_dir) / f"{MANIFEST_NAME}.lock"):
        with contextlib.suppress(FileNotFoundError):
            old.unlink()  # an older version's bookkeeping inside the site
    return written


def is_safe_site_path(entry: str) -> bool:
    """A manifest entry may only name a file below the site folder.

    >>> [is_safe_site_path(p) for p in ("de/a.html", "../x", "/etc/passwd", "a/../../b", "", MANIFEST_NAME)]
    [True, False, False, False, False, False]
    """
    path = PurePosixPath(entry)
    return (
        bool(entry)
        and not path.is_absolute()
        and ".." not in path.parts
        and "\\" not in entry
        and "\x00" not in entry
        and entry != MANIFEST_NAME
    )


def remove_stale(site_dir: Path, previous: Iterable[str], current: Iterable[str]) -> list[Path]:
    """Delete files of the previous run that this run did not write; then their emptied folders."""
    site_dir = Path(site_dir)
    root = site_dir.resolve()
    kept = set(current)
    removed: list[Path] = []
    for entry in sorted(set(previous) - kept):
        if not is_safe_site_path(entry):
            continue
        path = site_dir / entry
        if path.is_symlink() or not path.is_file() or not path.resolve().is_relative_to(root):
            continue
        path.unlink()
        removed.append(path)
        _remove_empty_parents(path.parent, root)
    return removed


def _remove_empty_parents(folder: Path, root: Path) -> None:
    """Remove `folder` and its parents while they are empty, stopping at the site root."""
    while folder.resolve() != root and folder.resolve().is_relative_to(root):
        with contextlib.suppress(OSError):  # not empty (someone else's file), or already gone
            folder.rmdir()
        if folder.exists():
            return
        folder = folder.parent
