"""XLIFF 1.2 / 2.0 exchange with CAT tools: export a PO as XLIFF (`l10n.catalog.xliff_import`
brings the edited file back).

The PO stays the record (DESIGN decision 2); XLIFF carries everything a translator needs and
comes back without loss: msgctxt, msgstr, fuzzy state, translator comments (including the
`mt:`/`tm:` provenance line), `#.` notes and `#:` references. Unit ids are `Unit.id` (a stable
hash of msgctxt + msgid), so re-exports keep ids and an import finds its entries. Each unit also
carries its *export base*, a hash of the msgstr, fuzzy flag and translator comments it was
exported from, so an import can tell what changed in the file from what changed in the PO since.

Placeholders become inline codes whose native code is the placeholder itself, so a tool that
converts XLIFF to plain text or PO keeps `{money_1}`:

- standalone `{money_1}`: 1.2 `<ph id="money_1" ctype="x-money" equiv-text="{money_1}">{money_1}</ph>`
  (Translate Toolkit's xliff2po takes `<ph>` content and drops `<x>`, whatever its equiv-text),
  2.0 `<ph id="money_1" equiv="{money_1}" disp="10 billion yuan"/>` (the value from the `#.`
  line `money_1: 10 billion yuan = CNY 10000000000` is shown, `equiv` is the plain text);
- a tag pair `{a_1}…{a_1_end}` present in the same text: 1.2 `<bpt id="a_1" rid="a_1">{a_1}</bpt>`
  and `<ept id="a_1_end" rid="a_1">{a_1_end}</ept>`; 2.0 `<sc id="a_1"/>` and `<ec startRef="a_1"/>`
  (not `<g>`/`<pc>`: a translation may reorder text so that the pair no longer nests). A lone
  `{a_1_end}` is a standalone code.

State mapping (PO → XLIFF → PO is the identity; a machine or changed-source unit is never
written in a state other tools count as done):

- empty msgstr: 1.2 `<target state="new"/>` (empty); 2.0 `state="initial"`, no target;
- fuzzy: 1.2 `state="needs-review-translation"` (+ `state-qualifier="leveraged-mt"` or
  `"leveraged-tm"`); 2.0 `state="initial"` with the target and `subState="l10n:mt"`,
  `"l10n:tm"` or `"l10n:fuzzy"` (a human translation of a changed source);
- translated, not fuzzy: 1.2 `state="translated"` + `approved="yes"`; 2.0 `state="reviewed"`.

On import, 1.2 `new`/`needs-*` with a target are fuzzy, `translated`/`signed-off`/`final` (or
no state: then a target equal to the PO's text changes nothing) are not; 2.0 `initial` with a target is fuzzy, `translated`/`reviewed`/`final` are not
(except `translated` + `subState="l10n:fuzzy"`, how files exported before 2026-11 marked fuzzy).

Language tags are `TargetLocale.exchange_tag` (`zh-CN`), the same in XLIFF 1.2, 2.0 and TMX.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from l10n import fsio
from l10n.catalog.po import (
    PLACEHOLDER,
    load_catalog,
    provenance_of,
    references_of,
    translator_lines,
)
from l10n.errors import CatalogError
from l10n.model import unit_id

if TYPE_CHECKING:
    import polib
    from lxml import etree

    from l10n.locales import TargetLocale

XliffVersion = Literal["1.2", "2.0"]
XliffState = Literal["new", "fuzzy", "translated"]
NAMESPACES: dict[str, XliffVersion] = {
    "urn:oasis:names:tc:xliff:document:1.2": "1.2",
    "urn:oasis:names:tc:xliff:document:2.0": "2.0",
}
_DESCRIPTION = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*): (.*) = (.*)$")
GETTEXT_HEADER = "x-gettext-domain-header"
XLIFF11_NAMESPACE = "urn:oasis:names:tc:xliff:document:1.1"
_ORIGINAL = re.compile(r"^([^/]+)/LC_MESSAGES/([^/]+)\.po$")
_ORIGINAL_PATH = re.compile(r"(?:^|/)(?:([^/]+)/LC_MESSAGES/)?([^/]+)\.po$")
BASE_DIGITS = 16


@dataclass
class XliffUnit:
    """One translation unit, format-neutral: what both XLIFF versions write and read."""

    id: str
    source: str
    target: str = ""
    state: XliffState = "new"
    state_stated: bool = True  # False: a 1.2 target with no `state` nor `approved` (read as translated)
    msgctxt: str | None = None
    developer_notes: list[str] = field(default_factory=list)  # `#.` lines
    translator_notes: list[str] = field(default_factory=list)  # `# ` lines
    references: list[tuple[str, str]] = field(default_factory=list)  # `#:` (path, line)
    origin: str = ""  # who wrote the msgstr (`mt`, `tm`, `human`), for the fuzzy state's qualifier
    base: str | None = None  # `export_base` of the PO entry this unit was exported from
    line: int | None = None  # where the unit starts in a parsed XLIFF file
    plural_form: int | None = None  # its place in a gettext plural group (`msgstr[n]`), read from another tool's file
    id_missing: bool = False  # the file gave it no id (not valid XLIFF 2.0): `id` names it for reports only


@dataclass
class XliffDocument:
    """A file's worth of units plus what names its catalog: `original` = `<locale>/LC_MESSAGES/<domain>.po`."""

    original: str
    source_language: str
    target_language: str
    units: list[XliffUnit]
    warnings: list[CatalogError] = field(default_factory=list)  # read leniently: what is not valid in the file


