"""The localised article as plain UTF-8 text: the shape of the seed articles, markup removed.

Useful for diffing editions, feeding a TTS or a wire service; nothing is escaped because
nothing is interpreted — but control characters from a msgstr are dropped (`xml_text.xml_safe`):
a terminal would run an ESC sequence when the edition is printed. Right-to-left editions carry
UAX #9 isolate characters around the spans the HTML writer isolates (`bidi.py`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from l10n.assemble.article import LocalizedArticle, LocalizedBlock, all_clean, kept_body, shared_rendering
from l10n.assemble.bidi import isolated_segments, source_line
from l10n.assemble.labels import label
from l10n.assemble.layout import (
    BlockGroup,
    article_groups,
    byline_blocks,
    headline_block,
    paragraphs_text,
    shared_body,
)
from l10n.assemble.tables import grid, plain_text_table
from l10n.assemble.xml_text import xml_safe
from l10n.placeables.render import in_native_digits


def render_plain_text(article: LocalizedArticle, *, groups: Sequence[BlockGroup] | None = None) -> str:
    """Header lines, then one paragraph per block (blank line between), then the footer;
    `groups`: the article's `body_groups`, when the caller made them for every format."""
    headline = headline_block(article)
    header = [
        source_line(article.section, article.locale),
        _headline(headline, article) if headline else article.headline,
    ]
    bylines = [_text(block, article) for block in byline_blocks(article)] or (
        [article.author] if article.author else []
    )
    header += [label("byline", article.locale, name) for name in bylines]
    header.append(article.published_text)
    paragraphs = [xml_safe("\n".join(line for line in header if line))]
    groups = article_groups(article) if groups is None else groups
    shared = shared_body(groups)
    if shared is None:
        paragraphs += [_group(group, article) for group in groups]
    else:  # the body every such edition of the article shows, made once (`kept_body`): the same paragraphs
        paragraphs.append(
            kept_body(
                shared,
                "txt body",
                article.locale,
                lambda: paragraphs_text([_group(group, article) for group in groups]),
            )
        )
    fields: tuple[tuple[Literal["source", "editor"], str], ...] = (
        ("source", article.source),
        ("editor", article.editor),
    )
    footer = [label(key, article.locale, name) for key, name in fields if name]
    paragraphs.append(xml_safe("\n".join(footer)))
    # `xml_safe` of the whole page, taken per piece: it drops single characters, none of them a
    # newline, so the pieces come out the same. The header and footer are cleaned here; a body
    # paragraph is made of sentences `_text` cleaned (not searched when clean, most), labels,
    # list markers and table rules (none holds what it drops) and code `_group` cleans.
    return paragraphs_text(paragraphs) + "\n"


def _headline(headline: LocalizedBlock, article: LocalizedArticle) -> str:
    """The headline's line, written once for the editions that share it (`shared_rendering`)."""
    return shared_rendering(headline, "txt h1", article.locale, lambda: _text(headline, article)) or ""


def _group(group: BlockGroup, article: LocalizedArticle) -> str:
    if group.kind == "figure":
        lines = [_text(block, article) for block in group.with_role("caption")]
        lines += [label("photo", article.locale, _text(block, article)) for block in group.with_role("credit")]
        return "\n".join(line for line in lines if line)
    if group.kind == "list":
        return "\n".join(_item(number, blocks, article) for number, blocks in group.items())
    if group.kind == "table":
        return plain_text_table(grid(group), lambda cell: _text(cell, article))
    if group.blocks[0].role == "code":
        return xml_safe(group.blocks[0].text)  # as written: code is not prose to isolate or translate
    block = group.blocks[0]
    return shared_rendering(block, "txt", article.locale, lambda: _text(block, article, block=True)) or ""


def _item(number: int | None, blocks: list[LocalizedBlock], article: LocalizedArticle) -> str:
    """ "• item", or "3. item" in the locale's digits, as every number of the edition is written
    (`in_native_digits`); an item's further paragraphs follow it indented."""
    marker = "• " if number is None else in_native_digits(f"{number}. ", article.locale)
    return "\n".join(
        (marker if index == 0 else " " * len(marker)) + _text(block, article) for index, block in enumerate(blocks)
    )


def _text(item: LocalizedBlock, article: LocalizedArticle, *, block: bool = False) -> str:
    """The block's sentences as shown, with the bidi isolates `bidi.py` decides, without what
    `xml_safe` drops (searched only when a sentence is not clean: `LocalizedSegment.xml_clean`)."""
    shown = isolated_segments(item.segments, article.locale, block=block)
    text = "".join([segment.separator + segment.text for segment in shown])
    return text if all_clean(shown) else xml_safe(text)
