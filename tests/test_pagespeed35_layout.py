"""Session 35's cuts in `page_layout` (pagespeed35; speed only), each held to the reading it replaces.

- `_text_keys` keys an element's whole text as its pieces' keys joined (`_whole_keys`), each piece keyed once,
  where it keyed every element's `text_content()` before: the same set on every element of every measured page
  (the body's elements and each's subtree), on generated trees, and where a capital sigma's lower case depends on
  the letter after it (a text holding "Σ" is keyed as before);
- `_is_story_paragraph` asks lxml's own tag filter for a block inside, and sizes the spaced-out text by its
  spaces: the same answer as the reading before on every element of every measured page.
"""

from __future__ import annotations

import lxml.html
import pytest
from conftest import measured_pages
from hypothesis import given, settings
from hypothesis import strategies as st
from page_support import parsed_page

from l10n.ingest import page_layout
from l10n.ingest.fields import match_key
from l10n.ingest.shown_text import SHOWN_TEXT
from l10n.ingest.tables import LAYOUT_BLOCKS

PAGES = sorted(measured_pages())
# elements of a page whose subtrees are compared: enough to reach every depth, few enough to stay quick
ELEMENTS_A_PAGE = 120


def keys_before(element) -> set[str]:
    """`_text_keys` as it read before pagespeed35."""
    return {match_key(inner.text_content()) for inner in element.iter() if isinstance(inner.tag, str)} | {
        match_key(text) for text in SHOWN_TEXT(element)
    }


def story_paragraph_before(element, kept) -> bool:
    """`_is_story_paragraph` as it read before pagespeed35."""
    if element.tag not in page_layout.LEAF_BLOCKS or any(
        isinstance(inner.tag, str) and inner.tag in LAYOUT_BLOCKS | page_layout.LEAF_BLOCKS
        for inner in element.iterdescendants()
    ):
        return False
    text = " ".join(element.text_content().split())
    return page_layout._size(text) >= page_layout.STORY_LETTERS and kept(text)


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.stem)
def test_text_keys_as_before_on_every_measured_page(page) -> None:
    root = parsed_page(page)
    elements = [element for element in root.iter() if isinstance(element.tag, str)]
    step = max(1, len(elements) // ELEMENTS_A_PAGE)
    for element in [root, *elements[::step]]:
        assert page_layout._text_keys(element) == keys_before(element), (page.stem, element.tag, element.sourceline)


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.stem)
def test_story_paragraph_as_before_on_every_measured_page(page) -> None:
    root = parsed_page(page)
    texts = [" ".join(element.text_content().split()) for element in root.iter("p", "div", "td")]
    chosen = frozenset(texts[::3])  # a reading that keeps some texts and not others

    def kept(text: str) -> bool:
        return text in chosen

    for element in root.iter():
        assert page_layout._is_story_paragraph(element, kept) == story_paragraph_before(element, kept), (
            page.stem,
            element.sourceline,
        )


def test_a_sigma_before_a_letter_of_another_element_is_keyed_as_the_whole() -> None:
    # "ΟΔΟΣ" alone lower-cases to "οδος" (a final sigma); run on into "Α" of the next element, to "οδοσα"
    root = lxml.html.fromstring("<div><p><span>ΟΔΟΣ</span>Α</p><p>Ναι</p></div>")
    assert page_layout._text_keys(root) == keys_before(root)
    assert "οδοσαναι" in page_layout._text_keys(root)
    assert match_key("ΟΔΟΣ") + match_key("Α") != match_key("ΟΔΟΣΑ")  # why the pieces are not joined then


def test_comments_and_scripts_count_as_text_content_counts_them() -> None:
    root = lxml.html.fromstring(
        "<div>Top <!-- a note --> after <script>var x = 1;</script> tail <b>Bold<!--c--> text</b> end</div>"
    )
    assert page_layout._text_keys(root) == keys_before(root)
    assert page_layout._whole_keys(root)[root] == match_key(root.text_content())


PIECES = st.sampled_from(["", " ", "Ab", "ÉTÉ", "straße", "İstanbul", "x-y", "日本", "1,5", "\u00a0", "ǅ", "ﬁ"])
TAGS = st.sampled_from(["div", "p", "span", "b", "li", "script", "a"])


@st.composite
def trees(draw, depth: int = 3) -> str:
    tag = draw(TAGS)
    inner = draw(PIECES)
    if depth:
        for child in draw(st.lists(trees(depth - 1), max_size=3)):
            inner += child + draw(PIECES)
    if draw(st.booleans()):
        inner += "<!--" + draw(PIECES) + "-->" + draw(PIECES)
    return f"<{tag}>{inner}</{tag}>"


@settings(max_examples=300, deadline=None)
@given(trees())
def test_text_keys_as_before_on_generated_trees(markup: str) -> None:
    root = lxml.html.fromstring(f"<html><body>{markup}</body></html>")
    for element in root.iter():
        if isinstance(element.tag, str):
            assert page_layout._text_keys(element) == keys_before(element)
