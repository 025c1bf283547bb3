"""Assemble: source `Document` + a locale's translations → a localised article, then a file.

`assemble_article` builds the `LocalizedArticle` model (article.py); `render_html`,
`render_markdown` and `render_plain_text` serialise it; `write_article` writes one format
atomically (`l10n.fsio`), returning False when the file was already up to date.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from l10n.assemble.article import (
    LocalizedArticle,
    LocalizedBlock,
    LocalizedSegment,
    assemble_article,
    localize_segment,
    segment_status,
)
from l10n.assemble.html import render_html
from l10n.assemble.layout import body_groups
from l10n.assemble.markdown import render_markdown
from l10n.assemble.text import render_plain_text
from l10n.fsio import atomic_write_text

ArticleFormat = Literal["html", "md", "txt"]

WRITERS = {"html": render_html, "md": render_markdown, "txt": render_plain_text}

__all__ = [
    "ArticleFormat",
    "LocalizedArticle",
    "LocalizedBlock",
    "LocalizedSegment",
    "assemble_article",
    "localize_segment",
    "render_article",
    "render_formats",
    "render_html",
    "render_markdown",
    "render_plain_text",
    "segment_status",
    "write_article",
]


def render_article(article: LocalizedArticle, fmt: ArticleFormat) -> str:
    """The article in `fmt` ("html", "md" or "txt")."""
    return render_formats(article, [fmt])[0]


def render_formats(article: LocalizedArticle, formats: Sequence[ArticleFormat]) -> list[str]:
    """The article in each of `formats`, in order: its blocks grouped once (`layout.body_groups`)
    for all of them, not once per format."""
    for fmt in formats:
        if fmt not in WRITERS:
            raise ValueError(f"unknown article format {fmt!r}: use html, md or txt")
    groups = tuple(body_groups(article))
    return [WRITERS[fmt](article, groups=groups) for fmt in formats]


def write_article(article: LocalizedArticle, path: Path, fmt: ArticleFormat) -> bool:
    """Write the article atomically; False when `path` already held exactly this content."""
    return atomic_write_text(Path(path), render_article(article, fmt))
