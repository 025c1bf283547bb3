"""A Word table cell's paragraphs are units of their own (l10n/ingest/docx.py's `table`), and every
edition gives them back as separate lines of that cell (l10n/assemble/tables.py): a `<p>` each in
HTML, `<br>` between them in a GFM pipe table, ` / ` between them in plain text.

The real files are those of tests/data/docx and tests/data/blind/docx (sources and licences in
their SOURCES.md) that have cells of several paragraphs, as an lxml reading of `word/document.xml`
done here finds them (ECMA-376 Part 1 §17.4: a `w:tc` holds block content, its `w:p` in order);
the near misses are built with python-docx the way Word writes them. HTML and Markdown cells stay
one unit each: their `<br>` is an inline tag already (a real page of tests/data/realworld).
"""

from __future__ import annotations

import dataclasses
import io
import shutil
from pathlib import Path

import docx
import polib
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import html as lxml_html
from test_ingest_docx_real import NOT_TEXT, W, key, own_text, part

from l10n.assemble import assemble_article, render_article
from l10n.cli import main
from l10n.extract import extract_units
from l10n.ingest import ingest_file
from l10n.locales import parse_locale
from l10n.model import Block, Document, TableCell
from l10n.segment import segment_document

DATA = Path(__file__).parent / "data"
TEXT_BOX = W + "txbxContent"
MULTI_PARAGRAPH_CELLS = {  # file → cells with two or more paragraphs of text (counted by `stacked_cells`)
    "docx/poi-drawing.docx": 3,
    "docx/poi-stress001.docx": 12,
    "docx/poi-stress003.docx": 4,
    "docx/poi-stress011.docx": 1,
    "docx/poi-stress019.docx": 18,
    "blind/docx/docx2python-libreoffice_conversion.docx": 10,
    "blind/docx/poi-IllustrativeCases.docx": 24,
    "blind/docx/poi-stress004.docx": 3,
    "blind/docx/poi-stress010.docx": 1,
    "blind/docx/poi-stress014.docx": 1,
}
NO_BODY = {"docx/poi-stress025.docx"}  # its main part is a theme, not a document (ingest refuses it)


def stacked_cells(path: Path) -> list[list[str]]:
    """Each `w:tc` of the body with two or more paragraphs that show text, as their texts in order
    (spaces normalised). A paragraph belongs to the nearest cell around it; one in a text box or a
    deleted/moved-from run does not (a text box is read after its table)."""
    found = []
    # poi-stress010 numbers its endnotes in letters, which `part` does not model; no cell of it
    # holds a note reference, so its document part is read as it is
    root = part(path, "word/document.xml") if path.name == "poi-stress010.docx" else part(path)
    for cell in root.find(W + "body").iter(W + "tc"):
        if any(ancestor.tag in NOT_TEXT for ancestor in cell.iterancestors()):
            continue
        texts = []
        for paragraph in cell.iter(W + "p"):
            between = []
            for ancestor in paragraph.iterancestors():
                if ancestor is cell:
                    break
                between.append(ancestor.tag)
            if W + "tc" in between or TEXT_BOX in between or any(tag in NOT_TEXT for tag in between):
                continue
            text = " ".join(own_text(paragraph, paragraph).split())
            if text:
                texts.append(text)
        if len(texts) > 1:
            found.append(texts)
    return found


def cell_runs(document: Document) -> list[tuple[TableCell, list[str]]]:
    """Consecutive cell blocks on one place, as (place, their texts)."""
    runs: list[tuple[TableCell, list[str]]] = []
    for block in document.blocks:
        if block.cell is None:
            continue
        if runs and runs[-1][0] == block.cell:
            runs[-1][1].append(block.text)
        else:
            runs.append((block.cell, [block.text]))
    return runs


