"""Word articles (Office Open XML, ECMA-376 WordprocessingML) read with python-docx.

Newsroom copy often arrives as a `.docx`. Roles come from the paragraph styles Word's own
templates use: "Title" (or a first "Heading 1") is the headline, "Subtitle" the summary,
"Heading 1–9" headings, "Quote"/"Intense Quote" quotes, "List …" list items, "Caption" the
caption of the picture before it; a "By …" paragraph right after the headline is the byline
(reduced to names, `byline.py`). Inline bold, italic and hyperlinks become `strong`, `em` and
`a` markup, as Markdown's do; a picture opens a figure whose alt text (`wp:docPr/@descr`) is a
unit like an HTML `<img alt>`. The picture itself is not extracted: the edition shows the
figure's caption, credit and alt text without the image. Tables become cell blocks.

A `.docx` is a ZIP archive, hostile like any input: its declared uncompressed size is bounded
before python-docx opens it (a ZIP bomb is refused), and python-docx parses the XML parts with
entity resolution off.
"""

from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING, Any

from l10n.errors import IngestError
from l10n.ingest.byline import is_by_line, reduce_byline
from l10n.ingest.fields import normalise_space, regional_locale, source_language, split_caption_credit
from l10n.ingest.inline import InlineTextBuilder
from l10n.model import Block, BlockRole, Document, TableCell

if TYPE_CHECKING:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

MAX_UNCOMPRESSED_BYTES = 64 * 1024 * 1024  # a long article with photos is a few MB
MAX_PARTS = 2_000
LINK_SCHEMES = ("http://", "https://", "mailto:")
_DRAWING_PROPERTIES = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
_DRAWING = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}drawing"


def ingest_docx(data: bytes, *, source_path: str = "<bytes>") -> Document:
    """Parse a Word document's bytes into a `Document`; the "line" of a block is its paragraph
    number (1-based), what a reviewer can find in Word's navigation."""
    word = _open(data, source_path=source_path)
    document = Document(blocks=[], source_path=source_path, source_format="docx")
    reader = _Reader(document)
    for number, item in enumerate(word.iter_inner_content(), start=1):
        if hasattr(item, "rows"):
            reader.table(item, line=number)
        else:
            reader.paragraph(item, line=number)
    properties = word.core_properties
    if not document.headline and normalise_space(properties.title or ""):
        document.headline = normalise_space(properties.title)
        document.blocks.insert(0, Block(role="headline", text=document.headline, line=0))
    language = properties.language or ""
    document.source_locale = source_language(language) or document.source_locale
    document.source_variant = regional_locale(language)
    if not any(block.role not in ("headline", "byline") for block in document.blocks):
        raise IngestError("Word document has no text besides its headline", path=source_path, line=1)
    return document


def _open(data: bytes, *, source_path: str) -> Any:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_PARTS or sum(entry.file_size for entry in entries) > MAX_UNCOMPRESSED_BYTES:
                raise IngestError("Word document unpacks to more than 64 MB or 2,000 parts; refused", path=source_path)
        return docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as error:
        raise IngestError(f"not a readable .docx file: {error}", path=source_path, line=1) from None
    except Exception as error:  # lxml's XMLSyntaxError and python-docx internals; keep the CLI message one line
        if isinstance(error, IngestError):
            raise
        raise IngestError(f"Word document cannot be parsed: {error}", path=source_path, line=1) from None


