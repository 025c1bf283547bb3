"""A web page's visible text copied one block a line (issue 14): the page's lines above and below
the story, each rule on a short made-up page of the shape such pages have (blind4's SOURCES.md
describes the real ones; `test_releases33_blind4.py` scores them).
"""

from __future__ import annotations

import datetime as dt

import pytest
from text_support import SECOND, page

from l10n.ingest.chrome_lines import is_breadcrumb_text, is_contact_line, is_share_button, is_skip_link
from l10n.ingest.story_edges import is_reading_time
from l10n.ingest.text import footer_start, ingest_text
from l10n.model import Document

LEAD = (
    "HARBOUR CITY – Two men were charged today with running a title fraud scheme that cost home "
    "buyers in the county more than three million dollars, the prosecutor said."
)


def body(document: Document) -> list[str]:
    return [block.text for block in document.blocks if block.role not in ("headline", "byline")]


def test_a_skip_link_over_the_headline_is_no_part_of_it() -> None:
    """Paragraphs parted by blank lines: the skip link, on the line right above the headline, went into
    the headline's paragraph; it is a line of its own wherever it stands."""
    document = ingest_text(f"Skip to main content\nTwo Charged in Title Fraud\n\nMay 3, 2026\n\n{LEAD}\n\n{SECOND}\n")
    assert document.headline == "Two Charged in Title Fraud"
    assert document.published == dt.datetime(2026, 5, 3)
    assert all("Skip to" not in text for text in body(document))


def test_a_skip_link_in_a_page_a_line_is_not_read() -> None:
    document = ingest_text(page("Two Charged in Title Fraud - County Prosecutor", "Skip to content", LEAD, SECOND))
    assert body(document) == [LEAD, SECOND]


def test_reading_time_and_breadcrumbs_above_the_story_are_navigation() -> None:
    document = ingest_text(
        page(
            "Two Charged in Title Fraud - County Prosecutor",
            "You are here:",
            "Home 1 / News 2 /",
            "7 min read",
            "Home / Press",
            "Two Charged in Title Fraud",
            "Fraud Unit",
            LEAD,
            SECOND,
        )
    )
    assert document.headline == "Two Charged in Title Fraud"
    assert body(document) == ["Fraud Unit", LEAD, SECOND]  # the line right above the story stays (a place, a deck)


def test_a_label_line_and_a_name_line_are_the_byline() -> None:
    document = ingest_text(
        page(
            "Two Charged in Title Fraud - County Prosecutor",
            "Author",
            "Dana Whitfield",
            "Two Charged in Title Fraud",
            LEAD,
            SECOND,
        )
    )
    assert document.author == "Dana Whitfield"
    assert [block.role for block in document.blocks][:2] == ["headline", "byline"]
    assert "Author" not in body(document)


def test_a_label_line_before_no_name_is_no_byline() -> None:
    document = ingest_text(page("Two Charged in Title Fraud", "By", "the county's own account", LEAD, SECOND))
    assert document.author == ""
    assert "the county's own account" in body(document)


def test_a_heading_with_its_day_before_a_colon_is_the_headline_and_the_day() -> None:
    """ "<day>: <headline>" says the title bar's story part after the day; the site's masthead, its
    other part said alone higher up, is not the headline."""
    document = ingest_text(
        page(
            "Two Charged in Title Fraud | County Prosecutor's Office",
            "Skip to main content",
            "County Prosecutor's Office",
            "Home",
            "Media",
            "June 5, 2026: Two Charged in Title Fraud",
            LEAD,
            SECOND,
        )
    )
    assert document.headline == "Two Charged in Title Fraud"
    assert document.published == dt.datetime(2026, 6, 5)
    assert body(document)[-2:] == [LEAD, SECOND] and "County Prosecutor's Office" not in body(document)


def test_the_masthead_alone_is_the_headline_only_when_nothing_says_more() -> None:
    """With no line that says the story's part, the line saying the site's part is still taken (as before)."""
    document = ingest_text(page("Two Charged | County Prosecutor's Office", "County Prosecutor's Office", LEAD, SECOND))
    assert document.headline == "County Prosecutor's Office"


def test_letterless_lines_above_the_story_are_chrome_even_right_above_it() -> None:
    document = ingest_text(
        page(
            "Two Charged in Title Fraud - County Prosecutor",
            "Home",
            "1",
            "/",
            "Two Charged in Title Fraud",
            "/",
            LEAD,
            SECOND,
        )
    )
    assert body(document) == [LEAD, SECOND]


def test_a_press_offices_contact_box_above_the_story_is_not_read() -> None:
    document = ingest_text(
        page(
            "Two Charged in Title Fraud - County Prosecutor",
            "Two Charged in Title Fraud",
            "Published",
            "May 3, 2026",
            "For Immediate Release",
            "Case # 26CF0113",
            "May 3, 2026",
            "Jordan Vale",
            "Press Officer",
            "Office: 555-201-7788",
            "Email:",
            "press@example.org",
            "100 Harbour Street",
            "Suite 40",
            "Harbour City, CA 90000",
            "Cell: 555-201-7799",
            LEAD,
            SECOND,
        )
    )
    assert document.published == dt.datetime(2026, 5, 3)
    assert body(document) == [LEAD, SECOND]


