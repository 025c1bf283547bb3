"""gettext templates (POT) through polib, and the public catalog API of the project.

A template holds one article's units (gettext manual, "The Format of PO Files"): `#.` extracted
comments describe each placeholder, `#:` references point into the article, `#,` carries
`python-brace-format` where there are placeholders, and the header's `X-L10n-Source` names the
article. This module writes and reads templates; the rest of the catalog API lives in
`l10n.catalog.pofile` (reading and writing files), `l10n.catalog.translations` (provenance,
machine suggestions, review) and `l10n.catalog.update` (msgmerge), and is re-exported here so
`from l10n.catalog.po import …` stays the one import the other stages use.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from l10n import fsio
from l10n.catalog.comment_lines import (
    MACHINE_ORIGINS,
    REVIEWED_PREFIX,
    imported_lines,
    translator_lines,
    unmachine_lines,
)
from l10n.catalog.fresh import FreshTemplate
from l10n.catalog.pofile import (
    BRACE_FORMAT_FLAG,
    FUZZY_FLAG,
    GENERATOR,
    PLACEHOLDER,
    SOURCE_HEADER,
    SOURCE_LANGUAGE_HEADER,
    SOURCE_VARIANT_HEADER,
    WRAP_WIDTH,
    CatalogKey,
    create_catalog,
    drop_previous,
    edit_catalog,
    entry_index,
    format_flags,
    gettext_timestamp,
    load_catalog,
    newline_edges_agree,
    placeholders_in,
    read_entries,
    render_catalog,
    save_catalog,
    set_fuzzy,
    touch_revision_date,
)
from l10n.catalog.translations import (
    apply_suggestions,
    entry_translation,
    fill_catalog,
    machine_may_fill,
    machine_may_write,
    mark_reviewed,
    provenance_line,
    provenance_of,
    read_for_memory,
    read_translations,
)
from l10n.catalog.update import update_po
from l10n.errors import CatalogError
from l10n.model import Reference, Unit

if TYPE_CHECKING:
    import polib


__all__ = [
    "BRACE_FORMAT_FLAG",
    "FUZZY_FLAG",
    "GENERATOR",
    "MACHINE_ORIGINS",
    "PLACEHOLDER",
    "REVIEWED_PREFIX",
    "SOURCE_HEADER",
    "SOURCE_LANGUAGE_HEADER",
    "SOURCE_VARIANT_HEADER",
    "WRAP_WIDTH",
    "CatalogKey",
    "apply_suggestions",
    "catalog_metadata",
    "catalog_source_language",
    "catalog_units",
    "create_catalog",
    "drop_previous",
    "edit_catalog",
    "entry_index",
    "entry_to_unit",
    "entry_translation",
    "fill_catalog",
    "format_flags",
    "gettext_timestamp",
    "imported_lines",
    "load_catalog",
    "machine_may_fill",
    "machine_may_write",
    "mark_reviewed",
    "newline_edges_agree",
    "placeholders_in",
    "pot_source",
    "provenance_line",
    "provenance_of",
    "read_entries",
    "read_pot",
    "read_translations",
    "read_for_memory",
    "reference_occurrence",
    "references_of",
    "render_catalog",
    "save_catalog",
    "set_fuzzy",
    "touch_revision_date",
    "translator_lines",
    "unmachine_lines",
    "update_po",
    "write_pot",
    "write_template",
]

_FSI, _PDI = "\u2068", "\u2069"  # Unicode isolates around file names with spaces (gettext 0.22)
_WHITESPACE = re.compile(r"\s")  # what str.isspace() calls whitespace


def write_pot(
    units: Sequence[Unit], path: Path, *, domain: str, source_path: str, source_language: str | None = None
) -> bool:
    """Write the template for one article; False (file untouched) when only the date would change.

    The header follows the gettext manual's template header; `X-L10n-Source` records the article
    the units came from (relative to the project root) so later stages can find it again.
    """
    return write_template(units, path, domain=domain, source_path=source_path, source_language=source_language)[0]


def write_template(
    units: Sequence[Unit],
    path: Path,
    *,
    domain: str,
    source_path: str,
    source_language: str | None = None,
    source_variant: str | None = None,
) -> tuple[bool, polib.POFile | FreshTemplate]:
    """`write_pot`, also returning the template as the file now holds it (creation date
    included), so `extract --locales` creates or merges the POs without reading it back. A new
    template comes back as a `FreshTemplate`, which prints new POs without building catalogs."""
    path = Path(path)
    language = {"source_language": source_language, "source_variant": source_variant}

    def template(date: str) -> polib.POFile:
        return build_template(units, domain=domain, source_path=source_path, date=date, **language)

    if not os.path.lexists(path):
        new = FreshTemplate(units, domain=domain, source_path=source_path, date=gettext_timestamp(), **language)
        if fsio.create_exclusive_text(path, new.text()):
            return True, new  # a new template: created exclusively, no lock needed (see `l10n.fsio`)
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
    its source and creation date: its quoted lines are read directly, as polib reads them.
    Anything unexpected falls back to `load_catalog`.
    """
    path = Path(path)
    try:
        fields = header_fields(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        fields = None
    return fields if fields else load_catalog(path).metadata


def header_fields(text: str) -> dict[str, str] | None:
    """The header entry's `Key: value` fields as polib reads them, or None when the text does
    not open with comments, `msgid ""`, `msgstr ""` and quoted lines up to a blank line.

    >>> header_fields('# t\\n#, fuzzy\\nmsgid ""\\nmsgstr ""\\n"Language: de\\\\n"\\n"X-A: a\\\\n"\\n\\nmsgid "b"')
    {'Language': 'de', 'X-A': 'a'}
    """
    from polib import unescape

    lines = iter(text.split("\n"))
    line = next(lines, "")
    while line.startswith("#"):
        line = next(lines, "")
    if line != 'msgid ""' or next(lines, None) != 'msgstr ""':
        return None
    pieces: list[str] = []
    for line in lines:
        if not line:
            break
        if len(line) < 2 or line[0] != '"' or line[-1] != '"':
            return None
        pieces.append(unescape(line[1:-1]))
    fields: dict[str, str] = {}
    key = None
    for message in "".join(pieces).splitlines():  # polib's own loop over the header msgstr
        try:
            key, value = message.split(":", 1)
            fields[key] = value.strip()
        except ValueError:
            if key is not None:
                fields[key] += "\n" + message.strip()
    return fields


def build_template(
    units: Sequence[Unit],
    *,
    domain: str,
    source_path: str,
    date: str,
    source_language: str | None = None,
    source_variant: str | None = None,
) -> polib.POFile:
    """One article's template as a polib catalog: the gettext manual's template header (dated
    `date`, naming its source) and an entry per unit, `python-brace-format` where it has
    placeholders. `l10n.catalog.fresh` prints the same bytes without building it.
    `source_language`: the article's language where it is not the project's (`SOURCE_LANGUAGE_HEADER`),
    and `source_variant` the region the article states for it (`SOURCE_VARIANT_HEADER`, only beside it)."""
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
    if source_language:
        pot.metadata[SOURCE_LANGUAGE_HEADER] = source_language
        if source_variant:
            pot.metadata[SOURCE_VARIANT_HEADER] = source_variant
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


def catalog_source_language(path: Path) -> str | None:
    """The article's language recorded in a template's or catalog's `X-Source-Language` header:
    present only where it is not the project's source language (`l10n.locales.article_language`)."""
    return catalog_metadata(path).get(SOURCE_LANGUAGE_HEADER) or None


_HEADER_BYTES = 8192  # a template's header entry is well under 1 KB (`build_template`)


def template_language(path: Path | str) -> str | None:
    """`catalog_source_language` read from the head of the file (`template_source`)."""
    return template_source(path)[0]


def template_source(path: Path | str) -> tuple[str | None, str | None]:
    """The article's language and the region it states (`X-Source-Language`, `X-Source-Variant`)
    read from the head of the file: the header entry ends at its first blank line
    (`header_fields`), so a command asking every template whose language `extract` kept no
    record of (`memory.article_language`) reads a few KB of each, not each whole file."""
    with open(path, "rb") as file:
        head = file.read(_HEADER_BYTES)
    end = head.find(b"\n\n")
    try:
        fields = header_fields(head[: end + 1].decode("utf-8")) if end >= 0 else None
    except UnicodeDecodeError:
        fields = None
    if fields is None:  # not in the usual layout: read as every catalog is (which names any error)
        fields = catalog_metadata(Path(path))
    return fields.get(SOURCE_LANGUAGE_HEADER) or None, fields.get(SOURCE_VARIANT_HEADER) or None


def pot_source(path: Path) -> str | None:
    """The article path recorded in the template's `X-L10n-Source` header, if any."""
    return catalog_metadata(path).get(SOURCE_HEADER) or None
