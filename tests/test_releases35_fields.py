"""A copied press-release page's fields around the story (issue 14; blind6's misses, read after its blind
run, tests/data/blind6): two days above the story are its header, not a list of other posts; an author
field after the end mark names the writer; a tag list ends the story; a release's label right above the
story is the page's, not a deck."""

from __future__ import annotations

from text_support import LEAD, SECOND, page

from l10n.ingest.text import ingest_text, is_release_label, tags_start

WHAT = (
    "WHAT: Issued a notice of violation letter today, May 6, 2011, regarding violations of the open "
    "meetings law by the school board. The full letter is available on the homepage of the website at"
)


def body(text: str) -> list[str]:
    return [block.text for block in ingest_text(text).blocks if block.role == "paragraph"]


def test_two_days_in_an_advisorys_header_are_not_a_list_of_posts() -> None:
    """Nothing above the days ends as a sentence ends: they are the page's header (the published day and
    the release's), and the advisory below them, with no sentence of its own, is the story (blind6's CUSD
    advisory was read as its title bar alone)."""
    document = ingest_text(
        page(
            "MEDIA ADVISORY - Letter to the School Board - County Prosecutor",
            "Published",
            "May 6, 2011",
            "Home",
            "MEDIA ADVISORY – Letter to the School Board",
            "For Immediate Release",
            "May 6, 2011",
            "Office: 714-347-8408",
            "WHO: The County Prosecutor's Office (CP)",
            WHAT,
            "www.example.gov",
            ".",
            "###",
            "Latest Posts",
        )
    )
    # the story kept (its last sentence, broken at its link, joined again: `joined_link_breaks`)
    assert f"{WHAT} www.example.gov." in [block.text for block in document.blocks]
    assert document.published is not None and document.published.date().isoformat() == "2011-05-06"


def test_an_author_field_after_the_end_mark_is_the_byline() -> None:
    text = page("Two Charged in Title Fraud", LEAD, SECOND, "# # #", "Documents to download", "Author: Amy McKenzie")
    assert ingest_text(text).author == "Amy McKenzie"
    office = page("Two Charged in Title Fraud", LEAD, SECOND, "# # #", "Author: The Office of the County Prosecutor")
    assert ingest_text(office).author == ""


def test_a_tag_list_ends_the_story() -> None:
    text = page("Two Charged in Title Fraud", LEAD, SECOND, "Tagged with:", "training", "Share", "Latest Posts")
    assert body(text)[-1] == SECOND
    assert tags_start(["A paragraph", LEAD, "Tags: fraud, title", SECOND]) == 2


def test_a_releases_label_right_above_the_story_is_not_a_deck() -> None:
    text = page(
        "Two Charged in Title Fraud - County Prosecutor",
        "Two Charged in Title Fraud",
        "Press",
        "for immediate release",
        LEAD,
        SECOND,
    )
    assert body(text) == [LEAD, SECOND]
    kept = page(
        "Two Charged in Title Fraud - County Prosecutor",
        "Two Charged in Title Fraud",
        "Press",
        "Prosecutors seek higher bail",
        LEAD,
        SECOND,
    )
    assert body(kept) == ["Prosecutors seek higher bail", LEAD, SECOND]
    assert [is_release_label(t) for t in ("MEDIA ADVISORY", "Press Release:", "Releases", "News")] == [
        True,
        True,
        False,
        False,
    ]
