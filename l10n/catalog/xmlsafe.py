"""Hardened XML parsing for files that come from outside (XLIFF from CAT tools, TMX memories).

XML's DTD lets a document declare entities, which is the root of the classic attacks: exponential
expansion ("billion laughs") and external entities that read local files or fetch URLs (XXE,
OWASP XML External Entity Prevention Cheat Sheet). Neither XLIFF 1.2/2.0 nor TMX needs entity
declarations, so any document that declares one is refused outright, before anything is
expanded; the lxml parser is also configured never to resolve entities, load a DTD or touch the
network. A `<!DOCTYPE tmx SYSTEM "tmx14.dtd">` line without declarations is accepted (and not
loaded): TMX 1.4b files commonly carry one.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from l10n.errors import CatalogError

if TYPE_CHECKING:
    from lxml import etree

ENTITY_MESSAGE = "DTD entity declarations are not allowed"
_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)


_HARDENED = {  # the parser settings of every outside XML file: no entities resolved, no network, no DTD, bounded
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "huge_tree": False,
    "dtd_validation": False,
    "remove_comments": False,
}


def parse_xml_bytes(data: bytes, *, path: Path | str) -> etree._Element:
    """Parse `data` into its root element, refusing entity declarations and broken XML.

    Errors are `CatalogError`s naming `path:line`.
    """
    from lxml import etree

    _refuse_entity_declarations(data, path=path)
    parser = etree.XMLParser(**_HARDENED)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise CatalogError(f"not well-formed XML: {exc.msg}", path=path, line=exc.lineno or None) from None
    if root is None:
        raise CatalogError("empty XML document", path=path)
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise CatalogError(ENTITY_MESSAGE, path=path, line=1)
    return root


def iter_xml_bytes(data: bytes, *, path: Path | str, depth: int) -> Iterator[etree._Element]:
    """`parse_xml_bytes` as a stream, for a file of many records (a TMX's `<tu>`s): the root
    element first (at its start tag: its attributes, no children yet), then each element `depth`
    levels below it once its end tag is read. Once the caller asks for the next, that element is
    emptied and dropped with its earlier siblings, so memory holds the elements above `depth` and
    one record, not the document: a parsed tree takes ~9 bytes of memory a byte of XML (570 MB for
    a 61 MB TMX), and an outside file has no size limit of its own. Same refusals, same parser
    settings; a syntax error is raised where the reader reaches it."""
    from lxml import etree

    _refuse_entity_declarations(data, path=path)
    events = etree.iterparse(io.BytesIO(data), events=("start", "end"), **_HARDENED)
    level = -1
    rooted = False
    try:
        for event, element in events:
            if event == "start":
                level += 1
                if not rooted:
                    rooted = True
                    dtd = element.getroottree().docinfo.internalDTD
                    if dtd is not None and any(True for _ in dtd.iterentities()):
                        raise CatalogError(ENTITY_MESSAGE, path=path, line=1)
                    yield element
                continue
            level -= 1
            if level + 1 == depth:
                yield element
                element.clear(keep_tail=False)
                parent = element.getparent()
                while parent is not None and element.getprevious() is not None:
                    del parent[0]
    except etree.XMLSyntaxError as exc:
        raise CatalogError(f"not well-formed XML: {exc.msg}", path=path, line=exc.lineno or None) from None
    if not rooted:
        raise CatalogError("empty XML document", path=path)


def parse_xml_file(path: Path) -> etree._Element:
    """`parse_xml_bytes` on a file's bytes (lxml detects the encoding from the XML declaration)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        from l10n.fsio import path_problem

        raise CatalogError(path_problem(exc, doing="read"), path=path) from None
    return parse_xml_bytes(data, path=path)


def _refuse_entity_declarations(data: bytes, *, path: Path | str) -> None:
    """Look for `<!ENTITY` before parsing, in UTF-8/ASCII or in UTF-16 text."""
    for probe in (data, _as_utf8_if_utf16(data)):
        if probe is None:
            continue
        match = _ENTITY_DECLARATION.search(probe)
        if match is not None and b"<!DOCTYPE" in probe[: match.start()].upper():
            line = probe[: match.start()].count(b"\n") + 1
            raise CatalogError(ENTITY_MESSAGE, path=path, line=line)


def _as_utf8_if_utf16(data: bytes) -> bytes | None:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or data[:4] in (b"<\x00?\x00", b"\x00<\x00?"):
        try:
            return data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            return None
    return None
