"""A table whose grid is far bigger than its cells is read as paragraphs, in every format
(l10n/ingest/tables.py `oversized_tables_as_paragraphs`).

Found by fuzzing hostile tables: one row of 5,000 cells and 5,000 rows of one cell is 10,000 cells
(the data-table count allows it) but a grid of 25 million places, and editions draw every place —
a 183 KB HTML page made a 75 MB Markdown edition and needed 4 GB to write as HTML (MemoryError).
GFM and Word tables reach the same grid with less. Here a smaller L (120 × 120 places, 240 cells)
in each format: every cell's words stay, in order, and the editions stay the size of the text."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest

from l10n.assemble import assemble_article, render_article
from l10n.ingest import ingest_file
from l10n.ingest.tables import MAX_CELLS
from l10n.locales import parse_locale
from l10n.segment import segment_document

SIDE = 120
assert SIDE * SIDE > MAX_CELLS > 2 * SIDE


def html_table(path: Path) -> None:
    row = "<tr>" + "".join(f"<td>Top{i}</td>" for i in range(SIDE)) + "</tr>"
    rows = "".join(f"<tr><td>Left{i}</td></tr>" for i in range(1, SIDE))
    path.write_text(f"<article><h1>Wide table here</h1><p>Text.</p><table>{row}{rows}</table></article>")


def gfm_table(path: Path) -> None:
    header = "|" + "|".join(f"Top{i}" for i in range(SIDE)) + "|\n|" + "|".join("-" * SIDE) + "|\n"
    path.write_text("# Wide table here\n\nText.\n\n" + header + "".join(f"|Left{i}|\n" for i in range(1, SIDE)))


def word_table(path: Path) -> None:
    word = docx.Document()
    word.add_paragraph("Wide table here", style="Title")
    word.add_paragraph("Text.")
    table = word.add_table(rows=SIDE, cols=2)
    table.cell(0, 0).text = "Top0"
    for i in range(1, SIDE):
        table.cell(i, 0).text = f"Left{i}"
    first = table.rows[0]._tr  # the first row: SIDE cells of one column each
    for i in range(1, SIDE):
        cell = first.add_tc()
        cell.add_p().add_r().add_t(f"Top{i}")
    word.save(path)


@pytest.mark.parametrize(
    ("name", "write"), [("wide.html", html_table), ("wide.md", gfm_table), ("wide.docx", word_table)]
)
def test_a_grid_far_bigger_than_its_cells_is_read_as_paragraphs(tmp_path: Path, name: str, write) -> None:
    path = tmp_path / name
    write(path)
    doc = segment_document(ingest_file(path))
    words = [f"Top{i}" for i in range(SIDE)] + [f"Left{i}" for i in range(1, SIDE)]
    assert not [block for block in doc.blocks if block.cell is not None]
    assert re.findall(r"(?:Top|Left)\d+", " ".join(block.text for block in doc.blocks)) == words
    for fmt in ("md", "html", "txt"):
        edition = render_article(assemble_article(doc, {}, parse_locale("de"), domain="wide"), fmt)
        assert re.findall(r"(?:Top|Left)\d+", edition) == words
        assert len(edition) < 200 * len(words)
