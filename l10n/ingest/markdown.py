"""Markdown articles (CommonMark, parsed by markdown-it-py) with simple `key: value` front matter.

Roles mirror the HTML ingest so both formats reach segment the same way: a `#` heading before
any body text is the headline (else the front matter `title` is), other headings are
"heading", `>` paragraphs "quote", list paragraphs "list_item".
A paragraph that is only an image (`![alt](src "credit")`) opens a figure: its title attribute
is the credit, and an emphasised line right after it (`*caption*`, in the same or the next
paragraph) is the caption. Inline emphasis, strong, code and links become `InlineMarkup` with
HTML tag names (em, strong, code, a, br, img), the names CommonMark's HTML rendering uses.

Front matter is the Jekyll/Hugo convention: a `---` line, `key: value` lines, a closing `---`.
It is read without a YAML library because only flat string fields are used (title, date,
author, section, source, editor, charset; `lang`/`language`/`locale` set the source locale and its
regional variant); other keys land in `Document.extra`. Hugo's and Zola's TOML front matter
(between `+++` lines) is read with the standard library's `tomllib` (TOML 1.0): its top-level
strings, dates and numbers are the same fields, `authors = [...]` names the author when no
`author` does, and tables (`[extra]`, `[taxonomies]`) are site settings, not the article's.
A TOML block that does not parse is refused, naming the line.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from l10n.errors import IngestError
from l10n.ingest.byline import narrow_to_name
from l10n.ingest.decode import normalise_newlines
from l10n.ingest.fields import (
    drop_byline_label,
    normalise_space,
    parse_byline,
    parse_footer,
    parse_published,
    regional_locale,
    source_language,
)
from l10n.ingest.inline import InlineTextBuilder
from l10n.ingest.markdown_marks import (
    Sources,
    add_text,
    hugo_figure,
    is_note_definition,
    notes_apart,
    only_template_tags,
)
from l10n.ingest.text import join_closing_marks
from l10n.model import Block, BlockRole, Document, InlineMarkup, TableCell
from l10n.urls import allowed_attributes

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_core import StateCore
    from markdown_it.token import Token

_FRONT_MATTER_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")
_INLINE_TAGS = {"em_open": "em", "strong_open": "strong", "s_open": "s", "link_open": "a"}
_INLINE_CLOSERS = frozenset({"em_close", "strong_close", "s_close", "link_close"})
PRESENTATION_ONLY = frozenset({"em", "strong"})  # emphasis that wraps a whole byline or caption
MAX_NESTING = 100  # markdown-it's block nesting limit (its commonmark preset has 20)
INLINE_NESTING = 20  # its inline limit: the commonmark preset's (see `_parser`)


@dataclass(frozen=True)
class FrontMatter:
    """`key: value` pairs with the 1-based line of each key."""

    values: dict[str, str] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)


def ingest_markdown(text: str, *, source_path: str = "<string>") -> Document:
    """Parse a Markdown article into a `Document` (blocks not yet segmented).

    >>> doc = ingest_markdown("---\\ndate: 2022-03-14T09:30:00-05:00\\n---\\n# Title\\n\\n*By Ann Lee*\\n\\n"
    ...                       "Some **bold** text.\\n")
    >>> [(b.role, b.text, b.line) for b in doc.blocks]
    [('headline', 'Title', 4), ('byline', 'Ann Lee', 6), ('paragraph', 'Some bold text.', 8)]
    >>> doc.blocks[2].markup, doc.published.isoformat()
    ([InlineMarkup(start=5, end=9, tag='strong', attrs=(), void=False)], '2022-03-14T09:30:00-05:00')
    """
    front_matter, body = split_front_matter(normalise_newlines(text), source_path=source_path)
    document = Document(blocks=[], source_path=source_path, source_format="md")
    try:
        tokens = _parser().parse(body)
    except Exception as error:  # markdown-it has no error type of its own; keep the CLI message tidy
        raise IngestError(f"Markdown cannot be parsed: {error}", path=source_path, line=1) from None
    _refuse_cut_nesting(tokens, source_path=source_path)
    _Reader(document, sources=Sources.of(body)).read(tokens)
    _apply_front_matter(front_matter, document)
    document.blocks = join_closing_marks(document.blocks)
    if all(block.role == "code" for block in document.blocks):  # code alone: nothing to translate
        raise IngestError("Markdown article has no text blocks", path=source_path, line=1)
    return document


def _parser() -> MarkdownIt:
    """CommonMark + GFM tables, quotes and lists read `MAX_NESTING` deep, inline markup
    `INLINE_NESTING` deep. markdown-it has one `maxNesting` for both, and inline it bounds how
    far each `[` looks ahead for its label's end: at 100, 300 KB of unclosed `[a` lines took
    ~11 CPU s, 11× other 300 KB of short lines; at 20, 2–3×, still linear. Deeper inline markup
    is read as text (markdown-it appends it as is), so no text is lost."""
    from markdown_it import MarkdownIt  # here: its import is not paid by commands without Markdown

    parser = MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).enable("table")

    def inline_nesting(state: StateCore) -> None:
        state.md.options.maxNesting = INLINE_NESTING

    parser.core.ruler.after("block", "inline_nesting", inline_nesting)
    return parser


def _refuse_cut_nesting(tokens: list[Token], *, source_path: str) -> None:
    """markdown-it stops reading a container nested `maxNesting` deep and drops the rest of
    it without a word; an article's text must not vanish silently, so that is an error."""
    for token in tokens:
        if token.nesting == 1 and token.level >= MAX_NESTING - 1:
            line = (token.map or [0])[0] + 1
            raise IngestError(
                f"Markdown quotes/lists nested deeper than {MAX_NESTING - 2} levels; text there would be lost",
                path=source_path,
                line=line,
            )


