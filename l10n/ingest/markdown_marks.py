"""What Markdown posts carry besides CommonMark: their site generator's template tags and GFM
footnotes, read from a text inline (`markdown.py` calls `add_text` for each).

- **Template tags** of the generator a post was written for — Hugo shortcodes `{{< … >}}` and
  `{{% … %}}`, Liquid (Jekyll) tags `{% … %}` and output `{{ … }}` — are code, not prose: kept
  verbatim as `code` markup, never translated. A link whose destination is a tag
  (`[docs]({{ "/x" | relative_url }})`, which CommonMark reads as text: a destination has no
  spaces), or whose reference label such a definition names, keeps its words without the link:
  the address exists only once the generator has run.
- **The Go blog's `{{raw `…`}}`** (golang.org/x/website runs each post through Go's
  `text/template` before Markdown, and its `raw` function returns its string as written): the
  string takes the tag's place, so an indented code block written inside one is a code block,
  not a tag in the paragraph above it with its lines run together (`expand_raw_strings`). Only
  the blog's form is expanded — opener and closer on lines of their own around a block, outside
  any code block — so code that shows the tag (a Hugo or Go-template article's) stays as written.
- **GFM footnotes** (GitHub Flavored Markdown's extension): a reference `[^label]` to a defined
  note is its number raised (`sup`, a note mark as Word's are), numbered by first reference as
  GitHub numbers them; a definition `[^label]: text` starts with its number.

Text is scanned once (`template_spans` jumps past openers that cannot close within a tag's
length), so an article full of `{{` costs linear time; every pattern here is bounded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Container

    from markdown_it.token import Token

    from l10n.ingest.inline import InlineTextBuilder

MAX_TAG = 1_000  # characters of one template tag; a longer "tag" is text
_TAGS = (("{{<", ">}}"), ("{{%", "%}}"), ("{%", "%}"), ("{{", "}}"))
_LINK_LABEL = re.compile(r"\[([^\[\]]{0,1000})\]\(\s*\Z")
_LINK_REST = re.compile(r"[^()\s]{0,1000}\s*\)")
_TEMPLATE_DEFINITION_LINE = re.compile(r"^ {0,3}\[([^\]\n]{1,1000})\]:[ \t]*\{[{%]", re.M)
_REFERENCE_LINK = re.compile(r"\[([^\[\]]{1,1000})\](?:\[([^\[\]]{0,1000})\])?")
_NOTE = re.compile(r"\[\^([^\]\s]{1,100})\](:[ \t]*)?")
_NOTE_DEFINITION = re.compile(r"\[\^[^\]\s]{1,100}\]:")
_NOTE_DEFINITION_LINE = re.compile(r"^ {0,3}\[\^([^\]\s]{1,100})\]:", re.M)
# A line `{{raw `` (at most three spaces before it), the string's lines, a line `` `}}``: a Go raw
# string literal has no backquote inside, so each opener's scan stops at the next backquote.
_RAW_BLOCK = re.compile(r"^ {0,3}\{\{raw `[ \t]*\n([^`]*\n)`\}\}[ \t]*$", re.M)


def expand_raw_strings(body: str, *, code_lines: Container[int] = ()) -> str:
    r"""`body` with each Go template `{{raw `…`}}` written the Go blog's way — its opener and its
    closer on lines of their own around a block — replaced by its string, as the Go blog's site
    does before it renders Markdown; the delimiters go, the newlines stay, so every line keeps
    its number. An opener on a line in `code_lines` (0-based: the lines of the body's fenced and
    indented code blocks) is code, kept as written, as is a tag within a line.

    >>> expand_raw_strings("Consider:\n{{raw `\n\tfunc f() {}\n`}}\n\nNext.")
    'Consider:\n\n\tfunc f() {}\n\n\nNext.'
    >>> expand_raw_strings("```\n{{raw `\n\tx\n`}}\n```", code_lines={0, 1, 2, 3, 4})
    '```\n{{raw `\n\tx\n`}}\n```'
    """
    if "{{raw `" not in body:
        return body
    counted, line = 0, 0

    def expand(match: re.Match[str]) -> str:
        nonlocal counted, line
        line += body.count("\n", counted, match.start())
        counted = match.start()
        return match[0] if line in code_lines else "\n" + match[1]

    return _RAW_BLOCK.sub(expand, body)


@dataclass(frozen=True)
class Sources:
    """What the whole body says that one inline needs: link labels a template defines, and the
    number each footnote label shows."""

    template_labels: frozenset[str] = frozenset()
    note_numbers: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, body: str) -> Sources:
        return cls(template_labels(body), note_numbers(body))


def template_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each template tag in `text`, left to right, in linear time.

    >>> text = 'a {{ x }} b {% raw %} {{< fig c="d" >}} {{% n %}} {{ open'
    >>> [text[s:e] for s, e in template_spans(text)]
    ['{{ x }}', '{% raw %}', '{{< fig c="d" >}}', '{{% n %}}']
    """
    spans: list[tuple[int, int]] = []
    next_close: dict[str, int] = {}
    index = text.find("{")
    while index >= 0:
        end = -1
        for opener, closer in _TAGS:
            if not text.startswith(opener, index):
                continue
            body = index + len(opener)
            close = next_close.get(closer, -1)
            if close < body and close != len(text):
                found = text.find(closer, body)
                close = next_close[closer] = found if found >= 0 else len(text)
            if close < len(text) and close - index <= MAX_TAG:
                end = close + len(closer)
                break
        if end > 0:
            spans.append((index, end))
        index = text.find("{", end if end > 0 else index + 1)
    return spans


