"""The hardened parse of an HTML file (`html.py` reads what it returns; moved out of it, holdout11,
to keep it under the house's module size): lxml's HTML parser (libxml2) with network access off,
comments and processing instructions dropped, no huge-tree mode; an internal DTD subset
(`<!DOCTYPE x [<!ENTITY …>]>`) blanked first, line count kept, so entity tricks are neither
expanded nor shown as text; an unpaired surrogate, an unparsable file and elements nested deeper
than libxml2 keeps (256 levels) are one-line `IngestError`s naming the file and line.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from l10n.errors import IngestError
from l10n.ingest.decode import normalise_newlines

if TYPE_CHECKING:
    import lxml.etree
    from lxml.html import HtmlElement

_INTERNAL_SUBSET = re.compile(r"<!DOCTYPE(?P<name>[^\[>]*)\[.*?\]\s*>", re.IGNORECASE | re.DOTALL)


def parse_html(text: str, *, source_path: str) -> HtmlElement:
    import lxml.etree
    import lxml.html

    text = _INTERNAL_SUBSET.sub(_blank_subset, normalise_newlines(text))
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as error:
        line = text.count("\n", 0, error.start) + 1
        raise IngestError("text contains an unpaired surrogate", path=source_path, line=line) from None
    parser = lxml.html.HTMLParser(
        encoding="utf-8", no_network=True, remove_comments=True, remove_pis=True, huge_tree=False
    )
    parser.set_element_class_lookup(_class_lookup())
    try:
        root = lxml.html.document_fromstring(data, parser=parser)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError) as error:
        raise IngestError(f"HTML cannot be parsed: {error}", path=source_path, line=1) from None
    for entry in parser.error_log:
        if "Excessive depth" in entry.message:  # libxml2 drops what lies deeper than 256 levels
            raise IngestError("HTML elements nested deeper than 256 levels", path=source_path, line=entry.line)
    return root


@functools.cache
def _class_lookup() -> lxml.etree.ElementNamespaceClassLookup:
    """lxml.html's element classes, looked up in C: `HtmlElementClassLookup` asks a Python method
    for each element every time a pass wraps it (pagespeed17: a page's passes wrap its elements
    over and over). The same classes for every element: `<form>`, `<input>`, `<select>`,
    `<textarea>` and `<label>` get theirs by tag, all others `HtmlElement`."""
    import lxml.etree
    import lxml.html

    lookup = lxml.etree.ElementNamespaceClassLookup(
        lxml.etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement,
            comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity,
        )
    )
    lookup.get_namespace(None).update(lxml.html.HtmlElementClassLookup._default_element_classes)
    return lookup


def _blank_subset(match: re.Match[str]) -> str:
    """Keep `<!DOCTYPE name>` and the line count; drop the entity declarations."""
    return f"<!DOCTYPE{match['name'].rstrip()}>" + "\n" * match.group(0).count("\n")


def author_link_holders(element: HtmlElement) -> set[HtmlElement]:
    """The elements an `<a rel="author">` under `element` lies in (`html.py`'s walker asks it of
    each block: a byline's link), found once per walk where an ElementPath search below each
    element walked cost 7 µs each (pagespeed17). The set holds their proxies, so each node keeps
    its one proxy and is found by identity."""
    links = element.iter("a")
    return {ancestor for link in links if link.get("rel") == "author" for ancestor in link.iterancestors()}


def loose_images(text: str, taken: set[str]) -> list[tuple[str, str, int]]:
    """The `src`, `alt` and 1-based line of each `<img>` an HTML fragment shows on its own — in
    an element holding no text besides images (a row of charts) — whose `src` is not in `taken`
    (a figure the walker made already); [] for a fragment that cannot be parsed.

    >>> loose_images('<p><img src="a.svg" alt="Age"> <img src="b.svg"></p><p>Text <img src="c.png" alt="x"></p>', set())
    [('a.svg', 'Age', 1), ('b.svg', '', 1)]
    """
    try:
        root = parse_html(text, source_path="")
    except IngestError:
        return []
    found = []
    wordless: dict[HtmlElement, bool] = {}  # each parent's text read once: a row of 1,000 images is one read
    for image in root.iter("img"):
        parent = image.getparent()
        src = image.get("src", "")
        if parent is None or src in taken:
            continue
        if parent not in wordless:
            wordless[parent] = not parent.text_content().strip()
        if wordless[parent]:
            found.append((src, image.get("alt", ""), image.sourceline or 1))
    return found
