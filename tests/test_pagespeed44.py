"""pagespeed44: the story's headings and the texts under them read once a tree (`datelines.HeadingReads`).

`dateline_day` reads them on the page; on a page that states no day there, `page.py` copies the page before
pruning and four more date readers read them again on the copy. `HeadingReads.on_copy` hands them the page's
reads, each heading the copy's element at the same place: what reading the copy afresh gives.
"""

from __future__ import annotations

import copy

import lxml.html

from l10n.ingest.datelines import HeadingReads, foot_day, heading_texts, story_headings, updated_day
from l10n.ingest.metadata import PageMetadata

PAGE = (
    "<html><body><div><p>Home</p><!-- a comment --><h1>Daily Paper</h1></div>"
    "<div class='post'><h2>Harbour reopens</h2><div>Updated 3 May 2019</div><p>The harbour reopened.</p>"
    "<p>This entry was posted on May 2, 2019</p></div></body></html>"
)


def test_the_copy_s_reads_are_the_copy_s_elements_and_what_a_fresh_read_gives() -> None:
    meta = PageMetadata(headlines=["Harbour reopens"])
    page = lxml.html.document_fromstring(PAGE)
    reads = HeadingReads(page, meta)
    under = list(reads.under())  # as `dateline_day` reads them, all headings when it finds no day
    unpruned = copy.deepcopy(page)
    moved = reads.on_copy(unpruned)
    fresh = HeadingReads(unpruned, meta)
    assert [heading.tag for heading in moved.headings()] == ["h2", "h1"]  # the titled `<h2>`, then the logo's
    assert moved.headings() == story_headings(unpruned, meta) == fresh.headings()  # the copy's own elements
    assert moved.headings()[0].getroottree().getroot() is unpruned
    assert list(moved.under()) == under == list(fresh.under())
    assert under[0] == ["Updated 3 May 2019", "The harbour reopened.", "This entry was posted on May 2, 2019"]
    assert updated_day(unpruned, meta, reads=moved) == updated_day(unpruned, meta) is not None
    assert foot_day(unpruned, meta, reads=moved) == foot_day(unpruned, meta) is not None
    assert heading_texts(unpruned, meta, reads=moved) == heading_texts(unpruned, meta)


def test_a_title_shown_without_a_heading_is_read_by_each_reading_of_it() -> None:
    """Where no heading says a title, the element showing it: `heading_texts` also takes the title's longest part,
    which the other readers do not (misses43), so each reading is kept apart."""
    meta = PageMetadata(headlines=["CA-NEWS : Harbour reopens after the storm"])
    page = lxml.html.document_fromstring(
        "<html><body><div class='titulo'>Harbour reopens after the storm</div><p>Text.</p></body></html>"
    )
    reads = HeadingReads(page, meta)
    assert reads.headings() == story_headings(page, meta) == []
    unpruned = copy.deepcopy(page)
    moved = reads.on_copy(unpruned)
    assert [element.get("class") for element in moved.headings(longest_part=True)] == ["titulo"]
    assert moved.headings(longest_part=True) == story_headings(unpruned, meta, longest_part=True)
    assert moved.headings() == []
