"""The localised article as CommonMark (spec 0.31): headings, paragraphs, figures, links, emphasis.

Block layout lives here; sentences go through `markdown_inline.inline_markdown`, which escapes
every text run (CommonMark §2.4), so a `<script>` or `*` in a msgstr stays literal text instead
of becoming HTML or emphasis. A figure with an image starts with `![alt](<src>)` (§6.4).
Markdown has no per-span language attribute; the HTML writer is the one that marks fallbacks.
Right-to-left editions carry UAX #9 isolate characters around the spans HTML isolates (`bidi.py`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from l10n.assemble.article import (
    LocalizedArticle,
    LocalizedBlock,
    LocalizedSegment,
    all_clean,
    code_language,
    kept_body,
    shared_rendering,
)
from l10n.assemble.bidi import isolated_segments, source_line
from l10n.assemble.inline import balanced_pieces
from l10n.assemble.labels import LabelKey, label_parts
from l10n.assemble.layout import (
    BlockGroup,
    article_groups,
    byline_blocks,
    headline_block,
    paragraphs_text,
    shared_body,
)
from l10n.assemble.markdown_inline import (
    HARD_BREAK,
    emphasize,
    escape_line_start,
    escape_markdown,
    inline_markdown,
    link_destination,
)
from l10n.assemble.tables import grid, markdown_table
from l10n.assemble.xml_text import xml_safe
from l10n.model import InlineTag

__all__ = ["escape_markdown", "render_markdown"]


def render_markdown(article: LocalizedArticle, *, groups: Sequence[BlockGroup] | None = None) -> str:
    """The article as one Markdown document, paragraphs separated by blank lines; `groups`:
    the article's `body_groups`, when the caller made them for every format (`render_formats`)."""
    paragraphs: list[str] = []
    headline = headline_block(article)
    if headline is None:
        title = escape_markdown(article.headline)
    else:  # (written once for the editions that share it: `shared_rendering`, keyed by what `_inline` reads)
        title = (
            shared_rendering(
                headline, "md h1", article.locale, lambda: _inline(headline.segments, article, single_line=True)
            )
            or ""
        )
    paragraphs.append("# " + title if title else "")  # no headline (plain-text stories): no empty heading
    if article.section:
        paragraphs.append(source_line(escape_line_start(escape_markdown(article.section)), article.locale))
    bylines = byline_blocks(article)
    for block in bylines:
        paragraphs.append(escape_line_start(_labelled("byline", article, _inline(block.segments, article))))
    if not bylines and article.author:
        paragraphs.append(escape_line_start(_labelled("byline", article, escape_markdown(article.author))))
    if article.published_text:
        paragraphs.append(escape_line_start(escape_markdown(article.published_text)))
    groups = article_groups(article) if groups is None else groups
    shared = shared_body(groups)
    if shared is not None:  # the body every such edition of the article shows, made once (`kept_body`)
        paragraphs.append(
            kept_body(
                shared, "md body", article.locale, lambda: paragraphs_text([_group(group, article) for group in groups])
            )
        )
    delimiter, follows_list = ".", False
    for group in () if shared is not None else groups:
        if group.start is not None:  # right after another numbered list, the other delimiter starts a new one (§5.3)
            delimiter = ("." if delimiter == ")" else ")") if follows_list else "."
        follows_list = group.start is not None
        paragraphs.append(_group(group, article, delimiter))
    footer = [_labelled(key, article, escape_markdown(name)) for key, name in _footer_items(article)]
    if footer:
        paragraphs.append(escape_line_start(HARD_BREAK.join(footer)))
    return paragraphs_text(paragraphs) + "\n"