@pytest.mark.parametrize("name", sorted(MULTI_PARAGRAPH_CELLS))
def test_each_paragraph_of_a_cell_is_a_block_on_the_cells_place(name: str) -> None:
    """Every stacked cell the independent reading finds is a run of blocks on one place, one per
    paragraph, in order — not one block of the paragraphs joined."""
    expected = sorted([key(text) for text in paragraphs] for paragraphs in stacked_cells(DATA / name))
    assert len(expected) == MULTI_PARAGRAPH_CELLS[name]
    runs = [[key(text) for text in texts] for _, texts in cell_runs(ingest_file(DATA / name))]
    assert sorted(texts for texts in runs if len(texts) > 1) == expected
    joined = {"".join(paragraphs) for paragraphs in expected}
    assert not joined & {text for texts in runs for text in texts}


def test_no_other_word_file_of_the_corpora_has_a_stacked_cell() -> None:
    """The list above is every file with such cells (77 cells), so each is tested."""
    found = {}
    for path in sorted([*DATA.glob("docx/*.docx"), *DATA.glob("blind/docx/*.docx")]):
        name = str(path.relative_to(DATA))
        if name in NO_BODY:
            continue
        cells = len(stacked_cells(path))
        if cells:
            found[name] = cells
    assert found == MULTI_PARAGRAPH_CELLS and sum(found.values()) == 77


def test_a_column_of_stacked_lines_is_units_not_a_run_on_sentence() -> None:
    """poi-IllustrativeCases.docx: the row labels of each tax case stand in one cell, a line each;
    every label is its own unit, and the amounts beside them are units of bare values."""
    path = DATA / "blind/docx/poi-IllustrativeCases.docx"
    units = {unit.msgid for unit in extract_units(segment_document(ingest_file(path)), reference_path=path.name)}
    labels = ("Gross Income", "Standard Rate Band", "Income Tax liability", "Less Tax Credits")
    for label in labels:
        assert f"{{strong_1}}{label}{{strong_1_end}}" in units
    assert not [msgid for msgid in units if sum(label in msgid for label in labels) > 1]


@pytest.mark.parametrize("name", sorted(MULTI_PARAGRAPH_CELLS))
def test_editions_give_each_cell_its_lines_back(name: str) -> None:
    """HTML: a stacked cell holds a `<p>` per paragraph and a one-paragraph cell its text alone;
    Markdown: the paragraphs between `<br>` in one pipe-table row; text: between " / "."""
    segmented = segment_document(ingest_file(DATA / name))
    article = assemble_article(segmented, {}, parse_locale("de"), domain=Path(name).stem)
    page = lxml_html.document_fromstring(render_article(article, "html"))
    held = [
        [key(p.text_content()) for p in cell.findall("p")]
        for cell in page.iter("td", "th")
        if cell.find("p") is not None
    ]
    runs = cell_runs(segmented)
    stacked = [[key(text) for text in texts] for _, texts in runs if len(texts) > 1]
    assert held == stacked
    single = {key(texts[0]) for _, texts in runs if len(texts) == 1}
    assert single <= {key(cell.text_content()) for cell in page.iter("td", "th") if cell.find("p") is None}
    breaks = sum(len(texts) - 1 for texts in stacked)
    markdown, text = render_article(article, "md"), render_article(article, "txt")
    assert markdown.count("<br>") == breaks and text.count(" / ") >= breaks
    rows = [line for line in markdown.splitlines() if "<br>" in line]
    assert rows and all(line.startswith("| ") and line.endswith(" |") for line in rows)  # inside pipe-table rows


def word_file(path: Path, build) -> Path:
    word = docx.Document()
    word.add_paragraph("Ferry timetable changes", style="Title")
    word.add_paragraph("The operator published new times on Monday.")
    table = word.add_table(rows=2, cols=2)
    build(table)
    word.save(path)
    return path


def cell_blocks(path: Path) -> list[tuple[str, TableCell | None]]:
    return [(block.text, block.cell) for block in ingest_file(path).blocks if block.role == "cell"]


