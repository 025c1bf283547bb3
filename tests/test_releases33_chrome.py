"""A copied page's chrome around a plain-text press release (issue 14; rules written on blind3,
tests/data/blind3, and measured on blind4, `test_releases33_blind4.py`): the short navigation
lines between the page's headline and the story (`text._without_page_chrome`) and a list of
other posts after a story with no end mark (`text.teasers_start`) are not the story's."""

from __future__ import annotations

import json
from pathlib import Path

from text_support import LEAD, SECOND, page

from l10n.ingest import ingest_file
from l10n.ingest.text import ingest_text, teasers_start

BLIND3 = Path(__file__).parent / "data" / "blind3"


def texts(text: str) -> list[str]:
    return [block.text for block in ingest_text(text).blocks]


def test_the_navigation_between_the_headline_and_the_story_is_not_read() -> None:
    document = ingest_text(
        page(
            "Two Charged in Title Fraud - Office of the County Prosecutor",
            "Newsroom",
            "Press Releases",
            "Two Charged in Title Fraud",
            "Editor | March 3, 2025",
            "Download the PDF Version",
            "Miami, Florida",
            LEAD,
            SECOND,
        )
    )
    assert document.headline == "Two Charged in Title Fraud"
    assert document.published is not None and document.published.date().isoformat() == "2025-03-03"
    assert [block.text for block in document.blocks[1:]] == ["Miami, Florida", LEAD, SECOND]


def test_the_line_right_above_the_story_stays_whatever_it_is() -> None:
    """The dateline's place, or a deck: the story's own, though short and unpunctuated."""
    body = texts(
        page(
            "Two Charged in Title Fraud - County Prosecutor",
            "Two Charged in Title Fraud",
            "Menu",
            "Prosecutors seek higher bail",
            LEAD,
            SECOND,
        )
    )
    assert body[1:] == ["Prosecutors seek higher bail", LEAD, SECOND]


def test_a_line_with_a_sentence_a_comma_or_a_number_above_the_story_is_kept() -> None:
    lines = ["Contact us today.", "Smith, Jones and Lee", "Case 24-CF-1234", "Miami"]
    body = texts(
        page("Two Charged in Title Fraud - County Prosecutor", "Two Charged in Title Fraud", *lines, LEAD, SECOND)
    )
    assert body[1:] == [*lines, LEAD, SECOND]


def test_text_without_a_page_headline_keeps_its_short_lines() -> None:
    """Only a copied page (its headline found) has navigation: a plain list keeps every line."""
    body = texts(page(LEAD + " " + SECOND, "Apples", "Pears", "Plums", LEAD))
    assert body == [LEAD + " " + SECOND, "Apples", "Pears", "Plums", LEAD]


def test_a_list_of_other_posts_after_an_unmarked_story_is_not_read() -> None:
    body = texts(
        page(
            "Two Charged in Title Fraud - County Prosecutor",
            "Two Charged in Title Fraud",
            "Miami, Florida",
            LEAD,
            SECOND,
            "Related Posts",
            "Mayor Opens New Courthouse",
            "Read More",
            "May 13, 2026",
            "Officer Charged in Citation Case",
            "Read More",
            "April 30, 2026",
            "Sign up to receive our newsletter.",
        )
    )
    assert body[-1] == SECOND


def test_days_in_the_story_or_above_it_are_no_list_of_posts() -> None:
    own = [LEAD, "Hearings are set for:", "May 13, 2026", "June 2, 2026"]  # no post's title between the days
    assert teasers_start(own) == len(own)
    above = [
        "Published",
        "May 13, 2026",
        "Home",
        "A headline said again",
        "May 13, 2026",
        LEAD,
        SECOND,
        "Both men are due in court next month, and the office will say more then.",
    ]
    assert teasers_start(above) == len(above)  # the page's sentences are below the days: the story


def test_blind3_reads_no_navigation_above_its_stories_and_no_teasers() -> None:
    labels = json.loads((BLIND3 / "labels.json").read_text(encoding="utf-8"))
    for path in sorted((BLIND3 / "txt").glob("*.txt")):
        body = [block.text for block in ingest_file(path).blocks]
        assert not {"News", "Press Release", "Click Here to Access PDF Version", "Related Posts"} & set(body)
        assert not any(text.startswith("Admin |") for text in body), path.name
        place = labels[path.name]["dateline"].split(",")[0].strip("( ")
        assert any(place in text for text in body[1:4]), path.name  # the dateline, above the story


def test_a_last_paragraph_without_its_stop_stays_above_the_list_of_posts() -> None:
    """The list starts a post's lines before its first day (or at its box's short label), never
    inside the story: a closing line with no full stop is the story's."""
    closing = "The case was prosecuted by Deputy District Attorneys Ann Lee and Bo Chen"
    lines = [
        "Skip to main content",
        "Two Charged in Title Fraud",
        "May 1, 2026",
        LEAD,
        SECOND,
        closing,
        "Latest News",
        "May 13, 2026",
        "Mayor Opens New Courthouse",
        "April 30, 2026",
        "Officer Charged in Citation Case",
    ]
    assert teasers_start(lines) == 6
    assert texts("\n\n".join(lines))[-1] == closing


def test_a_sentence_broken_at_its_links_above_the_story_is_kept_whole() -> None:
    """Short lines right above a first text that starts in lower case are that sentence's start,
    joined to it as the one paragraph a reader reads (session 34)."""
    body = texts(
        page(
            "Two Charged in Title Fraud - County Prosecutor",
            "Home",
            "/",
            "Two Charged in Title Fraud",
            "County Prosecutor",
            "Ann Lee",
            "announced today that two men were charged with running a "
            "title fraud scheme that cost buyers more than three million dollars.",
            SECOND,
        )
    )
    assert body[1].startswith("County Prosecutor Ann Lee announced today that two men") and body[2] == SECOND
    assert "Home" not in body


def test_the_pages_heading_below_its_navigation_is_the_headline_said_once() -> None:
    """The heading that says the title bar's story part again may come after any number of lines of
    navigation; parts said in a row count; every repeat of it above the story goes."""
    document = ingest_text(
        page(
            "MEDIA ADVISORY - Two Charged in Title Fraud - County Prosecutor",
            "Skip to content",
            "Search for",
            "Home",
            "Press",
            "Newsroom",
            "MEDIA ADVISORY – Two Charged in Title Fraud",
            "Press",
            "MEDIA ADVISORY – Two Charged in Title Fraud",
            "For Immediate Release",
            "MEDIA ADVISORY – Two Charged in Title Fraud",
            LEAD,
            SECOND,
        )
    )
    assert document.headline == "MEDIA ADVISORY – Two Charged in Title Fraud"
    # the release's label right above the story is no place and no deck: not read (session 35)
    assert [block.text for block in document.blocks[1:]] == [LEAD, SECOND]


def test_a_line_saying_the_whole_title_bar_is_no_heading() -> None:
    body = texts(
        page(
            "Two Charged in Title Fraud - County Prosecutor",
            "Two Charged in Title Fraud - County Prosecutor",
            LEAD,
            SECOND,
        )
    )
    assert body[0] == "Two Charged in Title Fraud - County Prosecutor" and LEAD in body
