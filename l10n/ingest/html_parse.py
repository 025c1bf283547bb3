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
# A raw-text element (HTML's script, style …; title, textarea's escapable raw text) written
# self-closing: a browser ignores the "/" and reads what follows as its content up to its end tag.
# Greedy up to the tag's end, then back to its "/": a lazy run before `\s*/>` tried every space of a long run
# of them again (a hostile page's `<script` and 40,000 spaces: 2.2 s, quadratic; now linear).
_SELF_CLOSED_RAW = re.compile(
    r"<(?P<name>script|style|title|textarea|xmp|iframe|noembed|noframes)(?P<attrs>\b[^<>]*)/>", re.IGNORECASE
)


def parse_html(text: str, *, source_path: str) -> HtmlElement:
    import lxml.etree
    import lxml.html

    text = _opened_raw_text(_INTERNAL_SUBSET.sub(_blank_subset, normalise_newlines(text)))
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


def _opened_raw_text(text: str) -> str:
    """`text` with each self-closed raw-text element (`<style type="text/css" />`) whose end tag
    follows before its next start tag opened, as a browser reads it: libxml2 closes it at once and
    would show the style sheet after it as the page's text (ttv-com-tw-liugan: a unit "body {
    MARGIN: 0 0 0 0; } …"). One with no end tag of its own is left closed (a browser would hide
    the rest of the page: XHTML read as XML, where "/>" closes it, is the likelier intent).

    >>> _opened_raw_text('<style type="text/css" />p { margin: 0 }</style><p>Text<script src="a.js"/></p>')
    '<style type="text/css">p { margin: 0 }</style><p>Text<script src="a.js"/></p>'
    >>> _opened_raw_text('<style media="all"   />p { margin: 0 }</style>')
    '<style media="all">p { margin: 0 }</style>'
    """
    if "/>" not in text:
        return text
    return _SELF_CLOSED_RAW.sub(_opened, text)


def _opened(match: re.Match[str]) -> str:
    """The start tag opened when the next tag of its name is its end tag."""
    following = re.compile(rf"<(/?){match['name']}\b", re.IGNORECASE).search(match.string, match.end())
    if following is None or not following[1]:
        return match.group()
    return f"<{match['name']}{match['attrs'].rstrip()}>"


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
