"""Markdown articles (CommonMark, parsed by markdown-it-py) with front matter: the block walker.

Roles mirror the HTML ingest so both formats reach segment the same way: a `#` heading before
any body text is the headline (else the front matter `title` is), other headings are
"heading", `>` paragraphs "quote", list paragraphs "list_item".
A paragraph that is only an image (`![alt](src "credit")`) opens a figure: its title attribute
is the credit, and an emphasised line right after it (`*caption*`, in the same or the next
paragraph) is the caption. Fenced and indented code blocks are "code" blocks, kept as written.
A top-level line of only the newsroom's end mark ("###", "-30-": `text.END_MARK`) ends the story.

The module is cut along the format's own seams: `markdown_front` reads the front matter (YAML
`---` or TOML `+++`), this module walks the block tokens, `markdown_inline` turns each inline
token stream into text and markup, and `markdown_marks` reads template tags and footnotes.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from l10n.errors import IngestError
from l10n.ingest import refuse_hostile_code
from l10n.ingest.byline import narrow_to_name
from l10n.ingest.byline_shape import names_people
from l10n.ingest.decode import normalise_newlines
from l10n.ingest.fields import (
    cut_glued_credit,
    drop_byline_label,
    is_no_alternative,
    normalise_space,
    parse_byline,
    parse_footer,
    without_credit_label,
)
from l10n.ingest.html_parse import loose_images
from l10n.ingest.lists import list_start
from l10n.ingest.markdown_front import FrontMatter, apply_front_matter, language_tag, split_front_matter
from l10n.ingest.markdown_inline import (
    INLINE_NESTING,
    build_inline,
    is_emphasis_only,
    is_image_paragraph,
    wraps_whole,
)
from l10n.ingest.markdown_marks import (
    Sources,
    expand_raw_strings,
    hugo_figure,
    is_note_definition,
    notes_apart,
    only_template_tags,
)
from l10n.ingest.text import is_end_mark, join_closing_marks
from l10n.model import Block, BlockRole, Document, InlineMarkup, TableCell
from l10n.numbering import list_number

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_core import StateCore
    from markdown_it.token import Token

__all__ = ["FrontMatter", "ingest_markdown", "split_front_matter"]

MAX_NESTING = 100  # markdown-it's block nesting limit (its commonmark preset has 20)
_ATTRIBUTE = r"(?:[#.][\w:-]+|[\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\s{}\"']+))"
HEADING_ATTRIBUTES = re.compile(rf"[ \t]*\{{:?[ \t]*{_ATTRIBUTE}(?:[ \t]+{_ATTRIBUTE})*[ \t]*\}}$")
"""A heading's trailing attribute block, `## Results {#results}` (`{.class}`, `{: #id}`,
`{#id lang=en}`): the heading-ID syntax of Goldmark (Hugo, the Go blog), kramdown (Jekyll) and
Pandoc, which CommonMark leaves as text. The site renders it as the heading's `id`, never as
words, so it is no part of the unit. One attribute after another, each without spaces, between
mandatory separators: no two ways to match, so no backtracking."""
MDX_HEADING_ID = re.compile(r"[ \t]*\{/(\*?)([^{}*\n]{1,200})\1/\}$")
"""A heading's trailing MDX comment, `## Installing {/*installing*/}`: react.dev's heading-ID
syntax (its remark plugin takes the comment for the heading's `id`; MDX renders a `{/* … */}`
comment as nothing). Its asterisks are emphasis to CommonMark, so what reaches the heading is
`{/installing/}` with the id in `em` — or, with spaces inside (`{/* id */}`), the comment as
written."""


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
        parser = _parser()
        tokens = parser.parse(body)
        expanded = expand_raw_strings(body, code_lines=_code_lines(tokens))
        if expanded != body:  # the Go blog's `{{raw `…`}}` around its code: read what its site renders
            tokens = parser.parse(expanded)
    except Exception as error:  # markdown-it has no error type of its own; keep the CLI message tidy
        raise IngestError(f"Markdown cannot be parsed: {error}", path=source_path, line=1) from None
    _refuse_cut_nesting(tokens, source_path=source_path)
    reader = _Reader(document, sources=Sources.of(expanded), language=language_tag(front_matter))
    reader.read(_join_html_blocks(_story_tokens(tokens, expanded)))
    apply_front_matter(front_matter, document, read_inline=lambda text: _read_inline(parser, text))
    document.blocks = join_closing_marks(document.blocks)
    if all(block.role == "code" for block in document.blocks):  # code alone: nothing to translate
        raise IngestError("Markdown article has no text blocks", path=source_path, line=1)
    if all(block.role in ("headline", "byline") for block in document.blocks):
        # a title in front matter and no body (a site's untranslated stub): no article, as for Word
        raise IngestError("Markdown article has no text besides its headline", path=source_path, line=1)
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


def _read_inline(parser: MarkdownIt, text: str) -> tuple[str, list[InlineMarkup]]:
    """One line of Markdown (a front matter title) as text and markup, as a paragraph's is."""
    tokens = parser.parseInline(text)
    return build_inline(tokens[0].children or [] if tokens else [])


