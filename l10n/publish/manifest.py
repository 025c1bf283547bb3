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
manifest removes nothing; `publish` names it (`manifest_problem`) and publishes everything again.

Version 2 also records each article page (`PageRecord`: article, locale, slug, headline, date,
% reviewed, readiness), so a run for some locales still lists the others' pages in the indexes,
switchers and sitemap without assembling them again. The date's `<time datetime>` value is
recorded since session 47; a record without it lists its date as text, without `<time>`, until
its locale is published again.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import operator
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from l10n.errors import L10nError
from l10n.fsio import atomic_write_bytes
from l10n.fsio_names import hidden_beside
from l10n.locales import parse_locale
from l10n.project import validate_domain

if TYPE_CHECKING:
    from l10n.seen import StatsSeen

MANIFEST_NAME = ".l10n-manifest.json"
MANIFEST_VERSION = 2
_GENERATOR = "l10n publish"


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
    published_datetime: str = ""  # the `<time datetime>` of `published_text`; "" in a record written before session 47

    @classmethod
    def from_json(cls, data: object) -> PageRecord | None:
        """A record read back, or None when an entry is malformed (it is then simply forgotten):
        a field missing or of another type, a path that is not its locale's page (`is_page_path`),
        a share reviewed outside 0–100.

        >>> fields = {"path": "de/a.html", "domain": "a", "locale": "de", "headline": "A", "published_text": "", "is_source": False}
        >>> [PageRecord.from_json({**fields, "percent_reviewed": n, "ready": True}) is None for n in (0, 100, -5, 101)]
        [False, False, True, True]
        """
        values = _field_values(data)
        if values is None:
            return None
        record = cls(*values)  # the fields in their order (`_FIELD_TYPES`)
        if not 0 <= record.percent_reviewed <= 100:  # a share publish writes: -5 was shown, 10**400 raised in Babel
            return None
        return record if is_page_path(record.path, record.locale) else None

    def same_as(self, data: object) -> bool:
        """Whether `data` is this record as `as_json` gives it, by `from_json`'s rule (exact
        types; keys it does not read are ignored): a stamp's copy of a record the manifest
        already gave, checked without making it again (`reuse.take_as_published`)."""
        return _field_values(data) == _values_of(self)

    def as_json(self) -> dict[str, Any]:
        """The record as the manifest keeps it (`dataclasses.asdict`, without its deep copies)."""
        return {name: getattr(self, name) for name, _ in _FIELD_TYPES}


_FIELD_TYPES = tuple(
    (f.name, {"str": str, "int": int, "bool": bool}[str(f.type)]) for f in dataclasses.fields(PageRecord)
)
_FIELD_NAMES = tuple(name for name, _ in _FIELD_TYPES)
_FIELD_KINDS = tuple(kind for _, kind in _FIELD_TYPES)
_values_of = operator.attrgetter(*_FIELD_NAMES)  # a record's fields as a tuple, in their order


def _field_values(data: object) -> tuple[Any, ...] | None:
    """A record's fields read from `data` in their order, or None when `data` is no dict or a
    field is missing or of another type (exact types: a bool is no int here, and no int a bool;
    a `str` subclass passes as a `str`). Types compared as one tuple, the loop only on a miss:
    a re-run reads ~22,000 records."""
    if not isinstance(data, dict):
        return None
    values = tuple(map(data.get, _FIELD_NAMES))
    if values[-1] is None and _FIELD_NAMES[-1] not in data:  # a record of before `published_datetime`
        values = (*values[:-1], "")
    if tuple(map(type, values)) != _FIELD_KINDS:
        for value, kind in zip(values, _FIELD_KINDS):
            if type(value) is not kind and not (kind is str and isinstance(value, str)):
                return None
    return values


def manifest_path(site_dir: Path) -> Path:
    """`<parent>/.<site>.l10n-manifest.json`: beside the site folder, hidden, named after it."""
    site = Path(site_dir).absolute()
    return site.parent / hidden_beside(os.fspath(site.parent), site.name, MANIFEST_NAME)  # within NAME_MAX


