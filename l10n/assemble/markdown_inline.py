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
from l10n.model import InlineTag

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|!&~])")
_LINE_START_MARKER = re.compile(r"^(\s*)([-+=]|\d+[.)])")
_BACKTICK_RUN = re.compile(r"`+")
_DESTINATION_ESCAPES = {"\\": "%5C", "<": "%3C", ">": "%3E", "\n": "%0A", "\r": "%0D", "&": "\\&"}
EMPHASIS = {"em": "*", "i": "*", "strong": "**", "b": "**"}
HARD_BREAK = "\\\n"  # CommonMark §6.7: a backslash at the end of a line


def escape_markdown(text: str) -> str:
    r"""Backslash-escape what CommonMark would read as markup; newlines become spaces.

    >>> escape_markdown("<script>alert(1)</script> *x* 1. [a](b)")
    '\\<script\\>alert(1)\\</script\\> \\*x\\* 1. \\[a\\](b)'
    """
    return _SPECIAL.sub(r"\\\1", text.replace("\n", " "))


def escape_line_start(line: str) -> str:
    r"""Escape a leading list/heading/setext marker so a line stays paragraph text.

    >>> escape_line_start("1. place"), escape_line_start("- item"), escape_line_start("-5 °C")
    ('1\\. place', '\\- item', '\\-5 °C')
    """
    return _LINE_START_MARKER.sub(lambda m: m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], line)


def emphasize(marker: str, inner: str) -> str:
    """`inner` (already Markdown) wrapped in `*`/`**`, or in `<em>`/`<strong>` where the
    delimiters would not be flanking; surrounding spaces stay outside.

    >>> emphasize("*", " big "), emphasize("**", "“quoted”"), emphasize("*", "  ")
    (' *big* ', '<strong>“quoted”</strong>', '  ')
    """
    core = inner.strip()
    if not core:
        return inner
    lead, trail = inner[: len(inner) - len(inner.lstrip())], inner[len(inner.rstrip()) :]
    if _is_word_character(core[0]) and _is_word_character(core[-1]):
        return f"{lead}{marker}{core}{marker}{trail}"
    tag = "strong" if marker == "**" else "em"
    return f"{lead}<{tag}>{core}</{tag}>{trail}"


def code_span(text: str) -> str:
    """A code span that shows `text` verbatim: a fence longer than any backtick run inside (§6.1).

    >>> code_span("a`b"), code_span("`x`"), code_span("")
    ('``a`b``', '`` `x` ``', '')
    """
    text = text.replace("\n", " ")
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


def inline_markdown(pieces: Iterable[str | InlineTag], *, single_line: bool = False) -> str:
    """Sentence pieces as Markdown inline text; `single_line` (headings) turns `<br>` into a space.

    >>> em, em_end = InlineTag("em"), InlineTag("em", closing=True)
    >>> inline_markdown(["A ", em, "big ", em_end, "deal", InlineTag("br", void=True), "1. next"])
    'A *big* deal\\\\\\n1\\\\. next'
    """
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
    text = _render(root, in_link=False)
    if single_line:
        return " ".join(text.split())
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return HARD_BREAK.join(escape_line_start(line) for line in lines if line)


@dataclass
class _Node:
    tag: InlineTag | None
    children: list[str | _Node] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(child if isinstance(child, str) else child.text for child in self.children)


def _render(node: _Node, *, in_link: bool) -> str:
    """Markdown for a node; a `\\n` in the result marks a hard break (text never holds one)."""
    name = node.tag.name.lower() if node.tag is not None else ""
    if name == "br":
        return "\n"
    if name == "code":
        return code_span(node.text)
    is_link = name == "a" and not in_link and bool(_href(node.tag))
    inner = "".join(
        escape_markdown(child) if isinstance(child, str) else _render(child, in_link=in_link or is_link)
        for child in node.children
    )
    if name in EMPHASIS:
        return emphasize(EMPHASIS[name], inner)
    if is_link and inner.strip():
        core = inner.strip()
        lead, trail = inner[: len(inner) - len(inner.lstrip())], inner[len(inner.rstrip()) :]
        return f"{lead}[{core}]({link_destination(_href(node.tag))}){trail}"
    return inner


def _href(tag: InlineTag | None) -> str:
    return dict(safe_attributes(tag)).get("href", "").strip() if tag is not None else ""


def _is_word_character(char: str) -> bool:
    """Neither whitespace nor Unicode punctuation/symbol (CommonMark §2.1): a flanking `*` side."""
    return not char.isspace() and unicodedata.category(char)[0] not in "PS"
