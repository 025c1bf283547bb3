"""cost39: three of session 39's new rules made cheaper, and why each answer stays the one it was.

- `byline_header.around_last_comma_or_bar`: `str.rfind` and stripped spaces, where misses39's `_stamped_name` searched
  a pattern; the same parts as the pattern's on generated texts of spaces (`re`'s `\\s` is `str.strip`'s) and marks.
- `datelines.has_dash`: a paragraph's text holds a dash, which `_LEAD_DATELINE` needs (`normalise_space` changes only
  spaces); `lead_dateline_day` matches no other.

- `byline_teasers._may_name_byline_box`: an element whose class attribute, lower-cased, holds "byline" or "author",
  of which `class_names(element, BYLINE_BOX_CLASSES)` reads a class word as a piece of a name lower-cased.

Each checked on every measured realworld page's texts against the former reading.
"""

from __future__ import annotations

import re

import lxml.html
import pytest
from conftest import measured_pages
from hypothesis import given, settings
from hypothesis import strategies as st
from page_support import parsed_page

from l10n.ingest.byline_header import around_last_comma_or_bar
from l10n.ingest.byline_teasers import BYLINE_BOX_CLASSES, _may_name_byline_box
from l10n.ingest.datelines import _LEAD_DATELINE, DATELINE_CHARS, LEAD_PARAGRAPHS, has_dash
from l10n.ingest.fields import normalise_space
from l10n.ingest.figure_credits import class_names


@pytest.fixture(scope="module")
def pages() -> list[lxml.html.HtmlElement]:
    return [parsed_page(path) for path in measured_pages()]


def test_every_dateline_paragraph_of_the_realworld_pages_has_a_dash(pages: list[lxml.html.HtmlElement]) -> None:
    found = refused = 0
    for root in pages:
        for paragraph in list(root.iter("p"))[:LEAD_PARAGRAPHS]:
            text = paragraph.text_content()
            if _LEAD_DATELINE.match(normalise_space(text)[:DATELINE_CHARS]):
                assert has_dash(text)
                found += 1
            refused += not has_dash(text)
    assert found > 5  # the pages hold datelines
    assert refused > 1000  # and the precheck spares many paragraphs


@pytest.mark.parametrize("text", ["WASHINGTON (January 24, 2017) — Ferries", "Feb. 23, 2015 -- Life", "3/4/2015 – A"])
def test_has_dash_on_written_datelines(text: str) -> None:
    assert _LEAD_DATELINE.match(text) and has_dash(text)


# misses39's search for the text around the last comma or bar, which `around_last_comma_or_bar` replaces
_LAST_COMMA_OR_BAR = re.compile(r"\s*[,|]\s*(?=[^,|]*$)")


def _searched(text: str) -> tuple[str, str] | None:
    parted = _LAST_COMMA_OR_BAR.search(text)
    return None if parted is None else (text[: parted.start()], text[parted.end() :])


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=",| \t\n\u00a0\u3000\u2028\x1cab5:", max_size=30))
def test_around_last_comma_or_bar_is_the_search_on_generated_texts(text: str) -> None:
    assert around_last_comma_or_bar(text) == _searched(text)


def test_around_last_comma_or_bar_is_the_search_on_the_realworld_texts(pages: list[lxml.html.HtmlElement]) -> None:
    texts = [text for root in pages for text in root.itertext() if "," in text or "|" in text]
    assert len(texts) > 10000
    assert all(around_last_comma_or_bar(text) == _searched(text) for text in texts)


def test_every_byline_box_of_the_realworld_pages_may_name_one(pages: list[lxml.html.HtmlElement]) -> None:
    found = spared = 0
    for root in pages:
        for element in root.iter():
            if isinstance(element.tag, str) and class_names(element, BYLINE_BOX_CLASSES):
                assert _may_name_byline_box(element)
                found += 1
            spared += not _may_name_byline_box(element)
    assert found > 100
    assert spared > 100000


@pytest.mark.parametrize(
    ("classes", "named"),
    [("entry-Byline", True), ("postAuthorName", True), ("AUTHOR", True), ("no-author", False), ("writer", False)],
)
def test_may_name_byline_box_on_written_class_names(classes: str, named: bool) -> None:
    span = lxml.html.fromstring(f'<div><span class="{classes}">Ann Lee</span></div>').find("span")
    assert class_names(span, BYLINE_BOX_CLASSES) is named
    assert _may_name_byline_box(span) is (named or "author" in classes.lower())
