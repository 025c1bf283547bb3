"""A plain-text story's opening "By …" line is its byline only when it looks like one (mendtext).

The wire-copy rule took any first paragraph starting "By" and a capital as the byline, before it
asked whether the line stood alone, was short and had no sentence punctuation: a news lead
"By Monday, officials had counted 40 dead." became the byline "Monday" and the sentence was lost
from every edition; "By Land and Sea" lost its place as the headline. A byline names people
after "By" (`byline.names_writers`, the rule the page ingest already uses for labelled bylines),
on a line of its own, without a sentence's closing punctuation.
"""

from __future__ import annotations

import pytest
from conftest import DATA

from l10n.ingest import ingest_file
from l10n.ingest.text import ingest_text

BODY = "The river rose two metres overnight.\n\nResidents of the lower town left by boat.\n"


@pytest.mark.parametrize(
    "lead",
    [
        "By Monday, officials had counted 40 dead.",
        "By Christmas the shelves were empty.",
        "By Friday, the river had crested.",
        "By Friday, Smith had resigned.",
        "By Wednesday Morning, Officials Had Counted 40 Dead.",  # Title Case, yet a sentence
        "By Tuesday the Mayor Resigned.",
    ],
)
def test_a_lead_starting_by_is_the_first_paragraph_not_a_byline(lead: str) -> None:
    document = ingest_text(f"{lead}\n\n{BODY}")
    assert not document.author and not document.blocks_with_role("byline")
    assert document.blocks[0].text == lead
    assert document.blocks[0].role == "paragraph"


@pytest.mark.parametrize("lead", ["By Friday, the river had crested.", "By Christmas the shelves were empty."])
def test_a_lead_starting_by_after_the_headline_is_no_byline(lead: str) -> None:
    document = ingest_text(f"Flood toll rises in the north\n\n{lead}\n\n{BODY}")
    assert document.headline == "Flood toll rises in the north"
    assert not document.author and not document.blocks_with_role("byline")
    assert [(block.role, block.text) for block in document.blocks[:2]] == [
        ("headline", "Flood toll rises in the north"),
        ("paragraph", lead),
    ]


def test_a_headline_starting_by_is_the_headline() -> None:
    document = ingest_text(f"By Land and Sea\n\n{BODY}")
    assert document.headline == "By Land and Sea" and document.blocks[0].role == "headline"
    assert not document.author


def test_a_by_line_run_on_into_the_story_keeps_the_story() -> None:
    """ "By Ann Lee" hard-wrapped into the lead is one paragraph; made a byline, the lead's words
    were "names" ("Ann Lee The river rose") and the sentence was in no edition."""
    document = ingest_text(f"By Ann Lee\nThe river rose.\n\n{BODY}")
    assert not document.author and not document.blocks_with_role("byline")
    assert document.blocks[0].text == "By Ann Lee The river rose."


@pytest.mark.parametrize(
    ("opening", "names"),
    [
        ("By Ann Lee", "Ann Lee"),
        ("by Kelly Phillips Badal", "Kelly Phillips Badal"),
        ("By Ann Lee and Bo Chen, Reuters Staff", "Ann Lee, Bo Chen"),
        ("BY ANN LEE", "ANN LEE"),
    ],
)
def test_a_real_byline_still_is_one(opening: str, names: str) -> None:
    alone = ingest_text(f"{opening}\n\n{BODY}")
    assert (alone.author, alone.blocks[0].role, alone.headline) == (names, "byline", "")
    after = ingest_text(f"Flood toll rises in the north\n\n{opening}\n\n{BODY}")
    assert (after.author, after.blocks[1].role, after.headline) == (names, "byline", "Flood toll rises in the north")


def test_the_real_stories_keep_their_openings() -> None:
    """newspaper's extracted stories (probe9): the one that opens with its byline keeps it, the
    others open with no byline."""
    bylines = {
        path.name: ingest_file(path).author
        for path in sorted((DATA / "probe9").glob("np-*.txt"))
        if path.name != "np-chinese.txt"
    }
    assert bylines.pop("np-coolhunting.com1.txt") == "Kelly Phillips Badal"
    assert not any(bylines.values()), bylines
