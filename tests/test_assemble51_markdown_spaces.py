"""A Markdown edition keeps the no-break spaces its values and translators put in, as the HTML and text editions
do (`assemble/markdown_inline._one_spaced`): a French "12 500 $US" or "3,5 M €" from CLDR holds U+202F/U+00A0,
and `str.split()` made each a plain space, so a Markdown viewer could break the value over two lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_main

NO_BREAK = ("\u00a0", "\u202f")


def test_the_markdown_edition_keeps_the_no_break_spaces_of_the_text_edition(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "fund.md").write_text(
        "# Fund grows\n\nThe fund holds 12,500 dollars and 3.5 million euros.\n\n"
        "- It grew by 1,250,000 dollars in 2025.\n",
        encoding="utf-8",
    )
    run_main(capsys, tmp_path, "run", "--locales", "fr", "--engine", "pseudo", "-q")
    text = (tmp_path / "build" / "fr" / "fund.txt").read_text(encoding="utf-8")
    markdown = (tmp_path / "build" / "fr" / "fund.md").read_text(encoding="utf-8")
    for space in NO_BREAK:
        assert space in text  # CLDR's French number and unit spacing reached the text edition
        assert markdown.count(space) == text.count(space), space
    assert "12\u202f500" in markdown and "3,5\u00a0M\u00a0€" in markdown