def split_front_matter(text: str, *, source_path: str = "<string>") -> tuple[FrontMatter, str]:
    """Separate front matter from the body; the body keeps blank lines in its place, so
    markdown-it's line numbers stay those of the file.

    >>> matter, body = split_front_matter("---\\ntitle: 'Hi'\\n---\\nText")
    >>> matter.values, matter.lines, body
    ({'title': 'Hi'}, {'title': 2}, '\\n\\n\\nText')
    """
    lines = text.split("\n")
    fence = lines[0].strip() if lines else ""
    if fence not in ("---", "+++"):
        return FrontMatter(), text
    ends = ("---", "...") if fence == "---" else ("+++",)
    closing = next((index for index in range(1, len(lines)) if lines[index].strip() in ends), None)
    if closing is None:
        return FrontMatter(), text
    body = "\n" * closing + "\n" + "\n".join(lines[closing + 1 :])
    if fence == "+++":
        return _toml_front_matter(lines[1:closing], source_path=source_path), body
    matter = FrontMatter()
    for index in range(1, closing):
        match = _FRONT_MATTER_FIELD.match(lines[index])
        if match:
            key = match["key"].lower()
            matter.values[key] = _yaml_value(match["value"], lines[index + 1 : closing])
            matter.lines[key] = index + 1
    return matter, body


_BLOCK_SCALAR = re.compile(r"[>|](?:[+-]?[1-9]?|[1-9][+-])")  # YAML 1.2 §8.1 header
_SEQUENCE_ITEM = re.compile(r"^[ \t]+-[ \t]+(?P<item>.*?)\s*$")


def _yaml_value(value: str, following: list[str]) -> str:
    """A front-matter value as one line: a plain or quoted scalar as written; a block scalar
    (`author: >` and indented lines, YAML 1.2 §8.1) its lines joined; a sequence, block
    (`- A` lines) or flow (`[A, B]`), its items joined with ", " (a post's several authors).

    >>> _yaml_value(">", ["  Amit Dsouza,", "  Frederick Kautz", "title: x"]), _yaml_value("'Hi'", [])
    ('Amit Dsouza, Frederick Kautz', 'Hi')
    >>> _yaml_value("", ["  - Ann Lee", "  - 'Bo Li'", "date: x"]), _yaml_value("[Ann Lee, 'Bo Li']", [])
    ('Ann Lee, Bo Li', 'Ann Lee, Bo Li')
    """
    if _BLOCK_SCALAR.fullmatch(value):
        indented = [line.strip() for line in _indented(following)]
        return " ".join(line for line in indented if line)
    if not value:
        items = [_SEQUENCE_ITEM.match(line) for line in _indented(following)]
        return ", ".join(_unquote(item["item"]) for item in items if item is not None and item["item"])
    if len(value) >= 2 and value[0] == "[" and value[-1] == "]" and "[" not in value[1:-1]:
        return ", ".join(_unquote(item.strip()) for item in value[1:-1].split(",") if item.strip())
    return _unquote(value)


def _indented(lines: list[str]) -> list[str]:
    """The lines that continue a key's value: indented or blank, up to the next key."""
    taken = []
    for line in lines:
        if line.strip() and not line[:1].isspace():
            break
        taken.append(line)
    return taken


