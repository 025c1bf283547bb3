"""Where things live under `--root`, and the optional `l10n.toml` that sets defaults.

Every path the project writes is computed here from a validated domain and locale, so no
command can write outside the root (`--locales ../../etc` never reaches a path). Settings are
declared and checked in `l10n.config`; locales named on the command line must be project
locales (`resolve_locale_list`).
"""

from __future__ import annotations

import functools
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from l10n.config import (
    CONFIG_FILE,
    Readiness,
    Settings,
    check_option,
    read_settings,
)
from l10n.errors import ArticleMissing, ProjectError
from l10n.folding import latin_in_ascii
from l10n.fsio_names import name_digest
from l10n.locales import TargetLocale, resolve_locale, resolve_locale_list
from l10n.urls import has_hidden_characters

__all__ = [
    "CONFIG_FILE",
    "Project",
    "Readiness",
    "Settings",
    "SOURCE_SUFFIXES",
    "article_id",
    "derived_article_id",
    "is_domain",
    "may_be_derived",
    "validate_domain",
    "windows_device",
]
SOURCE_SUFFIXES = (".txt", ".html", ".htm", ".md", ".markdown", ".docx")
_DOMAIN_SHAPE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")


def is_domain(name: str) -> bool:
    """Whether `name` is a valid domain (`validate_domain`'s rule)."""
    return _DOMAIN_SHAPE.match(name) is not None and ".." not in name


def validate_domain(name: str, *, path: Path | None = None, option: str = "", new: bool = False) -> str:
    """A domain (article id) is a safe file stem: ASCII letters, digits, `.`, `_`, `-`; no `..`.
    An id named explicitly (`--domain`, `--domains`, an XLIFF `original`, the site's manifest)
    is refused when it is not one; a source file's name never is (`article_id`). `path`: the
    file that names it (an XLIFF), `option`: the command-line option that gave it, which the
    refusal then names. `new`: an id `extract` is about to give an article, refused as well
    when it is a Windows device name (`windows_device`); one an earlier version accepted still
    names its catalogs for every other command.

    >>> from l10n.errors import L10nError
    >>> for given in ({}, {"option": "--domains"}):
    ...     try:
    ...         validate_domain("Vizepräsidentin", **given)
    ...     except L10nError as error:
    ...         print(error)
    invalid domain name 'Vizepräsidentin': use ASCII letters, digits, '.', '_' and '-'
    invalid domain name 'Vizepräsidentin' in --domains: use ASCII letters, digits, '.', '_' and '-'
    """
    given = f" in {option}" if option else ""
    if not is_domain(name):
        raise ProjectError(
            f"invalid domain name {name!r}{given}: use ASCII letters, digits, '.', '_' and '-'", path=path
        )
    if new and windows_device(name):
        advice = "choose another" if option else "rename the file, or extract it alone with --domain ID"
        raise ProjectError(
            f"article id {name!r}{given} is a device name on Windows (CON, PRN, AUX, NUL, COM0-9, LPT0-9, "
            f"before any dot), where build/ and site/ are copied; {advice}",
            path=path,
        )
    return name


_WINDOWS_DEVICES = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{digit}" for digit in range(10)), *(f"lpt{digit}" for digit in range(10))}
)


def windows_device(name: str) -> bool:
    """Whether a file named `name` is a device on Windows, whatever its extension: CON, PRN, AUX,
    NUL, COM0–9 or LPT0–9 in any case, alone or before a dot (Microsoft's "Naming Files, Paths,
    and Namespaces": "NUL.txt and NUL.tar.gz are both equivalent to NUL"). An article id or a
    page name that is one names files `build/` and `site/` cannot hold there, copied from here
    (redteam49).

    >>> [windows_device(name) for name in ("CON", "aux", "Nul.backup", "com1", "lpt9.x", "console", "com10", "news")]
    [True, True, True, True, True, False, False, False]
    """
    return name.partition(".")[0].lower() in _WINDOWS_DEVICES


