"""A command's table printed as Rich prints it, without Rich where its output is plain text.

Rich lays a `Table` out in box-drawing characters (`box.HEAVY_HEAD`, Rich's default); where the
console is not a terminal and nothing forces one, it prints no styles, and a table that fits the
console's width is only its cells, padded. Importing Rich's console and table modules and laying
the table out cost ~0.04 CPU s of every `translate` that worked (the one-sentence edit's runs:
`bench/chain.py`), for a table of ten rows; `print_table` writes those same characters itself
when it knows them (`plain_table`), and hands the table to Rich otherwise: a terminal, forced
colour (`FORCE_COLOR`, `TTY_COMPATIBLE`), IPython or IDLE, an encoding other than UTF-8 (Rich
then draws in ASCII), a cell that is not printable ASCII (Rich measures wide characters), or a
table wider than the console. `tests/test_cli_tables.py` compares both on the same tables.
`qa.report._Lines` does the same for QA's lines.
"""

from __future__ import annotations

import builtins
import os
import sys
from collections.abc import Sequence
from typing import Any


def print_table(console: Any, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """`rich.table.Table(*headers)` with `rows`, printed on `console` (stdout's) as Rich would."""
    text = plain_table(headers, rows, width=plain_width())
    if text is not None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from rich.table import Table

    table = Table(*headers)
    for row in rows:
        table.add_row(*row)
    console.print(table)


def plain_table(headers: Sequence[str], rows: Sequence[Sequence[str]], *, width: int | None) -> str | None:
    """The text Rich prints for `Table(*headers)` with `rows` on a plain console `width`
    columns wide; None where it may print otherwise (no rows, a cell that is not printable
    ASCII, a table wider than `width`, or `width` None).

    >>> print(plain_table(["locale", "done"], [["es", "1"], ["zh_TW", "12"]], width=80), end="")
    ┏━━━━━━━━┳━━━━━━┓
    ┃ locale ┃ done ┃
    ┡━━━━━━━━╇━━━━━━┩
    │ es     │ 1    │
    │ zh_TW  │ 12   │
    └────────┴──────┘
    """
    cells = [list(headers), *(list(row) for row in rows)]
    if width is None or not rows or any(len(row) != len(headers) for row in cells):
        return None
    if not all(cell.isascii() and cell.isprintable() for row in cells for cell in row):
        return None
    widths = [max(len(row[column]) for row in cells) + 2 for column in range(len(headers))]
    if sum(widths) + len(widths) + 1 > width:
        return None

    def rule(left: str, fill: str, middle: str, right: str) -> str:
        return left + middle.join(fill * each for each in widths) + right

    def line(edge: str, row: Sequence[str]) -> str:
        return edge + edge.join(f" {cell.ljust(each - 2)} " for cell, each in zip(row, widths, strict=True)) + edge

    lines = [rule("┏", "━", "┳", "┓"), line("┃", headers), rule("┡", "━", "╇", "┩")]
    lines += [line("│", row) for row in rows]
    lines.append(rule("└", "─", "┴", "┘"))
    return "\n".join(lines) + "\n"


def plain_width() -> int | None:
    """The width a Rich console made now for stdout lays a table out in, when it would print
    plain text (as `rich.console.Console.is_terminal` and `.size` decide, Rich 15); None when
    it might not: stdout a terminal, forced colour or terminal (`FORCE_COLOR`, `TTY_COMPATIBLE`),
    IPython (Jupyter) or IDLE, Windows, an encoding other than UTF-8."""
    out = sys.stdout
    environ = os.environ
    if sys.platform == "win32" or hasattr(builtins, "get_ipython") or "FORCE_COLOR" in environ:
        return None
    if "TTY_COMPATIBLE" in environ or getattr(sys.stdin, "__module__", "").startswith("idlelib"):
        return None
    if not (getattr(out, "encoding", "utf-8") or "utf-8").lower().startswith("utf"):
        return None
    isatty = getattr(out, "isatty", None)
    try:
        if isatty is not None and isatty():
            return None
    except ValueError:  # a closed stream: Rich takes it for no terminal
        pass
    columns = environ.get("COLUMNS")
    if columns is not None and columns.isdigit():
        return int(columns)
    for descriptor in (0, 1, 2):  # Rich's `_STD_STREAMS`: stdin's terminal first
        try:
            return os.get_terminal_size(descriptor).columns or 80
        except (AttributeError, ValueError, OSError):
            continue
    return 80