@dataclass(frozen=True)
class InlineCode:
    """A placeholder inside source/target text; `role` says how XLIFF marks it."""

    name: str
    role: Literal["standalone", "open", "close"]

    @property
    def kind(self) -> str:
        """`money` for `money_1`, `a` for `a_1`/`a_1_end`."""
        return re.sub(r"(_\d+)?(_end)?$", "", self.name) or self.name


def inline_runs(text: str) -> list[str | InlineCode]:
    """Split text into plain runs and inline codes; only pairs present in `text` are open/close.

    >>> inline_runs("See {a_1}{money_1}{a_1_end}.")
    ['See ', InlineCode(name='a_1', role='open'), InlineCode(name='money_1', role='standalone'), \
InlineCode(name='a_1_end', role='close'), '.']
    """
    names = set(PLACEHOLDER.findall(text))
    runs: list[str | InlineCode] = []
    position = 0
    for match in PLACEHOLDER.finditer(text):
        if match.start() > position:
            runs.append(text[position : match.start()])
        name = match.group(1)
        role: Literal["standalone", "open", "close"] = "standalone"
        if name.endswith("_end") and name[: -len("_end")] in names:
            role = "close"
        elif f"{name}_end" in names:
            role = "open"
        runs.append(InlineCode(name, role))
        position = match.end()
    if position < len(text):
        runs.append(text[position:])
    return runs


def placeholder_originals(comments: list[str]) -> dict[str, str]:
    """`#.` lines `name: original = value` → {name: original} (first description wins).

    >>> placeholder_originals(["money_1: 10 billion yuan = CNY 10000000000", "glossary: x"])
    {'money_1': '10 billion yuan'}
    """
    found: dict[str, str] = {}
    for line in comments:
        match = _DESCRIPTION.match(line.strip())
        if match:
            found.setdefault(match.group(1), match.group(2))
    return found


def fill_inline(element: etree._Element, text: str, make_code: Callable[[InlineCode], etree._Element]) -> None:
    """Put `text` into `element` as mixed content, placeholders as the children `make_code` builds."""
    last: etree._Element | None = None
    for run in inline_runs(text):
        if isinstance(run, str):
            if last is None:
                element.text = (element.text or "") + run
            else:
                last.tail = (last.tail or "") + run
        else:
            last = make_code(run)
            element.append(last)


def read_inline(element: etree._Element, code_text: Callable[[etree._Element], str | None]) -> str:
    r"""Mixed content back to text: `code_text(child)` gives a code's placeholder, or None to
    descend into the child (markers such as `<mrk>`, paired `<g>`/`<pc>` handled by the caller).

    Where `xml:space` is not "preserve" (XML 1.0 §2.10 leaves white space to the application),
    a line break and its indentation that end a text run right before an inline code or the end
    tag are layout, not text: pretty-printing writers put them there (the npm `xliff` package,
    through xml-js `spaces`, writes "On \\n          <ph …/>"; its own reader drops them).

    >>> from lxml import etree
    >>> pretty = etree.fromstring('<source>On \n    <ph id="d"/>, he left.\n  </source>')
    >>> read_inline(pretty, lambda code: "{" + code.get("id") + "}")
    'On {d}, he left.'
    """
    layout = not _preserves_space(element) and any(isinstance(child.tag, str) for child in element)
    parts = [_without_layout(element.text, layout)]
    for child in element:
        if not isinstance(child.tag, str):  # comments, processing instructions
            parts.append(child.tail or "")
            continue
        placeholder = code_text(child)
        parts.append(read_inline(child, code_text) if placeholder is None else placeholder)
        parts.append(_without_layout(child.tail, layout))
    return "".join(parts)


