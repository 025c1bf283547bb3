"""Tables in editions: the cells of one table (a layout "table" group) put back on their grid.

Ingest keeps only non-empty cells, each with its row and column (`model.TableCell`); a cell
that holds several paragraphs (a Word cell of stacked lines) is several blocks on the same
place, in reading order. `grid` rebuilds the rectangle up to the largest row and column, empty
where no cell was, each place holding its paragraphs. The HTML writer prints `<table>` with
`<th>` for header cells (a header first row goes in `<thead>`) and a `<p>` per paragraph of a
cell that has several (HTML §4.5.27: `<br>` is not for separating paragraphs; a one-paragraph
cell holds its text directly, as always); the Markdown writer a GFM pipe table (GitHub
Flavored Markdown spec, "Tables (extension)": the delimiter row after the first row, `|`
escaped inside cells, no line breaks in a cell, so a cell's paragraphs are joined by `<br>`,
the raw-HTML break GFM renders inside a cell; the first row is its header row whether or not
the source marked one, GFM having no headerless table); the plain-text writer one line per row with
cells between ` | ` and a cell's paragraphs between ` / `, the mark for line breaks run into
one line (as verse is quoted inline).

A merged cell (`model.TableCell` `rows`/`columns`, HTML `rowspan`/`colspan`) keeps its spans in
the HTML edition, and the places it covers (`COVERED`) get no element of their own. GFM and
plain text have no spans: the value is written once, at the merged cell's top-left place, and
each covered place is an empty cell, so every later value stays under its own header (repeating
the value would show a figure twice, as if it were two).
"""

from __future__ import annotations

from collections.abc import Callable

from l10n.assemble.article import LocalizedBlock
from l10n.assemble.layout import BlockGroup

Cell = tuple[LocalizedBlock, ...]  # one cell's paragraphs, in reading order (one for most cells)
Grid = list[list[Cell | None]]
COVERED: Cell = ()  # a place a merged cell (`rowspan`/`colspan`) covers: it holds no paragraph
MARKDOWN_BREAK = "<br>"
TEXT_BREAK = " / "


def grid(group: BlockGroup) -> Grid:
    """Rows of cells (None where the source cell was empty, `COVERED` where a merged cell spans
    over), every row as wide as the widest; a row with neither a cell nor a covered place is
    left out (so a span never crosses a row left out)."""
    placed = [(block, block.cell) for block in group.blocks if block.cell is not None]
    if not placed:
        return []
    paragraphs: dict[tuple[int, int], list[LocalizedBlock]] = {}
    for block, place in placed:
        paragraphs.setdefault((place.row, place.column), []).append(block)
    rows = max(place.row + place.rows for _, place in placed)
    columns = max(place.column + place.columns for _, place in placed)
    table: Grid = [[None] * columns for _ in range(rows)]
    for _, place in placed:
        for row in range(place.row, place.row + place.rows):
            table[row][place.column : place.column + place.columns] = [COVERED] * place.columns
    for (row, column), blocks in paragraphs.items():
        table[row][column] = tuple(blocks)
    return [row for row in table if any(cell is not None for cell in row)]


def is_header(cell: Cell | None) -> bool:
    """A header cell (`<th>`, a GFM header row), as ingest marked its paragraphs."""
    return bool(cell) and cell[0].cell is not None and cell[0].cell.header  # type: ignore[index]


def header_row_count(table: Grid) -> int:
    """The rows of a `<thead>` / GFM header row: the first row when every cell of it is a header
    cell, and the rows below that its merged headers span down over (a rowspan ends at the end
    of its row group, HTML §4.9.12) while those too hold header cells only; 0 for none."""
    heads, reach = 0, 1
    while heads < min(reach, len(table)) and all(is_header(cell) or cell == COVERED for cell in table[heads]):
        reach = max([reach, *(heads + cell[0].cell.rows for cell in table[heads] if cell and cell[0].cell)])
        heads += 1
    return heads


def plain_text_table(table: Grid, text: Callable[[LocalizedBlock], str]) -> str:
    """One line per row, cells separated by " | " (tables in wire copy look like this)."""
    lines = []
    for row in table:
        texts = [_joined(cell, text, TEXT_BREAK) for cell in row]
        while texts and not texts[-1]:
            texts.pop()
        lines.append(" | ".join(texts))
    return "\n".join(lines)


def markdown_table(table: Grid, inline: Callable[[LocalizedBlock], str]) -> str:
    """A GFM pipe table, its first row the header row. GFM has no table without one (the
    delimiter row follows the header row, GFM §4.10), so a table whose source marks no header
    (a Word table its writer did not style so, an HTML table of `<td>`s) shows its first row
    there too: pandoc's blank header cells (its manual: "to simulate a headerless table") print
    an empty bar over the table, and a raw HTML table would leave the Markdown edition's inline
    Markdown unread inside it. The HTML edition keeps the difference (`<th>` or not)."""
    if not table:
        return ""
    width = len(table[0])
    rows = [[_joined(cell, inline, MARKDOWN_BREAK) for cell in row] for row in table]
    header, body = rows[0], rows[1:]
    lines = [_pipe_row(header), _pipe_row(["---"] * width)]
    lines += [_pipe_row(row) for row in body]
    return "\n".join(lines)


def _joined(cell: Cell | None, text: Callable[[LocalizedBlock], str], between: str) -> str:
    """A cell's paragraphs as shown, `between` each two that show text; "" for no cell."""
    if cell is None:
        return ""
    if len(cell) == 1:
        return text(cell[0])
    return between.join(shown for shown in (text(paragraph) for paragraph in cell) if shown)


def _pipe_row(cells: list[str]) -> str:
    """One GFM table row. GFM splits a row at every "|" without a backslash before it, inside code
    spans and link destinations too, and then reads each "\\|" of a cell as "|" (GFM §4.10): so
    every "|" gets a backslash — a code span `a|b` in a cell would otherwise split it, and the row
    and the table with it, into text."""
    return "| " + " | ".join(cell.replace("\n", " ").replace("|", "\\|") for cell in cells) + " |"
