"""Sentence pieces (text + inline tags) → CommonMark inline syntax (spec 0.31.2, §6).

Tags become the Markdown a reader expects — `*em*`, `**strong**`, `[text](<href>)`,
`` `code` ``, a backslash hard line break for `<br>` — and every text run is backslash-escaped
(§2.4), so a `*` or `<script>` from a msgstr stays literal. Emphasis delimiters only work when
they are "flanking" (§6.2): a `*` next to punctuation or whitespace may not open or close. So the
words inside keep their spaces outside the delimiters, and when the content starts or ends with
punctuation (a quote, a link, a code span), the element is written as inline HTML (`<em>…</em>`,
§6.6), which CommonMark renders the same way. Tags Markdown has no syntax for keep their text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from l10n.assemble.inline import balanced_pieces, safe_attributes
from l10n.assemble.xml_text import xml_safe
from l10n.model import InlineTag

_SPECIAL = "\\`*_[]<>#|!&~"
_REPLACEMENTS = tuple((char, "\\" + char) for char in _SPECIAL) + (("\n", " "),)  # backslash first
_LINE_START_MARKER = re.compile(r"^(\s*)([-+=]|\d+[.)])")
_BACKTICK_RUN = re.compile(r"`+")
_DESTINATION_ESCAPES = {"\\": "%5C", "<": "%3C", ">": "%3E", "\n": "%0A", "\r": "%0D", "&": "\\&"}
EMPHASIS = {"em": "*", "i": "*", "strong": "**", "b": "**"}
DELIMITERS = ("*", "`")
RAW_HTML_TAGS = frozenset({"sup", "sub"})
MARKDOWN_TAGS = frozenset({*EMPHASIS, "code", "br", *RAW_HTML_TAGS})  # "a" too, when it is a link with an href
HARD_BREAK = "\\\n"  # CommonMark §6.7: a backslash at the end of a line


def escape_markdown(text: str, *, clean: bool = False) -> str:
    r"""Backslash-escape what CommonMark would read as markup; newlines become spaces, control
    characters go (`xml_text.xml_safe`: a Markdown edition is read as text and as HTML), unless
    the caller knows the text `clean` (`LocalizedSegment.xml_clean`: nothing to drop).

    >>> escape_markdown("<script>alert(1)</script> *x* 1. [a](b)")
    '\\<script\\>alert(1)\\</script\\> \\*x\\* 1. \\[a\\](b)'
    """
    if not clean:
        text = xml_safe(text)
    for char, escaped in _REPLACEMENTS:  # one C scan per character: ~10× a dict-table `translate`
        if char in text:  # (a `memchr` each: cheaper than one regex search for any of them)
            text = text.replace(char, escaped)
    return text


def escape_line_start(line: str) -> str:
    r"""Escape a leading list/heading/setext marker so a line stays paragraph text.

    >>> escape_line_start("1. place"), escape_line_start("- item"), escape_line_start("-5 °C")
    ('1\\. place', '\\- item', '\\-5 °C')
    """
    if _LINE_START_MARKER.match(line) is None:  # most lines: nothing to escape, no substitution made
        return line
    return _LINE_START_MARKER.sub(lambda m: m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], line)


def emphasize(marker: str, inner: str) -> str:
    """`inner` (already Markdown) wrapped in `*`/`**`, or in `<em>`/`<strong>` where the
    delimiters would not be flanking; surrounding spaces stay outside.

    >>> emphasize("*", " big "), emphasize("**", "“quoted”"), emphasize("*", "  ")
    (' *big* ', '<strong>“quoted”</strong>', '  ')
    """
    delimited, html = emphasis_forms(marker, inner)
    return delimited or html


def emphasis_forms(marker: str, inner: str) -> tuple[str | None, str]:
    """Both spellings of an emphasis: with delimiters (None when they would not flank) and as
    inline HTML, which always works; a caller that sees a `*` next door picks the HTML one."""
    lead, core, trail = split_outer_space(inner)
    if not core:
        return inner, inner
    tag = "strong" if marker == "**" else "em"
    html = f"{lead}<{tag}>{core}</{tag}>{trail}"
    if _is_word_character(core[0]) and _is_word_character(core[-1]):
        return f"{lead}{marker}{core}{marker}{trail}", html
    return None, html


def split_outer_space(text: str) -> tuple[str, str, str]:
    """(leading space, core, trailing space): delimiters go around the core only.

    >>> split_outer_space("  a b ")
    ('  ', 'a b', ' ')
    """
    core = text.strip()
    if not core:
        return text, "", ""
    start = text.index(core)
    return text[:start], core, text[start + len(core) :]


def code_span(text: str) -> str:
    """A code span that shows `text` verbatim: a fence longer than any backtick run inside (§6.1).

    >>> code_span("a`b"), code_span("`x`"), code_span("")
    ('``a`b``', '`` `x` ``', '')
    """
    text = xml_safe(text).replace("\n", " ")
    if not text:
        return ""
    fence = "`" * (max((len(run) for run in _BACKTICK_RUN.findall(text)), default=0) + 1)
    padded = text.startswith("`") or text.endswith("`") or (text[0] == text[-1] == " " and text.strip())
    return f"{fence} {text} {fence}" if padded else f"{fence}{text}{fence}"


def link_destination(href: str) -> str:
    """A `<…>` link destination (§6.3) that CommonMark reads back as exactly `href`.

    >>> link_destination("https://x.org/a b?q=1&copy=2")
    '<https://x.org/a b?q=1\\\\&copy=2>'
    """
    return "<" + "".join(_DESTINATION_ESCAPES.get(char, char) for char in href) + ">"


def inline_markdown(pieces: Iterable[str | InlineTag], *, single_line: bool = False, clean: bool = False) -> str:
    """Sentence pieces as Markdown inline text; `single_line` (headings) turns `<br>` into a space;
    `clean`: no text piece holds what `xml_safe` drops (`escape_markdown`).

    >>> em, em_end = InlineTag("em"), InlineTag("em", closing=True)
    >>> inline_markdown(["A ", em, "big ", em_end, "deal", InlineTag("br", void=True), "1. next"])
    'A *big* deal\\\\\\n1\\\\. next'
    """
    pieces = list(pieces)
    runs = [piece for piece in pieces if isinstance(piece, str)]
    if len(runs) == len(pieces):  # most sentences: no tag, nothing to delimit
        # what `_tree_markdown` gives for text alone (tested)
        text = escape_markdown("".join(runs), clean=clean)
    else:
        text = _tree_markdown(pieces)
    return _lines(text, single_line=single_line)


def _tree_markdown(pieces: Iterable[str | InlineTag]) -> str:
    """Pieces with tags as Markdown, a "\n" marking each hard break (text never holds one:
    `escape_markdown` makes a newline a space). Text runs alone come out as their escaped
    concatenation: an escaped run never starts with a delimiter (`*` and `` ` `` are escaped),
    so no two runs clash, and escaping works character by character."""
    root = _Node(None)
    stack = [root]
    for piece in balanced_pieces(pieces):
        if isinstance(piece, str):
            stack[-1].children.append(piece)
        elif piece.closing:
            stack.pop()
        else:
            node = _Node(piece)
            stack[-1].children.append(node)
            if not piece.void:
                stack.append(node)
    return _join_children(root, in_link=False)


def _lines(text: str, *, single_line: bool) -> str:
    if single_line:
        return _one_spaced(text)
    if "\n" not in text:  # no hard break (most sentences): the one line below, without the list
        line = _one_spaced(text)
        return escape_line_start(line) if line else ""
    lines = [_one_spaced(line) for line in text.split("\n")]
    return HARD_BREAK.join(escape_line_start(line) for line in lines if line)


def _one_spaced(text: str) -> str:
    """`text` with each run of the white space Markdown collapses (ASCII's) one space, none at the ends. A no-break
    space (a French "10 000 €" from CLDR, a translator's "dit :"), an ideographic or any other Unicode space stays
    as written, as the HTML and text editions keep it: `str.split()` made each a plain space, so a Markdown edition
    could break a value over two lines.

    >>> _one_spaced("  12\u202f500\u00a0$US \t et\u3000 3,5\u00a0M €  ")
    '12\u202f500\u00a0$US et\u3000 3,5\u00a0M €'
    """
    return _ASCII_SPACE_RUN.sub(" ", text).strip(" ")


_ASCII_SPACE_RUN = re.compile(r"[ \t\n\r\f\v]+")


@dataclass
class _Node:
    tag: InlineTag | None
    children: list[str | _Node] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.tag.name.lower() if self.tag is not None else ""

    @property
    def text(self) -> str:
        return "".join(child if isinstance(child, str) else child.text for child in self.children)

    def is_link(self, *, in_link: bool) -> bool:
        """An `<a>` with a safe href becomes a Markdown link, unless inside one (§6.3 forbids it)."""
        return self.name == "a" and not in_link and bool(_href(self.tag))


def _join_children(node: _Node, *, in_link: bool) -> str:
    """Children's Markdown, concatenated. An emphasis or code span whose `*` or backtick would
    touch a neighbour's (two runs merging into `**` or a longer fence, §6.1/§6.2) is written as
    inline HTML instead, which needs no delimiters."""
    forms = [form for form in _child_forms(node, in_link=in_link) if form[0]]  # empty ones hide nothing
    out: list[str] = []
    for index, (markdown, html) in enumerate(forms):
        after = forms[index + 1][0] if index + 1 < len(forms) else ""
        before = out[-1] if out else ""
        out.append(html if _clash(before, markdown) or _clash(markdown, after) else markdown)
    return "".join(out)


def _child_forms(node: _Node, *, in_link: bool) -> list[tuple[str, str]]:
    """(preferred Markdown, HTML-safe alternative) for each visible child of `node`."""
    forms: list[tuple[str, str]] = []
    for child in _visible_children(node, in_link=in_link):
        if isinstance(child, str):
            text = escape_markdown(child)
            forms.append((text, text))
        elif child.name in EMPHASIS:
            delimited, html = emphasis_forms(EMPHASIS[child.name], _join_children(child, in_link=in_link))
            forms.append((delimited or html, html))
        elif child.name == "code":
            text = child.text.replace("\n", " ")
            html = f"<code>{escape_markdown(text)}</code>" if text else ""
            # in a link's text, a code span's "]:" (no backslash is possible there) would end the
            # label of a link reference definition (§4.7): the paragraph would become one and vanish
            forms.append((html if in_link and "]:" in text else code_span(text), html))
        elif child.name == "br":
            forms.append(("\n", "\n"))
        elif child.name in RAW_HTML_TAGS:  # no Markdown syntax: inline HTML (§6.6), so "1" reads as a mark
            raw = f"<{child.name}>{_join_children(child, in_link=in_link)}</{child.name}>"
            forms.append((raw, raw))
        else:  # a link
            inner = _join_children(child, in_link=True)
            lead, core, trail = split_outer_space(inner)
            link = f"{lead}[{core}]({link_destination(_href(child.tag))}){trail}" if core else inner
            forms.append((link, link))
    return forms


def _visible_children(node: _Node, *, in_link: bool) -> list[str | _Node]:
    """Children with Markdown-less elements (span, a link inside a link…) replaced by their
    own children, so neighbours across them are still seen as neighbours."""
    children: list[str | _Node] = []
    for child in node.children:
        if isinstance(child, _Node) and child.name not in MARKDOWN_TAGS and not child.is_link(in_link=in_link):
            children.extend(_visible_children(child, in_link=in_link))
        else:
            children.append(child)
    return children


def _clash(left: str, right: str) -> bool:
    return any(left.endswith(char) and right.startswith(char) for char in DELIMITERS)


def _href(tag: InlineTag | None) -> str:
    return dict(safe_attributes(tag)).get("href", "").strip() if tag is not None else ""


def _is_word_character(char: str) -> bool:
    """Neither whitespace nor Unicode punctuation/symbol (CommonMark §2.1): a flanking `*` side."""
    return not char.isspace() and unicodedata.category(char)[0] not in "PS"