_LAYOUT = re.compile(r"\r?\n[ \t]*$")
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _without_layout(text: str | None, layout: bool) -> str:
    return _LAYOUT.sub("", text or "") if layout else text or ""


def _preserves_space(element: etree._Element) -> bool:
    """The `xml:space` in force on `element`: its own, else the nearest ancestor's (XML 1.0 §2.10)."""
    for holder in (element, *element.iterancestors()):
        value = holder.get(_XML_SPACE)
        if value is not None:
            return value == "preserve"
    return False


def paired_text(element: etree._Element, code_text: Callable[[etree._Element], str | None]) -> str:
    """A paired code that wraps its content (1.2 `<g>`, 2.0 `<pc>`) as `{a_1}content{a_1_end}`."""
    ident = element.get("id", "")
    return "{" + ident + "}" + read_inline(element, code_text) + "{" + ident + "_end}"


def indent_structure(root: etree._Element, *, inline_parents: set[str], space: str = "  ") -> None:
    """Indent element-only structure; text-bearing elements (`inline_parents`) are left exactly as is,
    unlike `etree.indent`, which would add whitespace after a trailing inline code."""

    def visit(element: etree._Element, depth: int) -> None:
        if element.tag in inline_parents or len(element) == 0:
            return
        element.text = "\n" + space * (depth + 1)
        for child in element:
            visit(child, depth + 1)
            child.tail = "\n" + space * (depth + 1)
        element[-1].tail = "\n" + space * depth

    visit(root, 0)
    root.tail = "\n"


def single_file(root: etree._Element, file_tag: str, *, path: Path) -> etree._Element:
    """The one `<file>` an exported XLIFF holds (one file per PO catalog)."""
    files = root.findall(file_tag)
    if len(files) != 1:
        raise CatalogError(f"expected one <file>, found {len(files)}", path=path, line=root.sourceline)
    return files[0]


def parse_file(
    root: etree._Element,
    *,
    path: Path,
    file_tag: str,
    unit_tag: str,
    read_unit: Callable[..., XliffUnit],
    languages: Callable[[etree._Element, etree._Element], tuple[str, str]],
) -> XliffDocument:
    """The document of an exported XLIFF: its one `<file>`'s units, each read by the version's
    `read_unit`; `languages(root, file)` is (source, target), which 1.2 keeps on `<file>` and
    2.0 on the root. A PO header carried as a unit (`restype="x-gettext-domain-header"`, as
    Translate Toolkit's po2xliff writes it) is not a translation and is skipped."""
    file = single_file(root, file_tag, path=path)
    source_language, target_language = languages(root, file)
    return XliffDocument(
        original=file.get("original", ""),
        source_language=source_language,
        target_language=target_language,
        units=[
            read_unit(element, path=path) for element in file.iter(unit_tag) if element.get("restype") != GETTEXT_HEADER
        ],
    )


def local_name(element: etree._Element) -> str:
    return element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""


# ---------------------------------------------------------------- PO <-> neutral units


def export_base(msgstr: str, fuzzy: bool, translator_notes: list[str]) -> str:
    """What a unit held when it was exported: a short SHA-256 of its msgstr, fuzzy flag and
    translator comments. Stored in the file; an import compares the file's unit and the PO's
    entry with it to tell who changed what since (a three-way merge, as in version control).

    >>> export_base("Titel", False, []) == export_base("Titel", True, [])
    False
    """
    payload = json.dumps([msgstr, bool(fuzzy and msgstr), translator_notes], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:BASE_DIGITS]


def entry_state(entry: polib.POEntry) -> XliffState:
    return "new" if not entry.msgstr else ("fuzzy" if entry.fuzzy else "translated")


def units_from_catalog(catalog: polib.POFile) -> Iterator[XliffUnit]:
    for entry in catalog:
        if entry.obsolete:
            continue
        notes = translator_lines(entry)
        yield XliffUnit(
            id=unit_id(entry.msgctxt, entry.msgid),
            source=entry.msgid,
            target=entry.msgstr,
            state=entry_state(entry),
            msgctxt=entry.msgctxt,
            developer_notes=entry.comment.splitlines() if entry.comment else [],
            translator_notes=notes,
            references=[(ref.path, str(ref.line) if ref.line else "") for ref in references_of(entry)],
            origin=provenance_of(entry)[0],
            base=export_base(entry.msgstr, entry.fuzzy, notes),
        )


