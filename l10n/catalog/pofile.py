"""Reading and writing gettext PO/POT files through polib: the one place that touches the file.

Follows the GNU gettext manual ("The Format of PO Files"): `#.` extracted comments, `#:`
references, `#,` flags (`fuzzy`, and `python-brace-format` so `msgfmt -c` verifies that a
translation keeps every `{name}`), `#|` previous msgids. Rendering is `l10n.catalog.po_render`
(gettext's own layout, so msgcat/msgmerge leave our files byte-identical). Reading is linear
and bounded (`l10n.limits`). Every write is atomic; a change to an existing catalog holds its
lock, a new catalog is created exclusively without one (`l10n.fsio`). Templates live in
`l10n.catalog.po`, translations and review in `l10n.catalog.translations`, the merge in
`l10n.catalog.update`; `l10n.catalog.po` re-exports the public names of all of them.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from l10n import fsio
from l10n.collector import collector_paused
from l10n.errors import CatalogError
from l10n.limits import MAX_CATALOG_BYTES, MAX_CATALOG_ENTRIES, describe
from l10n.placeables.placeholder import PLACEHOLDER_PATTERN as PLACEHOLDER

if TYPE_CHECKING:
    import polib

WRAP_WIDTH = 79  # gettext's page width (the writer, `po_render`, lays lines out as gettext does)
BRACE_FORMAT_FLAG = "python-brace-format"
FUZZY_FLAG = "fuzzy"
SOURCE_HEADER = "X-L10n-Source"
# The article's language, in a template (and the POs `update` makes from it) only where it is
# not the project's source language: `translate` then picks engines for it (`l10n.extract`).
SOURCE_LANGUAGE_HEADER = "X-Source-Language"
# The region the article states for that language ("en_GB", `Document.source_variant`), beside it
# where it states one: the own-language rule reads it (`l10n.locales.own_language_locale`).
SOURCE_VARIANT_HEADER = "X-Source-Variant"
GENERATOR = "l10n"

_POLIB_LINE = re.compile(r"line (\d+)")

CatalogKey = tuple[str | None, str]


def placeholders_in(text: str) -> list[str]:
    """The `{name}` placeholders of a msgid or msgstr, in order.

    >>> placeholders_in("more than {money_1} ({money_2}) in {date_1}")
    ['money_1', 'money_2', 'date_1']
    """
    return PLACEHOLDER.findall(text)


def newline_edges_agree(msgid: str, msgstr: str) -> bool:
    """`msgfmt -c` requires msgid and msgstr to agree on beginning and ending with a newline.

    >>> newline_edges_agree("a\\n", "b\\n"), newline_edges_agree("\\na", "b")
    (True, False)
    """
    return msgid.startswith("\n") == msgstr.startswith("\n") and msgid.endswith("\n") == msgstr.endswith("\n")


def gettext_timestamp(moment: dt.datetime | None = None) -> str:
    """The header date format gettext tools write: `YYYY-MM-DD HH:MM+ZZZZ`.

    >>> gettext_timestamp(dt.datetime(2020, 11, 28, 18, 59, tzinfo=dt.timezone(dt.timedelta(hours=8))))
    '2020-11-28 18:59+0800'
    """
    moment = moment or dt.datetime.now(dt.UTC)
    return moment.strftime("%Y-%m-%d %H:%M%z")


def load_catalog(path: Path, *, data: bytes | None = None) -> polib.POFile:
    """Parse a PO/POT file; any problem becomes a `CatalogError` naming `path:line`.

    Linear in the file: polib's own duplicate check scans the whole catalog on each entry
    (a 50,000-entry PO took 126 s), so duplicates are caught here with a set instead. Files
    over `MAX_CATALOG_BYTES` or `MAX_CATALOG_ENTRIES` (`l10n.limits`) are refused. `data` is
    the file's bytes when the caller read them already (to key a compiled form on exactly
    what was parsed: `memory.compiled`); the catalog is then always their parse, whichever
    parser takes them, and the file is not read again.
    """
    return _parse(path, visit=None, data=data)


def read_entries(path: Path, visit: Callable[[polib.POEntry], None]) -> dict[str, str]:
    """Hand every entry of a PO/POT (header aside, obsolete ones included) to `visit` as it is
    read, keeping none (only a 64-bit digest per entry for the duplicate check), for read-only
    passes (`l10n status`). Checks and errors as `load_catalog`; returns the header's fields.

    Read a block at a time by the fast reader (`po_read.stream_into`, `po_stream`: the text is
    never held whole); where it stops on something it leaves to polib, polib parses the same
    bytes (the file read again, checked to begin with those streamed) and `visit` gets only the
    entries after those it already got."""
    return _parse(path, visit=visit).metadata


def certainly_untranslated(data: bytes) -> bool:
    """True only when the PO text `data` surely has no active entry with a msgid and a msgstr
    (the header has no msgid) — a catalog as `extract` creates it — judged from its bytes by
    C-speed scans, without parsing. False means "maybe": parse it. Anything unusual (a line that
    is not blank, a comment, a string or a keyword; a carriage return; a header not first; an
    obsolete msgstr with text) answers False. A file polib cannot read may answer True: it
    holds no translation anyone could use, and its reader reports it.

    >>> certainly_untranslated(b'msgid ""\\nmsgstr ""\\n"Language: de\\\\n"\\n\\nmsgid "a"\\nmsgstr ""\\n')
    True
    >>> certainly_untranslated(b'msgid ""\\nmsgstr ""\\n"Language: de\\\\n"\\n\\nmsgid "a"\\nmsgstr "b"\\n')
    False
    """
    if b"\r" in data or _ODD_LINE.search(data):
        return False
    texts = _MSGSTR_WITH_TEXT.finditer(data)
    first = next(texts, None)
    if first is None:
        return True
    if next(texts, None) is not None:
        return False
    header = _HEADER_FIRST.match(data)  # the one msgstr with text must be the header's
    return header is not None and header.end() == first.start()


_ODD_LINE = re.compile(rb'^(?![ \t]*(?:#|"|msg|$))', re.MULTILINE)
_MSGSTR_WITH_TEXT = re.compile(  # text on the msgstr line, or a continuation (`"`, `#~ "`, `#| "`) after it
    rb'^[ \t]*(?:#~[ \t]*)?msgstr[^"\n]*"(?:[^"\n]|"[ \t]*\n(?:\s|#~\|[^\n]*\n)*(?:"|#~|#\|))', re.MULTILINE
)
_HEADER_FIRST = re.compile(rb'(?:[ \t]*(?:#[^\n]*)?\n)*[ \t]*msgid[ \t]*""[ \t]*\n(?:[ \t]*\n)*')


class _Refused(BaseException):
    """Stops polib's parser: it turns every `Exception` raised inside it into "Syntax error"."""

    def __init__(self, error: CatalogError) -> None:
        super().__init__(str(error))
        self.error = error