def _code_lines(tokens: list[Token]) -> set[int]:
    """The 0-based lines of the fenced and indented code blocks (their fences too), at any depth."""
    return {
        line
        for token in tokens
        if token.type in ("fence", "code_block") and token.map
        for line in range(token.map[0], token.map[1])
    }


def _story_tokens(tokens: list[Token], source: str) -> list[Token]:
    """`tokens` up to the first top-level block whose first line is only the newsroom's end mark
    (`text.END_MARK`: "###", "# # #", "-30-", "- 30 -", "ENDS"), as in plain text: wire copy
    and press releases sent as Markdown end that way, and what follows is not for publication.
    A line that is exactly "###" is an empty heading to CommonMark, which no writer means as
    one; "### Heading" is a heading, and a mark inside a list, a quote or code is no end."""
    lines = source.split("\n")
    for index, token in enumerate(tokens):
        if index and token.level == 0 and token.nesting >= 0 and token.map and is_end_mark(lines[token.map[0]]):
            return tokens[:index]
    return tokens


def _join_html_blocks(tokens: list[Token]) -> list[Token]:
    """Raw HTML blocks that follow each other with only blank lines between, as one block.

    A blank line ends an HTML block (CommonMark §4.6), so `<table>`, a blank line, then its
    rows are two blocks to markdown-it; the page shows their concatenation, one table. Read
    apart, the rows would lose their table and come out as paragraphs. The joined content
    keeps the blank lines, so each block's line stays where the file has it.
    """
    joined: list[Token] = []
    for token in tokens:
        last = joined[-1] if joined else None
        if token.type == "html_block" and last is not None and last.type == "html_block" and last.map and token.map:
            gap = "\n" * (token.map[0] - last.map[1])
            joined[-1] = last.copy(content=last.content + gap + token.content, map=[last.map[0], token.map[1]])
        else:
            joined.append(token)
    return joined


def _refuse_cut_nesting(tokens: list[Token], *, source_path: str) -> None:
    """markdown-it stops reading a container nested `maxNesting` deep and drops the rest of
    it without a word; an article's text must not vanish silently, so that is an error."""
    for token in tokens:
        if token.nesting == 1 and token.level >= MAX_NESTING - 1:
            line = (token.map or [0])[0] + 1
            raise IngestError(
                f"Markdown nested deeper than {MAX_NESTING - 2} levels (a quote counts one, a list two: the list and its "
                "item, so 49 lists); text there would be lost",
                path=source_path,
                line=line,
            )


