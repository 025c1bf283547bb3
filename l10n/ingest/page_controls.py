"""Control characters in a saved page: the story is read, and a control left in it is refused.

libxml2's HTML parser keeps a C0 control (ESC, U+0001…) in the tree, but lxml refuses to set a
string holding one (XML 1.0 forbids them): trafilatura sets texts as it cleans the page, meets
the ValueError inside and returns nothing for the whole page, and so does any `drop_tree` of ours
whose tail holds one. One ESC anywhere, even in a menu, lost the story without a word (the page
reader gave its headline, byline and standfirst: 3 blocks).

So, only when the page holds such a character (`has_xml_controls`, raw or as a character
reference such as `&#27;`: one scan of its text), each
one is replaced in the tree by a stand-in lxml accepts (`stand_in_controls`: a code point of
Plane 16's private use area, U+10FF00 plus the control's code, no letter or digit, so
`fields.match_key` passes over it as over the control) before anything reads the page, and put
back in what the page reader returns (`controls_back`). What is left of them is then the
hostile-input rule's (`ingest.refuse_control_characters`): a control in the story, headline or
byline is a one-line error naming the page and its line; one in a menu goes with the menu.
A vertical tab or form feed is whitespace (as that rule reads them): a space in the tree.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from l10n.model import Document

STAND_IN = 0x10FF00  # + the control's code: Plane 16 private use, which no page's icon font reaches
_XML_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")  # C0 but tab, line feed, CR
_XML_CONTROL_BYTES = bytes(code for code in range(0x20) if code not in (9, 10, 13))  # the same, as UTF-8 bytes
# the same written as a character reference, which the parser resolves: &#27; &#x1B; &#0011;
_CONTROL_REFERENCE = re.compile(
    r"&#(?:0*(?:[0-8]|1[124-9]|2[0-9]|3[01])(?![0-9])|[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F])(?![0-9a-fA-F]))"
)
_STAND_INS = {
    code: " " if code in (0x0B, 0x0C) else chr(STAND_IN + code) for code in range(0x20) if code not in (9, 10, 13)
}
_BACK = {STAND_IN + code: code for code in range(0x20)}
_STAND_IN = re.compile(f"[{chr(STAND_IN)}-{chr(STAND_IN + 0x1F)}]")


def has_xml_controls(text: str) -> bool:
    r"""Whether `text` holds a C0 control XML forbids (all but tab, line feed, CR), raw or as a
    character reference.

    >>> [has_xml_controls(t) for t in ("a\tb\r\n", "a\x1b[31m", "a\x0cb", "&#27;[31m", "&#x1B", "&#39;&#x20;")]
    [False, True, True, True, True, False]
    """
    # as bytes: in UTF-8 each control is its own byte, which no other character's bytes hold, and a
    # byte table drops them 3x faster than the pattern scans a page's characters (pagespeed17)
    data = text.encode("utf-8", "surrogatepass")
    return len(data.translate(None, _XML_CONTROL_BYTES)) != len(data) or _CONTROL_REFERENCE.search(text) is not None


def stand_in_controls(root: HtmlElement) -> None:
    r"""Each XML-forbidden C0 control of `root`'s texts, tails and attribute values replaced by its
    stand-in (a vertical tab or form feed by a space), in place.

    >>> import lxml.html
    >>> root = lxml.html.fromstring("<div><p title='a\x01b'>one\x1b[31m two</p>\x0cthree</div>")
    >>> stand_in_controls(root)
    >>> [f"{ord(c):X}" for c in root[0].text + root[0].get("title") if ord(c) > 0xFFFF], root[0].tail
    (['10FF1B', '10FF01'], ' three')
    """
    for element in root.iter():
        for name in ("text", "tail"):
            value = getattr(element, name)
            if value and _XML_CONTROL.search(value):
                setattr(element, name, value.translate(_STAND_INS))
        if isinstance(element.tag, str):
            for key, value in element.attrib.items():
                if _XML_CONTROL.search(value):
                    element.set(key, value.translate(_STAND_INS))


def controls_back(document: Document) -> Document:
    r"""The controls the stand-ins replaced, back in `document`'s texts, markup and metadata.

    >>> from l10n.model import Block, Document
    >>> doc = Document(blocks=[Block("paragraph", f"a{chr(STAND_IN + 0x1B)}b")], headline="H")
    >>> controls_back(doc).blocks[0].text
    'a\x1bb'
    """
    for block in document.blocks:
        block.text = _back(block.text)
        block.markup = [
            dataclasses.replace(mark, attrs=tuple((name, _back(value)) for name, value in mark.attrs))
            for mark in block.markup
        ]
    for name in ("headline", "author", "author_role", "section", "source", "editor"):
        setattr(document, name, _back(getattr(document, name)))
    document.extra = {key: _back(value) for key, value in document.extra.items()}
    return document


def _back(text: str) -> str:
    return text.translate(_BACK) if _STAND_IN.search(text) else text
