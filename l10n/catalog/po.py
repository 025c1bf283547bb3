"""gettext POT/PO catalogs through polib: templates, translations, machine suggestions, review.

Follows the GNU gettext manual ("The Format of PO Files"): `#.` extracted comments describe each
placeholder, `#:` references point into the article, `#,` flags carry `fuzzy` and
`python-brace-format` (so `msgfmt -c` verifies that a translation keeps every `{name}`), and
`#|` previous msgids show what a fuzzy entry was translated from. Translator comments (`# `)
hold machine provenance as one line `mt: <engine …>` or `tm: <match …>`; that line is what tells
machine work from human work (DESIGN decision 4: a non-fuzzy msgstr is never machine-written).

Every write is atomic; a change to an existing catalog holds its lock, a new catalog is created
exclusively without one (`l10n.fsio`). The merge of a template into a
translation catalog (msgmerge's job) lives in `l10n.catalog.update`.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from l10n import fsio
from l10n.errors import CatalogError
from l10n.model import Reference, Suggestion, Translation, TranslationOrigin, Unit

if TYPE_CHECKING:
    import polib

    from l10n.catalog.update import UpdateStats
    from l10n.locales import TargetLocale

WRAP_WIDTH = 78  # polib's and msgcat's default
BRACE_FORMAT_FLAG = "python-brace-format"
FUZZY_FLAG = "fuzzy"
SOURCE_HEADER = "X-L10n-Source"
GENERATOR = "l10n"
MACHINE_ORIGINS: tuple[TranslationOrigin, ...] = ("mt", "tm")
REVIEWED_PREFIX = "reviewed-from: "

PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_POLIB_LINE = re.compile(r"line (\d+)")
_WHITESPACE = re.compile(r"\s")  # what str.isspace() calls whitespace
_FSI, _PDI = "\u2068", "\u2069"  # Unicode isolates around file names with spaces (gettext 0.22)

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
    moment = moment or dt.datetime.now(dt.timezone.utc)
    return moment.strftime("%Y-%m-%d %H:%M%z")


# ---------------------------------------------------------------- reading and writing files


def load_catalog(path: Path) -> polib.POFile:
    """Parse a PO/POT file; any problem becomes a `CatalogError` naming `path:line`."""
    import polib

    path = Path(path)
    if not path.is_file():  # polib would parse a non-file argument as PO *text*
        raise CatalogError("no such catalog file", path=path)
    try:
        return polib.pofile(str(path), wrapwidth=WRAP_WIDTH, check_for_duplicates=True, encoding="utf-8")
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise CatalogError(f"not valid UTF-8 ({exc.reason})", path=path, line=line) from None
    except (OSError, ValueError) as exc:
        match = _POLIB_LINE.search(str(exc))
        message = str(exc).replace(f" {path}", "")
        raise CatalogError(
            f"unreadable PO file: {message}", path=path, line=int(match.group(1)) if match else None
        ) from None


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


# ---------------------------------------------------------------- templates (POT)


def write_pot(units: Sequence[Unit], path: Path, *, domain: str, source_path: str) -> bool:
    """Write the template for one article; False (file untouched) when only the date would change.

    The header follows the gettext manual's template header; `X-L10n-Source` records the article
    the units came from (relative to the project root) so later stages can find it again.
    """
    return write_template(units, path, domain=domain, source_path=source_path)[0]


def write_template(units: Sequence[Unit], path: Path, *, domain: str, source_path: str) -> tuple[bool, polib.POFile]:
    """`write_pot`, also returning the template as the file now holds it (creation date
    included), so `extract --locales` creates or merges the POs without reading it back."""
    path = Path(path)

    def template(date: str) -> polib.POFile:
        return _build_pot(units, domain=domain, source_path=source_path, date=date)

    if not os.path.lexists(path):
        fresh = template(gettext_timestamp())
        if create_catalog(fresh, path):
            return True, fresh  # a new template: created exclusively, no lock needed (see `l10n.fsio`)
    with fsio.locked(path):
        while True:  # a failed creation means someone else just created it: read theirs
            previous_date = _existing_creation_date(path)
            if previous_date is not None:
                kept = template(previous_date)
                if render_catalog(kept).encode("utf-8") == path.read_bytes():
                    return False, kept
            fresh = template(gettext_timestamp())
            if previous_date is not None or os.path.lexists(path):  # changed, broken or a dangling link
                return save_catalog(fresh, path), fresh
            if create_catalog(fresh, path):
                return True, fresh


def _existing_creation_date(path: Path) -> str | None:
    if not path.is_file():
        return None
    try:
        return catalog_metadata(path).get("POT-Creation-Date")
    except CatalogError:
        return None  # a broken template is simply rewritten


def catalog_metadata(path: Path) -> dict[str, str]:
    """The header entry's fields (`msgid ""`), parsed from the top of the file only.

    gettext tools write the header entry first and it ends at the first blank line, so a re-run
    over thousands of unchanged templates need not parse each whole file (twice) just to learn
    its source and creation date. Anything unexpected falls back to `load_catalog`.
    """
    import polib

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
        header = polib.pofile(text[: text.find("\n\n") + 1], wrapwidth=WRAP_WIDTH)
        if header.metadata and not len(header):
            return header.metadata
    except (OSError, ValueError):
        pass
    return load_catalog(path).metadata


def _build_pot(units: Sequence[Unit], *, domain: str, source_path: str, date: str) -> polib.POFile:
    import polib

    pot = polib.POFile(wrapwidth=WRAP_WIDTH)
    pot.header = f"Translation template for {domain}.\nExtracted from {source_path} by {GENERATOR}."
    pot.metadata = {
        "Project-Id-Version": domain,
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": date,
        "PO-Revision-Date": "YEAR-MO-DA HO:MI+ZONE",
        "Last-Translator": "FULL NAME <EMAIL@ADDRESS>",
        "Language-Team": "LANGUAGE <LL@li.org>",
        "Language": "",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Generator": GENERATOR,
        SOURCE_HEADER: source_path,
    }
    for unit in units:
        pot.append(
            polib.POEntry(
                msgid=unit.msgid,
                msgstr="",
                msgctxt=unit.msgctxt,
                comment="\n".join(unit.comments),
                occurrences=[reference_occurrence(ref) for ref in unit.references],
                flags=format_flags(unit.msgid),
            )
        )
    return pot


def read_pot(path: Path) -> list[Unit]:
    """The units of a template (or any PO), in file order.

    Placeable *values* live in the article, not the catalog (DESIGN decision 1), so
    `Unit.placeables` is empty; `comments` keeps the `#.` lines that describe them.
    """
    return catalog_units(load_catalog(path))


def catalog_units(catalog: polib.POFile) -> list[Unit]:
    """The active units of a parsed catalog, in file order (see `read_pot`)."""
    return [entry_to_unit(entry) for entry in catalog if not entry.obsolete]


def entry_to_unit(entry: polib.POEntry) -> Unit:
    """A PO entry seen as a translator-facing `Unit` (msgstr and flags left out)."""
    return Unit(
        msgid=entry.msgid,
        msgctxt=entry.msgctxt,
        references=references_of(entry),
        comments=entry.comment.splitlines() if entry.comment else [],
    )


def reference_occurrence(reference: Reference) -> tuple[str, str]:
    """A `#:` occurrence; a path with spaces is wrapped in U+2068/U+2069 as gettext 0.22 does."""
    path = reference.path
    if _WHITESPACE.search(path):
        path = f"{_FSI}{path}{_PDI}"
    return path, str(reference.line) if reference.line else ""


def references_of(entry: polib.POEntry) -> list[Reference]:
    """`#:` references, re-joining FSI…PDI-wrapped paths that polib split at their spaces.

    (Runs of several spaces inside such a path come back as one space.)
    """
    references: list[Reference] = []
    pending: str | None = None
    for path, line in entry.occurrences:
        if pending is None and not path.startswith(_FSI):
            references.append(Reference(path, int(line) if line.isdigit() else 0))
            continue
        pending = path if pending is None else f"{pending} {path}"
        if pending.endswith(_PDI):
            references.append(Reference(pending[1:-1], int(line) if line.isdigit() else 0))
            pending = None
    if pending is not None:
        references.append(Reference(pending.lstrip(_FSI), 0))
    return references


def pot_source(path: Path) -> str | None:
    """The article path recorded in the template's `X-L10n-Source` header, if any."""
    return catalog_metadata(path).get(SOURCE_HEADER) or None


