"""The official XLIFF schemas, TMX DTD and sitemaps.org schema (tests/data/schemas/, see SOURCES.md there), loaded
with lxml and no network: the schemas' import of `http://www.w3.org/2001/xml.xsd` (1.2) or
`xml.xsd` (2.0) resolves to the shipped copy, and anything else they try to load is an error.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lxml import etree

SCHEMAS = Path(__file__).resolve().parent / "data" / "schemas"
XLIFF12_SCHEMAS = ("xliff-core-1.2-strict.xsd", "xliff-core-1.2-transitional.xsd")
XLIFF20_SCHEMAS = ("xliff_core_2.0.xsd", "metadata.xsd")
_LOCAL = {"http://www.w3.org/2001/xml.xsd": "xml.xsd"}


class _ShippedOnly(etree.Resolver):
    """Files in SCHEMAS load as they are; the W3C `xml.xsd` URL maps to its shipped copy; any
    other URL is an error (a test never reaches the network)."""

    def resolve(self, url, pubid, context):  # noqa: ANN001, ANN201 (lxml's protocol)
        if url in _LOCAL:
            return self.resolve_filename(str(SCHEMAS / _LOCAL[url]), context)
        local = Path(url.removeprefix("file://"))
        if local.is_absolute() and local.parent == SCHEMAS and local.is_file():
            return None
        raise OSError(f"schema tried to load {url!r}: only shipped files are allowed")


@cache
def schema(name: str) -> etree.XMLSchema:
    """An official schema by file name; `metadata.xsd` is the XLIFF 2.0 Metadata module."""
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    parser.resolvers.add(_ShippedOnly())
    return etree.XMLSchema(etree.parse(str(SCHEMAS / name), parser))


@cache
def tmx_dtd() -> etree.DTD:
    return etree.DTD(str(SCHEMAS / "tmx14.dtd"))


def schema_errors(document: bytes, name: str) -> list[str]:
    """Validation errors of `document` against schema `name` (empty when valid).

    The XLIFF 2.0 core schema admits module elements laxly; for `metadata.xsd` each
    `<mda:metadata>` element of the document is validated against the module schema itself.
    """
    tree = etree.fromstring(document)
    if name == "metadata.xsd":
        module = schema(name)
        errors = []
        for element in tree.iter("{urn:oasis:names:tc:xliff:metadata:2.0}metadata"):
            if not module.validate(etree.fromstring(etree.tostring(element))):
                errors += [f"line {e.line}: {e.message}" for e in module.error_log]
        return errors
    checker = schema(name)
    return [] if checker.validate(tree) else [f"line {e.line}: {e.message}" for e in checker.error_log]


def dtd_errors(document: bytes) -> list[str]:
    dtd = tmx_dtd()
    return [] if dtd.validate(etree.fromstring(document)) else [f"line {e.line}: {e.message}" for e in dtd.error_log]


def xliff_schema_errors(document: bytes) -> dict[str, list[str]]:
    """Every applicable official schema's errors, by schema name (the version read from the root)."""
    root = etree.fromstring(document)
    names = XLIFF20_SCHEMAS if root.get("version") == "2.0" else XLIFF12_SCHEMAS
    return {name: schema_errors(document, name) for name in names}


SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"


def sitemap_errors(document: bytes) -> list[str]:
    """Validation errors of a sitemap against sitemaps.org's schema (empty when valid). Elements of
    other namespaces — the `xhtml:link` hreflang alternates search engines read — are taken out
    first: the schema admits them by a strict wildcard, and no schema is published for them."""
    tree = etree.fromstring(document)
    for element in list(tree.iter(etree.Element)):
        if etree.QName(element).namespace != SITEMAP_NAMESPACE:
            element.getparent().remove(element)
    checker = schema("sitemap.xsd")
    return [] if checker.validate(tree) else [f"line {e.line}: {e.message}" for e in checker.error_log]
