"""`cli.tables`: a command's table as Rich prints it, written without Rich where that is plain
text (a `translate` that worked imported Rich's console and table for ten rows: ~0.04 CPU s of
each one-sentence-edit run)."""

from __future__ import annotations

import io
import random
import shutil
import string
import sys
from pathlib import Path

import pytest
from rich.console import Console
from rich.table import Table
from test_startup_imports import probe

from l10n.cli.tables import plain_table, plain_width
from l10n.cli.translate import TABLE_HEADERS

REPO = Path(__file__).resolve().parent.parent


def rich_text(headers, rows, width: int) -> str:
    """What the CLI's console (`cli.common._LazyConsole`'s options) prints for the table."""
    out = io.StringIO()
    console = Console(file=out, width=width, highlight=False, soft_wrap=True, markup=False, emoji=False)
    table = Table(*headers)
    for row in rows:
        table.add_row(*row)
    console.print(table)
    return out.getvalue()


def test_a_plain_table_is_what_rich_prints() -> None:
    """Random ASCII tables (spaces, brackets, backslashes, empty cells), at the width they need,
    one column less (Rich wraps: not plain), one more and far more."""
    rng = random.Random(17)
    letters = string.ascii_letters + string.digits + " .-_/[]{}()!~:;,'\"@#$%^&*=+<>?|\\`"
    compared = 0
    for _ in range(600):
        columns = rng.randint(1, len(TABLE_HEADERS))
        headers = (
            list(TABLE_HEADERS[:columns])
            if rng.random() < 0.5
            else ["".join(rng.choices(letters, k=rng.randint(0, 12))) for _ in range(columns)]
        )
        rows = [
            ["".join(rng.choices(letters, k=rng.choice([0, 1, 2, 5, 10, 30]))) for _ in range(columns)]
            for _ in range(rng.randint(1, 6))
        ]
        needed = sum(max(len(row[i]) for row in [headers, *rows]) + 2 for i in range(columns)) + columns + 1
        assert plain_table(headers, rows, width=needed - 1) is None
        for width in (needed, needed + 1, needed + 50):
            assert plain_table(headers, rows, width=width) == rich_text(headers, rows, width)
            compared += 1
    assert compared == 1800


def test_what_rich_would_draw_otherwise_is_left_to_rich() -> None:
    rows = [["zh_TW", "opencc s2twp from zh_CN", "1", "0", "0", "0", "1", "299"]]
    assert plain_table(TABLE_HEADERS, rows, width=200) == rich_text(TABLE_HEADERS, rows, 200)
    assert plain_table(TABLE_HEADERS, [], width=200) is None  # Rich's empty table
    assert plain_table(TABLE_HEADERS, [["中文", *rows[0][1:]]], width=200) is None  # wide characters
    assert plain_table(TABLE_HEADERS, [[*rows[0][:7], "1\t2"]], width=200) is None  # a tab
    assert plain_table(TABLE_HEADERS, rows, width=None) is None


@pytest.mark.parametrize(
    ("environment", "encoding", "terminal", "expected"),
    [
        ({"COLUMNS": "123"}, "utf-8", False, 123),
        ({"COLUMNS": "123", "FORCE_COLOR": "1"}, "utf-8", False, None),  # Rich styles it
        ({"COLUMNS": "123", "TTY_COMPATIBLE": "1"}, "utf-8", False, None),
        ({"COLUMNS": "123"}, "ascii", False, None),  # Rich draws the box in ASCII
        ({"COLUMNS": "123"}, "utf-8", True, None),  # a terminal: styles
    ],
)
def test_the_width_is_rich_s_and_only_where_rich_prints_plain(
    monkeypatch, environment: dict[str, str], encoding: str, terminal: bool, expected: int | None
) -> None:
    for name in ("COLUMNS", "FORCE_COLOR", "TTY_COMPATIBLE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    stream = io.TextIOWrapper(io.BytesIO(), encoding=encoding)
    monkeypatch.setattr(stream, "isatty", lambda: terminal)
    monkeypatch.setattr(sys, "stdout", stream)
    assert plain_width() == expected
    if expected is not None:
        assert Console().size.width == expected and not Console().is_terminal  # as Rich decides


@pytest.mark.slow
def test_a_translate_that_worked_prints_its_table_without_importing_rich(tmp_path, monkeypatch) -> None:
    """The seed article through `extract` and `translate --engine pseudo`, each its own process
    with stdout a pipe: the table is printed (what Rich prints: the test above), Rich is not
    imported. Fails where the table goes through `rich.table`."""
    monkeypatch.setenv("COLUMNS", "200")
    root = tmp_path / "project"
    (root / "seeds").mkdir(parents=True)
    shutil.copy(next((REPO / "seeds").glob("*.txt")), root / "seeds")
    listing = tmp_path / "modules.txt"
    probe(root, ["extract", "{root}/seeds", "--locales", "de,zh_CN", "-q"], listing)
    out, modules = probe(root, ["translate", "--engine", "pseudo", "--locales", "de,zh_CN"], listing)
    assert "┃ locale ┃ engine" in out and "│ zh_CN  │ pseudo" in out
    assert not {"rich.table", "rich.console"} & modules
    assert "l10n.cli.tables" in modules