def article_id(path: Path | str) -> str:
    """The article id (domain) a source file gets from its name: the one rule every command
    uses to turn a source path into a domain (`extract`, `update`'s re-extraction, the parallel
    batch's check, `Project.source_for`). A stem that is a valid domain (`validate_domain`) is
    the id as it is, byte for byte; any other (a browser names a saved page by its title) gets
    `derived_article_id`. An id named explicitly (`--domain`, an XLIFF `original`, the site's
    manifest) is not this: it is validated, and refused when invalid.

    >>> article_id("seeds/library-reopens.html"), article_id(Path("seeds/Vizepräsidentin – Spiegel.html"))
    ('library-reopens', 'Vizeprasidentin-Spiegel-0d375d18')
    """
    stem = Path(path).stem
    if is_domain(stem):
        return stem
    return derived_article_id(stem)


_NOT_ID_CHARACTERS = re.compile(r"[^A-Za-z0-9]+")
_DERIVED_TAIL = re.compile(r"-[0-9a-f]{8}\Z")
_HASH_PART = 9  # "-" and 8 hex digits
_MAX_ID = 128  # `_DOMAIN_SHAPE`'s length


def derived_article_id(stem: str) -> str:
    """The id of a source file whose stem is not a valid domain: NFKC, Latin letters folded to
    ASCII (`folding.latin_in_ascii`: NFKD with combining marks dropped, its table for the rest), every run of other
    characters one `-`, trimmed and cut to leave room for `-` and 8 hex digits of BLAKE2b of the
    stem in Unicode's composed form, NFC (`fsio_names.name_digest`). The same name gives the
    same id on every run and machine, also where the file system gave it decomposed (a copy
    from macOS); two names that fold alike differ by their hash, and a stem with no Latin
    letter or digit left is `article-<hash>`. Always a valid domain.

    >>> derived_article_id("Путин заявил"), derived_article_id("What we know so far")
    ('article-9de33277', 'What-we-know-so-far-6ede5f3c')
    >>> derived_article_id("Łódź — Smørrebrød, Straße"), derived_article_id("..")
    ('Lodz-Smorrebrod-Strasse-e8436a0e', 'article-e6fc5bb9')
    >>> derived_article_id(unicodedata.normalize("NFD", "Vizepräsidentin"))
    'Vizeprasidentin-3fbcf2e4'
    >>> derived_article_id("Vizepräsidentin")
    'Vizeprasidentin-3fbcf2e4'
    """
    folded = latin_in_ascii(stem)
    base = _NOT_ID_CHARACTERS.sub("-", folded).strip("-")[: _MAX_ID - _HASH_PART].rstrip("-") or "article"
    return f"{base}-{name_digest(unicodedata.normalize('NFC', stem))}"


def may_be_derived(domain: str) -> bool:
    """Whether `domain` has the shape `derived_article_id` gives (its last part `-` and 8 hex
    digits): only then is its template's source worth reading to tell (`status`)."""
    return _DERIVED_TAIL.search(domain) is not None


PathOrText = TypeVar("PathOrText", Path, str)

_checked_domain = functools.lru_cache(maxsize=1 << 14)(validate_domain)
"""`validate_domain` remembered for the domains a command names many times (`po_file`: each of
1,000 articles for ten locales in `qa`, `status` and `translate`); a refusal is not remembered."""


