"""Merged table cells (HTML `colspan`/`rowspan`) through ingest → extract → assemble: the HTML
edition keeps each span as given, and the Markdown and plain-text editions, which have no spans,
keep every value under its own header by leaving the places a merged cell covers empty
(l10n/ingest/tables.py `cells`, l10n/assemble/tables.py `grid`).

The small table reproduces the shape of election-result tables on news pages (a row header over
two rows, a "Seats" header over two years); the real one is the Business Wire release of
tests/data/realworld (finanznachrichten-de-bittium, source in tests/data/realworld/SOURCES.md),
whose quarterly tables merge three columns per figure.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from l10n.assemble import assemble_article, render_article
from l10n.extract import extract_units
from l10n.ingest import ingest_file
from l10n.locales import parse_locale
from l10n.segment import segment_document

DATA = Path(__file__).parent / "data"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
RESULTS = """<!DOCTYPE html>
<html lang="en"><head><title>Council election results</title></head><body><article>
<h1>Council election results</h1>
<p>The count finished on Sunday evening.</p>
<table>
<thead><tr><th rowspan="2">Party</th><th colspan="2">Seats</th><th rowspan="2">Change</th></tr>
<tr><th>2019</th><th>2024</th></tr></thead>
<tbody><tr><td>Greens</td><td>12</td><td>17</td><td>+5</td></tr>
<tr><td colspan="3">Independents (not standing)</td><td>-2</td></tr></tbody>
</table>
</article></body></html>
"""


def editions(path: Path) -> tuple[str, str, str]:
    article = assemble_article(segment_document(ingest_file(path)), {}, parse_locale("de"), domain=path.stem)
    return render_article(article, "html"), render_article(article, "md"), render_article(article, "txt")


def spans(table: lxml_html.HtmlElement) -> list[list[tuple[str, str, str]]]:
    """Each row's non-empty cells as (text, colspan, rowspan), spans "1" when not given; rows
    without text are left out (editions leave them out)."""
    rows = [
        [
            (" ".join(cell.text_content().split()), cell.get("colspan", "1"), cell.get("rowspan", "1"))
            for cell in row.iter("td", "th")
            if cell.text_content().strip()
        ]
        for row in table.iter("tr")
    ]
    return [row for row in rows if row]


def columns(lines: list[str]) -> list[list[str]]:
    """The cells of pipe-table rows ("| a | b |") or text rows ("a | b")."""
    inner = [line[2:-2] if line.startswith("| ") else line for line in lines]
    return [[cell.strip() for cell in line.split(" | ")] for line in inner]


def test_the_html_edition_keeps_each_span_as_given(tmp_path: Path) -> None:
    path = tmp_path / "results.html"
    path.write_text(RESULTS, encoding="utf-8")
    page = lxml_html.document_fromstring(editions(path)[0])
    source = lxml_html.document_fromstring(RESULTS)
    assert spans(page.find(".//table")) == spans(source.find(".//table"))
    assert len(page.findall(".//thead/tr")) == 2  # a rowspan ends at its row group's end (HTML §4.9.12)
    widths = [sum(int(cell.get("colspan", "1")) for cell in row.iter("td", "th")) for row in page.iter("tr")]
    assert widths == [4, 2, 4, 4]  # the second row's other two places are under the rowspans


def test_markdown_and_text_keep_each_value_under_its_header(tmp_path: Path) -> None:
    path = tmp_path / "results.html"
    path.write_text(RESULTS, encoding="utf-8")
    units = {unit.msgid for unit in extract_units(segment_document(ingest_file(path)), reference_path=path.name)}
    assert {"Seats", "Independents (not standing)"} <= units
    _, markdown, text = editions(path)
    pipe_rows = [line for line in markdown.splitlines() if line.startswith("| ") and "---" not in line]
    text_rows = [line for line in text.splitlines() if " | " in line]
    for rows in (columns(pipe_rows), columns(text_rows)):
        header, years, greens, independents = rows
        change = header.index("Change")
        assert greens[change] == "+5" and independents[change] == "-2"
        assert greens[years.index("2024")] == "17" and greens[years.index("2019")] == "12"
        assert header.index("Seats") == years.index("2019") and independents[0].startswith("Independents")


def test_a_real_release_keeps_its_merged_figures_in_place() -> None:
    """Every table of the release: its rows, as the HTML edition writes them, hold the source
    row's values with the source's spans, in order."""
    path = DATA / "realworld/finanznachrichten-de-bittium.html"
    page = lxml_html.document_fromstring(editions(path)[0])
    written = [spans(table) for table in page.iter("table")]
    source = lxml_html.document_fromstring(path.read_bytes())
    merged = [table for table in written if any(span != ("1", "1") for row in table for _, *span in row)]
    assert len(merged) >= 5
    by_first = {str(spans(table)[0]): spans(table) for table in source.iter("table") if spans(table)}
    for table in merged:
        assert by_first[str(table[0])] == table


def test_a_word_cell_keeps_its_grid_span() -> None:
    """pandoc's table_gridbefore.docx (tests/data/docx/SOURCES.md): "Bits" heads eight columns by
    `w:gridSpan` (ECMA-376 §17.4.17); the HTML edition gives it that colspan, and every row of
    that table fills the same width."""
    path = DATA / "docx/pandoc-table_gridbefore.docx"
    body = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    bits = next(cell for cell in body.iter(W + "tc") if "".join(cell.itertext()).strip() == "Bits")
    span = bits.find(f"{W}tcPr/{W}gridSpan").get(W + "val")
    page = lxml_html.document_fromstring(editions(path)[0])
    held = next(cell for cell in page.iter("th", "td") if cell.text_content().strip() == "Bits")
    assert held.get("colspan") == span == "8"
    table = next(held.iterancestors("table"))
    widths = {sum(int(cell.get("colspan", "1")) for cell in row.iter("td", "th")) for row in table.iter("tr")}
    assert len(widths) == 1