def test_a_line_break_inside_one_paragraph_keeps_the_cell_one_unit(tmp_path: Path) -> None:
    """`w:br` breaks a line inside a paragraph: as in body text it reads as a space, one unit."""

    def build(table) -> None:
        run = table.cell(0, 0).paragraphs[0].add_run("Dover")
        run.add_break()
        run.add_text("Calais")
        table.cell(0, 1).text = "24"

    blocks = cell_blocks(word_file(tmp_path / "break.docx", build))
    assert blocks == [("Dover Calais", TableCell(1, 0, 0, True)), ("24", TableCell(1, 0, 1, True))]


def test_an_empty_paragraph_between_two_is_no_block_and_no_line(tmp_path: Path) -> None:
    def build(table) -> None:
        cell = table.cell(1, 0)
        cell.text = "Departs 06:00"
        cell.add_paragraph("")
        cell.add_paragraph("Arrives 07:30")
        table.cell(1, 1).text = "Daily"

    path = word_file(tmp_path / "gap.docx", build)
    place = TableCell(1, 1, 0, False)
    assert cell_blocks(path) == [("Departs 06:00", place), ("Arrives 07:30", place), ("Daily", TableCell(1, 1, 1))]
    article = assemble_article(segment_document(ingest_file(path)), {}, parse_locale("fr"), domain="gap")
    page = lxml_html.document_fromstring(render_article(article, "html"))
    first, second = page.iter("td")
    assert [p.text_content() for p in first.findall("p")] == ["Departs 06:00", "Arrives 07:30"]
    assert second.text_content() == "Daily" and second.find("p") is None


def test_a_nested_table_follows_its_holder_whose_paragraphs_stay_in_place(tmp_path: Path) -> None:
    """The holder cell's paragraphs before and after a nested table are that cell's lines; the
    nested table becomes table 2, after table 1."""

    def build(table) -> None:
        cell = table.cell(0, 0)
        cell.text = "Winter"
        cell.add_table(rows=1, cols=1).cell(0, 0).text = "Weekends only"
        cell.add_paragraph("Summer")
        table.cell(0, 1).text = "Hourly"

    blocks = cell_blocks(word_file(tmp_path / "nested.docx", build))
    assert blocks == [
        ("Winter", TableCell(1, 0, 0, True)),
        ("Summer", TableCell(1, 0, 0, True)),
        ("Hourly", TableCell(1, 0, 1, True)),
        ("Weekends only", TableCell(2, 0, 0, True)),
    ]


def test_a_picture_in_a_stacked_cell_still_follows_the_table(tmp_path: Path) -> None:
    """What a cell anchors is read after the table, whichever of its paragraphs anchors it."""
    from test_ingest_docx import PNG_1PX

    def build(table) -> None:
        cell = table.cell(0, 0)
        cell.text = "Harbour"
        picture = cell.add_paragraph().add_run()
        picture.add_picture(io.BytesIO(PNG_1PX))
        cell.paragraphs[-1]._p.xpath(".//wp:docPr")[0].set("descr", "The harbour at dawn")
        cell.add_paragraph("Open daily")

    document = ingest_file(word_file(tmp_path / "picture.docx", build))
    roles = [(block.role, block.text) for block in document.blocks if block.role in ("cell", "alt")]
    assert roles == [("cell", "Harbour"), ("cell", "Open daily"), ("alt", "The harbour at dawn")]


def joined_as_before(document: Document) -> Document:
    """`document` as ingest read it before cells split: each stacked cell one block, its
    paragraphs joined with a space and their markup where it stood in the joined text."""
    blocks: list[Block] = []
    for block in document.blocks:
        previous = blocks[-1] if blocks else None
        if previous is None or block.cell is None or previous.cell != block.cell:
            blocks.append(dataclasses.replace(block, markup=list(block.markup)))
            continue
        offset = len(previous.text) + 1
        previous.markup += [dataclasses.replace(m, start=m.start + offset, end=m.end + offset) for m in block.markup]
        previous.text += " " + block.text
    return dataclasses.replace(document, blocks=blocks)


