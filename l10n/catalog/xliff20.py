"""XLIFF 2.0 (OASIS Standard, 5 Aug 2014; Core only) writer and reader for `l10n.catalog.xliff`.

One `<unit>` per PO entry with one `<segment>`; a unit a tool re-segmented is read as all its
`<segment>`s and `<ignorable>`s in order (`_unit_target`). `<notes>` carry everything PO keeps beside the
text, told apart by `category`: `x-gettext-msgctxt` (msgctxt, kept exactly, even when empty),
`location` (`#:` references as `path:line`), `developer` (`#.` lines, `appliesTo="source"`) and
`translator` (translator comments, including `mt:`/`tm:` provenance). The export base is
Metadata module data, `<mda:metadata><mda:metaGroup category="l10n"><mda:meta type="base">`,
which the spec asks tools to preserve and the core schema admits on `<unit>`.

A fuzzy unit (machine or changed-source) is `state="initial"` with its target: the spec's
`translated`, `reviewed` and `final` all say a person translated the segment, and tools
(Translate Toolkit, Okapi) count them as done; `subState` (`l10n:mt`, `l10n:tm`, `l10n:fuzzy`)
says where the proposal came from. State mapping and inline codes are documented in
`l10n.catalog.xliff`.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from l10n.catalog.po import PLACEHOLDER
from l10n.catalog.xliff import (
    InlineCode,
    XliffDocument,
    XliffUnit,
    fill_inline,
    indent_structure,
    local_name,
    paired_text,
    parse_file,
    placeholder_originals,
    read_inline,
)
from l10n.errors import CatalogError

if TYPE_CHECKING:
    from lxml import etree

NS = "urn:oasis:names:tc:xliff:document:2.0"
MDA = "urn:oasis:names:tc:xliff:metadata:2.0"
META_CATEGORY = "l10n"
BASE_META = "base"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
MSGCTXT_CATEGORY = "x-gettext-msgctxt"
FUZZY_SUBSTATE = "l10n:fuzzy"  # a human translation of a changed source (and, before 2026-11, any fuzzy)
SUBSTATES = {"mt": "l10n:mt", "tm": "l10n:tm"}
DONE_STATES = frozenset({"translated", "reviewed", "final"})


def _q(name: str) -> str:
    return f"{{{NS}}}{name}"


def serialize(document: XliffDocument) -> bytes:
    from lxml import etree

    root = etree.Element(
        _q("xliff"),
        nsmap={None: NS, "mda": MDA},
        version="2.0",
        srcLang=document.source_language,
        trgLang=document.target_language,
    )
    file = etree.SubElement(root, _q("file"), id="f1", original=document.original)
    for unit in document.units:
        file.append(_unit_element(unit))
    indent_structure(root, inline_parents={_q("source"), _q("target"), _q("note")})
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _unit_element(unit: XliffUnit) -> etree._Element:
    from lxml import etree

    element = etree.Element(_q("unit"), id=unit.id)
    if unit.base:
        metadata = etree.SubElement(element, f"{{{MDA}}}metadata")
        group = etree.SubElement(metadata, f"{{{MDA}}}metaGroup", category=META_CATEGORY)
        etree.SubElement(group, f"{{{MDA}}}meta", type=BASE_META).text = unit.base
    notes: list[tuple[str, str]] = []
    if unit.msgctxt is not None:
        notes.append((MSGCTXT_CATEGORY, unit.msgctxt))
    notes += [("location", f"{path}:{line}" if line else path) for path, line in unit.references]
    notes += [("developer", note) for note in unit.developer_notes]
    notes += [("translator", note) for note in unit.translator_notes]
    if notes:
        holder = etree.SubElement(element, _q("notes"))
        for category, text in notes:
            note = etree.SubElement(holder, _q("note"), category=category)
            if category == "developer":
                note.set("appliesTo", "source")
            note.text = text
    segment = etree.SubElement(element, _q("segment"))
    if unit.state == "new":
        segment.set("state", "initial")
    elif unit.state == "fuzzy":
        segment.set("state", "initial")
        segment.set("subState", SUBSTATES.get(unit.origin, FUZZY_SUBSTATE))
    else:
        segment.set("state", "reviewed")
    originals = placeholder_originals(unit.developer_notes)
    source = etree.SubElement(segment, _q("source"), attrib={XML_SPACE: "preserve"})
    fill_inline(source, unit.source, lambda code: _code(code, originals))
    if unit.target:
        target = etree.SubElement(segment, _q("target"), attrib={XML_SPACE: "preserve"})
        fill_inline(target, unit.target, lambda code: _code(code, originals))
    return element


def _code(code: InlineCode, originals: dict[str, str]) -> etree._Element:
    from lxml import etree

    placeholder = "{" + code.name + "}"
    if code.role == "close":
        element = etree.Element(_q("ec"), startRef=code.name[: -len("_end")], equiv=placeholder)
    else:
        element = etree.Element(_q("sc" if code.role == "open" else "ph"), id=code.name, equiv=placeholder)
    if code.name in originals:
        element.set("disp", originals[code.name])
    return element


def _code_text(element: etree._Element) -> str | None:
    name = local_name(element)
    equiv = element.get("equiv", "")
    if name in ("ph", "sc", "ec"):
        if PLACEHOLDER.fullmatch(equiv):
            return equiv
        ident = element.get("id") or (element.get("startRef", "") + "_end")
        return "{" + ident + "}"
    if name == "pc":
        return paired_text(element, _code_text)
    if name == "cp":  # checked by `_code_point` as the unit is read
        return chr(int(element.get("hex", ""), 16))
    return None  # <mrk>, <sm>/<em> markers: read their content


def _check_code_points(element: etree._Element, *, path: Path, unit: str) -> None:
    """Spec §4.7.1.1: `<cp hex="…"/>` stands for one code point, the way a file carries one XML
    cannot. It is read as that character when a catalog may hold it (`xml_chars.xml_clean`, the
    one rule for what a page and an XLIFF export carry), and refused, naming the file and unit,
    when it is not a code point or is a control the catalogs refuse (dropping it would change the
    text without a word; keeping it would stop the next export)."""
    from l10n.xml_chars import xml_clean

    for code in element.iter(_q("cp")):
        value = code.get("hex", "")
        point = int(value, 16) if re.fullmatch(r"[0-9A-Fa-f]{1,6}", value) else -1
        if not 0 <= point <= 0x10FFFF:
            raise CatalogError(f'<cp hex="{value}"> is not a code point', path=path, line=code.sourceline, unit=unit)
        if not xml_clean(chr(point)):
            raise CatalogError(
                f'<cp hex="{value}"> stands for a control character a catalog cannot hold',
                path=path,
                line=code.sourceline,
                unit=unit,
            )


def parse(root: etree._Element, *, path: Path) -> XliffDocument:
    """The file's document. A `<unit>` without `id` (the schema requires one, §4.3.1.2; Translate
    Toolkit's `xliff2.Xliff2File` writes none for a unit added by source text) is read as another
    tool's unit, matched by its source text (`xliff_import.match_units`) and named in reports
    `#N (no id)`, N its place in the file; the document carries one warning naming the first."""
    document = parse_file(
        root,
        path=path,
        file_tag=_q("file"),
        unit_tag=_q("unit"),
        read_unit=_read_unit,
        languages=lambda root, _file: (root.get("srcLang", ""), root.get("trgLang", "")),
    )
    missing = [unit for unit in document.units if unit.id_missing]
    for number, unit in enumerate(document.units, 1):
        if unit.id_missing:
            unit.id = f"#{number} (no id)"  # no valid id (an NMTOKEN) has a space
    if missing:
        document.warnings.append(
            CatalogError(
                f"not valid XLIFF 2.0: {len(missing)} of {len(document.units)} <unit> elements have no id "
                "(read as another tool's units, matched by source text)",
                path=path,
                line=missing[0].line,
            )
        )
    return document


def _unit_target(parts: list[etree._Element], *, path: Path, unit: str) -> str:
    """The unit's target: its segments' and ignorables' targets in order (spec §4.2.2: a tool
    that splits a sentence keeps the space between the parts in an `<ignorable>`, whose target
    is its source when it has none), a target's `order` putting it where its segment's source
    is; "" while no segment has a target."""
    targets = [part.find(_q("target")) for part in parts]
    if all(t is None for t, part in zip(targets, parts, strict=True) if part.tag == _q("segment")):
        return ""
    texts = [
        read_inline(target if target is not None else part.find(_q("source")), _code_text)
        if target is not None or part.tag == _q("ignorable")
        else ""
        for target, part in zip(targets, parts, strict=True)
    ]
    slots = list(range(len(parts)))
    for index, target in enumerate(targets):
        order = target.get("order") if target is not None else None
        if order is not None:
            if not (order.isdigit() and 1 <= int(order) <= len(parts)):
                raise CatalogError(
                    f"<target order={order!r}> is not a place in the unit", path=path, line=target.sourceline, unit=unit
                )
            slots[index] = int(order) - 1
    if sorted(slots) != list(range(len(parts))):
        raise CatalogError(
            "two <target> elements claim one place (order)", path=path, line=parts[0].sourceline, unit=unit
        )
    placed = [""] * len(parts)
    for slot, text in zip(slots, texts, strict=True):
        placed[slot] = text
    return "".join(placed)


def _read_unit(element: etree._Element, *, path: Path) -> XliffUnit:
    ident = element.get("id") or ""  # none: `parse` names it
    parts = [child for child in element if child.tag in (_q("segment"), _q("ignorable"))]
    segments = [part for part in parts if part.tag == _q("segment")]
    if not segments or any(part.find(_q("source")) is None for part in parts):
        raise CatalogError("<unit> needs a <segment> with <source>", path=path, line=element.sourceline, unit=ident)
    _check_code_points(element, path=path, unit=ident or f"at line {element.sourceline}")
    source = "".join(read_inline(part.find(_q("source")), _code_text) for part in parts)
    target = _unit_target(parts, path=path, unit=ident)
    translated = any(segment.find(_q("target")) is not None for segment in segments)
    for segment in segments if translated else ():  # no <target> at all: nothing to import ("kept")
        state = segment.get("state") or "initial"  # past `initial`, a segment's text is its <target>
        if state != "initial" and segment.find(_q("target")) is None:
            if read_inline(segment.find(_q("source")), _code_text).strip():
                raise CatalogError(
                    f'<segment state="{state}"> has source text but no <target>',
                    path=path,
                    line=segment.sourceline,
                    unit=ident,
                )
    states = {(s.get("state") or "initial", s.get("subState")) for s in segments}
    confirmed = all(state in DONE_STATES and (state, sub) != ("translated", FUZZY_SUBSTATE) for state, sub in states)
    unit = XliffUnit(
        id=ident,
        source=source,
        target=target,
        state="new" if not target else ("translated" if confirmed else "fuzzy"),
        line=element.sourceline,
        id_missing=not ident,
    )
    for meta in element.iter(f"{{{MDA}}}meta"):
        group = meta.getparent()
        if meta.get("type") == BASE_META and group is not None and group.get("category") == META_CATEGORY:
            unit.base = (meta.text or "").strip()
    for note in element.iter(_q("note")):
        category, text = note.get("category"), note.text or ""
        if category == MSGCTXT_CATEGORY:
            unit.msgctxt = text
        elif category == "location":
            file_path, _, line = text.rpartition(":")
            unit.references.append((file_path, line) if line.isdigit() else (text, ""))
        elif category == "developer":
            unit.developer_notes.extend(text.split("\n"))
        else:
            unit.translator_notes.extend(text.split("\n"))  # a PO entry's comment lines, as one note
    return unit
