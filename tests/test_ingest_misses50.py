"""Rules of the page path added in session 50 for holdout49's blind misses (the modules each test names): each on a
small page shaped like the convention, with the near miss that must stay as it was, and on the real page it was found
on (taken from `measured`). The story's result is asserted first (it failed before the rule)."""

from __future__ import annotations

from page_support import HEADLINE, STORY, TITLE, chrome_kept, ingest, measured

ODT = "odt-co-nz-emergency"


def _byline_box(terms: str) -> str:
    return f"{HEADLINE}<div class='byline'>By <a href='/history/1'>Ann Lee</a> on Tue, 17 Jan 2012{terms}</div>{STORY}"


def test_a_row_of_topic_links_in_the_byline_box_names_no_writer() -> None:
    """byline_site.is_topic_row: the Otago Daily Times (holdout49) sets its story's topics in its byline box, "News:
    Dunedin | Dunedin Hospital | SDHB", each a link to a section or tag page; they were read as two more writers
    ("Eileen Goodwin, News: Dunedin, Dunedin Hospital"). A row naming the writers' own pages stays a byline."""
    document = measured(ODT)
    assert document.author == "Eileen Goodwin"
    topics = (
        "<div class='node-terms'><a href='/news/dunedin'>News: Dunedin</a> | "
        "<a href='/news/tags/dunedin-hospital'>Dunedin Hospital</a> | <a href='/news/tags/sdhb'>SDHB</a></div>"
    )
    assert ingest(_byline_box(topics), TITLE).author == "Ann Lee"
    writers = (
        "<div class='node-terms'><a href='/author/bo-chen'>Bo Chen</a> | <a href='/author/li-wei'>Li Wei</a></div>"
    )
    assert ingest(_byline_box(writers), TITLE).author == "Ann Lee, Bo Chen, Li Wei"


def test_the_masthead_s_edition_line_is_no_unit() -> None:
    """notice_lines._EDITION_LINE: the Otago Daily Times' header line "Online Edition | Wednesday, 18 January 2012 |
    01:58:01", the day and hour the page was served, was a unit between its byline and its story. A sentence about
    an edition stays."""
    document = measured(ODT)
    assert chrome_kept(ODT, document) == []
    edition = "<div class='header_date'>Online Edition | Wednesday, 18 January 2012 | <span>01:58:01</span></div>"
    texts = [block.text for block in ingest(f"{HEADLINE}{edition}{STORY}", TITLE).blocks]
    assert not any("Edition" in text for text in texts)
    sentence = "<p>The online edition of 18 January 2012 sold out within an hour of going on sale, the paper said.</p>"
    texts = [block.text for block in ingest(f"{HEADLINE}{STORY}{sentence}", TITLE).blocks]
    assert "The online edition of 18 January 2012 sold out within an hour of going on sale, the paper said." in texts
