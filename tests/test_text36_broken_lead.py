"""A copied page's first sentence broken at its links where the story's first long line is not in
lower case (blind6's "Leap to Confidence" release, read after its blind runs): the lines above it that
run on into it are the sentence's start, not the page's navigation."""

from __future__ import annotations

from text_support import page

from l10n.ingest.text import ingest_text

REST = (
    "celebrated the graduation of twelve women from a programme offered in Spanish for the first time "
    "this spring, the office said."
)
SECOND = "The ceremony was held on Saturday at the centre, where the programme will continue next year."


# the title bar, a breadcrumb copied a step a line, and the office's and the attorney's names (link texts)
TOP = (
    "Centre Celebrates Spanish Graduation - DA NewsCenter",
    "Home",
    "/",
    "News",
    "/",
    "County District Attorney",
    "Jane Roe",
)


def paragraphs(text: str) -> list[str]:
    return [block.text for block in ingest_text(text).blocks if block.role == "paragraph"]


def test_lines_running_on_into_a_long_capitalised_line_are_the_sentences_start() -> None:
    text = page(
        *TOP,
        "announced today that",
        "The North County Family Justice Center and Its Partners",
        REST,
        SECOND,
    )
    first = paragraphs(text)[0]
    assert first.startswith("County District Attorney Jane Roe announced today that The North County")
    assert first.endswith(REST)


def test_navigation_above_a_capitalised_first_line_still_goes() -> None:
    """The line above ends as a name does, not mid-sentence ("Jane Roe"): the lines above it are the
    page's and go, as before (the line right above the story stays, as a place or deck would)."""
    text = page(
        *TOP,
        "The North County Family Justice Center and Its Partners",
        REST,
        SECOND,
    )
    story = paragraphs(text)
    assert story[1].startswith("The North County Family Justice Center and Its Partners celebrated")
    assert not {"Home", "News", "County District Attorney"} & set(story)