def _group(group: BlockGroup, article: LocalizedArticle, delimiter: str = ".") -> str:
    if group.kind == "figure":
        image = article.figures.get(group.figure) if group.figure is not None else None
        lines = [f"![{escape_markdown(image.alt)}]({link_destination(image.src)})"] if image else []
        lines += [
            emphasize("*", text) for text in (_inline(b.segments, article) for b in group.with_role("caption")) if text
        ]
        lines += [_labelled("photo", article, _inline(b.segments, article)) for b in group.with_role("credit")]
        return escape_line_start(HARD_BREAK.join(lines))
    if group.kind == "list":
        return _list(group, article, delimiter)
    if group.kind == "table":
        return markdown_table(grid(group), lambda cell: _inline(cell.segments, article, single_line=True))
    block = group.blocks[0]
    return shared_rendering(block, "md", article.locale, lambda: _block(block, article)) or ""


def _list(group: BlockGroup, article: LocalizedArticle, delimiter: str) -> str:
    """`- item` lines, or `N.` ones (CommonMark §5.2: ASCII digits, the first one the list's
    start); an item's further paragraphs follow it indented to its content. CommonMark counts
    only up: a countdown is a list per item, their delimiters alternating (§5.3)."""
    lines: list[str] = []
    for number, blocks in group.items():
        marker = "- " if number is None else f"{number}{delimiter} "
        if lines and group.counts_down:
            delimiter = "." if delimiter == ")" else ")"
            marker = f"\n{number}{delimiter} "
        lines.append(marker + _inline(blocks[0].segments, article))
        lines += ["\n" + " " * len(marker.lstrip("\n")) + _inline(block.segments, article) for block in blocks[1:]]
    return "\n".join(lines)


def _block(block: LocalizedBlock, article: LocalizedArticle) -> str:
    if block.role == "code":
        return code_fence(block)
    if block.role == "heading":
        return "#" * block.level + " " + _inline(block.segments, article, block=True, single_line=True)
    text = _inline(block.segments, article, block=True)
    if block.role == "quote":
        return "> " + text
    if block.role in ("summary", "lead"):
        return emphasize("**", text)
    return text


def _labelled(key: LabelKey, article: LocalizedArticle, name_markdown: str) -> str:
    before, after = label_parts(key, article.locale)
    return escape_markdown(before) + name_markdown + escape_markdown(after)


def _footer_items(article: LocalizedArticle) -> list[tuple[LabelKey, str]]:
    items: list[tuple[LabelKey, str]] = [("source", article.source), ("editor", article.editor)]
    return [(key, name) for key, name in items if name]


def _inline(
    segments: Sequence[LocalizedSegment], article: LocalizedArticle, *, block: bool = False, single_line: bool = False
) -> str:
    """Sentences → Markdown inline text (see `markdown_inline`); tags balanced per sentence, so
    a tag a translator left open cannot run into the next sentence; bidi isolates as `bidi.py`
    decides (`block`: a paragraph-like block, whose language is marked once)."""
    pieces: list[str | InlineTag] = []
    shown = isolated_segments(segments, article.locale, block=block)
    for segment in shown:
        pieces.append(segment.separator)
        pieces.extend(balanced_pieces(segment.pieces))
    clean = all_clean(shown)
    return inline_markdown(pieces, single_line=single_line, clean=clean)


def code_fence(block: LocalizedBlock) -> str:
    r"""A code block as a fenced block (CommonMark §4.5) holding its text as written: the fence
    is a backtick run longer than any in the text, so no line of the code can close it; the
    language from the `class="language-…"` ingest kept is its info string.

    >>> from l10n.assemble.article import LocalizedSegment
    >>> tag = InlineTag("code", (("class", "language-sh"),))
    >>> segment = LocalizedSegment((tag, "echo ```", InlineTag("code", closing=True)), "untranslated", "en")
    >>> print(code_fence(LocalizedBlock("code", None, [segment])))
    ````sh
    echo ```
    ````
    >>> segment = LocalizedSegment(("a\x0bb",), "untranslated", "en")
    >>> code_fence(LocalizedBlock("code", None, [segment]))
    '```\nab\n```'
    """
    language = code_language(block)
    text = xml_safe(block.text)  # what the HTML and text editions drop (a stray control byte) is dropped here too
    fence = "`" * max(3, 1 + max((len(run) for run in re.findall("`+", text)), default=0))
    return f"{fence}{language}\n{text}\n{fence}"
