"""Session 34's cuts (pagespeed34; speed only, every realworld page's and trafilatura's evaluation pages' dumps
byte-identical to main), each held to the reading it replaces.

- `decode.holds_c1` (32 `in` scans) answers as the `[\\x80-\\x9f]` pattern `_c1_rule` asked before, on every
  character in each of CPython's string widths (its `in` takes another path for each) and on every measured page;
- `notice_lines.is_notice_line`, `side_cells._is_title_cell` and `page_boxes._is_menu_word` split no long
  text into all its words to count them (`fields.word_count`), nor a block that is no cell: each answers as
  before (copied here) on generated texts and blocks;
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

from l10n.ingest import notice_lines, page_boxes, side_cells
from l10n.ingest.decode import C1_CHARACTERS, _c1_rule, decode_article, holds_c1
from l10n.ingest.fields import match_key
from l10n.ingest.furniture import ends_as_sentence
from l10n.ingest.page_layout import side_column_keys
from l10n.ingest.page_main import MainText
from l10n.model import Block, InlineMarkup

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


def _is_notice_line_before(text: str) -> bool:
    words = text.split()
    if not words or len(words) > notice_lines.MAX_NOTICE_WORDS:
        return False
    line = " ".join(words)
    return bool(
        notice_lines._PUBLISHED_BY.fullmatch(line)
        or notice_lines._GREEK_NOTICE.search(line)
        or notice_lines._FAN_PAGE.search(line)
    )


def _is_title_cell_before(block: Block) -> bool:
    words = block.text.split()
    return (
        block.role == "cell"
        and 0 < len(words) <= side_cells.MAX_TITLE_WORDS
        and not any(mark.tag == "a" for mark in block.markup)
        and not ends_as_sentence(block.text)
    )


def _is_menu_word_before(text: str) -> bool:
    text = text.strip()
    return len(text.split()) == 1 and len(text) <= page_boxes.MAX_MENU_ITEM_CHARS and not ends_as_sentence(text)


NOTICE = "Published by Globes [online], Israel business news - www.globes-online.com - on January 16, 2012"
# words and the white space between them (a no-break space, a line feed, an ideographic space), notices' own words
WORDS = st.lists(
    st.sampled_from(["Home", "News", "Published", "by", "on", "2012.", "ΑΠΕ-ΜΠΕ", "Facebook", "加入", "a" * 40, "."]),
    max_size=60,
)
SPACES = st.sampled_from([" ", "  ", "\xa0", "\n", "\u3000", "\t "])


@st.composite
def texts(draw: st.DrawFn) -> str:
    words = draw(WORDS)
    return draw(SPACES) * draw(st.booleans()) + "".join(word + draw(SPACES) for word in words).rstrip(
        " " if draw(st.booleans()) else ""
    )


@given(texts())
def test_word_counting_rules_answer_as_before_on_generated_texts(text: str) -> None:
    assert notice_lines.is_notice_line(text) == _is_notice_line_before(text)
    assert page_boxes._is_menu_word(text) == _is_menu_word_before(text)


@given(texts(), st.sampled_from(["cell", "paragraph", "list_item", "heading"]), st.booleans())
def test_title_cell_answers_as_before_on_generated_blocks(text: str, role: str, linked: bool) -> None:
    block = Block(role, text, markup=[InlineMarkup(0, len(text), "a")] if linked and text else [])
    assert side_cells._is_title_cell(block) == _is_title_cell_before(block)


@pytest.mark.parametrize("words", [0, 1, 2, 39, 40, 41, 80])
def test_notice_line_of_any_length_answers_as_before(words: int) -> None:
    for text in (
        NOTICE + " word" * words,
        " ".join(["word"] * words),
        "Λεπτομέρειες στη συνδρομητική σελίδα του ΑΠΕ-ΜΠΕ" + " λέξη" * words,
    ):
        assert notice_lines.is_notice_line(text) == _is_notice_line_before(text), (words, text[:40])
    assert notice_lines.is_notice_line(NOTICE) and not notice_lines.is_notice_line(NOTICE + " word" * 40)
