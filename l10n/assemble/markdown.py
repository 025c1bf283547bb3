"""The localised article as CommonMark (spec 0.31): headings, paragraphs, links and emphasis.

Every text run is backslash-escaped (CommonMark §2.4: any ASCII punctuation may be escaped),
so a `<script>` or `*` in a msgstr stays literal text instead of becoming HTML or emphasis.
Markdown has no per-span language attribute; the HTML writer is the one that marks fallbacks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from l10n.assemble.article import LocalizedArticle, LocalizedBlock, LocalizedSegment
from l10n.assemble.inline import balanced_pieces, safe_attributes
from l10n.assemble.labels import LabelKey, label_parts
from l10n.assemble.layout import BlockGroup, body_groups, byline_blocks, headline_block

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|!&~])")
_LINE_START_MARKER = re.compile(r"^(\s*)([-+=]|\d+[.)])")
EMPHASIS = {"em": "*", "i": "*", "strong": "**", "b": "**"}


def escape_markdown(text: str) -> str:
    r"""Backslash-escape what CommonMark would read as markup; newlines become spaces.

    >>> escape_markdown("<script>alert(1)</script> *x* 1. [a](b)")
    '\\<script\\>alert(1)\\</script\\> \\*x\\* 1. \\[a\\](b)'
    """
    return _SPECIAL.sub(r"\\\1", text.replace("\n", " "))


def render_markdown(article: LocalizedArticle) -> str:
    """The article as one Markdown document, paragraphs separated by blank lines."""
    paragraphs: list[str] = []
    headline = headline_block(article)
    paragraphs.append("# " + (_inline(headline.segments) if headline else escape_markdown(article.headline)))
    if article.section:
        paragraphs.append(_paragraph(escape_markdown(article.section)))
    bylines = byline_blocks(article)
    for block in bylines:
        paragraphs.append(_paragraph(_labelled("byline", article, _inline(block.segments))))
    if not bylines and article.author:
        paragraphs.append(_paragraph(_labelled("byline", article, escape_markdown(article.author))))
    if article.published_text:
        paragraphs.append(_paragraph(escape_markdown(article.published_text)))
    paragraphs.extend(_group(group, article) for group in body_groups(article))
    footer = [_labelled(key, article, escape_markdown(name)) for key, name in _footer_items(article)]
    if footer:
        paragraphs.append(_paragraph("  \n".join(footer)))
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph) + "\n"


def _group(group: BlockGroup, article: LocalizedArticle) -> str:
    if group.kind == "figure":
        lines = [f"*{text}*" for text in (_inline(b.segments) for b in group.with_role("caption")) if text]
        lines += [_labelled("photo", article, _inline(b.segments)) for b in group.with_role("credit")]
        return _paragraph("  \n".join(lines))
    if group.kind == "list":
        return "\n".join("- " + _inline(block.segments) for block in group.blocks)
    return _block(group.blocks[0])


def _block(block: LocalizedBlock) -> str:
    text = _inline(block.segments)
    if block.role == "heading":
        return "## " + text
    if block.role == "quote":
        return "> " + text
    if block.role in ("summary", "lead"):
        return f"**{text}**" if text else ""
    return _paragraph(text)


def _paragraph(text: str) -> str:
    """Escape a leading list/heading marker so a paragraph stays a paragraph."""
    return _LINE_START_MARKER.sub(lambda m: m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], text)


def _labelled(key: LabelKey, article: LocalizedArticle, name_markdown: str) -> str:
    before, after = label_parts(key, article.locale)
    return escape_markdown(before) + name_markdown + escape_markdown(after)


def _footer_items(article: LocalizedArticle) -> list[tuple[LabelKey, str]]:
    items: list[tuple[LabelKey, str]] = [("source", article.source), ("editor", article.editor)]
    return [(key, name) for key, name in items if name]


def _inline(segments: Iterable[LocalizedSegment]) -> str:
    """Sentences → Markdown inline text: links and emphasis kept, other tags reduced to text."""
    out: list[str] = []
    for segment in segments:
        out.append(segment.separator)
        links: list[str] = []
        for piece in balanced_pieces(segment.pieces):
            if isinstance(piece, str):
                out.append(escape_markdown(piece))
            elif piece.name == "a":
                if piece.closing:
                    out.append(f"]({links.pop()})" if links else "")
                else:
                    href = dict(safe_attributes(piece)).get("href", "")
                    links.append("<" + href.replace("<", "%3C").replace(">", "%3E") + ">")
                    out.append("[")
            else:
                out.append(EMPHASIS.get(piece.name, ""))
    return "".join(out).strip()