def test_a_menu_entry_with_a_number_between_menu_entries_is_navigation() -> None:
    document = ingest_text(
        page(
            "Two Charged in Title Fraud | County Prosecutor",
            "Community",
            "2026 Fair Housing Week",
            "Fraud Alerts",
            "Two Charged in Title Fraud",
            "Fraud Unit",
            LEAD,
            SECOND,
        )
    )
    assert body(document) == ["Fraud Unit", LEAD, SECOND]


def test_a_sentence_broken_at_its_links_is_one_paragraph() -> None:
    broken = (
        "announced today that two men were charged with running a title fraud scheme that cost buyers more "
        "than three million dollars."
    )
    document = ingest_text(
        page(
            "Two Charged in Title Fraud - County Prosecutor",
            "Two Charged in Title Fraud",
            "/",
            "County Prosecutor",
            "Ann Lee",
            broken,
            SECOND,
        )
    )
    assert body(document) == [f"County Prosecutor Ann Lee {broken}", SECOND]


FOOTER = ("June 5, 2026", "Links:", "Privacy Policy", "Site Map", "Select Language", "English", "Español")


def test_a_pages_footer_after_the_story_is_not_read() -> None:
    document = ingest_text(
        page("Two Charged in Title Fraud", LEAD, SECOND, *FOOTER, "© 2026 County Prosecutor's Office.")
    )
    assert body(document) == [LEAD, SECOND]


def test_short_lines_closing_a_text_without_a_copyright_line_stay() -> None:
    """A media advisory ends with its fields, each short: no copyright line, no footer."""
    advisory = ("WHO:", "Ann Lee, Prosecutor", "WHAT:", "Press conference", "WHEN:", "May 4, 2026 at 2 p.m.")
    document = ingest_text(page("Two Charged in Title Fraud", LEAD, SECOND, *advisory))
    assert body(document) == [LEAD, SECOND, *advisory]


def test_the_footer_needs_a_sentence_above_it() -> None:
    lines = ["Home", "News", "Contact", "About", "Privacy", "© 2026 Someone"]
    assert footer_start(lines) == len(lines)


def test_a_cms_metadata_dump_after_the_story_is_not_read_and_its_stamp_is_the_day() -> None:
    """A page with no day over its story: the structured data after it (the picture's address, its size, the
    author, then datePublished and dateModified as a machine writes them) gives the day and ends the story."""
    document = ingest_text(
        page(
            "Two Charged in Title Fraud",
            LEAD,
            "[TWEET THIS]",
            SECOND,
            "[TWEET THIS]",
            "https://example.org/uploads/fraud.jpg",
            "720",
            "1280",
            "Jordan Vale",
            "2024-03-05 00:00:00",
            "2024-04-01 16:21:27",
            "Two Charged in Title Fraud",
            "Recent News",
        )
    )
    assert document.published == dt.datetime(2024, 3, 5)
    assert body(document) == [LEAD, SECOND]


def test_a_day_over_the_story_wins_over_the_metadata_stamp() -> None:
    document = ingest_text(page("Two Charged in Title Fraud", "May 3, 2026", LEAD, SECOND, "2024-03-05 00:00:00"))
    assert document.published == dt.datetime(2026, 5, 3)


def test_a_timestamp_inside_a_sentence_ends_nothing() -> None:
    logged = "The log shows the first login at 2024-03-05 00:00:00 and the last one a month later, the expert said."
    document = ingest_text(page("Two Charged in Title Fraud", LEAD, logged, SECOND))
    assert body(document) == [LEAD, logged, SECOND] and document.published is None


@pytest.mark.parametrize(
    ("predicate", "line", "expected"),
    [
        (is_skip_link, "Skip navigation", True),
        (is_skip_link, "Zum Inhalt springen", True),
        (is_skip_link, "Skip to the good part: the vote was 7 to 2.", False),
        (is_reading_time, "Reading time: 4 minutes", True),
        (is_reading_time, "The hearing took 9 minutes.", False),
        (is_breadcrumb_text, "Home › News › Courts", True),
        (is_breadcrumb_text, "Sie sind hier: Startseite / Presse", True),
        (is_breadcrumb_text, "Courts / Crime", False),
        (is_breadcrumb_text, "You said: come home now, please, all of you, before dark", False),
        (is_contact_line, "(213) 555-0100", True),
        (is_contact_line, "Media Contact:", True),
        (is_contact_line, "Case No. 2024-CF-113", True),
        (is_contact_line, "Call 555-201-7788 to report fraud, the office said.", False),
        (is_contact_line, "WHO: Ann Lee", False),
        (is_share_button, "Tweet this", True),
        (is_share_button, "Tweet this, the candidate told his staff.", False),
    ],
)
def test_the_line_rules(predicate: object, line: str, expected: bool) -> None:
    assert predicate(line) is expected  # type: ignore[operator]