def _parse(path: Path, *, visit: Callable[[polib.POEntry], None] | None, data: bytes | None = None) -> polib.POFile:
    path = Path(path)
    if not path.is_file():  # polib would parse a non-file argument as PO *text*
        raise CatalogError("no such catalog file", path=path)
    if (path.stat().st_size if data is None else len(data)) > MAX_CATALOG_BYTES:
        raise CatalogError(f"catalog is larger than the {describe(MAX_CATALOG_BYTES)} limit (l10n.limits)", path=path)
    checked = _checked_catalog_class()
    if visit is not None:  # a block at a time (`po_stream`), the text never held (`data`: not asked with it)
        return _streamed(path, visit, checked)
    try:
        data = path.read_bytes() if data is None else data  # read once: the fast reader and polib parse these bytes
    except OSError as exc:
        raise CatalogError(f"unreadable PO file: {exc.strerror or exc}", path=path) from None
    from l10n.catalog.po_read import Unterminated, Unusual, parse_into  # every entry built before the first append

    try:
        with collector_paused():  # millions of objects, no cycles: 1.5-2× faster (bench/sizes.py)
            catalog = parse_into(checked(pofile=str(path), encoding="utf-8", checked_path=path), data)
    except _Refused as refused:
        raise refused.error from None
    except Unterminated as open_string:
        raise _unterminated(path, open_string.line) from None
    except Unusual:
        pass  # polib decides: its own result, or its own error naming the line
    else:
        catalog.wrapwidth = WRAP_WIDTH
        return catalog
    return _parse_with_polib(path, data, functools.partial(checked, checked_path=path))