_TOML_KEY = re.compile(r"^\s*(?P<key>[A-Za-z_][\w-]*)\s*=")
_TOML_ERROR_LINE = re.compile(r"\(at line (\d+)")


def _toml_front_matter(lines: list[str], *, source_path: str) -> FrontMatter:
    """The fields of a TOML front matter block (its lines between the `+++` fences).

    >>> matter = _toml_front_matter(['title = "Rust 1.80"', 'authors = ["A B", "C D"]', "[extra]", 'team = "x"'],
    ...                             source_path="a.md")
    >>> matter.values, matter.lines
    ({'title': 'Rust 1.80', 'author': 'A B, C D'}, {'title': 2, 'author': 3})
    """
    import tomllib

    try:
        table = tomllib.loads("\n".join(lines))
    except RecursionError:  # arrays or inline tables nested past Python's stack: hostile input
        raise IngestError("TOML front matter nested too deeply", path=source_path, line=2) from None
    except tomllib.TOMLDecodeError as error:
        where = _TOML_ERROR_LINE.search(str(error))
        at = int(where.group(1)) + 1 if where else 1
        reason = str(error).split(" (at ")[0]
        raise IngestError(f"TOML front matter cannot be read: {reason}", path=source_path, line=at) from None
    first_line: dict[str, int] = {}
    for index, line in enumerate(lines):
        match = _TOML_KEY.match(line)
        if line.lstrip().startswith("["):
            break  # keys of a table follow: not the article's
        if match:
            first_line.setdefault(match["key"].lower(), index + 2)
    matter = FrontMatter()
    for name, value in table.items():
        key = name.lower()
        if key == "authors" and isinstance(value, list) and all(isinstance(item, str) for item in value):
            key, value = "author", ", ".join(item.strip() for item in value if item.strip())
        if isinstance(value, bool) or not isinstance(value, str | int | float | dt.date | dt.time):
            continue
        if key == "author" and "author" in matter.values:
            continue
        matter.values[key] = value.isoformat() if isinstance(value, dt.date | dt.time) else str(value)
        matter.lines[key] = first_line.get(name.lower(), 1)
    return matter


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def _apply_front_matter(matter: FrontMatter, document: Document) -> None:
    values = matter.values
    title = normalise_space(values.get("title", ""))
    headlines = document.blocks_with_role("headline")
    if headlines:
        document.headline = headlines[0].text
    elif title:
        document.headline = title
        document.blocks.insert(0, Block(role="headline", text=title, line=matter.lines["title"]))
    if values.get("date"):
        document.published = parse_published(values["date"])
    document.author = values.get("author") or values.get("authors") or document.author
    document.section = values.get("section", document.section)
    document.source = values.get("source") or document.source
    document.editor = values.get("editor") or document.editor
    tag = values.get("lang") or values.get("language") or values.get("locale") or ""
    if tag:
        document.source_locale = source_language(tag) or document.source_locale
        document.source_variant = regional_locale(tag)
    for key, value in values.items():
        if key not in ("title", "date", "author", "section", "source", "editor"):
            document.extra[key] = value


