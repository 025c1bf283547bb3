"""What ingest no longer works out twice on a page, and why each answer stays the one it was (pagespeed21b).

- `page_main.MainText.extended`: trafilatura's lines are keyed once for the twins' search
  (`twin_story_lines`) and the lines found after them (the page's description, the twins) are
  added to those keys, where the page's lines were keyed again with them before. The result is
  `MainText.of` the whole list: the same lines, the same text in the same order, the same table
  cells (an empty cell dropped from either part), on generated lines and on real pages.
- `twin_story_lines` given the page's `MainText` answers as given the lines.
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.ingest.decode import decode_article
from l10n.ingest.html_parse import parse_html
from l10n.ingest.page_main import MainText, main_text_lines, twin_story_lines

REALWORLD = Path(__file__).parent / "data" / "realworld"
PAGES = ("businessinsider-com-larrypage.html", "taz-de-siemens.html", "dailymail-co-uk-food.html")

# lines as trafilatura writes them: prose, a table row with empty and repeated cells, blank lines
LINES = st.lists(
    st.one_of(
        st.text(alphabet="ab |.İΣς \t", max_size=12),
        st.lists(st.sampled_from(["", "a", "b b", " ", "Σ"]), max_size=4).map(
            lambda cells: "| " + " | ".join(cells) + " |"
        ),
    ),
    max_size=6,
)


@settings(max_examples=300, deadline=None)
@given(LINES, LINES)
def test_extended_is_the_whole_lists_main_text(before: list[str], after: list[str]) -> None:
    assert MainText.of(before).extended(after) == MainText.of(before + after)


def test_extended_keeps_the_order_of_the_text() -> None:
    """A key spanning the two parts is found as in the whole list's text (its order matters)."""
    whole = MainText.of(["The harbour reopened", "on Monday morning"])
    extended = MainText.of(["The harbour reopened"]).extended(["on Monday morning"])
    assert extended.everything == whole.everything
    assert extended.kept("harbour reopened on Monday") is whole.kept("harbour reopened on Monday")
    assert MainText.of(["on Monday morning"]).extended(["The harbour reopened"]).everything != whole.everything


def parsed(name: str) -> lxml.html.HtmlElement:
    data = (REALWORLD / name).read_bytes()
    return parse_html(decode_article(data, path=name, source_format="html"), source_path=name)


@pytest.mark.parametrize("name", PAGES)
def test_real_pages_twins_and_keys_are_the_reading_before(name: str) -> None:
    root = parsed(name)
    lines = main_text_lines(root)
    read = MainText.of(lines)
    twins = twin_story_lines(root, read)
    assert twins == twin_story_lines(root, lines)
    extra = ["A description of the page.", *twins]
    assert read.extended(extra) == MainText.of(lines + extra)