def update_po(
    pot_path: Path,
    po_path: Path,
    locale: TargetLocale,
    *,
    notes: Mapping[CatalogKey, Sequence[str]] | None = None,
    template: polib.POFile | None = None,
) -> UpdateStats:
    """Create or merge `po_path` from the template, msgmerge-style (see `l10n.catalog.update`);
    `notes` adds locale-specific `#.` lines (glossary terms) per unit key; `template` is the
    already parsed `pot_path`, so a template merged into many locales is read once."""
    from l10n.catalog.update import merge_template

    return merge_template(pot_path, po_path, locale, notes=notes, template=template)


# ---------------------------------------------------------------- translations


def translator_lines(entry: polib.POEntry) -> list[str]:
    return entry.tcomment.splitlines() if entry.tcomment else []


def provenance_of(entry: polib.POEntry) -> tuple[TranslationOrigin, str]:
    """Who wrote the msgstr: the `mt:`/`tm:` translator-comment line, else a human."""
    if not entry.msgstr:
        return "none", ""
    lines = [line.strip() for line in translator_lines(entry)]
    for index, stripped in enumerate(lines):
        for origin in MACHINE_ORIGINS:
            if stripped.startswith(origin + ":"):
                return origin, " ".join([stripped, *_continuation(lines[index + 1 :])])
    return "human", ""


_LABELLED_LINE = re.compile(r"^[\w-]+:")


