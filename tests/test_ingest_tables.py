"""Tables (l10n/ingest/tables.py, the GFM table rule in markdown.py, assemble/tables.py): each cell
is a unit with its numbers as placeables, and every edition prints the table back as a table."""

from __future__ import annotations

from lxml import html as lxml_html

from l10n.assemble import assemble_article, render_article
from l10n.extract import extract_units
from l10n.ingest.html import ingest_html
from l10n.ingest.markdown import ingest_markdown
from l10n.locales import parse_locale
from l10n.model import TableCell, Translation
from l10n.msgctxt import context_for_role
from l10n.segment import segment_document

GFM = """# Turnout rises in the north

Officials published the figures on Monday.

| Region | Turnout | Change |
|:--|--:|--:|
| **North** | 1,234,567 | 12.5% |
| South \\| coast | 980,000 | |

Counting ended at midnight.
"""

HTML = """<article><h1>Results</h1><p>The count is complete.</p>
<table><caption>Seats won</caption>
<thead><tr><th>Party</th><th>Seats</th></tr></thead>
<tbody><tr><td><a href="/labour">Labour</a></td><td>31</td></tr><tr><td>Greens</td><td>4</td></tr></tbody>
</table>
<table><tr><td><p>Layout cell one.</p><p>Layout cell two.</p></td></tr></table></article>"""


def reviewed_copies(doc) -> dict:
    """Every unit "translated" as itself and reviewed: values are then rendered for the locale
    (an untranslated sentence keeps the source's own wording of its values)."""
    return {
        (context_for_role(block.role), segment.text): Translation(segment.text)
        for block in doc.blocks
        for segment in block.segments
    }


def cells(doc) -> list[tuple[str, TableCell]]:
    return [(block.text, block.cell) for block in doc.blocks if block.role == "cell"]


def test_gfm_table_cells_are_blocks_with_their_place() -> None:
    doc = ingest_markdown(GFM)
    assert cells(doc) == [
        ("Region", TableCell(1, 0, 0, True)),
        ("Turnout", TableCell(1, 0, 1, True)),
        ("Change", TableCell(1, 0, 2, True)),
        ("North", TableCell(1, 1, 0)),
        ("1,234,567", TableCell(1, 1, 1)),
        ("12.5%", TableCell(1, 1, 2)),
        ("South | coast", TableCell(1, 2, 0)),
        ("980,000", TableCell(1, 2, 1)),
    ]
    assert [b.role for b in doc.blocks][-1] == "paragraph"  # the text after the table is prose again


def test_cell_units_have_numbers_as_placeables() -> None:
    units = {unit.msgid: unit for unit in extract_units(segment_document(ingest_markdown(GFM)), reference_path="a.md")}
    assert "{number_1}" in units and "{percent_1}" in units
    assert "{strong_1}North{strong_1_end}" in units
    assert not any("|" in msgid and "coast" not in msgid for msgid in units)  # no unit of pipe text


def test_html_data_table_is_cells_and_layout_table_is_paragraphs() -> None:
    doc = ingest_html(HTML)
    assert [(text, cell.row, cell.column, cell.header) for text, cell in cells(doc)] == [
        ("Party", 0, 0, True),
        ("Seats", 0, 1, True),
        ("Labour", 1, 0, False),
        ("31", 1, 1, False),
        ("Greens", 2, 0, False),
        ("4", 2, 1, False),
    ]
    roles = {block.text: block.role for block in doc.blocks}
    assert roles["Seats won"] == "heading"
    assert roles["Layout cell one."] == roles["Layout cell two."] == "paragraph"


def test_tables_are_assembled_as_tables_in_html_markdown_and_text_with_localised_numbers() -> None:
    doc = segment_document(ingest_markdown(GFM))
    article = assemble_article(doc, reviewed_copies(doc), parse_locale("de"), domain="turnout")
    page = lxml_html.document_fromstring(render_article(article, "html"))
    rows = [[" ".join(cell.text_content().split()) for cell in row] for row in page.iter("tr")]
    assert rows == [["Region", "Turnout", "Change"], ["North", "1.234.567", "12,5 %"], ["South | coast", "980.000", ""]]
    assert [th.text_content() for th in page.iter("th")] == ["Region", "Turnout", "Change"]
    markdown = render_article(article, "md")
    again = ingest_markdown(markdown)
    assert [text for text, _ in cells(again)] == [
        "Region",
        "Turnout",
        "Change",
        "North",
        "1.234.567",
        "12,5 %",
        "South | coast",
        "980.000",
    ]
    text = render_article(article, "txt")
    assert "North | 1.234.567 | 12,5\u00a0%\nSouth | coast | 980.000\n" in text


def test_html_table_round_trips_through_every_format() -> None:
    doc = segment_document(ingest_html(HTML))
    article = assemble_article(doc, reviewed_copies(doc), parse_locale("fr"), domain="results")
    page = lxml_html.document_fromstring(render_article(article, "html"))
    assert [a.get("href") for a in page.iter("a")] == ["/labour"]
    assert len(list(page.iter("table"))) == 1
    assert "| Party | Seats |" in render_article(article, "md")
