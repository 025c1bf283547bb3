"""Word articles (Office Open XML, ECMA-376 WordprocessingML): python-docx opens the package.

Newsroom copy often arrives as a `.docx`. Roles come from the paragraph styles Word's own
templates use: "Title" (or a first "Heading 1") is the headline, "Subtitle" the summary,
"Heading 1–9" headings, "Quote"/"Intense Quote" quotes, "List …" list items, "Caption" the
caption of the picture before it; a "By …" paragraph right after the headline is the byline
(reduced to names, `byline.py`), and so is a labelled Chinese or Japanese one ("文 / 李梓峰",
`byline_cjk.py`) wherever it stands before any other. Inline bold, italic and hyperlinks become `strong`, `em` and
`a` markup, as Markdown's do; a picture opens a figure whose alt text (`wp:docPr/@descr`) is a
unit like an HTML `<img alt>`. The picture itself is not extracted: the edition shows the
figure's caption and credit without the image (and so, for now, without its alt text). Tables
become cell blocks on Word's grid (`w:gridBefore`, `w:gridSpan`), one per paragraph of a cell;
a table nested in a cell becomes its own table after the one that holds it.

The body is read from its XML (`docx_runs.py` says why and how): content controls and custom
XML around paragraphs (`w:sdt`, `w:customXml`) are read through, tracked changes as accepted,
text boxes after the paragraph that anchors them. Footnotes and endnotes are the reader's: a
reference shows its mark in `sup`, the notes follow the story as "note" blocks (`docx_notes.py`).
Not read, because they are not the article: headers and footers (page furniture) and comments
(notes to the editor, not to readers). An imported foreign part (`w:altChunk`: HTML or RTF pasted
as is) cannot be read and is refused with its paragraph number, never skipped.

A `.docx` is a ZIP archive, hostile like any input: its declared uncompressed size is bounded
before python-docx opens it (a ZIP bomb is refused), and python-docx parses the XML parts with
entity resolution off.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
import zipfile
from typing import Any

from l10n.errors import IngestError
from l10n.ingest.byline import reduce_byline
from l10n.ingest.byline_cjk import is_cjk_byline
from l10n.ingest.byline_shape import is_byline_paragraph
from l10n.ingest.docx_language import runs_language
from l10n.ingest.docx_notes import WordNotes
from l10n.ingest.docx_runs import Inline, RunReader, W, block_items, children, decimal_value, on
from l10n.ingest.fields import match_key, normalise_space, regional_locale, source_language, split_caption_credit
from l10n.ingest.lists import WordNumbering
from l10n.ingest.scripts import settled_language
from l10n.ingest.text import MAX_HEADLINE_WORDS, story_top_day, typed_day
from l10n.model import Block, BlockRole, Document, InlineMarkup, TableCell
from l10n.numbering import MAX_HEADING_RANK

MAX_UNCOMPRESSED_BYTES = 64 * 1024 * 1024  # a long article with photos is a few MB
MAX_PARTS = 2_000
MAX_WORD_COLUMNS = 63  # the most columns Word lets a table have
FIRST_ROW_LOOK = 0x0020  # `w:tblLook/@w:val`'s bit for the header row (ECMA-376 Part 1 §17.4.56)
MAX_CJK_BYLINE_CHARS = 30  # a labelled Chinese or Japanese byline paragraph: label, name, desk; a longer one is prose
# ISO/IEC 29500 Strict's name for the main part's relationship (Word's "Strict Open XML Document"):
# python-docx reads only the Transitional names, so such a file has no main part to it
STRICT_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"


def ingest_docx(data: bytes, *, source_path: str = "<bytes>") -> Document:
    """Parse a Word document's bytes into a `Document`; the "line" of a block is its paragraph
    number (1-based, tables count as one), what a reviewer can find in Word's navigation."""
    word = _open(data, source_path=source_path)
    document = Document(blocks=[], source_path=source_path, source_format="docx")
    try:
        properties = word.core_properties
        title = normalise_space(properties.title or "")
        runs = runs_language(word.element.body, word.styles.element)  # what Word records per run
        language = properties.language or runs
        notes = WordNotes(word, source_path)
        reader = _Reader(document, word, notes, language=language)
        for number, element in enumerate(block_items(word.element.body), start=1):
            reader.block(element, line=number)
    except IngestError:
        raise
    except Exception as error:  # a package python-docx cannot model (two core-properties parts, …)
        raise IngestError(
            f"Word document cannot be read: {error or type(error).__name__}", path=source_path, line=1
        ) from None
    if reader.runs.unended_field_line():
        message = "a field (w:fldChar) begins here but never ends; the text after it is unreadable"
        raise IngestError(message, path=source_path, line=reader.runs.unended_field_line())
    if not document.headline:
        _headline_without_style(document, reader, title)
    if runs and language != runs:  # `dc:language` "en-US" over Chinese text whose runs Word marks zh-CN
        read = settled_language(document, [source_language(language), source_language(runs)])  # with a warning
        language = runs if read != source_language(language) else language  # else `extract` refuses it
    _dateline(document, language)
    document.blocks += notes.blocks()
    document.source_locale = source_language(language) or document.source_locale
    document.language_stated = bool(source_language(language))
    document.source_variant = regional_locale(language)
    if not any(block.role not in ("headline", "byline") for block in document.blocks):
        besides = " besides its headline" if document.blocks else ""  # pictures alone: no text at all
        raise IngestError(f"Word document has no text{besides}", path=source_path, line=1)
    return document


