"""Session 28's cuts of the fixed work a page pays besides trafilatura (speedfix28), each counted
the way `tests/test_ingest_page_cost.py` counts (cProfile's calls, the same on any machine), and
held to the answer before where a shortcut could answer otherwise.

- `page_headline`: a page stating tens of titles (digg: 54, a JSON-LD list of stories) and showing
  tens of headings spaces each title once, not once for each heading it is compared with.
- `page_days.writes_day` searches no text that does not hold the day's year: every form it reads
  writes the year's four digits.
- `metadata`'s microdata elements (`itemprop`, hidden `itemscope` items) are found from their
  attributes (`//@itemprop/..`): the same elements, in the same order, as `//*[@itemprop]` found.
"""

from __future__ import annotations

import cProfile
import datetime as dt
import pstats
from collections.abc import Callable

import lxml.html
import pytest
from conftest import measured_pages
from page_support import parsed_page

from l10n.ingest import metadata
from l10n.ingest.metadata import PageMetadata
from l10n.ingest.page_days import writes_day
from l10n.ingest.page_headline import page_headline
from l10n.model import Block


def calls_of(name: str, run: Callable[[], object]) -> int:
    """How many times `run` calls the function or built-in method whose name is `name`."""
    profile = cProfile.Profile()
    profile.runcall(run)
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    return sum(calls for (_, _, function), (_, calls, *_) in stats.items() if function == name)


def titles_and_headings(n: int) -> tuple[PageMetadata, list[Block]]:
    """`n` stated titles none of the page's `n` headings starts, and the story's heading last."""
    titles = [f"Story   number {i} of the list | Site" for i in range(n)] + ["Harbour reopens | Site"]
    headings = [Block("heading", f"Section  {i}") for i in range(n)] + [Block("headline", "Harbour reopens")]
    return PageMetadata(headlines=titles, site_name="Site"), headings


def test_many_titles_and_headings_are_spaced_once_each() -> None:
    meta, blocks = titles_and_headings(40)
    assert page_headline(meta, blocks, frozenset()).text == "Harbour reopens"
    splits = calls_of("<method 'split' of 'str' objects>", lambda: page_headline(meta, blocks, frozenset()))
    # each title and heading a few times (keys, site names, first lines), not each pair: 41 × 41 pairs
    assert splits < 10 * 41


def test_a_title_head_and_a_title_shown_as_text_are_found_as_before() -> None:
    meta = PageMetadata(headlines=["Harbour  reopens after\u00a0storm _Metro _Site"], site_name="")
    heading = Block("heading", "Harbour reopens  after storm")
    assert page_headline(meta, [Block("heading", "Menu"), heading], frozenset()).text == "Harbour reopens  after storm"
    shown = Block("paragraph", "Harbour reopens\nafter storm")
    assert page_headline(meta, [Block("paragraph", "Menu"), shown], frozenset()).text == shown.text
    tail = PageMetadata(headlines=["HARBOUR NEWS :  Harbour reopens after the storm"])
    cell = Block("cell", "Harbour reopens after  the storm")
    assert page_headline(tail, [cell], frozenset()).text == cell.text


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Dodano: 4 stycznia 2012, 10:18", True),
        ("04.01.2012 12:23 msk", True),
        ("2012年1月4日", True),
        ("Jan. 4, 2012", True),
        ("4 stycznia 2013", False),
        ("Jan. 4, 12", False),
        ("", False),
    ],
)
def test_a_day_is_written_as_before(text: str, written: bool) -> None:
    assert writes_day(text, dt.date(2012, 1, 4)) is written


def test_a_text_without_the_year_is_not_searched() -> None:
    texts = [f"Reader {i} wrote on 4 January at 10:{i % 60:02d}" for i in range(100)]
    day = dt.date(2012, 1, 4)
    assert not any(writes_day(text, day) for text in texts)
    assert calls_of("<method 'search' of 're.Pattern' objects>", lambda: [writes_day(t, day) for t in texts]) == 0


OLD_PROPERTIES = "//*[@itemprop]"
OLD_HIDDEN_ITEM = "//*[@itemscope][contains(translate(@style, 'DISPLAYNOE ', 'displaynoe'), 'display:none')]"


def test_microdata_elements_are_found_as_before_on_real_pages() -> None:
    found = 0
    for page in measured_pages()[::10]:
        root = parsed_page(page)
        assert root.xpath(metadata._PROPERTIES) == root.xpath(OLD_PROPERTIES), page.name
        assert root.xpath(metadata._HIDDEN_ITEM) == root.xpath(OLD_HIDDEN_ITEM), page.name
        found += len(root.xpath(OLD_PROPERTIES))
    assert found > 100


def test_nested_and_hidden_items_are_found_once_in_document_order() -> None:
    root = lxml.html.document_fromstring(
        '<html><body><div itemscope itemprop="author" style="DISPLAY: None"><span itemprop="name">Ann</span>'
        '<div itemscope style="color: red"><b itemprop="name" itemscope style="display :none">Bo</b></div></div>'
        '<p itemprop="headline" style="display:none">Harbour</p></body></html>'
    )
    for new, old in ((metadata._PROPERTIES, OLD_PROPERTIES), (metadata._HIDDEN_ITEM, OLD_HIDDEN_ITEM)):
        assert root.xpath(new) == root.xpath(old)
    assert [element.tag for element in root.xpath(metadata._HIDDEN_ITEM)] == ["div", "b"]