@dataclass
class _Reader:
    """Turns markdown-it block tokens into blocks, tracking quote/list nesting and figures."""

    document: Document
    quote_depth: int = 0
    list_depth: int = 0
    items: list[int | None] = field(default_factory=list)  # the open list items' numbers, innermost last
    lists: list[int | None] = field(default_factory=list)  # each open list's next number (None: bullets)
    said: list[bool] = field(default_factory=list)  # whether each open item gave a block already
    figures: int = 0
    open_figure: int | None = None  # a figure still waiting for its caption paragraph
    tables: int = 0
    row: int = -1
    column: int = -1
    sources: Sources = field(default_factory=Sources)
    language: str = ""  # the front matter's: a credit's label in it ("Foto: …") is read as English's are

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
            elif token.type in ("ordered_list_open", "bullet_list_open"):
                self.lists.append(list_start(token.attrGet("start")) if token.type == "ordered_list_open" else None)
            elif token.type in ("ordered_list_close", "bullet_list_close"):
                self.lists.pop()
            elif token.type == "list_item_open":
                self.list_depth += 1
                self._open_item()
            elif token.type == "list_item_close":
                self.list_depth -= 1
                self.items.pop()
                self.said.pop()
                if self.said:
                    self.said[-1] = True  # the outer item goes on after its nested list
            elif token.type == "inline" and index > 0:
                self._inline_block(tokens[index - 1], token)
            elif token.type == "html_block":
                self._html_block(token)
            elif token.type in ("fence", "code_block"):
                self._code_block(token)

    def _open_item(self) -> None:
        """An item shows its list's next number (CommonMark §5.3: the first item's number is the
        list's start, the others count on from it, whatever digits they were written with)."""
        number = self.lists[-1] if self.lists else None
        self.items.append(number if len(self.items) == 0 else None)  # an item in an item: lists.NESTED
        self.said.append(False)
        if number is not None:
            self.lists[-1] = list_number(number, 1)

    def _html_block(self, token: Token) -> None:
        """A raw HTML block (CommonMark §4.6) is read as HTML: its text is the article's too.
        Blocks without text (a comment, a `<script>`) add nothing."""
        from l10n.ingest.html import ingest_html

        try:
            fragment = ingest_html(token.content, source_path=self.document.source_path)
        except IngestError:  # no text: a comment, a `<script>`, or images alone
            fragment = Document(blocks=[])
        offset, figures, tables = (token.map or [0])[0], self.figures, self.tables
        start = len(self.document.blocks)
        for block in fragment.blocks:
            if block.role == "headline" and (self.document.blocks_with_role("headline") or self._has_body()):
                block.role = "heading"
            block.line += offset
            if block.role == "caption" and block.figure is None and self.open_figure is not None:
                # `<figure>`, a blank line, `![alt](src)`, a blank line, `<figcaption>…</figure>`:
                # three blocks to CommonMark, one figure to the page (Let's Encrypt's posts)
                block.figure, self.open_figure = self.open_figure, None
            elif block.figure is not None:  # numbered after this article's own figures so far
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
        taken = {value for key, value in fragment.extra.items() if key.endswith(".src")}
        images = self._raw_images(token.content, taken, offset=offset)
        if images:  # in reading order among the fragment's blocks
            self.document.blocks[start:] = sorted([*self.document.blocks[start:], *images], key=lambda b: b.line)

    def _raw_images(self, html: str, taken: set[str], *, offset: int) -> list[Block]:
        """A figure for each `<img>` raw HTML shows on its own (`html_parse.loose_images`), as
        `![alt](src)` is one; its alt text a unit unless it is none (`fields.is_no_alternative`:
        the image keeps an empty alt). The "alt" blocks, to place among the others."""
        blocks = []
        for src, written, line in loose_images(html, taken):
            self.figures += 1
            alt = "" if is_no_alternative(written, src) else normalise_space(written)
            self.document.extra[f"figure.{self.figures}.src"] = src
            self.document.extra[f"figure.{self.figures}.alt"] = alt
            if alt:
                blocks.append(Block(role="alt", text=alt, line=offset + line, figure=self.figures))
        return blocks

    def _code_block(self, token: Token) -> None:
        """A fenced or indented code block (CommonMark §4.4, §4.5): a "code" block holding its
        text as written, newlines and all; the fence's language (its info string's first word)
        rides as the `class="language-…"` CommonMark's HTML rendering gives the `code` element.
        A bidi control or control character in it is refused (`ingest.refuse_hostile_code`)."""
        text = token.content.removesuffix("\n")
        if not text.strip():
            return
        language = token.info.split()[0] if token.type == "fence" and token.info.split() else ""
        attrs = (("class", f"language-{language}"),) if language else ()
        markup = [InlineMarkup(0, len(text), "code", attrs)]
        line = (token.map or [0])[0] + 1
        refuse_hostile_code(text, path=self.document.source_path, line=line + (token.type == "fence"))
        self.document.blocks.append(Block(role="code", text=text, line=line, markup=markup))

    def _inline_block(self, opener: Token, inline: Token) -> None:
        line = (inline.map or opener.map or [0])[0] + 1
        children = inline.children or []
        waiting_figure, self.open_figure = self.open_figure, None  # a caption must come next
        if opener.type == "heading_open":
            role: BlockRole = "heading"
            if opener.tag == "h1" and not self._has_body() and not self.document.blocks_with_role("headline"):
                role = "headline"
            count = len(self.document.blocks)
            self._append(role, children, line=line)
            if len(self.document.blocks) > count:
                _drop_heading_attributes(self.document.blocks[-1])
                self.document.blocks[-1].level = int(opener.tag[1:])
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
        elif is_image_paragraph(children):
            self._figure(children, line=line)
        elif _is_raw_images(children):  # `<img …>` tags written inline, spanning lines (CommonMark §6.6)
            self.document.blocks += self._raw_images(inline.content, set(), offset=line - 1)
        elif waiting_figure is not None and is_emphasis_only(children):
            self._caption(children, line=line, figure=waiting_figure)
        else:
            self._paragraph(children, line=line)

    def _paragraph(self, children: list[Token], *, line: int) -> None:
        text, markup = build_inline(children, self.sources)
        footer = parse_footer(text)
        if footer is not None:
            self.document.source = footer.source or self.document.source
            self.document.editor = footer.editor or self.document.editor
            return
        words = text  # without footnote numbers: "By Ann Lee[^1]" names Ann Lee, not "Ann Lee1"
        for mark in sorted((m for m in markup if m.tag == "sup"), key=lambda m: m.start, reverse=True):
            words = words[: mark.start] + words[mark.end :]
        name = parse_byline(text) and names_people(words)  # not a lead "By Monday, officials …"
        if name and not self.document.blocks_with_role("byline") and not self._has_body():
            self._append("byline", children, line=line)
            self.document.author = self.document.author or self.document.blocks[-1].text
            return
        self._append("paragraph", children, line=line)

    def _figure(self, children: list[Token], *, line: int) -> None:
        image = children[0]
        self.figures += 1
        number = self.figures
        src = str(image.attrGet("src") or "")
        self.document.extra[f"figure.{number}.src"] = src
        alt = "" if is_no_alternative(image.content, src) else normalise_space(image.content)
        self.document.extra[f"figure.{number}.alt"] = image.content if alt else ""
        if alt:
            self.document.blocks.append(Block(role="alt", text=alt, line=line, figure=number))
        credit = without_credit_label(str(image.attrGet("title") or ""), self.language)
        if credit:
            self.document.blocks.append(Block(role="credit", text=credit, line=line, figure=number))
        caption = children[2:] if len(children) > 2 else []
        if caption:
            self._caption(caption, line=line + 1, figure=number)
        else:
            self.open_figure = number

    def _caption(self, children: list[Token], *, line: int, figure: int) -> None:
        """A figure's caption, the credit glued at its end (`fields.cut_glued_credit`: "*A harbour
        at dawn. Foto: Ann Lee*", labels in English and the front matter's language) its credit block."""
        count = len(self.document.blocks)
        self._append("caption", children, line=line, figure=figure)
        if len(self.document.blocks) > count:
            credit = cut_glued_credit(self.document.blocks[-1], self.language)
            if credit:
                self.document.blocks.append(Block(role="credit", text=credit, line=line, figure=figure))

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
        credit = without_credit_label(attributes.get("attr", ""), self.language)
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
        text, markup = build_inline(children, self.sources)
        if role in ("byline", "caption"):
            markup = [m for m in markup if not wraps_whole(m, text)]
        if text:
            number = self.items[-1] if role == "list_item" and self.items else None
            continued = role == "list_item" and bool(self.said) and self.said[-1]
            if role == "list_item" and self.said:
                self.said[-1] = True
            block = Block(role, text, line, markup=markup, figure=figure, cell=cell, number=number, continued=continued)
            if role == "byline":
                drop_byline_label(block)
                self.document.author_role = self.document.author_role or narrow_to_name(block)
            self.document.blocks.append(block)


