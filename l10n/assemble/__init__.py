"""Assemble: source `Document` + a locale's translations → a localised article, then a file.

`assemble_article` builds the `LocalizedArticle` model (article.py); `render_html`,
`render_markdown` and `render_plain_text` serialise it; `write_article` writes one format
atomically (`l10n.fsio`), returning False when the file was already up to date.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:  # imported when first asked for (`__getattr__`)
    from l10n.assemble.article import (
        LocalizedArticle,
        LocalizedBlock,
        LocalizedSegment,
        assemble_article,
        localize_segment,
        segment_status,
    )
    from l10n.assemble.html import render_html
    from l10n.assemble.markdown import render_markdown
    from l10n.assemble.text import render_plain_text

ArticleFormat = Literal["html", "md", "txt"]

_LAZY = {
    "LocalizedArticle": "article",
    "LocalizedBlock": "article",
    "LocalizedSegment": "article",
    "assemble_article": "article",
    "localize_segment": "article",
    "segment_status": "article",
    "render_html": "html",
    "render_markdown": "markdown",
    "render_plain_text": "text",
}


def __getattr__(name: str) -> Any:
    """The package's names, each module imported when one of its names is first asked for: a
    command that takes one piece (`publish`'s gate, labels, the kept facts of an edition) does
    not import the three writers and what they bring (PEP 562)."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


_WRITERS: dict[str, Callable[..., str]] = {}  # by format, each imported on first use


def _writer(fmt: str) -> Callable[..., str]:
    """The writer of `fmt`, imported on first use."""
    found = _WRITERS.get(fmt)
    if found is not None:
        return found
    writer: Callable[..., str]
    if fmt == "html":
        from l10n.assemble.html import render_html as writer
    elif fmt == "md":
        from l10n.assemble.markdown import render_markdown as writer
    elif fmt == "txt":
        from l10n.assemble.text import render_plain_text as writer
    else:
        raise ValueError(f"unknown article format {fmt!r}: use html, md or txt")
    _WRITERS[fmt] = writer
    return writer


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
    for all of them, not once per format (and once per document: `layout.article_groups`)."""
    from l10n.assemble.layout import article_groups  # (with the article model, which it takes)

    writers = [_writer(fmt) for fmt in formats]
    groups = article_groups(article)
    return [writer(article, groups=groups) for writer in writers]


def write_article(article: LocalizedArticle, path: Path, fmt: ArticleFormat) -> bool:
    """Write the article atomically; False when `path` already held exactly this content."""
    from l10n.fsio import atomic_write_text

    return atomic_write_text(Path(path), render_article(article, fmt))
