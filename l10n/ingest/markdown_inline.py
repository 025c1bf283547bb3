"""Markdown inline tokens (markdown-it-py, CommonMark §6) → a block's text and `InlineMarkup`.

Emphasis, strong, strikethrough, code spans and links become markup with the HTML tag names
CommonMark's HTML rendering uses (em, strong, s, code, a, br, img); raw inline `<sup>`/`<sub>`
and `<code>`/`<kbd>`/`<samp>` around plain text are kept as those elements, as an HTML page's
would be (other raw inline HTML keeps only its text). The block walker (`ingest.markdown`) asks
here what a paragraph is made of (an image, an emphasised caption line).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from l10n.ingest.inline import InlineTextBuilder
from l10n.ingest.markdown_marks import Sources, add_text
from l10n.model import InlineMarkup
from l10n.urls import allowed_attributes

if TYPE_CHECKING:
    from markdown_it.token import Token

INLINE_NESTING = 20  # inline markup read this deep; deeper reads as text (`markdown._parser`, `build_inline`)
_INLINE_TAGS = {"em_open": "em", "strong_open": "strong", "s_open": "s", "link_open": "a"}
_INLINE_CLOSERS = frozenset({"em_close", "strong_close", "s_close", "link_close"})
PRESENTATION_ONLY = frozenset({"em", "strong"})  # emphasis that wraps a whole byline or caption
_RAW_KEPT = frozenset({"<sup>", "<sub>", "<code>", "<kbd>", "<samp>"})


def build_inline(children: list[Token], sources: Sources | None = None) -> tuple[str, list[InlineMarkup]]:
    """Block text and markup offsets from markdown-it inline tokens. Markup nested inside
    `INLINE_NESTING` others is dropped, its words kept: markdown-it pairs emphasis after its own
    nesting limit is checked, so `*` × 50,000, a letter, `*` × 50,000 came as 25,000 nested tags, and `assemble`
    died of recursion writing them (session 50, redteam50)."""
    builder = InlineTextBuilder()
    kept: list[bool] = []  # for each tag open here, whether it was opened in `builder`
    for index, child in enumerate(children):
        if _raw_script_position(children, index):  # "<sup>1</sup>": a note mark (`l10n.placeables.marks`)
            builder.open(child.content[1:-1].lower(), ())
        elif _raw_script_position(children, index - 2) and child.type == "html_inline":
            builder.close()
        elif child.type == "text":
            add_text(builder, child.content, sources or Sources())
        elif child.type == "softbreak":
            builder.add_text("\n")  # a line break: Chinese or Japanese lines join (`inline.joins_at_break`)
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
            kept.append(len(kept) < INLINE_NESTING)  # the first `INLINE_NESTING` deep are
            if kept[-1]:
                tag = _INLINE_TAGS[child.type]
                builder.open(tag, allowed_attributes(tag, ((name, str(value)) for name, value in child.attrs.items())))
        elif child.type in _INLINE_CLOSERS:
            if not kept or kept.pop():
                builder.close()
    return builder.finish()


def _raw_script_position(children: list[Token], index: int) -> bool:
    """Whether `children[index:index + 3]` is raw inline HTML `<sup>`, text, `</sup>` (or `sub`,
    `code`, `kbd`, `samp`): kept as markup, as an HTML page's would be (a note mark, inline code:
    `l10n.placeables`); other raw inline HTML keeps only its text."""
    if index < 0 or index + 2 >= len(children) or children[index + 1].type != "text":
        return False
    opening, closing = children[index], children[index + 2]
    return (
        opening.type == closing.type == "html_inline"
        and opening.content.lower() in _RAW_KEPT
        and closing.content.lower() == "</" + opening.content[1:].lower()
    )


def is_image_paragraph(children: list[Token]) -> bool:
    """Only an image, or an image, a line break and an emphasised caption line."""
    if not children or children[0].type != "image":
        return False
    return len(children) == 1 or (children[1].type == "softbreak" and is_emphasis_only(children[2:]))


def is_emphasis_only(children: list[Token]) -> bool:
    return (
        len(children) >= 3
        and children[0].type in ("em_open", "strong_open")
        and children[-1].type == children[0].type.replace("_open", "_close")
        and not any(child.type == children[0].type and child.level == children[0].level for child in children[1:-1])
    )


def wraps_whole(markup: InlineMarkup, text: str) -> bool:
    return markup.tag in PRESENTATION_ONLY and markup.start == 0 and markup.end == len(text)