def only_template_tags(text: str) -> bool:
    """Whether a paragraph is nothing but template tags (`{% raw %}`), or lines each a link
    definition whose destination is only template tags: no prose, no unit. A line with words
    after the tag ("[Update]: {{< date >}} The mayor resigned.") is prose, and keeps its words.

    >>> only_template_tags("[home]: {{ site.url }}"), only_template_tags("[a]: {{ x }} The mayor resigned.")
    (True, False)
    """
    lines = text.split("\n")
    if all(_TEMPLATE_DEFINITION_LINE.match(line) for line in lines):
        return all(_tags_only(line[line.index("]:") + 2 :]) for line in lines)
    return _tags_only(text)


def _tags_only(text: str) -> bool:
    rest, last = [], 0
    for start, end in template_spans(text):
        rest.append(text[last:start])
        last = end
    return not ("".join(rest) + text[last:]).strip()


_FIGURE = re.compile(r"\{\{<\s*figure\s(?P<a>[^\n]{0,4000}?)\s*>\}\}|\{\{%\s*figure\s(?P<b>[^\n]{0,4000}?)\s*%\}\}")
_ATTRIBUTE = re.compile(
    r"""([A-Za-z][\w-]{0,40})\s*=\s*(?:"((?:[^"\\]|\\.){0,4000})"|'([^']{0,4000})'|([^\s"'=>%]{1,4000}))"""
)


def hugo_figure(text: str) -> dict[str, str] | None:
    """The attributes of a paragraph that is one Hugo `figure` shortcode (gohugo.io, "figure"
    shortcode: src, alt, title, caption, attr, …), else None; quoted values unescaped.

    >>> hugo_figure('{{< figure src="a.png" alt="A big cat" title=T class="x" >}}')
    {'src': 'a.png', 'alt': 'A big cat', 'title': 'T', 'class': 'x'}
    >>> hugo_figure('Text {{< figure src="a.png" >}}') is None, hugo_figure('{{< youtube id=1 >}}') is None
    (True, True)
    """
    match = _FIGURE.fullmatch(text.strip())
    if match is None:
        return None
    return {
        name.lower(): re.sub(r"\\(.)", r"\1", double) if double else single or bare
        for name, double, single, bare in _ATTRIBUTE.findall(match.group("a") or match.group("b") or "")
    }