_SPLITLINES_ONLY = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
"""Where `str.splitlines` ends a line and a file read in text mode does not (both end one at
`\n`, `\r\n` and `\r`). polib splits PO *text* with `splitlines`, so a msgstr holding one of
these (U+2028 LINE SEPARATOR, a form feed…) would break in two and be refused as a syntax error."""


def _parse_with_polib(path: Path, data: bytes, klass: Callable[..., polib.POFile]) -> polib.POFile:
    """polib's parse of `data` (the bytes of `path`): its own result, or its error as a
    `CatalogError` naming `path` and the line. polib is handed the text, not the path, so what it
    parses is what the caller read; text `splitlines` would cut differently from a file
    (`_SPLITLINES_ONLY`), or that names an existing file, goes through a private copy instead."""
    import os
    import tempfile

    import polib

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CatalogError(f"not valid UTF-8 ({exc.reason})", path=path, line=line) from None
    copy, shown = None, str(path)
    try:
        if _SPLITLINES_ONLY.search(text) is None and not os.path.isfile(text):
            source = text
        else:
            with tempfile.NamedTemporaryFile("wb", suffix=".po", delete=False) as handle:
                handle.write(data)
            source = shown = copy = handle.name
        with collector_paused():
            catalog = polib.pofile(
                source, wrapwidth=WRAP_WIDTH, encoding="utf-8", klass=functools.partial(klass, fpath=str(path))
            )
    except _Refused as refused:
        raise refused.error from None
    except (OSError, ValueError) as exc:
        match = _POLIB_LINE.search(str(exc))
        message = str(exc).replace(f" {shown}", "").replace(f" {path}", "")
        raise CatalogError(
            f"unreadable PO file: {message}", path=path, line=int(match.group(1)) if match else None
        ) from None
    finally:
        if copy is not None:
            os.unlink(copy)
    catalog.fpath = str(path)
    return catalog


def _unterminated(path: Path, line: int) -> CatalogError:
    """msgfmt's fatal error for a string left open (`po_read.Unterminated`): a truncated or
    hand-broken catalog is refused, not read as polib guesses and written back."""
    return CatalogError("end-of-line within string (the PO is truncated or broken here)", path=path, line=line)


def _streamed(path: Path, visit: Callable[[polib.POEntry], None], checked: Any) -> polib.POFile:
    """`_parse` with `visit`, the file read in blocks (`po_stream.StreamedFile`); where the fast
    reader stops, polib parses the file read again — checked to begin with the bytes streamed —
    and `visit` gets only the entries after those it already got."""
    from l10n.catalog.po_read import Unterminated, Unusual, stream_into
    from l10n.catalog.po_stream import StreamedFile

    visited = 0

    def counted(entry: polib.POEntry) -> None:
        nonlocal visited
        visit(entry)
        visited += 1

    reading = StreamedFile(path)
    blocks = reading.blocks()
    try:
        with collector_paused():
            catalog = stream_into(checked(pofile=str(path), encoding="utf-8", checked_path=path, visit=counted), blocks)
    except _Refused as refused:
        raise refused.error from None
    except OSError as exc:
        raise CatalogError(f"unreadable PO file: {exc.strerror or exc}", path=path) from None
    except Unterminated as open_string:
        raise _unterminated(path, open_string.line) from None
    except Unusual:
        pass  # polib decides, on the same bytes
    else:
        catalog.wrapwidth = WRAP_WIDTH
        return catalog
    finally:
        blocks.close()  # the file closed now, not when the generator is collected
    try:
        data = reading.again()
    except OSError as exc:
        raise CatalogError(f"unreadable PO file: {exc.strerror or exc}", path=path) from None
    return _parse_with_polib(path, data, functools.partial(checked, checked_path=path, visit=_skipping(visit, visited)))


def _skipping(visit: Callable[[polib.POEntry], None], count: int) -> Callable[[polib.POEntry], None]:
    """`visit` for every entry after the first `count`."""
    left = count

    def skipping(entry: polib.POEntry) -> None:
        nonlocal left
        if left:
            left -= 1
        else:
            visit(entry)

    return skipping