def _headline_without_style(document: Document, reader: _Reader, title: str) -> None:
    """No paragraph is styled as the headline. The first paragraph is, when more text follows it
    and it is styled as a heading of any rank (the first heading-like paragraph: the WGIG
    report's cover line "BACKGROUND REPORT" is Heading 6), says what the core properties' title
    says, or is typed as a headline (`typed_headline`); else one of the next paragraphs that says the title is, moved first
    (`TITLE_SAID_WITHIN`). A title no paragraph near the top says is no headline: Word's core
    title is the template's or another document's as often as the article's ("Normal.dot",
    "Word Document", a fact sheet titled as the levee leaflet it was copied from — seven of the
    nine such titles in the Word corpora), and a wrong headline over every edition is worse than
    none. A note's mark on it (`sup`, a correction's asterisk) stays a mark; the title is
    compared without it."""
    first = next((block for block in document.blocks if block.role not in ("alt",)), None)
    body_after = first is not None and any(block is not first for block in document.blocks if block.role != "byline")
    if first is not None and body_after and first.role in ("paragraph", "heading") and first.cell is None:
        marks = [m for m in first.markup if m.tag == "sup"]
        said = bool(title) and match_key(_without(first.text, marks)) == match_key(title)
        if said or first.role == "heading" or reader.typed_headline(first):
            first.role, first.markup = "headline", marks
            document.headline = _without(first.text, marks)
            return
    texts = [block for block in document.blocks if block.role != "alt"][:TITLE_SAID_WITHIN]
    for block in texts if title else []:
        marks = [m for m in block.markup if m.tag == "sup"]
        if (
            block.role in ("paragraph", "heading")
            and block.cell is None
            and match_key(_without(block.text, marks)) == match_key(title)
        ):
            block.role, block.markup = "headline", marks
            document.headline = _without(block.text, marks)
            document.blocks.remove(block)
            document.blocks.insert(0, block)
            return


def _dateline(document: Document, language: str) -> None:
    """A Word file states no publication day in its properties (`dcterms:created` is when the
    file was made, often from a template years before); its writer types it. The first line
    above the story that is only a day (`datelines.read_timestamp`: "July 28, 2014", "Published:
    3 May 2024"; not one labelled as an update) is the publication day, which each edition
    prints as its dateline in the reader's format. The line itself stays (a page's is dropped as
    furniture, but a Word line is the writer's, and may hold a time the day does not). Above the
    story: before the first paragraph of a sentence's length (`STORY_TOP_KEY`), or opening it
    in lenticular brackets (`_bracket_dateline_day`)."""
    document.published = story_top_day(
        document.blocks, lambda text: typed_day(text, language) or _bracket_dateline_day(text, language)
    )


