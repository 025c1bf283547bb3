"""A small element tree for the HTML writer, serialised as lxml's HTML serialiser writes it.

`html.py` built each edition as an lxml tree only to serialise it at once: 30,000 editions of
`Element`/`SubElement` calls, a Python proxy per element and a copy per `.text`/`.tail` read —
the largest part of the HTML writer's time. `Element` here keeps the part of lxml's model the
writer uses (`tag`, attributes in order, `text`, children, `tail`; `set`, `len`, `[-1]`), and
`to_html` writes it in the bytes `lxml.html.tostring(root, doctype=…, encoding="unicode",
pretty_print=True)` gives with libxml2's HTML serialiser (2.14):

- text: `&`, `<`, `>` as entities, a carriage return as `&#13;`, everything else as it is;
- attributes: double-quoted, `&`, `<`, `>` as entities, CR as `&#13;`; the URI attributes
  (`href`, `src`, `action`, `name` of `a`) are percent-escaped by libxml2, so a value there with a
  character it would escape (a space, DEL, anything outside printable ASCII), and any value
  holding a `"` (libxml2 then picks its quotes), is not written here: `NotPlain` is raised and
  the caller serialises an lxml tree instead;
- void elements (`meta`, `img`, `br`) as a start tag alone; an empty `li` without its end tag;
  another empty element as `<x></x>`;
- the "pretty" line breaks: only around elements libxml2 knows as blocks (`BLOCKS`), a break
  after the start tag when the first child is an element and there is more than one child node,
  one before the end tag when the last is an element (not in `p`, `pre`), and one after the
  element when an element follows it (not inside `p` or `pre`).

`tests/test_assemble_html_tree.py` serialises every edition of real articles both ways (this
tree, and the same tree rebuilt in lxml) and every character one by one, so a libxml2 that
writes differently fails there, not on a reader's page.
"""

from __future__ import annotations

from typing import Any

BLOCKS = frozenset(
    {
        "html", "head", "title", "body", "meta", "link", "hr", "area", "base", "col", "param", "p", "pre",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "thead", "tbody", "tfoot", "tr", "th",
        "td", "blockquote", "div",
    }
)  # fmt: skip
"""Elements libxml2's HTML table describes as not inline: line breaks go around them."""
VOID = frozenset({"meta", "img", "br", "hr", "input", "link", "area", "base", "col", "param"})
END_TAG_OMITTED_WHEN_EMPTY = frozenset({"li"})
URI_ATTRIBUTES = frozenset({"href", "src", "action"})
_PLAIN_URI = frozenset(chr(code) for code in range(0x21, 0x7F)) - {'"'}


class NotPlain(ValueError):
    """A value this serialiser does not write as libxml2 would (see the module's docstring)."""


class Element:
    """An element as lxml models one: attributes in the order set, `text` before the first
    child, each child's `tail` after it (None when there is none)."""

    __slots__ = ("attrib", "children", "inner", "outer", "tag", "tail", "text")

    def __init__(self, tag: str, attrib: dict[str, str] | None = None, **extra: str) -> None:
        self.tag = tag
        self.attrib = {**attrib, **extra} if attrib else extra
        self.text: str | None = None
        self.tail: str | None = None
        self.children: list[Element] = []
        self.inner: str | None = None  # its content already serialised (`inline_element`s and text)
        self.outer: str | None = None  # the whole element already serialised (`element_markup`), tail apart

    def set(self, name: str, value: str) -> None:
        self.attrib[name] = value

    def __len__(self) -> int:
        return len(self.children)

    def __getitem__(self, index: int) -> Element:
        return self.children[index]


def sub_element(parent: Element, tag: str, attrib: dict[str, str] | None = None, **extra: str) -> Element:
    """`etree.SubElement`: a new last child of `parent`."""
    child = Element(tag, attrib, **extra)
    parent.children.append(child)
    return child


def to_html(root: Element, doctype: str) -> str:
    """`lxml.html.tostring(root, doctype=doctype, encoding="unicode", pretty_print=True)` of
    the same tree; `NotPlain` when a value is one the module docstring leaves to lxml."""
    out = [doctype, "\n"]
    _element(root, out, None, following=False)
    out.append("\n")
    return "".join(out)


def element_markup(element: Element) -> str:
    """`element` (not its tail) as `to_html` writes it inside a parent, without the line break
    that may follow it there: for an `Element.outer` (`NotPlain` as there)."""
    out: list[str] = []
    _element(element, out, None, following=False)
    return "".join(out)


