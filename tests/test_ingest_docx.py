"""Word articles (l10n/ingest/docx.py): files built here with python-docx the way Word writes them
(styles, runs, hyperlinks, an inline picture with alt text, a caption, a table), read back into
the same Document model and assembled to the same outputs; hostile archives refused in one line."""

from __future__ import annotations

import base64
import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import html as lxml_html
from test_hostile_input import extract

from l10n.assemble import assemble_article, render_article
from l10n.errors import IngestError
from l10n.extract import extract_units
from l10n.ingest import ingest_file
from l10n.locales import parse_locale
from l10n.segment import segment_document

PNG_1PX = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def add_link(paragraph, text: str, url: str) -> None:
    """A w:hyperlink run, as Word writes one (python-docx reads but does not create them)."""
    rel = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel)
    run = OxmlElement("w:r")
    text_element = OxmlElement("w:t")
    text_element.text = text
    run.append(text_element)
    link.append(run)
    paragraph._p.append(link)


def story(path: Path) -> Path:
    word = docx.Document()
    word.core_properties.language = "en-GB"
    word.add_paragraph("Harbour reopens after the storm", style="Title")
    word.add_paragraph("By Ann Lee, Shipping correspondent")
    lead = word.add_paragraph("The port of ")
    lead.add_run("Dover").bold = True
    lead.add_run(" reopened on ")
    lead.add_run("Monday").italic = True
    lead.add_run(" after repairs costing £2.5 million, ")
    add_link(lead, "the port said", "https://example.org/statement")
    lead.add_run(".")
    picture = word.add_paragraph()
    picture.add_run().add_picture(io.BytesIO(PNG_1PX))
    picture._p.xpath(".//wp:docPr")[0].set("descr", "Ferries queue at the harbour mouth")
    word.add_paragraph("Ferries wait to leave the harbour. Photo: Bo Chen/Reuters", style="Caption")
    word.add_paragraph("What happens next", style="Heading 2")
    word.add_paragraph("“We are open for business,” the harbour master said.", style="Quote")
    word.add_paragraph("Sailings resume at 6 a.m.", style="List Bullet")
    table = word.add_table(rows=2, cols=2)
    for (row, column), text in {(0, 0): "Route", (0, 1): "Sailings", (1, 0): "Dover–Calais", (1, 1): "24"}.items():
        table.cell(row, column).text = text
    word.save(path)
    return path


@pytest.fixture
def doc(tmp_path: Path):
    return ingest_file(story(tmp_path / "harbour.docx"))


def test_styles_become_roles_and_the_byline_is_names(doc) -> None:
    assert [(b.role, b.text) for b in doc.blocks if b.role not in ("cell",)] == [
        ("headline", "Harbour reopens after the storm"),
        ("byline", "Ann Lee"),
        ("paragraph", "The port of Dover reopened on Monday after repairs costing £2.5 million, the port said."),
        ("alt", "Ferries queue at the harbour mouth"),
        ("caption", "Ferries wait to leave the harbour."),
        ("credit", "Bo Chen/Reuters"),
        ("heading", "What happens next"),
        ("quote", "“We are open for business,” the harbour master said."),
        ("list_item", "Sailings resume at 6 a.m."),
    ]
    assert (doc.source_format, doc.headline, doc.author) == ("docx", "Harbour reopens after the storm", "Ann Lee")
    assert (doc.source_locale, doc.source_variant) == ("en", "en_GB")
    figures = {b.figure for b in doc.blocks if b.role in ("alt", "caption", "credit")}
    assert figures == {1}


def test_bold_italic_and_links_are_inline_markup(doc) -> None:
    lead = doc.blocks[2]
    spans = [(m.tag, lead.text[m.start : m.end], m.attrs) for m in lead.markup]
    assert spans == [
        ("strong", "Dover", ()),
        ("em", "Monday", ()),
        ("a", "the port said", (("href", "https://example.org/statement"),)),
    ]


def test_units_and_editions_from_a_word_file(doc) -> None:
    segmented = segment_document(doc)
    msgids = {unit.msgid for unit in extract_units(segmented, reference_path="harbour.docx")}
    assert any("{money_1}" in msgid and "{a_1}the port said{a_1_end}" in msgid for msgid in msgids)
    article = assemble_article(segmented, {}, parse_locale("de"), domain="harbour")
    page = lxml_html.document_fromstring(render_article(article, "html"))
    assert page.find(".//h1").text_content() == "Harbour reopens after the storm"
    assert [td.text_content() for td in page.iter("td")] == ["Dover–Calais", "24"]
    assert page.find(".//figcaption") is not None and "Bo Chen/Reuters" in page.find(".//figcaption").text_content()
    assert "| Route | Sailings |" in render_article(article, "md")