class _Reader:
    """Paragraphs in order → blocks; remembers the open figure and the table count."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.figures = 0
        self.tables = 0
        self.open_figure: int | None = None

    def paragraph(self, paragraph: Paragraph, *, line: int) -> None:
        style = (paragraph.style.name if paragraph.style is not None else "").lower()
        text, markup, images = _inline(paragraph)
        waiting, self.open_figure = self.open_figure, None
        for alt in images:
            self._figure(alt, line=line)
        if not text:
            return
        role = self._role(style, text)
        if role == "caption" and waiting is None and images:
            waiting = self.figures
        if role == "caption":
            caption, credit = split_caption_credit(text)
            figure = waiting if waiting is not None else self._new_figure()
            self._append("caption", caption, markup if caption == text else [], line=line, figure=figure)
            if credit:
                self._append("credit", credit, [], line=line, figure=figure)
            return
        if role == "byline":
            names = reduce_byline(text).names
            if names:
                self.document.author = ", ".join(names)
                self._append("byline", self.document.author, [], line=line)
                return
            role = "paragraph"
        if role == "headline":
            self.document.headline = text
        self._append(role, text, markup, line=line)

    def _role(self, style: str, text: str) -> BlockRole:
        has_headline = bool(self.document.blocks_with_role("headline"))
        if style == "title" or (style == "heading 1" and not has_headline and not self._has_body()):
            return "heading" if has_headline else "headline"
        if style.startswith("heading"):
            return "heading"
        if style == "subtitle":
            return "summary"
        if style in ("quote", "intense quote"):
            return "quote"
        if style.startswith("list"):
            return "list_item"
        if style == "caption":
            return "caption"
        if has_headline and not self._has_body() and is_by_line(text):
            return "byline"
        return "paragraph"

    def _figure(self, alt: str, *, line: int) -> None:
        number = self._new_figure()
        self.document.extra[f"figure.{number}.src"] = ""
        self.document.extra[f"figure.{number}.alt"] = alt
        if alt:
            self._append("alt", alt, [], line=line, figure=number)
        self.open_figure = number

    def _new_figure(self) -> int:
        self.figures += 1
        return self.figures

    def table(self, table: Table, *, line: int) -> None:
        self.tables += 1
        for row_number, row in enumerate(table.rows):
            for column, cell in enumerate(row.cells):
                text = normalise_space(cell.text)
                if text:
                    place = TableCell(table=self.tables, row=row_number, column=column, header=row_number == 0)
                    self.document.blocks.append(Block(role="cell", text=text, line=line, cell=place))

    def _has_body(self) -> bool:
        return any(block.role not in ("headline", "byline") for block in self.document.blocks)

    def _append(self, role: BlockRole, text: str, markup: list, *, line: int, figure: int | None = None) -> None:
        self.document.blocks.append(Block(role=role, text=text, line=line, markup=markup, figure=figure))


def _inline(paragraph: Paragraph) -> tuple[str, list, list[str]]:
    """The paragraph's text with bold/italic/link markup, and the alt texts of its pictures.

    Word splits text into runs wherever anything changes (spell-check marks, revisions), so
    consecutive runs with the same formatting and link are joined into one element."""
    from docx.text.hyperlink import Hyperlink

    pieces: list[tuple[tuple[str, ...], str]] = []  # (tags, text) per run
    images: list[str] = []
    for item in paragraph.iter_inner_content():
        if isinstance(item, Hyperlink):
            href = (item.url or "").strip()
            link = ("a " + href,) if href.lower().startswith(LINK_SCHEMES) else ()
            pieces += [(link + _formatting(run, images), run.text) for run in item.runs]
        else:
            pieces.append((_formatting(item, images), item.text))
    builder = InlineTextBuilder()
    index = 0
    while index < len(pieces):
        tags, text = pieces[index]
        while index + 1 < len(pieces) and pieces[index + 1][0] == tags:
            index += 1
            text += pieces[index][1]
        for tag in tags:
            name, _, href = tag.partition(" ")
            builder.open(name, (("href", href),) if href else ())
        builder.add_text(text)
        for _ in tags:
            builder.close()
        index += 1
    text, markup = builder.finish()
    return text, markup, images


def _formatting(run: Any, images: list[str]) -> tuple[str, ...]:
    """The run's inline tags (strong, em); collects the alt text of any picture in it."""
    for drawing in run._element.iter(_DRAWING):
        properties = next(drawing.iter(_DRAWING_PROPERTIES), None)
        images.append(normalise_space((properties.get("descr") or "") if properties is not None else ""))
    return tuple(tag for tag, on in (("strong", run.bold), ("em", run.italic)) if on)