def inline_element(tag: str, attrib: dict[str, str], text: str) -> str:
    """An inline element (not one of `BLOCKS` or `VOID`) holding `text` alone, as `to_html`
    writes it (`NotPlain` as there): for an `Element.inner`, written without an `Element`."""
    out = ["<" + tag]
    if attrib:
        _attributes(tag, attrib, out)
    out.append(f">{_text(text)}</{tag}>")
    return "".join(out)


def escaped_text(text: str) -> str:
    """Text as `to_html` writes it (see the module's docstring), for an `Element.inner`."""
    return _text(text)


def to_lxml(element: Element) -> Any:
    """The same tree as lxml elements (the slow path, and the tests' reference): a tree without
    `inner` content (`html.html_root(plain=True)`)."""
    from lxml import etree

    if element.inner is not None or element.outer is not None:
        raise ValueError(f"<{element.tag}> holds serialised content: build the tree plain for lxml")
    built = etree.Element(element.tag, element.attrib)
    _lxml_children(element, built)
    return built


def _lxml_children(element: Element, built: Any) -> None:
    from lxml import etree

    built.text = element.text
    for child in element.children:
        if child.inner is not None or child.outer is not None:
            raise ValueError(f"<{child.tag}> holds serialised content: build the tree plain for lxml")
        made = etree.SubElement(built, child.tag, child.attrib)
        _lxml_children(child, made)
        made.tail = child.tail


def _element(element: Element, out: list[str], parent: str | None, *, following: bool) -> None:
    """`element` and (not its tail) into `out`; `following`: an element comes right after it."""
    tag = element.tag
    if element.outer is not None:  # serialised already (`element_markup`): the break after it is the parent's
        out.append(element.outer)
        if following and parent is not None and parent[0] != "p" and tag in BLOCKS:
            out.append("\n")
        return
    out.append("<" + tag)
    if element.attrib:
        _attributes(tag, element.attrib, out)
    block = tag in BLOCKS
    children, text = element.children, element.text
    if element.inner is not None:  # one line, as a `p`'s content is written (no break inside)
        out.append(f">{element.inner}</{tag}>")
    elif tag in VOID:
        out.append(">")
    elif not children and not text:
        out.append(">" if tag in END_TAG_OMITTED_WHEN_EMPTY else f"></{tag}>")
    elif not children and text:  # text alone (most inline elements): one node, so no line break inside
        out.append(f">{_text(text)}</{tag}>")
    else:
        out.append(">")
        breaks = (  # the node count asked only where a break can follow from it
            block and tag[0] != "p" and len(children) + bool(text) + sum(1 for child in children if child.tail) > 1
        )
        if text:
            out.append(_text(text))
        elif breaks:
            out.append("\n")
        last = len(children) - 1
        for index, child in enumerate(children):
            _element(child, out, tag, following=index < last and not child.tail)
            if child.tail:
                out.append(_text(child.tail))
        if breaks and children and not children[-1].tail:
            out.append("\n")
        out.append(f"</{tag}>")
    if block and following and parent is not None and parent[0] != "p":
        out.append("\n")


def _attributes(tag: str, attrib: dict[str, str], out: list[str]) -> None:
    for name, value in attrib.items():
        written = _WRITTEN_ATTRIBUTES.get((tag, name, value))
        if written is None:
            written = _attribute(tag, name, value)
            if len(_WRITTEN_ATTRIBUTES) < _WRITTEN_ATTRIBUTES_MAX:
                _WRITTEN_ATTRIBUTES[(tag, name, value)] = written
        out.append(written)


_WRITTEN_ATTRIBUTES: dict[tuple[str, str, str], str] = {}
"""(tag, name, value) → ` name="value"` as `_attribute` writes it: a page's attributes are a few
classes, languages and directions that recur on every edition (~39,000 elements with attributes
a cold `assemble` at 200 × 10), written once each; bounded (values come from articles)."""
_WRITTEN_ATTRIBUTES_MAX = 4096


def _attribute(tag: str, name: str, value: str) -> str:
    if (
        '"' in value
        or (name in URI_ATTRIBUTES or (name == "name" and tag == "a"))
        and not (_PLAIN_URI.issuperset(value))
    ):
        raise NotPlain(f"{tag} {name}={value!r}")
    return f' {name}="{_text(value)}"'


def _text(text: str) -> str:
    """Text (or an attribute value without `"`) escaped as libxml2 escapes it."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")
    return text
