"""Session 25's cuts on the two pages of holdout24 far over trafilatura's time (speed25b), each held
to what the reading it replaces answered where a shortcut could answer otherwise.

- `datelines.foot_day` under several story headings first searches every text node of the page,
  parted by spaces, for a "posted on <day>" line: a line glued to the word before it in another
  element ("<b>Re</b>posted on …") is still found.
- `datelines.read_timestamp` keeps its answers for short texts: the page's language is part of
  what is kept.
- `page_figures.credited_pictures` asks libxml2's joined string whether a picture's box holds
  text: a no-break space alone is no text, as `str.strip` says (XPath's `normalize-space` would
  call it text).
- `heading_lines.top_stamp_day` reads the holder of a stamp only: a stamp in a link is still a
  teaser's; `byline_under_heading` reads the first two shown texts only: a script's is not shown.
"""

from __future__ import annotations

import datetime as dt

import lxml.html

from l10n.ingest.datelines import foot_day, read_timestamp
from l10n.ingest.heading_lines import byline_under_heading, top_stamp_day
from l10n.ingest.metadata import PageMetadata
from l10n.ingest.page_figures import credited_pictures


def test_a_posted_line_glued_to_another_element_is_found_under_several_headings() -> None:
    page = lxml.html.document_fromstring(
        "<html><body><h1>Site</h1><h1>Harbour</h1><p>Text.</p>"
        "<p><b>Re</b>posted on May 3, 2019 at 9:00</p><h1>More</h1></body></html>"
    )
    assert foot_day(page, PageMetadata(headlines=["Another title"])) == dt.datetime(2019, 5, 3)
    unposted = lxml.html.document_fromstring(
        "<html><body><h1>Site</h1><h1>Harbour</h1><p>May 3, 2019</p></body></html>"
    )
    assert foot_day(unposted, PageMetadata(headlines=["Another title"])) is None


def test_a_kept_timestamp_is_read_again_in_another_language() -> None:
    line = "Mis à jour le 3 mars 2020 à 10h30"
    french = read_timestamp(line, language="fr")
    assert french is not None
    assert french.day == dt.datetime(2020, 3, 3)
    assert read_timestamp(line) is None


def test_a_picture_box_holding_a_no_break_space_alone_is_still_a_credited_figure() -> None:
    box = lxml.html.fragment_fromstring(
        '<div><span>\u00a0<img src="a.jpg"></span><p>A harbour.</p><p>Image: Ann Lee</p></div>'
    )
    credited_pictures(box)
    assert box[0].tag == "figure"
    assert box[0].findtext("figcaption/small") == "Image: Ann Lee"


def test_a_stamp_in_a_link_above_the_heading_is_passed_for_the_nearest_one_outside() -> None:
    page = lxml.html.fromstring(
        '<div><b>OSS / 13.04.2011 / 22:55</b><a href="/x">OSS / 14.04.2011 / 22:55</a><h1>Firefox 5</h1></div>'
    )
    assert top_stamp_day(page, PageMetadata(headlines=["Firefox 5"])) == dt.datetime(2011, 4, 13)


def test_a_script_between_the_heading_and_its_byline_is_not_shown() -> None:
    page = lxml.html.fromstring(
        '<div><h1>Title</h1><script>var x = 1;</script><div>By <a href="/author/ann-lee">Ann Lee</a></div></div>'
    )
    assert byline_under_heading(page, PageMetadata(headlines=["Title"])) == "By Ann Lee"