def export_xliff(
    po_path: Path,
    out_path: Path,
    *,
    locale: TargetLocale,
    version: XliffVersion,
    source_locale: str = "en",
) -> int:
    """Write the PO's active entries as XLIFF `version`; returns the number of units. The source
    language is the article's (`X-Source-Language`, `locales.article_language`), else `source_locale`."""
    from l10n.catalog.pofile import SOURCE_LANGUAGE_HEADER
    from l10n.locales import parse_locale

    po_path, catalog = Path(po_path), load_catalog(po_path)
    document = XliffDocument(
        original=f"{locale.code}/LC_MESSAGES/{po_path.stem}.po",
        source_language=parse_locale(catalog.metadata.get(SOURCE_LANGUAGE_HEADER) or source_locale).exchange_tag,
        target_language=locale.exchange_tag,
        units=list(units_from_catalog(catalog)),
    )
    writer = _module(version)
    try:
        data = writer.serialize(document)
    except ValueError:  # lxml: a control character XML 1.0 cannot carry, from a hand-edited PO
        raise CatalogError(
            "a unit holds a control character XLIFF (XML 1.0) cannot carry; `l10n qa` shows which", path=po_path
        ) from None
    with fsio.locked(Path(out_path)):
        fsio.atomic_write_bytes(Path(out_path), data)
    return len(document.units)


def read_xliff(xliff_path: Path) -> tuple[XliffVersion, XliffDocument]:
    """Parse an XLIFF file (hardened, see `xmlsafe`); the version comes from its namespace."""
    from l10n.catalog.xmlsafe import parse_xml_file

    root = parse_xml_file(Path(xliff_path))
    namespace = root.tag[1:].split("}", 1)[0] if root.tag.startswith("{") else ""
    if namespace == XLIFF11_NAMESPACE:  # what Translate Toolkit's po2xliff writes: 1.2 is its superset
        namespace = _as_xliff12(root)
    version = NAMESPACES.get(namespace)
    if version is None or local_name(root) != "xliff":
        raise CatalogError(
            f"not an XLIFF 1.2 or 2.0 document (root {root.tag!r})", path=xliff_path, line=root.sourceline
        )
    return version, _module(version).parse(root, path=Path(xliff_path))


def _as_xliff12(root: etree._Element) -> str:
    old, new = "{" + XLIFF11_NAMESPACE + "}", "{urn:oasis:names:tc:xliff:document:1.2}"
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.startswith(old):
            element.tag = new + element.tag[len(old) :]
    return new[1:-1]


def xliff_target(xliff_path: Path) -> tuple[TargetLocale, str]:
    """The (locale, domain) whose PO an exported XLIFF file belongs to, from its `original`;
    domain "" when the file has no `original` (optional in XLIFF 2.0) and its target language
    names the locale (`xliff_import.catalog_holding_units` then finds the catalog). Another
    tool's `original` is the PO it read: Translate Toolkit's po2xliff writes the path it was
    given (`/…/locales/de/LC_MESSAGES/news.po`, or `news.po`), Okapi the file's name; its last
    `<locale>/LC_MESSAGES/<domain>.po` names the catalog, a bare `<domain>.po` names the domain
    of the file's target language.

    >>> import tempfile
    >>> xlf = Path(tempfile.mkdtemp()) / "tt.xlf"
    >>> _ = xlf.write_text('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1">'
    ...     '<file original="news.po" target-language="de"/></xliff>')
    >>> locale, domain = xliff_target(xlf)
    >>> locale.code, domain
    ('de', 'news')
    """
    from l10n.locales import locale_from_tag, parse_locale
    from l10n.project import validate_domain

    _, document = read_xliff(xliff_path)
    match = _ORIGINAL.match(document.original)
    if match is None and not document.original and document.target_language:
        return locale_from_tag(document.target_language), ""
    if match is None:  # another tool's: the path of the PO it was given (po2xliff), or its name (Okapi)
        match = _ORIGINAL_PATH.search(document.original.replace("\\", "/"))
        if match is not None and match.group(1) is None and document.target_language:
            return locale_from_tag(document.target_language), validate_domain(match.group(2), path=xliff_path)
    if match is None or match.group(1) is None:
        raise CatalogError(
            f"file original {document.original!r} does not name a catalog (<locale>/LC_MESSAGES/<domain>.po)",
            path=xliff_path,
        )
    return parse_locale(match.group(1)), validate_domain(match.group(2), path=xliff_path)


def _module(version: XliffVersion):  # noqa: ANN202 (a module)
    if version == "1.2":
        from l10n.catalog import xliff12

        return xliff12
    if version == "2.0":
        from l10n.catalog import xliff20

        return xliff20
    raise CatalogError(f"unknown XLIFF version {version!r}: use 1.2 or 2.0")