@dataclass(frozen=True)
class Project:
    """The folder holding `seeds/`, `locales/`, `build/` and `site/`."""

    root: Path
    settings: Settings = Settings()
    # folders below the root already found free of symlinks, and real paths of source folders:
    # remembered while this Project is open (one command), which checks the same few folders
    # for every article of a batch
    _plain_folders: set[str] = field(default_factory=set, init=False, repr=False, compare=False)
    _build_strings: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)
    _real_folders: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)
    # `locales/<code>/LC_MESSAGES` per locale code: qa and status ask for 10,000 catalogs a run
    _catalog_folders: dict[str, Path] = field(default_factory=dict, init=False, repr=False, compare=False)
    _catalog_strings: dict[str, str] = field(default_factory=dict, init=False, repr=False, compare=False)
    # each domain's article as found during this command (`assembly.source_path_for`): publish
    # names it for the pages and again for its whole-run record
    found_sources: dict[str, Path] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __getstate__(self) -> dict[str, object]:
        """What a worker process gets: the root and the settings, never this process's caches.
        A pool's feeder thread pickles tasks while the parent goes on filling them (publish's
        `found_sources`: "dictionary changed size during iteration", build16), and a worker
        finds its own folders anyway."""
        return {"root": self.root, "settings": self.settings}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(Project(state["root"], state["settings"]).__dict__)  # type: ignore[arg-type]

    @classmethod
    def open(cls, root: Path | str = ".") -> Project:
        root = Path(root).resolve()
        if not root.is_dir():
            raise ProjectError(f"project root {root} is not a folder", path=root)
        return cls(root=root, settings=read_settings(root / CONFIG_FILE))

    @property
    def seeds_dir(self) -> Path:
        return self.root / "seeds"

    @functools.cached_property
    def locales_dir(self) -> Path:
        return self.root / "locales"

    @functools.cached_property  # a cold publish asks ~33,000 times (`assembly_plan.edition_inputs`)
    def build_dir(self) -> Path:
        return self.root / "build"

    @functools.cached_property
    def site_dir(self) -> Path:
        return self.root / "site"

    @property
    def state_dir(self) -> Path:
        """Derived, rebuildable state (MT cache, TM database) that is not the record of work."""
        return self.locales_dir

    def state_file(self, name: str) -> Path:
        """A derived file under `state_dir` (TM, MT cache, MT failures), refused when it or a
        sibling opened with it (SQLite's `-wal`/`-shm`/`-journal`, the `.<name>.lock` of
        `fsio.locked`) leads outside the root through a symlink."""
        hidden = name if name.startswith(".") else f".{name}"
        for sibling in (f"{name}-wal", f"{name}-shm", f"{name}-journal", f"{hidden}.lock"):
            self.inside_root(self.state_dir / sibling)
        return self.inside_root(self.state_dir / name)

    def pot_path(self, domain: str) -> Path:
        return self.inside_root(self.locales_dir / f"{validate_domain(domain)}.pot")

    def po_path(self, locale: TargetLocale, domain: str) -> Path:
        folder = self._catalog_folders.get(locale.code)
        if folder is None:
            folder = self._catalog_folders[locale.code] = self.locales_dir / locale.code / "LC_MESSAGES"
        return self.inside_root(folder / f"{validate_domain(domain)}.po")

    def po_file(self, code: str, domain: str) -> str:
        """`po_path` as a string joined without its symlink check, for a catalog that is only
        stat'ed (a fingerprint: qa, status and translate ask for 10,000 a run); read or write
        it through `po_path`."""
        return f"{self.catalog_folder_text(code)}{os.sep}{_checked_domain(domain)}.po"

    def po_to_read(self, code: str, domain: str) -> str:
        """`po_path` as a string (`po_file`'s) with `po_path`'s check, for a catalog read but not
        written (the publish gate reads one per edition)."""
        return inside_plain_folders(self.po_file(code, domain), self.root, self._plain_folders)

    def po_to_read_found(self, code: str, domain: str) -> tuple[str, bool | None]:
        """`po_to_read`, and what its check's `lstat` found there (`plain_file_found`: a regular
        file, nothing, or None when the reader must ask itself: `Gate.gated_translations`)."""
        text = self.po_file(code, domain)
        return text, plain_file_found(text, self.root, self._plain_folders)

    def pot_file(self, domain: str) -> str:
        """`pot_path` as a string, for a template that is only stat'ed (as `po_file`)."""
        return f"{self.catalog_folder_text('')}{os.sep}{_checked_domain(domain)}.pot"

    def catalog_folder_text(self, code: str) -> str:
        """`locales/<code>/LC_MESSAGES` as a string (`locales` for ""), remembered per code; only
        stat'ed under it (as `po_file`)."""
        folder = self._catalog_strings.get(code)
        if folder is None:
            locales = os.fspath(self.locales_dir)
            folder = self._catalog_strings[code] = os.path.join(locales, code, "LC_MESSAGES") if code else locales
        return folder

    def build_path(self, locale: TargetLocale, domain: str, fmt: str) -> Path:
        """`build_file` as a `Path`: one rule for where an edition goes and its check."""
        return Path(self.build_file(locale.code, domain, fmt))

    def build_file(self, code: str, domain: str, fmt: str) -> str:
        """`build_path` as a string (what `os.path.join` gives), with the same check: `assemble`
        names 30,000 edition files a cold run, and three `Path`s joined and parsed per file
        were a twentieth of it."""
        return self.build_file_found(code, domain, fmt)[0]

    def build_file_found(self, code: str, domain: str, fmt: str) -> tuple[str, bool]:
        """`build_file`, and whether its check's `lstat` found no file there (`plain_file_missing`):
        the write's own stat would ask again (`fsio.atomic_write_bytes(missing=…)`; a cold
        `assemble` writes every edition file into a name its check found free)."""
        folder = self._build_strings.get(code)
        if folder is None:
            folder = self._build_strings[code] = os.path.join(os.fspath(self.build_dir), code)
        text = f"{folder}{os.sep}{_checked_domain(domain)}.{fmt}"
        return text, plain_file_missing(text, self.root, self._plain_folders)

    def inside_root(self, path: Path) -> Path:
        """`path` unchanged, unless a symlink on the way makes it land outside the root (refused).

        The root is resolved already, so only the components below it can lead elsewhere: one
        `lstat` each, and a full resolve only when one is a symlink or `..` (a batch checks
        two paths per article; resolving each from `/` was a tenth of its time).
        """
        return inside_plain_folders(path if isinstance(path, Path) else Path(path), self.root, self._plain_folders)

    def domains(self) -> list[str]:
        """Every domain with a POT under `locales/`, sorted. A `.pot` whose name is no domain (a
        copy a file manager named `news copy.pot`, `news - Copy.pot`) is refused naming the file:
        every command stopped on it with "invalid domain name 'news copy'" and no file named
        (redteam49)."""
        if not self.locales_dir.is_dir():
            return []
        found = sorted(p.stem for p in self.locales_dir.glob("*.pot"))
        for domain in found:
            if not is_domain(domain):
                raise ProjectError(
                    f"not an article's template: {domain!r} is no article id (ASCII letters, digits, "
                    "'.', '_' and '-'); rename or remove it",
                    path=self.locales_dir / f"{domain}.pot",
                )
        return found

    def locales(self, option: str | None = None, *, name: str = "--locales") -> list[TargetLocale]:
        """The `--locales` option resolved against the project's locales, or the configured ones."""
        return resolve_locale_list(option, self.known_locales(), option=name, default=self.settings.locales)

    def locale(self, code: str, *, name: str = "--locale") -> TargetLocale:
        """One locale option (`review --locale`), which must be a project locale."""
        return resolve_locale(code, self.known_locales(), option=name)

    def known_locales(self) -> tuple[str, ...]:
        """The project's locales: those `l10n.toml` lists, the source locale (its edition is the
        article itself), then those that already have catalogs (`locales/<code>/LC_MESSAGES/`,
        made on purpose earlier: a copied folder is a locale too). A code that is none of these
        is refused, so no command creates a stray catalog folder."""
        declared = tuple(dict.fromkeys((*self.settings.locales, self.settings.source_locale)))
        try:
            folders = sorted(entry.name for entry in os.scandir(self.locales_dir) if entry.is_dir())
        except OSError:
            return declared
        found = [
            name for name in folders if name not in declared and os.path.isdir(self.locales_dir / name / "LC_MESSAGES")
        ]
        return (*declared, *found)

    def option(self, key: str, value: Any, *, name: str) -> Any:
        """A command-line override of setting `key`, checked like `l10n.toml`; None → the setting."""
        return self.settings.get(key) if value is None else check_option(key, value, option=name)

    def source_for(self, domain: str) -> Path:
        """The article a domain was extracted from: `seeds/<domain>.<ext>`, else the file in
        `seeds/` whose name gives that id (`article_id`: a saved page named by its title)."""
        validate_domain(domain)
        for suffix in SOURCE_SUFFIXES:
            candidate = self.seeds_dir / f"{domain}{suffix}"
            if candidate.is_file():
                return candidate
        found = self._seed_ids.get(domain)
        if found is not None and found.is_file():  # listed once per command: still there?
            return found
        raise ArticleMissing(f"no source article for domain {domain!r} under {self.seeds_dir}", path=self.seeds_dir)

    @functools.cached_property
    def _seed_ids(self) -> dict[str, Path]:
        """The article file in `seeds/` each id names (`article_id`; the first by name where two
        map to one), listed once per command: a publish asking for 1,000 articles whose
        templates record no source lists the folder once, not 1,000 times."""
        try:
            with os.scandir(self.seeds_dir) as entries:
                named = sorted(
                    entry.path
                    for entry in entries
                    if os.path.splitext(entry.name)[1].lower() in SOURCE_SUFFIXES and entry.is_file()
                )
        except OSError:
            return {}
        ids: dict[str, Path] = {}
        for path in named:
            ids.setdefault(article_id(path), Path(path))
        return ids

    def relative(self, path: Path) -> str:
        """`path` relative to the root when inside it (for PO references and messages)."""
        folder, name = os.path.split(os.path.abspath(path))
        real_folder = self._real_folders.get(folder)
        if real_folder is None:
            real_folder = self._real_folders[folder] = os.path.realpath(folder)
        real = os.path.join(real_folder, name)
        below = _parts_below(os.path.realpath(real) if os.path.islink(real) else real, str(self.root))
        return ("/".join(below) or ".") if below is not None else str(path)


