"""Tables in articles: which HTML tables hold data, and where each cell sits.

A news table (results, prices, a poll) is a grid of short texts and numbers; each non-empty
cell becomes one "cell" block (`model.TableCell` gives table, row, column, header), so a
translator sees "Turnout" once, and the numbers in cells become placeables like any other.
Tables used for page layout (old CMS templates put the whole article in one) are not data:
following the HTML Living Standard's advice that layout tables hold no table semantics, a
table with a nested table or an `<h1>` (the page's headline), or a cell holding several block elements
(paragraphs, lists, headings), is read as ordinary blocks instead.

GFM tables (the GitHub Flavored Markdown spec, "Tables (extension)") reach the same model
through markdown-it-py's `table` rule in `markdown.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from l10n.model import Document, TableCell

if TYPE_CHECKING:
    from lxml.html import HtmlElement

ROW_GROUPS = frozenset({"thead", "tbody", "tfoot"})
CELLS = frozenset({"th", "td"})
LAYOUT_BLOCKS = frozenset("p div h1 h2 h3 h4 h5 h6 ul ol dl blockquote figure section article table".split())
# a nested table, or the page's top heading (misses44: 54rus.org's `<td><span class="date">…</span><h1>…</h1></td>`,
# the story's headline in its layout table's cell): no grid of data holds either
_LAYOUT_ONLY = frozenset({"table", "h1"})
MAX_CELLS = 10_000  # a bigger grid is not a news table; its cells are read as paragraphs


def _tag(element: object) -> str | None:
    tag = getattr(element, "tag", None)
    return tag.lower() if isinstance(tag, str) else None


def table_rows(table: HtmlElement) -> list[list[HtmlElement]]:
    """The table's rows in order (`<thead>`, `<tbody>`, `<tfoot>` and bare `<tr>`), each a list
    of its `<th>`/`<td>` cells; rows of nested tables are not included."""
    rows: list[list[HtmlElement]] = []
    for child in table:
        tag = _tag(child)
        if tag in ROW_GROUPS:
            rows.extend([cell for cell in row if _tag(cell) in CELLS] for row in child if _tag(row) == "tr")
        elif tag == "tr":
            rows.append([cell for cell in child if _tag(cell) in CELLS])
    return [row for row in rows if row]


def is_data_table(table: HtmlElement) -> bool:
    """True for a grid of short cells; False for a layout table (see the module docstring).

    >>> import lxml.html
    >>> is_data_table(lxml.html.fragment_fromstring("<table><tr><th>Party</th><td>31</td></tr></table>"))
    True
    >>> is_data_table(lxml.html.fragment_fromstring("<table><tr><td><p>One.</p><p>Two.</p></td></tr></table>"))
    False
    """
    rows = table_rows(table)
    if not rows or sum(len(row) for row in rows) > MAX_CELLS:
        return False
    for row in rows:
        for cell in row:
            blocks = [found for found in cell.iterdescendants() if _tag(found) in LAYOUT_BLOCKS]
            if len(blocks) > 1 or any(_tag(found) in _LAYOUT_ONLY for found in blocks):
                return False
    return True


MAX_COLSPAN = 1000  # the HTML table-forming algorithm's clamps (HTML §4.9.11 `colspan`, `rowspan`)
MAX_ROWSPAN = 65534
_SPAN = re.compile(r"[\t\n\f\r ]*\+?([0-9]+)")  # HTML's rules for parsing non-negative integers


def _span(value: str | None, largest: int) -> int:
    """A `colspan`/`rowspan` value as HTML reads it: leading digits, 1 when absent, unparsable
    or 0 (`rowspan="0"`, "to the end of the row group", is read as 1), at most `largest`."""
    found = _SPAN.match(value or "")
    return min(max(int(found.group(1)[:6]), 1), largest) if found else 1


def cells(table: HtmlElement, *, number: int = 0) -> Iterator[tuple[TableCell, HtmlElement]]:
    """Where each cell sits (in table `number`: the caller numbers it) and its element, in reading order.
    A cell's column is its place in the grid the HTML table-forming algorithm (HTML §4.9.12)
    builds: the places a `rowspan` above or a `colspan` before covers are skipped, so each
    value keeps the column its header names; a `rowspan` is cut at the table's last row.

    >>> import lxml.html
    >>> t = lxml.html.fragment_fromstring(
    ...     "<table><tr><th rowspan=2>Party</th><th colspan=2>Seats</th></tr><tr><th>2019</th><th>2024</th></tr></table>")
    >>> [(c.row, c.column, c.rows, c.columns) for c, _ in cells(t)]
    [(0, 0, 2, 1), (0, 1, 1, 2), (1, 1, 1, 1), (1, 2, 1, 1)]
    """
    rows = table_rows(table)
    spanning: list[tuple[int, int, int]] = []  # (last row, first column, column after) of rowspans
    for row_number, row in enumerate(rows):
        spanning = [span for span in spanning if span[0] >= row_number]
        column = 0
        for cell in row:
            column = _free_column(column, spanning)
            down = min(_span(cell.get("rowspan"), MAX_ROWSPAN), len(rows) - row_number)
            across = _span(cell.get("colspan"), MAX_COLSPAN)
            if down > 1:
                spanning.append((row_number + down - 1, column, column + across))
            yield TableCell(number, row_number, column, _tag(cell) == "th", down, across), cell
            column += across


def _free_column(column: int, spanning: list[tuple[int, int, int]]) -> int:
    """The first column from `column` on that no rowspan from a row above covers."""
    moved = True
    while moved:
        moved = False
        for _, first, after in spanning:
            if first <= column < after:
                column, moved = after, True
    return column


def oversized_tables(cells: Iterable[TableCell]) -> set[int]:
    """The tables among `cells` whose grid (rows × columns, empty places too) is bigger than
    `MAX_CELLS`: the one table-extent rule, for ingest (`oversized_tables_as_paragraphs`) and for
    the parse cache, which refuses a cell list ingest would not have made (`document_codec`)."""
    extent: dict[int, tuple[int, int]] = {}
    for cell in cells:
        rows, columns = extent.get(cell.table, (0, 0))
        extent[cell.table] = (max(rows, cell.row + cell.rows), max(columns, cell.column + cell.columns))
    return {table for table, (rows, columns) in extent.items() if rows * columns > MAX_CELLS}


def oversized_tables_as_paragraphs(document: Document) -> Document:
    """A table whose grid is bigger than `MAX_CELLS` (`oversized_tables`) is no news table,
    whatever format it came in: its cells are read as paragraphs, in reading order, as a layout
    table's are. Editions draw every place of a table's grid, so a 183 KB page of one row of
    5,000 cells and 5,000 rows of one cell (10,000 cells: within the count) made a 75 MB
    Markdown edition and took 4 GB to write as HTML; a GFM or Word table does the same with
    less. No table of the real corpora (tests/data, bench/data) has a grid of even 2,000."""
    oversized = oversized_tables(block.cell for block in document.blocks if block.cell is not None)
    for block in document.blocks:
        if block.cell is not None and block.cell.table in oversized:
            block.role, block.cell = "paragraph", None
    return document