def _is_raw_images(children: list[Token]) -> bool:
    """A paragraph of raw `<img>` tags alone (between them only spaces and line ends)."""
    tags = [child for child in children if child.type == "html_inline"]
    rest = [child for child in children if child.type not in ("html_inline", "softbreak")]
    return bool(tags) and tags[0].content.lower().startswith("<img") and not any(c.content.strip() for c in rest)


def _drop_heading_attributes(block: Block) -> None:
    """`block` (a heading) without its trailing attribute block or MDX heading-ID comment, when
    words stand before it and no markup reaches into it (but the comment's own `em`).

    >>> block = Block("heading", "Who did we hear from? {#demographics}")
    >>> _drop_heading_attributes(block); block.text
    'Who did we hear from?'
    >>> block = Block("heading", "Sets {1, 2}"); _drop_heading_attributes(block); block.text
    'Sets {1, 2}'
    >>> from l10n.model import InlineMarkup
    >>> block = Block("heading", "Next steps {/next-steps/}", markup=[InlineMarkup(13, 23, "em")])
    >>> _drop_heading_attributes(block); block.text, block.markup
    ('Next steps', [])
    >>> block = Block("heading", "A {/*tl;dr*/}"); _drop_heading_attributes(block); block.text
    'A'
    """
    found = HEADING_ATTRIBUTES.search(block.text)
    comment = MDX_HEADING_ID.search(block.text) if found is None else None
    if comment is not None and not comment.group(1):  # `*id*` read as emphasis: that mark is the comment's
        marks = [mark for mark in block.markup if mark.end > comment.start()]
        if [(mark.start, mark.end, mark.tag) for mark in marks] != [(comment.start(2), comment.end(2), "em")]:
            return
        block.markup = [mark for mark in block.markup if mark not in marks]
    found = found or comment
    if found is None or not block.text[: found.start()].strip():
        return
    if any(mark.end > found.start() for mark in block.markup):
        return
    block.text = block.text[: found.start()].rstrip()