def test_not_a_word_file_is_one_line_error(tmp_path: Path, capsys) -> None:
    path = tmp_path / "notes.docx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip")
    with pytest.raises(IngestError, match="not a readable .docx"):
        ingest_file(path)
    status, _, err = extract(path, tmp_path, capsys)
    assert status != 0 and len(err.strip().splitlines()) == 1 and "notes.docx" in err


def test_strict_open_xml_is_named_in_the_one_line_error(tmp_path: Path, capsys) -> None:
    """Word's "Strict Open XML Document" (ISO/IEC 29500 Strict, as docx2python's `strict.docx`)
    relates its main part by Strict's name, which python-docx does not read: the error says so
    and what to do, not python-docx's "no relationship of type …"."""
    path = tmp_path / "strict.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        archive.writestr(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>',
        )
        archive.writestr(
            "word/document.xml",
            '<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body><w:p><w:r>'
            "<w:t>Harbour reopens.</w:t></w:r></w:p></w:body></w:document>",
        )
    with pytest.raises(IngestError, match="saved as Strict Open XML"):
        ingest_file(path)
    status, _, err = extract(path, tmp_path, capsys)
    assert status != 0 and len(err.strip().splitlines()) == 1 and "strict.docx" in err


def test_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (65 * 1024 * 1024))
    assert path.stat().st_size < 1_000_000
    with pytest.raises(IngestError, match="more than 64 MB"):
        ingest_file(path)


@pytest.mark.parametrize("where", ["gridSpan", "gridBefore"])
def test_a_table_declaring_a_billion_columns_keeps_the_columns_its_cells_fill(tmp_path: Path, where: str) -> None:
    """A cell spanning (or a row starting after) 999,999,999 grid columns: found by fuzzing Word
    files, every edition's grid allocated a billion columns per row (MemoryError in assemble).
    The table keeps its cells, in their rows and order, on as many columns as hold text."""
    word = docx.Document()
    word.add_paragraph("Harbour reopens after the storm", style="Title")
    word.add_paragraph("The port reopened on Monday.")
    table = word.add_table(rows=2, cols=2)
    for (row, column), text in {(0, 0): "Route", (0, 1): "Sailings", (1, 0): "Dover", (1, 1): "24"}.items():
        table.cell(row, column).text = text
    huge = OxmlElement(f"w:{where}")
    huge.set(qn("w:val"), "999999999")
    if where == "gridSpan":
        table.cell(0, 0)._tc.get_or_add_tcPr().append(huge)
    else:
        row_properties = table.rows[1]._tr.get_or_add_trPr()
        row_properties.insert(0, huge)
    path = tmp_path / "wide.docx"
    word.save(path)
    doc = segment_document(ingest_file(path))
    placed = [(block.text, block.cell.row, block.cell.column) for block in doc.blocks if block.cell is not None]
    assert [text for text, _, _ in placed] == ["Route", "Sailings", "Dover", "24"]
    assert max(column for _, _, column in placed) < 4
    article = assemble_article(doc, {}, parse_locale("de"), domain="wide")
    markdown = render_article(article, "md")
    assert "| Route |" in markdown and max(len(line) for line in markdown.splitlines()) < 200


def test_a_line_break_inside_a_paragraph_stays_a_line_break(tmp_path: Path) -> None:
    """Shift+Enter (`w:br`, as docx2python's `soft_line_breaks.docx` has in a table cell; `w:cr`)
    breaks the line in every edition, as `<br>` does in a web page; it had been a space, an
    address or a poem's lines run together. A page break is still a space, and so are breaks
    before or after the paragraph's words (blind corpus: a "%" then ten breaks)."""
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph.add_run("Harbour Office")
    paragraph.add_run().add_break()
    paragraph.add_run("1 Quay Street")
    paragraph.add_run().add_break(WD_BREAK.PAGE)
    paragraph.add_run("Dover.")
    carriage = document.add_paragraph().add_run("Tide out")._r
    carriage.append(OxmlElement("w:cr"))
    text = OxmlElement("w:t")
    text.text = "tide in"
    carriage.append(text)
    spaced = document.add_paragraph()  # breaks before or after the words only make space
    spaced.add_run().add_break()
    spaced.add_run("Turnout was 64%")
    for _ in range(3):
        spaced.add_run().add_break()
    path = tmp_path / "breaks.docx"
    document.save(str(path))
    blocks = ingest_file(path).blocks
    assert [(block.text, [(m.start, m.tag) for m in block.markup]) for block in blocks] == [
        ("Harbour Office 1 Quay Street Dover.", [(14, "br")]),
        ("Tide out tide in", [(8, "br")]),
        ("Turnout was 64%", []),
    ]
    segmented = segment_document(ingest_file(path))
    page = render_article(assemble_article(segmented, {}, parse_locale("de"), domain="breaks"), "html")
    assert "Harbour Office<br> 1 Quay Street Dover.</p>" in " ".join(page.split())