@pytest.mark.parametrize(
    ("name", "how"),
    [
        ("docx/poi-stress011.docx", {"obsolete"}),
        ("blind/docx/docx2python-libreoffice_conversion.docx", {"fuzzy", "obsolete"}),
    ],
)
def test_update_keeps_a_reviewed_joined_cell_as_fuzzy_or_obsolete(tmp_path: Path, name: str, how: set[str]) -> None:
    """A catalog made before cells split holds each stacked cell's paragraphs joined as one msgid.
    `l10n update` never drops its reviewed translation, msgmerge-style: a paragraph's unit close
    enough to it (`FUZZY_MATCH_THRESHOLD`) inherits it as fuzzy with the old msgid as `#|`; else it
    is kept obsolete (`#~`), where the translator finds it. Real Word files: poi-stress011's one
    stacked cell ("Distr.: General" over "Original: English", no line close to the whole) goes
    obsolete; libreoffice_conversion's long clause under a short title is inherited as fuzzy."""
    corpus, root = tmp_path / "corpus", tmp_path / "root"
    corpus.mkdir(), root.mkdir()
    source = DATA / name
    shutil.copy(source, corpus / source.name)
    assert main(["extract", str(corpus), "--root", str(root), "--locales", "de", "-q"]) == 0
    assert main(["update", "--root", str(root), "--locales", "de", "-q"]) == 0
    (po_path,) = (root / "locales").rglob("*.po")
    split = {unit.msgid for unit in extract_units(segment_document(ingest_file(source)), reference_path=name)}
    old_units = extract_units(segment_document(joined_as_before(ingest_file(source))), reference_path=name)
    joined = [unit for unit in old_units if unit.msgid not in split]
    assert joined and len(split - {unit.msgid for unit in old_units}) >= 2
    catalog = polib.pofile(str(po_path))
    for entry in [entry for entry in catalog if entry.msgid not in {unit.msgid for unit in old_units}]:
        catalog.remove(entry)  # the paragraphs' own units did not exist yet
    for unit in joined:  # reviewed by a translator
        catalog.append(polib.POEntry(msgctxt=unit.msgctxt, msgid=unit.msgid, msgstr="VON HAND: " + unit.msgid))
    catalog.save(str(po_path))
    assert main(["update", "--root", str(root), "--locales", "de", "-q"]) == 0
    merged = polib.pofile(str(po_path))
    seen = set()
    for unit in joined:
        reviewed = "VON HAND: " + unit.msgid
        inherited = [entry for entry in merged if entry.msgstr == reviewed and not entry.obsolete]
        kept = [entry for entry in merged.obsolete_entries() if entry.msgstr == reviewed and entry.msgid == unit.msgid]
        assert inherited or kept, unit.msgid
        for entry in inherited:
            assert entry.fuzzy and entry.previous_msgid == unit.msgid and entry.msgid in split
        seen |= {"fuzzy"} if inherited else set()
        seen |= {"obsolete"} if kept else set()
    assert seen == how


def test_an_html_cell_broken_by_br_stays_one_unit_that_keeps_its_breaks() -> None:
    """An HTML cell's `<br>` is an inline tag of its one unit, as in body text: the lines stay
    together for the translator and the edition breaks them where the source did (a phone's
    spec sheet on ascii.jp, tests/data/realworld). HTML cells are not split like Word's."""
    path = DATA / "realworld/ascii-jp-palmphone.html"
    document = segment_document(ingest_file(path))
    (cell,) = [block for block in document.blocks if block.cell is not None and block.text.startswith("LTE")]
    assert [m.tag for m in cell.markup if m.void] == ["br", "br"]
    assert [segment.text.count("{br_") for segment in cell.segments] == [2]
    article = assemble_article(document, {}, parse_locale("de"), domain=path.stem)
    page = lxml_html.document_fromstring(render_article(article, "html"))
    (shown,) = [td for td in page.iter("td", "th") if td.text_content().startswith("LTE")]
    assert len(shown.findall(".//br")) == 2 and shown.find("p") is None