@dataclass
class _Reader:
    """Turns markdown-it block tokens into blocks, tracking quote/list nesting and figures."""

    document: Document
    quote_depth: int = 0
    list_depth: int = 0
    figures: int = 0
    open_figure: int | None = None  # a figure still waiting for its caption paragraph
    tables: int = 0
    row: int = -1
    column: int = -1
    sources: Sources = field(default_factory=Sources)

    def read(self, tokens: list[Token]) -> None:
        for index, token in enumerate(tokens):
            if token.type == "table_open":
                self.tables, self.row = self.tables + 1, -1
            elif token.type == "tr_open":
                self.row, self.column = self.row + 1, -1
            elif token.type in ("th_open", "td_open"):
                self.column += 1
            elif token.type in ("blockquote_open", "blockquote_close"):
                self.quote_depth += 1 if token.type.endswith("open") else -1
            elif token.type in ("list_item_open", "list_item_close"):
                self.list_depth += 1 if token.type.endswith("open") else -1
            elif token.type == "inline" and index > 0:
                self._inline_block(tokens[index - 1], token)
            elif token.type == "html_block":
                self._html_block(token)
            elif token.type in ("fence", "code_block"):
                self._code_block(token)

    def _html_block(self, token: Token) -> None:
        """A raw HTML block (CommonMark §4.6) is read as HTML: its text is the article's too.
        Blocks without text (a comment, a `<script>`) add nothing."""
        from l10n.ingest.html import ingest_html

        try:
            fragment = ingest_html(token.content, source_path=self.document.source_path)
        except IngestError:
            return
        offset, figures, tables = (token.map or [0])[0], self.figures, self.tables
        for block in fragment.blocks:
            if block.role == "headline" and (self.document.blocks_with_role("headline") or self._has_body()):
                block.role = "heading"
            block.line += offset
            if block.figure is not None:  # numbered after this article's own figures so far
                block.figure += figures
                self.figures = max(self.figures, block.figure)
            if block.cell is not None:  # and tables after its own tables
                block.cell = dataclasses.replace(block.cell, table=block.cell.table + tables)
                self.tables = max(self.tables, block.cell.table)
            self.document.blocks.append(block)
        for key, value in fragment.extra.items():
            number, _, attribute = key.removeprefix("figure.").partition(".")
            if key.startswith("figure.") and number.isdigit():
                self.document.extra[f"figure.{int(number) + figures}.{attribute}"] = value

    def _code_block(self, token: Token) -> None:
        """A fenced or indented code block (CommonMark §4.4, §4.5): a "code" block holding its
        text as written, newlines and all; the fence's language (its info string's first word)
        rides as the `class="language-…"` CommonMark's HTML rendering gives the `code` element."""
        text = token.content.removesuffix("\n")
        if not text.strip():
            return
        language = token.info.split()[0] if token.type == "fence" and token.info.split() else ""
        attrs = (("class", f"language-{language}"),) if language else ()
        markup = [InlineMarkup(0, len(text), "code", attrs)]
        line = (token.map or [0])[0] + 1
        self.document.blocks.append(Block(role="code", text=text, line=line, markup=markup))

    def _inline_block(self, opener: Token, inline: Token) -> None:
        line = (inline.map or opener.map or [0])[0] + 1
        children = inline.children or []
        waiting_figure, self.open_figure = self.open_figure, None  # a caption must come next
        if opener.type == "heading_open":
            role: BlockRole = "heading"
            if opener.tag == "h1" and not self._has_body() and not self.document.blocks_with_role("headline"):
                role = "headline"
            self._append(role, children, line=line)
            return
        if opener.type in ("th_open", "td_open"):
            place = TableCell(table=self.tables, row=self.row, column=self.column, header=opener.type == "th_open")
            self._append("cell", children, line=line, cell=place)
            return
        if opener.type != "paragraph_open":
            return
        figure = hugo_figure(inline.content)
        if figure is not None and not self.list_depth:
            self._shortcode_figure(figure, line=line)
            return
        if only_template_tags(inline.content):
            return  # only the site generator's tags, or a link definition it resolves: no prose
        if is_note_definition(inline.content) and not self.list_depth and not self.quote_depth:
            for offset, note in notes_apart(children):  # a GFM footnote: a note, as Word's are
                self._append("note", note, line=line + offset)
        elif self.list_depth:
            self._append("list_item", children, line=line)
        elif self.quote_depth:
            self._append("quote", children, line=line)
        elif _is_image_paragraph(children):
            self._figure(children, line=line)
        elif waiting_figure is not None and _is_emphasis_only(children):
            self._append("caption", children, line=line, figure=waiting_figure)
        else:
            self._paragraph(children, line=line)

    def _paragraph(self, children: list[Token], *, line: int) -> None:
        text, _ = _build(children, self.sources)
        footer = parse_footer(text)
        if footer is not None:
            self.document.source = footer.source or self.document.source
            self.document.editor = footer.editor or self.document.editor
            return
        name = parse_byline(text)
        if name and not self.document.blocks_with_role("byline") and not self._has_body():
            self._append("byline", children, line=line)
            self.document.author = self.document.author or self.document.blocks[-1].text
            return
        self._append("paragraph", children, line=line)

    def _figure(self, children: list[Token], *, line: int) -> None:
        image = children[0]
        self.figures += 1
        number = self.figures
        self.document.extra[f"figure.{number}.src"] = str(image.attrGet("src") or "")
        self.document.extra[f"figure.{number}.alt"] = image.content
        alt = normalise_space(image.content)
        if alt:
            self.document.blocks.append(Block(role="alt", text=alt, line=line, figure=number))
        credit = normalise_space(str(image.attrGet("title") or ""))
        if credit:
            self.document.blocks.append(Block(role="credit", text=credit, line=line, figure=number))
        caption = children[2:] if len(children) > 2 else []
        if caption:
            self._append("caption", caption, line=line + 1, figure=number)
        else:
            self.open_figure = number

    def _shortcode_figure(self, attributes: dict[str, str], *, line: int) -> None:
        """Hugo's `figure` shortcode as the figure it renders: `src`, `alt`, the `caption`
        (else the `title`, which Hugo prints as the figure's heading) and `attr` as the credit."""
        self.figures += 1
        number = self.figures
        self.document.extra[f"figure.{number}.src"] = attributes.get("src", "")
        self.document.extra[f"figure.{number}.alt"] = attributes.get("alt", "")
        shown: tuple[tuple[BlockRole, str], ...] = (
            ("alt", "alt"),
            ("caption", "caption" if attributes.get("caption") else "title"),
        )
        for role, key in shown:
            text = normalise_space(attributes.get(key, ""))
            if text:
                self.document.blocks.append(Block(role=role, text=text, line=line, figure=number))
        credit = normalise_space(attributes.get("attr", ""))
        if credit:
            self.document.blocks.append(Block(role="credit", text=credit, line=line, figure=number))

    def _has_body(self) -> bool:
        return any(block.role not in ("headline", "byline") for block in self.document.blocks)

    def _append(
        self,
        role: BlockRole,
        children: list[Token],
        *,
        line: int,
        figure: int | None = None,
        cell: TableCell | None = None,
    ) -> None:
        text, markup = _build(children, self.sources)
        if role in ("byline", "caption"):
            markup = [m for m in markup if not _wraps_whole(m, text)]
        if text:
            block = Block(role=role, text=text, line=line, markup=markup, figure=figure, cell=cell)
            if role == "byline":
                drop_byline_label(block)
                self.document.author_role = self.document.author_role or narrow_to_name(block)
            self.document.blocks.append(block)