def _readable_manifest(site_dir: Path) -> Path:
    """The manifest beside the site, or one an older version wrote inside it."""
    path = manifest_path(site_dir)
    inside = Path(site_dir) / MANIFEST_NAME
    return inside if not path.exists() and inside.is_file() else path


def read_page_records(site_dir: Path) -> list[PageRecord]:
    """The article pages the last publish recorded (none from a version-1 or unreadable manifest)."""
    return read_manifest_entries(site_dir)[1]


def read_manifest_entries(site_dir: Path) -> tuple[set[str], list[PageRecord]]:
    """The site-relative paths the last publish wrote and the article pages it recorded (none
    from a version-1 manifest), from one read of the file; empty when it is missing or unreadable
    (a site of 1,000 articles in 10 languages keeps ~3 MB here, and a re-run reads it first)."""
    data, _ = _parsed_manifest(_readable_manifest(site_dir))
    files = data.get("files") if isinstance(data, dict) else None
    pages = data.get("pages") if isinstance(data, dict) else None
    found = (
        {entry for entry in files if isinstance(entry, str) and is_safe_site_path(entry)}
        if isinstance(files, list)
        else set()
    )
    records = (
        [record for record in map(PageRecord.from_json, pages) if record is not None] if isinstance(pages, list) else []
    )
    return found, records


def manifest_problem(site_dir: Path) -> tuple[Path, str] | None:
    """(the manifest, what is wrong with it) when one is there but cannot be used — cut short,
    not JSON, not a manifest's shape, unreadable — else None (none yet is no problem). Such a
    manifest is read as empty: the pages it recorded are not listed and the files it named are
    no longer known as the publisher's own, so `publish` says so and publishes everything
    (`cli/site.py`). Parsed once for both: `read_manifest_entries` takes the same parse."""
    path = _readable_manifest(site_dir)
    data, problem = _parsed_manifest(path)
    if problem is None and data is not None:
        problem = _shape_problem(data)
    return (path, problem) if problem is not None else None


def _shape_problem(data: Any) -> str | None:
    """What keeps parsed JSON from being a manifest `read_manifest_entries` can use whole: a
    `files` list and, since version 2, a `pages` list (without it every page record is lost).
    A single malformed entry is not: it is forgotten alone (`PageRecord.from_json`)."""
    if not (isinstance(data, dict) and isinstance(data.get("files"), list)):
        return "not a publish manifest"
    if data.get("version") != 1 and not isinstance(data.get("pages"), list):
        return "not a publish manifest (its page records are missing or not a list)"
    return None


_parse: dict[str, tuple[bytes, Any, str | None]] = {}
"""path → (the bytes' hash, what they parsed to, the problem) of the last manifest parsed in
this process: `manifest_problem` and `read_manifest_entries` parse one manifest once. Keyed by
content, not by stat: a manifest rewritten in place within one clock tick keeps its stat."""


