"""XLIFF 1.2 (OASIS Standard, 1 Feb 2008) writer and reader for `l10n.catalog.xliff`.

msgctxt and the export base travel in one unnamed `<context-group purpose="information">` as
`<context context-type="x-gettext-msgctxt">` and `<context context-type="x-l10n-base">`: the
schema's identity constraint `U_context-group_name` makes a group *name* unique per `<file>`, so
a name repeated on every unit (the old `name="x-gettext"`) fails both the strict and the
transitional XSD, while an unnamed group is valid any number of times. `#:` references are
`purpose="location"` groups with `sourcefile` / `linenumber` contexts (the spec's own location
vocabulary); `#.` lines are `<note from="developer">` and translator comments
`<note from="translator">`, one per line. Everything written here validates against the
official strict schema (checked in `tests/test_exchange_schemas.py`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from l10n.catalog.xliff import (
    InlineCode,
    XliffDocument,
    XliffState,
    XliffUnit,
    fill_inline,
    indent_structure,
    local_name,
    paired_text,
    parse_file,
    read_inline,
)
from l10n.errors import CatalogError

if TYPE_CHECKING:
    from lxml import etree

NS = "urn:oasis:names:tc:xliff:document:1.2"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
MSGCTXT_TYPE = "x-gettext-msgctxt"
BASE_TYPE = "x-l10n-base"
STATE_TO_XLIFF: dict[XliffState, str] = {"new": "new", "fuzzy": "needs-review-translation", "translated": "translated"}
QUALIFIER = {"mt": "leveraged-mt", "tm": "leveraged-tm"}  # the spec's state-qualifier values
FINAL_STATES = frozenset({"translated", "signed-off", "final"})
PLURALS_RESTYPE = "x-gettext-plurals"  # a msgid_plural entry's forms, one <trans-unit> each (po2xliff, Okapi, lconvert)


def _q(name: str) -> str:
    return f"{{{NS}}}{name}"


def serialize(document: XliffDocument) -> bytes:
    from lxml import etree

    root = etree.Element(_q("xliff"), nsmap={None: NS}, version="1.2")
    file = etree.SubElement(
        root,
        _q("file"),
        original=document.original,
        datatype="po",
        attrib={"source-language": document.source_language, "target-language": document.target_language},
    )
    header = etree.SubElement(file, _q("header"))
    etree.SubElement(header, _q("tool"), attrib={"tool-id": "l10n", "tool-name": "l10n"})
    body = etree.SubElement(file, _q("body"))
    for unit in document.units:
        body.append(_unit_element(unit))
    indent_structure(root, inline_parents={_q("source"), _q("target"), _q("note"), _q("context")})
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _unit_element(unit: XliffUnit) -> etree._Element:
    from lxml import etree

    attrib = {"id": unit.id}
    if unit.state == "translated":
        attrib["approved"] = "yes"
    element = etree.Element(_q("trans-unit"), attrib=attrib)
    source = etree.SubElement(element, _q("source"), attrib={XML_SPACE: "preserve"})
    fill_inline(source, unit.source, _code)
    target_attrib = {"state": STATE_TO_XLIFF[unit.state]}
    if unit.state == "fuzzy" and unit.origin in QUALIFIER:
        target_attrib["state-qualifier"] = QUALIFIER[unit.origin]
    target = etree.SubElement(element, _q("target"), attrib={**target_attrib, XML_SPACE: "preserve"})
    fill_inline(target, unit.target, _code)
    contexts = [(MSGCTXT_TYPE, unit.msgctxt)] if unit.msgctxt is not None else []
    contexts += [(BASE_TYPE, unit.base)] if unit.base else []
    if contexts:
        group = etree.SubElement(element, _q("context-group"), purpose="information")
        for context_type, text in contexts:
            etree.SubElement(group, _q("context"), attrib={"context-type": context_type}).text = text
    for path, line in unit.references:
        group = etree.SubElement(element, _q("context-group"), purpose="location")
        etree.SubElement(group, _q("context"), attrib={"context-type": "sourcefile"}).text = path
        if line:
            etree.SubElement(group, _q("context"), attrib={"context-type": "linenumber"}).text = line
    for author, notes in (("developer", unit.developer_notes), ("translator", unit.translator_notes)):
        for note in notes:
            etree.SubElement(element, _q("note"), attrib={"from": author}).text = note
    return element


def _code(code: InlineCode) -> etree._Element:
    """`<ph>`/`<bpt>`/`<ept>`, whose content is the native code: here the placeholder itself."""
    from lxml import etree

    placeholder = "{" + code.name + "}"
    attrib = {"id": code.name}
    if code.role == "open":
        element = etree.Element(_q("bpt"), attrib={**attrib, "rid": code.name, "ctype": f"x-html-{code.kind}"})
    elif code.role == "close":
        element = etree.Element(_q("ept"), attrib={**attrib, "rid": code.name[: -len("_end")]})
    else:
        element = etree.Element(_q("ph"), attrib={**attrib, "ctype": f"x-{code.kind}"})
    element.set("equiv-text", placeholder)
    element.text = placeholder
    return element


def _code_text(element: etree._Element) -> str | None:
    """Placeholder text of an inline code; None means "read inside" (`<mrk>`, `<g>` handled here)."""
    name = local_name(element)
    ident = element.get("id", "")
    if name in ("x", "bx", "ex", "ph", "bpt", "ept", "it"):
        return "{" + ident + "}"
    if name == "g":
        return paired_text(element, _code_text)
    return None


def parse(root: etree._Element, *, path: Path) -> XliffDocument:
    return parse_file(
        root,
        path=path,
        file_tag=_q("file"),
        unit_tag=_q("trans-unit"),
        read_unit=_read_unit,
        languages=lambda _root, file: (file.get("source-language", ""), file.get("target-language", "")),
    )


def _read_unit(element: etree._Element, *, path: Path) -> XliffUnit:
    ident = element.get("id")
    source = element.find(_q("source"))
    if not ident or source is None:
        raise CatalogError("<trans-unit> needs an id and a <source>", path=path, line=element.sourceline, unit=ident)
    target = element.find(_q("target"))
    text = read_inline(target, _code_text) if target is not None else ""
    state = (target.get("state") if target is not None else None) or "translated"
    unit = XliffUnit(
        id=ident,
        source=read_inline(source, _code_text),
        target=text,
        state="new" if not text else ("translated" if state in FINAL_STATES else "fuzzy"),
        state_stated=target is None or target.get("state") is not None or element.get("approved") is not None,
        line=element.sourceline,
    )
    for group in element.iter(_q("context-group")):
        contexts = {c.get("context-type"): c.text or "" for c in group.findall(_q("context"))}
        if MSGCTXT_TYPE in contexts:
            unit.msgctxt = contexts[MSGCTXT_TYPE]
        if BASE_TYPE in contexts:
            unit.base = contexts[BASE_TYPE].strip()
        if group.get("purpose") == "location" and "sourcefile" in contexts:
            unit.references.append((contexts["sourcefile"], contexts.get("linenumber", "")))
    for note in element.findall(_q("note")):
        notes = unit.developer_notes if note.get("from") == "developer" else unit.translator_notes
        notes.extend((note.text or "").split("\n"))  # po2xliff writes a PO entry's comment lines as one note
    group = element.getparent()
    if group is not None and local_name(group) == "group" and group.get("restype") == PLURALS_RESTYPE:
        unit.plural_form = [local_name(child) for child in group[: group.index(element)]].count("trans-unit")
    return unit