def _build(children: list[Token], sources: Sources | None = None) -> tuple[str, list[InlineMarkup]]:
    """Block text and markup offsets from markdown-it inline tokens."""
    builder = InlineTextBuilder()
    for index, child in enumerate(children):
        if _raw_script_position(children, index):  # "<sup>1</sup>": a note mark (`l10n.placeables.marks`)
            builder.open(child.content[1:-1].lower(), ())
        elif _raw_script_position(children, index - 2) and child.type == "html_inline":
            builder.close()
        elif child.type == "text":
            add_text(builder, child.content, sources or Sources())
        elif child.type == "softbreak":
            builder.add_text(" ")
        elif child.type == "hardbreak":
            builder.void("br", (), separates_words=True)
        elif child.type == "code_inline":
            builder.open("code", ())
            builder.add_text(child.content)
            builder.close()
        elif child.type == "image":
            attrs: tuple[tuple[str, str], ...] = (("src", str(child.attrGet("src") or "")), ("alt", child.content))
            builder.void("img", allowed_attributes("img", attrs), separates_words=False)
        elif child.type in _INLINE_TAGS:
            tag = _INLINE_TAGS[child.type]
            builder.open(tag, allowed_attributes(tag, ((name, str(value)) for name, value in child.attrs.items())))
        elif child.type in _INLINE_CLOSERS:
            builder.close()
    return builder.finish()


def _raw_script_position(children: list[Token], index: int) -> bool:
    """Whether `children[index:index + 3]` is raw inline HTML `<sup>`, text, `</sup>` (or `sub`):
    kept as markup, as an HTML page's would be; other raw inline HTML keeps only its text."""
    if index < 0 or index + 2 >= len(children) or children[index + 1].type != "text":
        return False
    opening, closing = children[index], children[index + 2]
    return (
        opening.type == closing.type == "html_inline"
        and opening.content.lower() in ("<sup>", "<sub>")
        and closing.content.lower() == "</" + opening.content[1:].lower()
    )


def _is_image_paragraph(children: list[Token]) -> bool:
    """Only an image, or an image, a line break and an emphasised caption line."""
    if not children or children[0].type != "image":
        return False
    return len(children) == 1 or (children[1].type == "softbreak" and _is_emphasis_only(children[2:]))


def _is_emphasis_only(children: list[Token]) -> bool:
    return (
        len(children) >= 3
        and children[0].type in ("em_open", "strong_open")
        and children[-1].type == children[0].type.replace("_open", "_close")
        and not any(child.type == children[0].type and child.level == children[0].level for child in children[1:-1])
    )


def _wraps_whole(markup: InlineMarkup, text: str) -> bool:
    return markup.tag in PRESENTATION_ONLY and markup.start == 0 and markup.end == len(text)