def _parsed_manifest(path: Path) -> tuple[Any, str | None]:
    """The JSON a manifest holds and None, or (None, what is wrong) — (None, None) when there
    is no manifest."""
    import hashlib

    key = os.fspath(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, None
    except OSError as error:
        return None, f"cannot read: {error.strerror}"
    digest = hashlib.blake2b(raw, digest_size=16).digest()  # ~1 ms a MB: a parse is ~10
    kept = _parse.get(key)
    if kept is not None and kept[0] == digest:
        return kept[1], kept[2]
    data: Any = None
    try:
        data, problem = json.loads(raw.decode("utf-8")), None
    except (ValueError, RecursionError) as error:  # JSONDecodeError, UnicodeDecodeError; nesting too deep
        problem = f"not valid JSON ({error.__class__.__name__}: cut short or damaged)"
    _parse.clear()
    _parse[key] = (digest, data, problem)
    return data, problem


def write_manifest(site_dir: Path, files: Iterable[str], pages: Iterable[PageRecord] = ()) -> bool:
    """Record the site's files and article pages (sorted, so an unchanged site leaves the
    manifest untouched), beside the site; an older version's manifest inside it is removed."""
    return write_manifest_data(site_dir, manifest_data(files, pages))


def manifest_data(files: Iterable[str], pages: Iterable[PageRecord] = ()) -> bytes:
    """The bytes `write_manifest` writes for these files and pages (sorted: `manifest_text`)."""
    ordered = sorted(pages, key=lambda page: page.path)
    return manifest_text(sorted(set(files)), ordered).encode("utf-8")


def write_manifest_data(site_dir: Path, data: bytes) -> bool:
    """Write the manifest's bytes (`manifest_data`) beside the site; an older version's
    manifest inside it is removed."""
    written = atomic_write_bytes(manifest_path(site_dir), data)
    for old in (Path(site_dir) / MANIFEST_NAME, Path(site_dir) / f"{MANIFEST_NAME}.lock"):
        with contextlib.suppress(FileNotFoundError):
            old.unlink()  # an older version's bookkeeping inside the site
    return written


def older_manifest_inside(site_dir: Path) -> bool:
    """Whether an older version's manifest (or its lock) is inside the site: `write_manifest`
    removes them, so a run that finds one writes the manifest."""
    return any((Path(site_dir) / name).exists() for name in (MANIFEST_NAME, f"{MANIFEST_NAME}.lock"))


def manifest_text(files: Sequence[str], pages: Sequence[PageRecord]) -> str:
    """The manifest of these files and pages: exactly `json.dumps(document, indent=1,
    ensure_ascii=False) + "\\n"`, written for its known shape (with `indent` the standard
    library encodes in Python: asdict and dumps took ~0.5 s for 1,000 articles in 10 languages,
    on every publish). Each value through the C string encoder."""
    string = json.encoder.encode_basestring  # the C encoder when available, as json.dumps uses

    def value(item: object) -> str:
        return (
            string(item)
            if isinstance(item, str)
            else ("true" if item else "false")
            if isinstance(item, bool)
            else str(item)
        )

    def page(record: PageRecord) -> str:
        return _PAGE_TEMPLATE % tuple(value(getattr(record, name)) for name, _ in _FIELD_TYPES)

    listed = "[\n" + ",\n".join(f"  {string(entry)}" for entry in files) + "\n ]" if files else "[]"
    shown = "[\n" + ",\n".join(map(page, pages)) + "\n ]" if pages else "[]"
    head = f' "version": {MANIFEST_VERSION},\n "generator": {string(_GENERATOR)},\n'
    return f'{{\n{head} "files": {listed},\n "pages": {shown}\n}}\n'


_PAGE_TEMPLATE = "  {\n" + ",\n".join(f'   "{name}": %s' for name, _ in _FIELD_TYPES) + "\n  }"


_PAGE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*\.html\Z")


def is_page_path(path: str, locale: str) -> bool:
    """Whether a page record's `path` is a page `publish` writes for its `locale`:
    `<locale>/<name>.html`, the name a slug or an article id (`pages.page_path`; ASCII letters,
    digits, `.`, `_`, `-`). The path is the href of the indexes' and sitemap's links to the page,
    so a record of a forged manifest naming `javascript:alert(1)` (a file of that name put in the
    site) made one (redteam48), and `..` or an absolute path is no page either.

    >>> [is_page_path(p, "de") for p in ("de/news.html", "fr/news.html", "javascript:alert(1)", "de/x:y.html")]
    [True, False, False, False]
    >>> [is_page_path(p, "de") for p in ("de/../news.html", "de/a/b.html", "de/.html", "de/news.htm")]
    [False, False, False, False]
    """
    folder, _, name = path.partition("/")
    return folder == locale and _PAGE_NAME.match(name) is not None and ".." not in name


def is_safe_site_path(entry: str) -> bool:
    """A manifest entry may only name a file below the site folder: relative, no `..` part (as
    `PurePosixPath` splits it; string tests, since a manifest holds ~20,000 entries).

    >>> [is_safe_site_path(p) for p in ("de/a.html", "../x", "/etc/passwd", "a/../../b", "", MANIFEST_NAME)]
    [True, False, False, False, False, False]
    """
    return (
        bool(entry)
        and not entry.startswith("/")
        and (".." not in entry or ".." not in entry.split("/"))
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


def same_manifest(
    files: set[str], pages: Sequence[PageRecord], previous: set[str], recorded: list[PageRecord], out_dir: Path
) -> bool:
    """Whether the manifest of `files` and `pages` is the one read (`previous`, `recorded`, in
    the order `manifest_data` writes them) and nothing older is left inside the site: writing
    it again would write the bytes it holds (~6 MB rendered for 1,000 articles in 10 languages)."""
    return (
        files == previous
        and sorted(pages, key=lambda page: page.path) == recorded
        and not older_manifest_inside(out_dir)
    )


def existing_records(
    out_dir: Path, records: Iterable[PageRecord], seen: StatsSeen | None = None, *, vouched: bool = True
) -> list[PageRecord]:
    """Recorded pages still on disk whose article and locale names are still valid. Not
    `vouched` (the manifest is not the bytes publish last wrote there: `reuse.manifest_as_written`),
    a record's `ready` and `percent_reviewed` are what the page says (`_as_the_page_says`)."""
    import stat

    kept, out = [], os.fspath(out_dir)
    known = seen.states if seen is not None else {}
    domains: set[str] = set()  # checked already: a domain recurs per locale, a locale per domain
    locales: set[str] = set()
    for record in records:
        if record.domain not in domains or record.locale not in locales:
            try:
                validate_domain(record.domain)
                parse_locale(record.locale)
            except L10nError:
                continue
            domains.add(record.domain)
            locales.add(record.locale)
        path = os.path.join(out, record.path)  # strings: a site has ~10,000 records
        if path in known:  # its stat seen (None: absent)
            st = known[path]
            if st is None or not stat.S_ISREG(st.st_mode):
                continue
        elif not os.path.isfile(path):
            continue
        kept.append(record if vouched else _as_the_page_says(record, path))
    return kept


_NOT_READY_MARK = (
    b'<meta name="robots" content="noindex">'  # `pages.page_context`'s "robots", as base.html.j2 writes it
)


_COMPLETENESS_LINE = b'<p class="completeness">'  # `article.html.j2`'s last line: the page's own share reviewed


def _as_the_page_says(record: PageRecord, path: str) -> PageRecord:
    """`record` with what the page at `path` says of itself: below its readiness policy when
    `noindex` is in its head, as publish writes every such edition (or it cannot be read), and
    the share reviewed its completeness line shows (`_percent_shown`). The record of a manifest
    that is not publish's own may say `ready` of an edition that is not (redteam49: a forged
    manifest made a `publish --locales de` offer the incomplete French page as an `hreflang`
    alternate, in the sitemap, and list it as translated), or "100% reviewed" of a page that
    says 0 % (leftovers50): the page is what its readers get."""
    try:
        with open(path, "rb") as file:
            data = file.read()
    except OSError:
        return dataclasses.replace(record, ready=False) if record.ready else record
    ready = record.ready and _NOT_READY_MARK not in data.partition(b"</head>")[0]  # title, description: escaped
    percent = _percent_shown(data, record)
    if (ready, percent) == (record.ready, record.percent_reviewed):
        return record
    return dataclasses.replace(record, ready=ready, percent_reviewed=percent)


def _percent_shown(data: bytes, record: PageRecord) -> int:
    """The share reviewed the page `data` shows on its completeness line, in its locale's words
    and digits (`pages.completeness_text`, escaped as the template writes it): the record's
    when the line is its, else the one whose line it is; 0 when it is none (a page that shows
    no share publish wrote is not counted as reviewed)."""
    from markupsafe import escape

    from l10n.publish.pages import completeness_text

    start = data.rfind(_COMPLETENESS_LINE)
    if start < 0:
        return 0
    start += len(_COMPLETENESS_LINE)
    shown = data[start : data.find(b"</p>", start)]
    locale = parse_locale(record.locale)

    def line(percent: int) -> bytes:
        return str(escape(completeness_text(percent, locale))).encode("utf-8")

    if shown == line(record.percent_reviewed):
        return record.percent_reviewed
    return next((percent for percent in range(101) if line(percent) == shown), 0)