def check_file_name(reference: str, *, path: Path) -> str:
    """`reference` (an article's path as catalogs record it: `#:` lines, the template header,
    XLIFF `original`) when it is one line of visible text; a control, bidi or zero-width
    character in a folder or file name would inject lines into those formats or reorder them
    on screen, so it is refused (`ProjectError`, the name shown with escapes).

    >>> check_file_name("seeds/a b.txt", path=Path("seeds/a b.txt"))
    'seeds/a b.txt'
    >>> from l10n.errors import L10nError
    >>> try:
    ...     check_file_name("seeds/x" + chr(10) + "msgid/a.txt", path=Path("a.txt"))
    ... except L10nError as error:
    ...     print(error)
    a.txt: file name holds a control, bidi or zero-width character (U+000A); rename it
    """
    hidden = next((char for char in reference if has_hidden_characters(char)), None)
    if hidden is not None:
        raise ProjectError(
            f"file name holds a control, bidi or zero-width character (U+{ord(hidden):04X}); rename it", path=path
        )
    return reference


def path_inside(path: Path | str, root: Path) -> bool:
    """The one path rule of every writer and reader of project files (catalogs, editions, the
    site, TM and MT cache): `path` must stay under `root` (a resolved folder) even through
    symlinks; raises `ProjectError` when it does not. Returns True when no component below
    `root` is a symlink or `..` (checked with one `lstat` each), False when a full resolve was
    needed and found it inside.
    """
    below = _parts_below(os.fspath(path), str(root))
    if below is not None and _plain_below(root, below):
        return True
    if not Path(path).resolve().is_relative_to(root):
        raise ProjectError("resolves outside the project root (a symlink?); refusing to use it", path=path)
    return False