def template_labels(body: str) -> frozenset[str]:
    """Labels of link reference definitions whose destination is a template tag
    (`[roadmap]: {{ site.repository }}/issues/1`): CommonMark reads no definition there (a
    destination has no spaces), so `[words][roadmap]` stays text unless these are known."""
    return frozenset(_label(match.group(1)) for match in _TEMPLATE_DEFINITION_LINE.finditer(body))


def note_numbers(body: str) -> dict[str, int]:
    """Footnote labels → the number each shows, in order of first reference; a label that no
    note defines is no reference.

    >>> note_numbers("A[^b] c[^1] d[^b] e[^x].\\n\\n[^1]: One.\\n[^b]: Two.\\n")
    {'b': 1, '1': 2}
    """
    defined = {match.group(1).casefold() for match in _NOTE_DEFINITION_LINE.finditer(body)}
    numbers: dict[str, int] = {}
    for match in _NOTE.finditer(body):
        label = match.group(1).casefold()
        if label in defined and not match.group(2):
            numbers.setdefault(label, len(numbers) + 1)
    return numbers


def is_note_definition(text: str) -> bool:
    return bool(_NOTE_DEFINITION.match(text))


def add_text(builder: InlineTextBuilder, text: str, sources: Sources) -> None:
    """Text of one Markdown inline: template tags as `code`, templated links as their words,
    footnote references and marks as raised numbers."""
    for kind, piece in _pieces(text, sources):
        if kind == "text":
            _add_notes(builder, piece, sources.note_numbers)
        else:
            builder.open("code", ())
            builder.add_text(piece)
            builder.close()


def _pieces(text: str, sources: Sources) -> list[tuple[str, str]]:
    """("text" | "tag", piece) in order; a link to a tag leaves only its label's words."""
    pieces: list[tuple[str, str]] = []
    last = 0
    spans = template_spans(text)
    skip_to = -1
    for start, end in spans:
        if start < skip_to:
            continue
        label = _LINK_LABEL.search(text, max(last, start - MAX_TAG - 4), start)
        rest = _LINK_REST.match(text, end) if label else None
        if label and rest:
            pieces.append(("text", text[last : label.start()] + label.group(1)))
            last = skip_to = rest.end()
            continue
        pieces.append(("text", text[last:start]))
        pieces.append(("tag", text[start:end]))
        last = end
    pieces.append(("text", text[last:]))
    if sources.template_labels:
        pieces = [
            (kind, _REFERENCE_LINK.sub(lambda match: _unlinked(match, sources.template_labels), piece))
            if kind == "text"
            else (kind, piece)
            for kind, piece in pieces
        ]
    return [(kind, piece) for kind, piece in pieces if piece]


def _unlinked(match: re.Match[str], labels: frozenset[str]) -> str:
    return match.group(1) if _label(match.group(2) or match.group(1)) in labels else match.group(0)


def _label(text: str) -> str:
    return " ".join(text.casefold().split())


def _add_notes(builder: InlineTextBuilder, text: str, numbers: dict[str, int]) -> None:
    last = 0
    for match in _NOTE.finditer(text) if numbers else ():
        number = numbers.get(match.group(1).casefold())
        if number is None:
            continue  # "[^x]" that names no note: as written
        builder.add_text(text[last : match.start()])
        builder.open("sup", ())
        builder.add_text(str(number))
        builder.close()
        if match.group(2):  # the mark that starts a note's definition
            builder.add_text(" ")
        last = match.end()
    builder.add_text(text[last:])


def notes_apart(children: list[Token]) -> list[tuple[int, list[Token]]]:
    """Footnote definitions written on consecutive lines (one paragraph to CommonMark) as one
    list of inline tokens each, with the line offset where each starts."""
    notes: list[tuple[int, list[Token]]] = [(0, [])]
    lines = 0
    for index, child in enumerate(children):
        if child.type == "softbreak":
            lines += 1
            following = children[index + 1] if index + 1 < len(children) else None
            if following is not None and following.type == "text" and is_note_definition(following.content):
                notes.append((lines, []))
                continue
        notes[-1][1].append(child)
    return notes