@functools.cache
def _checked_catalog_class() -> Any:  # a polib.POFile subclass
    """polib's `POFile` with our checks on every entry read: a count limit, and duplicates
    caught with a set of 64-bit digests (~60 bytes an entry). Built once per process (a class
    made per catalog cost more than reading a small one); polib is imported on first use."""
    import hashlib

    import polib

    class CheckedCatalog(polib.POFile):
        def __init__(self, *args: Any, checked_path: Path, visit: Callable | None = None, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._checked: tuple[Path, Callable | None, set[int]] = (checked_path, visit, set())
            self._entries_read = 0

        def append(self, entry: polib.POEntry) -> None:
            path, visit, seen = self._checked
            self._entries_read += 1
            if self._entries_read > MAX_CATALOG_ENTRIES:
                raise _Refused(
                    CatalogError(
                        f"more than {describe(MAX_CATALOG_ENTRIES)} entries, the limit (l10n.limits)",
                        path=path,
                        line=entry.linenum,
                    )
                )
            header = entry.msgid == "" and entry.msgctxt is None and not entry.obsolete
            if not entry.obsolete:
                text = f"{entry.msgctxt}\x04{entry.msgid}".encode("utf-8", "surrogatepass")
                key = int.from_bytes(hashlib.blake2b(text, digest_size=8).digest(), "big")
                if key in seen:
                    raise _Refused(
                        CatalogError(
                            f"duplicate entry: msgid {entry.msgid[:60]!r} already exists", path=path, line=entry.linenum
                        )
                    )
                seen.add(key)
            if visit is None or header:
                super().append(entry)
            else:
                visit(entry)

    return CheckedCatalog


def render_catalog(catalog: polib.POFile) -> str:
    """The file text polib produces (width 78), ending with exactly one newline; rendered by
    `l10n.catalog.po_render` (the same bytes, without polib's per-field `textwrap`)."""
    from l10n.catalog.po_render import render_po

    return render_po(catalog).rstrip("\n") + "\n"


def save_catalog(catalog: polib.POFile, path: Path) -> bool:
    """Atomically write `catalog`; False when the file already had this exact content."""
    return fsio.atomic_write_text(Path(path), render_catalog(catalog))


def create_catalog(catalog: polib.POFile, path: Path) -> bool:
    """Write `catalog` as a new file; False (nothing written) when `path` already exists."""
    return fsio.create_exclusive_text(Path(path), render_catalog(catalog))


def entry_index(catalog: polib.POFile) -> dict[CatalogKey, polib.POEntry]:
    """Active (non-obsolete) entries by (msgctxt, msgid)."""
    return {(e.msgctxt, e.msgid): e for e in catalog if not e.obsolete}


def format_flags(msgid: str) -> list[str]:
    """`python-brace-format` when the msgid has placeholders, so `msgfmt -c` checks the msgstr."""
    return [BRACE_FORMAT_FLAG] if PLACEHOLDER.search(msgid) else []


def set_fuzzy(entry: polib.POEntry, fuzzy: bool) -> None:
    """Add or drop the `fuzzy` flag (first, as msgmerge writes it); clearing also drops `#|`."""
    flags = [f for f in entry.flags if f != FUZZY_FLAG]
    entry.flags = [FUZZY_FLAG, *flags] if fuzzy else flags
    if not fuzzy:
        drop_previous(entry)


def drop_previous(entry: polib.POEntry) -> None:
    """Forget the `#|` previous msgid: it described a msgstr that is no longer there."""
    entry.previous_msgid = None
    entry.previous_msgid_plural = None
    entry.previous_msgctxt = None


def edit_catalog(po_path: Path, edit: Callable[[dict[CatalogKey, polib.POEntry]], int]) -> int:
    """Locked read-modify-write of a PO: `edit` changes active entries in place and returns how
    many it changed; only then is the file written (atomically, with a new PO-Revision-Date)."""
    po_path = Path(po_path)
    with fsio.locked(po_path):
        catalog = load_catalog(po_path)
        changed = edit(entry_index(catalog))
        if changed:
            touch_revision_date(catalog)
            save_catalog(catalog, po_path)
    return changed


def touch_revision_date(catalog: polib.POFile) -> None:
    """Set `PO-Revision-Date` to now, as translation editors do when they save changes."""
    catalog.metadata["PO-Revision-Date"] = gettext_timestamp()