def inside_plain_folders(path: PathOrText, root: Path, plain_folders: set[str]) -> PathOrText:
    """`path_inside` for a writer of many files in few folders (`Project.inside_root`, the
    site's `PublishReport.checked`): a folder found plain below `root` is remembered in
    `plain_folders`, and a file in it then costs one `lstat` of its own. `path` unchanged."""
    plain_file_found(path, root, plain_folders)
    return path


def plain_file_missing(path: PathOrText, root: Path, plain_folders: set[str]) -> bool:
    """`inside_plain_folders`' check of `path` (raises as it does), and whether the `lstat` of
    a file in a folder found plain found nothing at all there (no file, no link): True only
    then; False after any other check (a folder's first file, a link resolved)."""
    return plain_file_found(path, root, plain_folders) is False


def plain_file_found(path: PathOrText, root: Path, plain_folders: set[str]) -> bool | None:
    """`inside_plain_folders`' check of `path` (raises as it does), and what the `lstat` of a
    file in a folder found plain found there: True a regular file (no link), False nothing at
    all; None after any other check (a folder's first file, a link resolved, another kind of
    file), when the caller must ask itself."""
    text = os.fspath(path)
    folder, name = os.path.split(text)
    if folder in plain_folders and name not in ("", ".", ".."):
        try:  # `os.path.islink`, its lstat's answer kept
            mode = os.lstat(text).st_mode
        except FileNotFoundError:
            return False
        except (OSError, ValueError):
            return None
        if not stat.S_ISLNK(mode):
            return True if stat.S_ISREG(mode) else None
    if path_inside(path, root) and os.path.isdir(folder):
        plain_folders.add(folder)
    return None


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
