"""Session 34's cuts (pagespeed34; speed only, every realworld page's and trafilatura's evaluation pages' dumps
byte-identical to main), each held to the reading it replaces.

- `decode.holds_c1` (32 `in` scans) answers as the `[\\x80-\\x9f]` pattern `_c1_rule` asked before, on every
  character in each of CPython's string widths (its `in` takes another path for each) and on every measured page;
- `page_layout.side_column_keys` keys the story cell's own texts only when a side column gave keys to take them
  from: with no column it says nothing, and with one, a text both hold is still not said.
"""

from __future__ import annotations

import re

import lxml.html
import pytest
from conftest import measured_pages
from hypothesis import given
from hypothesis import strategies as st

from l10n.ingest.decode import C1_CHARACTERS, _c1_rule, decode_article, holds_c1
from l10n.ingest.fields import match_key
from l10n.ingest.page_layout import side_column_keys
from l10n.ingest.page_main import MainText

C1_BEFORE = re.compile("[\x80-\x9f]")  # `_c1_rule`'s gate before pagespeed34
PAGES = sorted(measured_pages())
# a character of each width CPython stores a string in: ASCII, Latin-1, two bytes, four bytes
WIDTHS = ("a", "é", "\u2014", "\U0001f600")


def test_c1_characters_are_the_patterns() -> None:
    assert [character for character in map(chr, range(0x110000)) if C1_BEFORE.match(character)] == list(C1_CHARACTERS)


@pytest.mark.parametrize("width", WIDTHS)
def test_holds_c1_answers_as_the_pattern_for_every_character_in_each_width(width: str) -> None:
    for code in [*range(0x200), *range(0x2000, 0x2030), 0xFFFD, 0x10FF80]:
        text = f"{width} polio {chr(code)} including{width}"
        assert holds_c1(text) == (C1_BEFORE.search(text) is not None), (width, hex(code))


@given(st.text(alphabet=st.characters(max_codepoint=0x300) | st.sampled_from(WIDTHS)))
def test_holds_c1_answers_as_the_pattern_on_generated_texts(text: str) -> None:
    assert holds_c1(text) == (C1_BEFORE.search(text) is not None)


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.stem)
def test_holds_c1_answers_as_the_pattern_on_every_measured_page(page) -> None:
    text = decode_article(page.read_bytes(), path=str(page), source_format="html")
    assert holds_c1(text) == (C1_BEFORE.search(text) is not None)
    assert holds_c1(text + "\x97") and _c1_rule(text + "\x97", "html").endswith("\u2014")


STORY = "A sentence of the story, long enough to be its first paragraph, as stories' paragraphs are. " * 2
NEWS = "<td><h3>News</h3><div class=h>Flu</div><div class=i>Ten ill.</div><div class=h>Heat</div><div class=i>Hot days.</div></td>"


def _keys(cells: str) -> frozenset[str]:
    page = lxml.html.fromstring(f"<html><body><table><tr>{cells}</tr></table></body></html>")
    return side_column_keys(page, MainText.of([text for text in page.itertext() if text.strip()]), ["Golf"], "")


def test_no_side_column_no_keys() -> None:
    """The story's cell and a cell of one paragraph beside it (no items, no links): no column, nothing said."""
    assert _keys(f"<td><h1>Golf</h1><p>{STORY}</p></td><td><p>Weather today: sunny, then rain.</p></td>") == frozenset()


def test_a_text_the_story_cell_holds_too_is_not_said() -> None:
    """The column's "Heat" is a heading of the story's cell as well: its key is the story's too, and not said;
    the column's other texts are."""
    alone = _keys(f"{NEWS}<td><h1>Golf</h1><p>{STORY}</p></td>")
    shared = _keys(f"{NEWS}<td><h1>Golf</h1><p>{STORY}</p><h2>Heat</h2></td>")
    assert {"flu", "tenill", "heat", "hotdays", "news"} <= alone
    assert match_key("Heat") not in shared and {"flu", "tenill", "hotdays", "news"} <= shared
