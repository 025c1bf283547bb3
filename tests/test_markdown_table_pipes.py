"""A "|" in a Markdown table cell — in text, in a code span, in a link's address — stays in its
cell in the Markdown edition (l10n/assemble/tables.py, GFM §4.10).

Found by fuzzing the chain with tables: a cell's code span `x\\|y` was written back as `x|y`, and
GFM splits a row at a pipe inside a code span too, so the header had a cell more than the
delimiter row and the whole table became one paragraph of pipes in the edition. The reader here is
markdown-it-py with its GFM table rule, not the ingest under test."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from l10n.assemble import assemble_article, render_article
from l10n.ingest.markdown import ingest_markdown
from l10n.locales import parse_locale
from l10n.model import Translation
from l10n.msgctxt import context_for_role
from l10n.segment import segment_document

GFM = MarkdownIt("commonmark").enable("table")


def table_cells(markdown: str) -> list[list[str]]:
    """Rows of cells as markdown-it-py renders them (inline HTML), headers included, without
    spaces: ingest collapses them in code as in prose (placeables/code.py), and this test is about
    where each cell's text and code end, not its spacing."""
    rows: list[list[str]] = []
    tokens = GFM.parse(markdown)
    for index, token in enumerate(tokens):
        if token.type == "tr_open":
            rows.append([])
        elif token.type in ("th_open", "td_open"):
            shown = GFM.renderer.render(tokens[index + 1].children or [], GFM.options, {})
            rows[-1].append(re.sub(r"\s+|<code>\s*</code>", "", shown))
    return rows


def markdown_edition(source: str) -> str:
    """The Markdown edition of `source`, every unit "translated" as itself (the untranslated words
    and values as written: what a reader sees before translation)."""
    doc = segment_document(ingest_markdown(source))
    copies = {
        (context_for_role(block.role), segment.text): Translation(segment.text)
        for block in doc.blocks
        for segment in block.segments
    }
    return render_article(assemble_article(doc, copies, parse_locale("en_GB"), domain="t"), "md")


CELL = st.lists(
    st.sampled_from(["a", "b", " ", "\\|", "`x\\|y`", "`\\|`", "``a\\|`b``", "`a\\\\|b`", "[l](https://x.org/a\\|b)", "**b\\|c**", "\\\\"]),
    min_size=1,
    max_size=5,
).map("".join)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(CELL, min_size=2, max_size=2), min_size=1, max_size=3))
@example([["a", "`x\\|y`"]])
@example([["`a\\\\|b`", "[l](https://x.org/a\\|b)"]])
@example([["a", "`x\\|y```a\\|`b`` ``a\\|`b``"]])  # a code span of one space (seed 761)
@example([["a", "``a\\|`b```x\\|y` ``a\\|`b``"]])  # a space at a code span's end (seed 761)
def test_every_pipe_stays_in_its_cell(rows: list[list[str]]) -> None:
    source = "# Figures\n\n| Head | Head two |\n|---|---|\n" + "".join(f"| {a} | {b} |\n" for a, b in rows)
    expected = table_cells(source)
    if any(not "".join(row).strip() for row in expected[1:]):  # an empty row is no unit: not this test's case
        return
    assert table_cells(markdown_edition(source)) == expected


@pytest.mark.parametrize("cell", ["`x\\|y`", "`a\\\\|b`", "a \\| b", "[l](https://x.org/a\\|b)"])
def test_a_pipe_in_code_text_or_address(cell: str) -> None:
    source = f"# Figures\n\n| Head | Two |\n|---|---|\n| {cell} | 1 |\n"
    assert table_cells(markdown_edition(source)) == table_cells(source)
