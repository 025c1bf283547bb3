"""Tables in editions: the cells of one table (a layout "table" group) put back on their grid.

Ingest keeps only non-empty cells, each with its row and column (`model.TableCell`); `grid`
rebuilds the rectangle up to the largest row and column, empty where no cell was. The HTML
writer prints `<table>` with `<th>` for header cells (a header first row goes in `<thead>`),
the Markdown writer a GFM pipe table (GitHub Flavored Markdown spec, "Tables (extension)": the
delimiter row after the first row, `|` escaped inside cells, no line breaks in a cell), the
plain-text writer one line per row with cells between ` | `.
"""

from __future__ import annotations

from collections.abc import Callable

from l10n.assemble.article import LocalizedBlock
from l10n.assemble.layout import BlockGroup

Grid = list[list[LocalizedBlock | None]]


def grid(group: BlockGroup) -> Grid:
    """Rows of cells (None where the source cell was empty), every row as wide as the widest."""
    placed = [block for block in group.blocks if block.cell is not None]
    if not placed:
        return []
    rows = max(block.cell.row for block in placed) + 1  # type: ignore[union-attr]
    columns = max(block.cell.column for block in placed) + 1  # type: ignore[union-attr]
    table: Grid = [[None] * columns for _ in range(rows)]
    for block in placed:
        table[block.cell.row][block.cell.column] = block  # type: ignore[union-attr]
    return [row for row in table if any(cell is not None for cell in row)]


def header_row_count(table: Grid) -> int:
    """1 when every cell of the first row is a header cell (a `<thead>` / GFM header row)."""
    if table and all(cell is not None and cell.cell is not None and cell.cell.header for cell in table[0]):
        return 1
    return 0


def plain_text_table(table: Grid, text: Callable[[LocalizedBlock], str]) -> str:
    """One line per row, cells separated by " | " (tables in wire copy look like this)."""
    lines = []
    for row in table:
        texts = [text(cell) if cell is not None else "" for cell in row]
        while texts and not texts[-1]:
            texts.pop()
        lines.append(" | ".join(texts))
    return "\n".join(lines)


def markdown_table(table: Grid, inline: Callable[[LocalizedBlock], str]) -> str:
    """A GFM pipe table; a table without a header row gets an empty one (GFM requires it)."""
    if not table:
        return ""
    width = len(table[0])
    rows = [[inline(cell) if cell is not None else "" for cell in row] for row in table]
    if header_row_count(table):
        header, body = rows[0], rows[1:]
    else:
        header, body = [""] * width, rows
    lines = [_pipe_row(header), _pipe_row(["---"] * width)]
    lines += [_pipe_row(row) for row in body]
    return "\n".join(lines)


def _pipe_row(cells: list[str]) -> str:
    return "| " + " | ".join(cell.replace("\n", " ") for cell in cells) + " |"