def _bracket_dateline_day(text: str, language: str) -> dt.datetime | None:
    """The day of a Chinese press release's dateline, set in lenticular brackets before its lead
    ("【2007年4月20日，东莞】今天，…", realfiles29's golf-club release): the bracket's parts
    between commas and spaces, the first that is a day (`datelines.read_timestamp`). A bracket
    that holds no day ("【编者按】", an editor's note) dates nothing."""
    opening = _BRACKET_HEAD.match(text)
    parts = _BRACKET_PARTS.split(opening["head"]) if opening else []
    return next((day for part in parts if (day := typed_day(part, language))), None)


_BRACKET_HEAD = re.compile(r"^\s*【(?P<head>[^【】]{1,40})】")
_BRACKET_PARTS = re.compile(r"[，,、\s]+")
TITLE_SAID_WITHIN = 3  # paragraphs from the top ("Last update: …" may stand above the title)


def _is_strict(data: bytes) -> bool:
    """Whether the package's main part is related by ISO/IEC 29500 Strict's name (`STRICT_DOCUMENT`)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return STRICT_DOCUMENT.encode() in archive.read("_rels/.rels")
    except (zipfile.BadZipFile, KeyError):
        return False


def _open(data: bytes, *, source_path: str) -> Any:
    from docx.opc.exceptions import PackageNotFoundError

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_PARTS or sum(entry.file_size for entry in entries) > MAX_UNCOMPRESSED_BYTES:
                raise IngestError("Word document unpacks to more than 64 MB or 2,000 parts; refused", path=source_path)
            _unpacks_as_declared(archive, entries, source_path=source_path)
        return _word_document(io.BytesIO(_external_hyperlinks(data)))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as error:
        kind = re.search(r"content type is '([^']+)'", str(error))  # python-docx names its stream's repr
        reason = f"its main part is {kind.group(1)}, not a Word document" if kind else str(error)
        if _is_strict(data):
            reason = "it is saved as Strict Open XML, which is not read; save it as a Word Document (.docx)"
        raise IngestError(f"not a readable .docx file: {reason}", path=source_path, line=1) from None
    except Exception as error:  # lxml's XMLSyntaxError and python-docx internals; keep the CLI message one line
        if isinstance(error, IngestError):
            raise
        raise IngestError(f"Word document cannot be parsed: {error}", path=source_path, line=1) from None


_UNPACK_STEP = 1 << 20


def _unpacks_as_declared(archive: zipfile.ZipFile, entries: list[zipfile.ZipInfo], *, source_path: str) -> None:
    """Each part unpacked a megabyte at a time to the end of its stream, refused where it holds
    more than its header declares: zipfile trusts the header, stopping there (a CRC made for the
    bytes it stops at passes), but unpacks a part's compressed bytes in one go when it reads it
    whole, as python-docx does: a 1 MB file whose document part said 1 KB but held 1 GB took 2.1 GB
    of memory (session 50, redteam50; deflate unpacks to ~1,000 times its size, and an article
    file may be 64 MiB). The declared sizes are the ones `_open` bounds; this makes them true."""
    for entry in entries:
        probe = copy.copy(entry)
        probe.file_size = MAX_UNCOMPRESSED_BYTES + 1  # read on to the end of the part's own stream
        unpacked = 0
        with archive.open(probe) as part:
            while chunk := part.read(_UNPACK_STEP):
                unpacked += len(chunk)
                if unpacked > entry.file_size:
                    raise IngestError(
                        f"not a readable .docx file: its part {entry.filename!r} unpacks to more than"
                        f" the {entry.file_size:,} bytes its header declares; refused",
                        path=source_path,
                        line=1,
                    )


HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
_RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


def _external_hyperlinks(data: bytes) -> bytes:
    """The package with every hyperlink relationship marked `TargetMode="External"`. A hyperlink
    never targets a part of the package (ECMA-376 Part 1 §17.16.22: its target is an address),
    but Word writes some without the mode — a link to a bookmark of the document itself,
    `Target="#_Toc…"`, in files Word 2003 converted — and reads them fine; python-docx takes
    such a relationship for a part of the package and fails on the missing part, refusing the
    whole article. Marked external, the link is what `docx_runs` makes of any address: "#…" is
    no web address, so its words stay and no link is kept. Other packages are returned as they
    came; the parts are parsed without entities or network, as python-docx parses them."""
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        entries = [entry for entry in archive.infolist() if entry.filename.endswith(".rels")]
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        mended: dict[str, bytes] = {}
        for entry in entries:
            content = archive.read(entry)
            if HYPERLINK.encode() not in content:
                continue
            try:
                root = etree.fromstring(content, parser)
            except etree.XMLSyntaxError:
                continue  # python-docx names the broken part
            internal = [
                element
                for element in root.iter(_RELATIONSHIP)
                if element.get("Type") == HYPERLINK and element.get("TargetMode") != "External"
            ]
            for element in internal:
                element.set("TargetMode", "External")
            if internal:
                mended[entry.filename] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        if not mended:
            return data
        copy = io.BytesIO()
        with zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as rewritten:
            for entry in archive.infolist():
                rewritten.writestr(entry, mended.get(entry.filename) or archive.read(entry))
    return copy.getvalue()


# Main parts in WordprocessingML (ECMA-376 Part 1 §11.3.10): a document, and a template (.dotx)
# saved under a .docx name, whose body is the same markup. Macro-enabled parts are not read:
# their content types say the package carries code.
WORD_MAIN_PARTS = (
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
)


def _word_document(stream: io.BytesIO) -> Any:
    """python-docx's `Document` of the package, for a template's main part too (`docx.Document`
    refuses it: python-docx maps only the document content type to its `DocumentPart`)."""
    from docx.opc.package import OpcPackage
    from docx.opc.part import PartFactory
    from docx.parts.document import DocumentPart

    for content_type in WORD_MAIN_PARTS:
        PartFactory.part_type_for.setdefault(content_type, DocumentPart)
    part = OpcPackage.open(stream).main_document_part
    if part.content_type not in WORD_MAIN_PARTS:
        raise ValueError(f"content type is '{part.content_type}'")
    return part.document


class _Reader:
    """Blocks in order → Document blocks; remembers the open figure and the table count. `language`:
    the core properties' (`dc:language`), which tells the credit labels of captions
    (`fields.split_caption_credit`: "Foto:" in a German file; English's alone without one)."""

    def __init__(self, document: Document, word: Any, notes: WordNotes, *, language: str = "") -> None:
        self.document = document
        self.language = language
        self.source_path = document.source_path
        self.runs = RunReader(word.part.rels, note_reference=notes.reference)
        self.numbering = WordNumbering.of(_numbering_part(word), word.styles.element, W)
        self.styles, self.default_style = _paragraph_styles(word.styles.element)
        self.figures = 0
        self.tables = 0
        self.open_figure: int | None = None
        self.first_paragraphs: list[tuple[Block, Any]] = []  # for a headline typed without its style

    def block(self, element: Any, *, line: int) -> None:
        if element.tag == W + "tbl":
            self.table(element, line=line)
        elif element.tag == W + "altChunk":
            message = "an imported part (w:altChunk: HTML or RTF pasted as is) cannot be read; paste it as text"
            raise IngestError(message, path=self.source_path, line=line)
        else:
            self.paragraph(element, line=line)

    def paragraph(self, element: Any, *, line: int) -> None:
        inline = self.runs.paragraph(element, line=line)
        text, markup = inline.build()
        waiting, self.open_figure = self.open_figure, None
        for alt in inline.images:
            self._figure(alt, line=line)
        numbered, number = self.numbering.paragraph(element.find(W + "pPr"), W)  # an empty item counts too
        if text:
            words = _without(text, [m for m in markup if m.tag == "sup"])  # "By Ann Lee¹" names Ann Lee
            style = self._style(element)
            role = self._role(style, words, numbered=numbered)
            count = len(self.document.blocks)
            self._text(role, text, markup, images=bool(inline.images), waiting=waiting, line=line)
            if role == "heading" and len(self.document.blocks) > count:
                self.document.blocks[-1].level = _style_level(style)
            if role == "list_item":
                self.document.blocks[-1].number = number
            if len(self.first_paragraphs) < 2:
                self.first_paragraphs.append((self.document.blocks[-1], element))
        self._text_boxes(inline, line=line)

    def typed_headline(self, block: Block) -> bool:
        """A headline typed in a plain paragraph, the way wire copy's first line is one: the
        first paragraph, at most 20 words, not ending like a sentence or a lead-in (. , ; :),
        and set apart from the paragraph after it by direct formatting: all bold where that one
        is not, or a larger font size (`w:b`, `w:sz` in each run's `w:rPr`)."""
        if len(self.first_paragraphs) < 2 or self.first_paragraphs[0][0] is not block:
            return False
        if len(block.text.split(maxsplit=MAX_HEADLINE_WORDS)) > MAX_HEADLINE_WORDS or block.text.endswith(
            (".", ",", ";", ":")
        ):
            return False
        (bold, size), (next_bold, next_size) = (_emphasis(element) for _, element in self.first_paragraphs)
        return (bold and not next_bold) or (next_size > 0 and size > next_size)  # a size set against none: unknown

    def _text(self, role: BlockRole, text: str, markup: list, *, images: bool, waiting: int | None, line: int) -> None:
        if role == "caption" and waiting is None and images:
            waiting = self.figures
        if role == "caption":
            caption, credit = split_caption_credit(text, self.language)
            figure = waiting if waiting is not None else self._new_figure()
            self._append("caption", caption, markup if caption == text else [], line=line, figure=figure)
            if credit:
                self._append("credit", credit, [], line=line, figure=figure)
            return
        if role == "byline":
            names = reduce_byline(_without(text, [m for m in markup if m.tag == "sup"])).names
            if names:
                last = self.document.blocks[-1] if self.document.blocks else None
                if last is not None and last.role == "byline":  # an author a paragraph, as pandoc writes them
                    last.text = self.document.author = f"{last.text}, {', '.join(names)}"
                    return
                self.document.author = ", ".join(names)
                self._append("byline", self.document.author, [], line=line)
                return
            role = "paragraph"
        if role == "headline":
            self.document.headline = text
        self._append(role, text, markup, line=line)

    def _text_boxes(self, inline: Inline, *, line: int) -> None:
        """A text box's paragraphs and tables follow the paragraph that anchors it, and so does
        WordArt's text: display type, the headline when it comes before any other text."""
        for box in inline.text_boxes:
            for element in block_items(box):
                self.block(element, line=line)
        for text in inline.word_art:
            texts = (block for block in self.document.blocks if block.role not in ("alt", "byline"))
            first = next(texts, None) is None  # before any text: pictures (a masthead) may stand above it
            self._text("headline" if first else "paragraph", text, [], images=False, waiting=None, line=line)

    def _style(self, element: Any) -> str:
        style = element.find(f"{W}pPr/{W}pStyle")
        style_id = style.get(W + "val") if style is not None else None
        return self.styles.get(style_id or "", self.default_style)

    def _role(self, style: str, words: str, *, numbered: bool) -> BlockRole:
        """The role of a paragraph styled `style` reading `words` (its text without note marks)."""
        has_headline = bool(self.document.blocks_with_role("headline"))
        if style == "title":  # the headline at the top; one below the story's first text is a heading in it
            return "heading" if has_headline or self._story_began() else "headline"
        if style == "heading 1" and not has_headline and not self._has_body():
            return "headline"
        if style.startswith("heading"):
            return "heading"
        if style == "subtitle":
            return "summary"
        if style in ("quote", "intense quote"):
            return "quote"
        if style == "caption":
            return "caption"
        if style.startswith("list") or numbered:
            return "list_item"
        if style == "author":  # the style pandoc's reference document writes the author with
            return "byline"
        if has_headline and not self._has_body() and is_byline_paragraph(words):
            return "byline"
        if not self.document.author and len(words) <= MAX_CJK_BYLINE_CHARS and is_cjk_byline(words):
            return "byline"  # "文 / 李梓峰": its label says what it is, under a standfirst too (realfiles29)
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

    def table(self, table: Any, *, line: int) -> None:
        """Cells on Word's grid (§17.4): a row starts after `w:gridBefore` empty columns and a cell
        spans `w:gridSpan` columns (kept as its `columns`, up to the last column a cell with text
        starts in); grid columns left of every cell are dropped (nothing to show).
        A grid wider than Word's `MAX_WORD_COLUMNS` keeps only the columns a cell with text starts
        in: a hostile `w:gridSpan w:val="999999999"` made every edition allocate a billion columns.
        Each paragraph of a cell with text is a block of its own on the cell's place, in reading
        order: a column of stacked lines is several units, not one run-on sentence, and editions
        give the lines back (`assemble/tables.py`). What a cell anchors (nested tables, pictures,
        text boxes) follows the table. The first row is a header row only when Word says so
        (`_first_row_is_header`)."""
        self.tables += 1
        number, after, cells = self.tables, Inline(), []
        headed = _first_row_is_header(table)
        for row_number, row in enumerate(children(table, (W + "tr",))):
            column = _grid_value(row.find(f"{W}trPr/{W}gridBefore"))
            for cell in children(row, (W + "tc",)):
                span = max(1, _grid_value(cell.find(f"{W}tcPr/{W}gridSpan")))
                anchored = Inline()
                for element in block_items(cell):
                    if element.tag != W + "p":
                        after.text_boxes.append(element)  # a nested table (or foreign part), read after this one
                        continue
                    inline = self.runs.paragraph(element, line=line)
                    text, markup = inline.build()
                    if text:
                        cells.append((row_number, column, span, text, markup))
                    anchored.images += inline.images
                    anchored.text_boxes += inline.text_boxes
                after.images += anchored.images
                after.text_boxes += anchored.text_boxes
                column += span
        used = sorted({column for _, column, _, _, _ in cells})
        wide = bool(used) and used[-1] - used[0] >= MAX_WORD_COLUMNS  # no Word table: only the columns with text
        shown = {column: rank if wide else column - used[0] for rank, column in enumerate(used)}
        for row_number, column, span, text, markup in cells:
            # a span past the last column with text shows nothing
            across = 1 if wide else min(span, used[-1] - column + 1)
            place = TableCell(number, row_number, shown[column], headed and row_number == 0, columns=across)
            self.document.blocks.append(Block(role="cell", text=text, line=line, markup=markup, cell=place))
        for alt in after.images:
            self._figure(alt, line=line)
        for element in after.text_boxes:
            if element.tag == W + "txbxContent":
                self._text_boxes(Inline(text_boxes=[element]), line=line)
            else:
                self.block(element, line=line)

    def _has_body(self) -> bool:
        return any(block.role not in ("headline", "byline") for block in self.document.blocks)

    def _story_began(self) -> bool:
        """Text of the story stands above: a table, or a paragraph of a sentence's length
        (`STORY_TOP_KEY`). A day, a kicker or a picture may stand above a Title that is the
        headline; a Title-styled paragraph deep in the file (realfiles29: the WGIG report's
        secretariat line on page 40) is one of its headings, not the headline printed first."""
        from l10n.ingest.datelines import STORY_TOP_KEY

        return any(
            block.cell is not None or len(match_key(block.text)) >= STORY_TOP_KEY
            for block in self.document.blocks
            if block.role not in ("headline", "byline", "alt")
        )

    def _append(self, role: BlockRole, text: str, markup: list, *, line: int, figure: int | None = None) -> None:
        self.document.blocks.append(Block(role=role, text=text, line=line, markup=markup, figure=figure))


def _first_row_is_header(table: Any) -> bool:
    """Whether Word styles the table's first row as its header: the row repeats as a header
    row on each page (`w:trPr/w:tblHeader`, §17.4.49), or the table's look turns the table
    style's header row on (`w:tblLook` `w:firstRow`, or bit 0x0020 of its older `w:val`,
    §17.4.56) — the "Header Row" box of Word's Table Design, what pandoc's Word reader reads as
    a header too. A table without either (a layout grid, python-docx's bare `<w:tbl>`) has none:
    its first row is data, and no edition marks it `<th>`."""
    rows = children(table, (W + "tr",))
    first = next(iter(rows), None)
    if first is not None and on(first.find(f"{W}trPr/{W}tblHeader")):
        return True
    look = table.find(f"{W}tblPr/{W}tblLook")
    if look is None:
        return False
    first_row = look.get(W + "firstRow")
    if first_row is not None:
        return first_row.lower() not in ("0", "false", "off")
    value = look.get(W + "val") or ""
    return bool(re.fullmatch(r"[0-9A-Fa-f]{1,4}", value)) and bool(int(value, 16) & FIRST_ROW_LOOK)


def _numbering_part(word: Any) -> Any:
    """The root of the package's numbering definitions (`w:numbering`), None when it has none."""
    from docx.opc.constants import RELATIONSHIP_TYPE

    for relationship in word.part.rels.values():
        if relationship.reltype == RELATIONSHIP_TYPE.NUMBERING and not relationship.is_external:
            return getattr(relationship.target_part, "element", None)
    return None


def _without(text: str, spans: list[InlineMarkup]) -> str:
    """`text` without the words `spans` mark."""
    for span in sorted(spans, key=lambda span: span.start, reverse=True):
        text = text[: span.start] + text[span.end :]
    return text


def _emphasis(paragraph: Any) -> tuple[bool, int]:
    """Whether every run with text in `paragraph` is bold, and the largest `w:sz` (half-points)
    set on one of them (0 when none sets a size)."""
    runs = [run for run in paragraph.iter(W + "r") if run.find(W + "t") is not None]
    bold = bool(runs) and all(on(run.find(f"{W}rPr/{W}b")) for run in runs)
    sizes = [_grid_value(run.find(f"{W}rPr/{W}sz")) for run in runs]
    return bold, max(sizes, default=0)


def _paragraph_styles(styles: Any) -> tuple[dict[str, str], str]:
    """Paragraph style names by `w:styleId`, lower-cased, and the default paragraph style's name
    (§17.7: a `w:style` without `w:type` is a paragraph style; python-docx fails on one)."""
    names, default = {}, ""
    for style in styles.iter(W + "style"):
        if (style.get(W + "type") or "paragraph") != "paragraph":
            continue
        name = style.find(W + "name")
        names[style.get(W + "styleId") or ""] = (name.get(W + "val") or "").lower() if name is not None else ""
        if (style.get(W + "default") or "").lower() in ("1", "true", "on"):
            default = names[style.get(W + "styleId") or ""]
    return names, default


def _grid_value(element: Any) -> int:
    """A `w:val` decimal (a grid property, a font size), 0 when absent or not a number."""
    return decimal_value(element) or 0


def _style_level(style: str) -> int:
    """The rank of a heading styled `style` ("heading 3" → 3; "title" past the headline, or a
    style with no number → 0: none stated).

    >>> _style_level("heading 3"), _style_level("title"), _style_level("heading 12")
    (3, 0, 9)
    """
    rank = style.removeprefix("heading").strip()
    return min(int(rank), MAX_HEADING_RANK) if rank.isdigit() else 0