def _continuation(lines: list[str]) -> list[str]:
    """Lines polib wrapped off a long provenance line (it wraps `#` comments at the PO width):
    everything up to a blank line or the next `label:` line."""
    taken = []
    for line in lines:
        if not line or _LABELLED_LINE.match(line):
            break
        taken.append(line)
    return taken


def entry_translation(entry: polib.POEntry) -> Translation:
    origin, provenance = provenance_of(entry)
    return Translation(msgstr=entry.msgstr, fuzzy=entry.fuzzy, origin=origin, provenance=provenance)


def read_translations(po_path: Path) -> dict[CatalogKey, Translation]:
    """Every active entry's msgstr with its fuzzy state and origin (`mt`, `tm`, `human`, `none`)."""
    return {key: entry_translation(entry) for key, entry in entry_index(load_catalog(po_path)).items()}


def machine_may_write(entry: polib.POEntry, *, overwrite_fuzzy: bool) -> bool:
    """Empty entries always; fuzzy ones only on request and only if a machine wrote them.

    A fuzzy entry without an `mt:`/`tm:` line holds a human translation of an older msgid
    (msgmerge kept it with `#|`): a person's work, so never overwritten.
    """
    if not entry.msgstr:
        return True
    return overwrite_fuzzy and entry.fuzzy and provenance_of(entry)[0] in MACHINE_ORIGINS


def provenance_line(origin: str, provenance: str) -> str:
    """`mt: <provenance>`; a provenance that already starts with its origin is kept as is.

    >>> provenance_line("mt", "argos en->de 1.9")
    'mt: argos en->de 1.9'
    >>> provenance_line("tm", "tm: 92% locales/tm.sqlite3")
    'tm: 92% locales/tm.sqlite3'
    """
    text = " ".join(provenance.split())
    return text if text.startswith(origin + ":") else f"{origin}: {text}".rstrip()


def _is_machine_line(line: str) -> bool:
    return any(line.strip().startswith(origin + ":") for origin in MACHINE_ORIGINS)


def unmachine_lines(lines: list[str]) -> list[str]:
    """Translator-comment lines once a person accepted the text: `mt: x` → `reviewed-from: mt: x`.

    >>> unmachine_lines(["mt: argos 1.9", "ask Anna"])
    ['reviewed-from: mt: argos 1.9', 'ask Anna']
    """
    return [REVIEWED_PREFIX + line.strip() if _is_machine_line(line) else line for line in lines]


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


def apply_suggestions(po_path: Path, suggestions: Iterable[Suggestion], *, overwrite_fuzzy: bool = False) -> int:
    """Write machine/TM suggestions as fuzzy entries with an `mt:`/`tm:` provenance line.

    Only empty entries are filled (and, with `overwrite_fuzzy`, fuzzy entries a machine wrote);
    a non-fuzzy msgstr is never touched. Suggestions for units not in the catalog are skipped.
    One read and at most one atomic write per call. Returns the number of entries changed.
    """
    pending = [s for s in suggestions if s.msgstr]
    if not pending:
        return 0

    def apply_all(index: dict[CatalogKey, polib.POEntry]) -> int:
        entries = ((index.get((s.msgctxt, s.msgid)), s) for s in pending)
        return sum(_apply_suggestion(e, s, overwrite_fuzzy=overwrite_fuzzy) for e, s in entries if e is not None)

    return edit_catalog(po_path, apply_all)


def _apply_suggestion(entry: polib.POEntry, suggestion: Suggestion, *, overwrite_fuzzy: bool) -> bool:
    if not machine_may_write(entry, overwrite_fuzzy=overwrite_fuzzy):
        return False
    line = provenance_line(suggestion.origin, suggestion.provenance)
    lines = translator_lines(entry)
    if entry.msgstr == suggestion.msgstr and entry.fuzzy and line in lines:
        return False
    entry.msgstr = suggestion.msgstr
    drop_previous(entry)
    set_fuzzy(entry, True)
    entry.tcomment = "\n".join([*(kept for kept in lines if not _is_machine_line(kept)), line])
    return True


def mark_reviewed(po_path: Path, keys: Iterable[CatalogKey]) -> int:
    """A person accepted these translations: clear fuzzy (and `#|`), keep provenance as history.

    The `mt: …` line becomes `reviewed-from: mt: …`, so the origin reads "human" from now on while
    the catalog still shows where the text started. Entries with an empty msgstr are skipped.
    Returns the number of entries changed.
    """
    wanted = set(keys)
    if not wanted:
        return 0

    def review_all(index: dict[CatalogKey, polib.POEntry]) -> int:
        return sum(_review(index[key]) for key in wanted if key in index)

    return edit_catalog(po_path, review_all)


def _review(entry: polib.POEntry) -> bool:
    lines = translator_lines(entry)
    machine = any(_is_machine_line(line) for line in lines)
    if not entry.msgstr or not (entry.fuzzy or machine or entry.previous_msgid is not None):
        return False
    set_fuzzy(entry, False)
    entry.tcomment = "\n".join(unmachine_lines(lines))
    return True


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
