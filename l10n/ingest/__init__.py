"""Ingest: read an article file (plain text, HTML, Markdown or Word) into a `Document`.

The first stage of the pipeline. One module per source format (`text`, `html` with `page` and
`metadata` for whole saved web pages, `markdown`, `docx`). The text formats share `decode`
(bytes → text, per the HTML standard's encoding sniffing order); `docx` reads the ZIP's bytes
itself. Shared helpers: `fields` (footers, times, locale tags), `byline` (bylines reduced to
names), `inline` (inline markup offsets); `tables` tells HTML data tables from layout.
Ingest does not segment: every `Block.segments` is left empty for `l10n.segment`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Literal

from l10n.errors import IngestError
from l10n.ingest.decode import SourceFormat, decode_article
from l10n.limits import MAX_ARTICLE_BYTES, describe
from l10n.model import Document

SUFFIX_FORMATS: dict[str, SourceFormat | Literal["docx"]] = {
    ".txt": "txt",
    ".html": "html",
    ".htm": "html",
    ".md": "md",
    ".markdown": "md",
    ".docx": "docx",
}


def ingest_file(path: Path) -> Document:
    """Read, decode and parse the article at `path`, choosing the parser by file suffix."""
    path = Path(path)
    source_format = SUFFIX_FORMATS.get(path.suffix.lower())
    if source_format is None:
        known = ", ".join(SUFFIX_FORMATS)
        raise IngestError(f"unknown article format {path.suffix or '(no suffix)'!r}; use one of {known}", path=path)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_ARTICLE_BYTES + 1)  # bounded even for a device or a pipe
    except OSError as error:
        raise IngestError(f"cannot read article: {error.strerror or error}", path=path) from None
    if len(data) > MAX_ARTICLE_BYTES:
        raise IngestError(f"article is larger than the {describe(MAX_ARTICLE_BYTES)} limit (l10n.limits)", path=path)
    if source_format == "docx":
        from l10n.ingest.docx import ingest_docx

        return ingest_docx(data, source_path=str(path))
    text = decode_article(data, path=str(path), source_format=source_format)
    return parser_for(source_format)(text, source_path=str(path))


def parser_for(source_format: SourceFormat) -> Callable[..., Document]:
    """The `ingest_<format>(text, *, source_path)` function for a format (imported on demand)."""
    if source_format == "html":
        from l10n.ingest.html import ingest_html

        return ingest_html
    if source_format == "md":
        from l10n.ingest.markdown import ingest_markdown

        return ingest_markdown
    from l10n.ingest.text import ingest_text

    return ingest_text


__all__ = ["SUFFIX_FORMATS", "ingest_file", "parser_for"]
