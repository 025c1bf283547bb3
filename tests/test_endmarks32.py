"""The newsroom's end mark in plain text and Markdown (issue 14, session 32): a line of only
"###", "# # #", "-30-", "- 30 -" or "ENDS" closes the copy, and what follows it (the press
officer's contact, notes to editors, a copied page's teasers) is no block; text with no such line,
and a "### Heading", read as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from l10n.ingest import ingest_file
from l10n.ingest.markdown import ingest_markdown
from l10n.ingest.text import ingest_text

RELEASE = (
    "Tag Agency Clerk Arrested in Title Fraud Scheme\n\n"
    "MIAMI – A tag agency clerk was arrested on Tuesday, prosecutors said.\n\n"
    "Media contact: Ed Griffith, Public Information Officer, 305-547-0535\n"
)
AFTER = (
    "For further information, please contact Ed Griffith, at\n(305) 547-0535\n\n"
    "Related Posts\n\nRead More\n\nJune 26, 2025\n"
)
MARKS = ["###", "# # #", "#####", "-30-", "- 30 -", "–30–", "ENDS", "-ENDS-", "  ###  "]


def texts(document) -> list[tuple[str, str]]:
    return [(block.role, block.text) for block in document.blocks]


@pytest.mark.parametrize("mark", MARKS)
def test_a_line_of_only_an_end_mark_ends_a_plain_text_story(mark: str) -> None:
    marked = ingest_text(f"{RELEASE}\n{mark}\n\n{AFTER}")
    assert texts(marked) == texts(ingest_text(RELEASE))
    assert not any("Related Posts" in text or "further information" in text for _, text in texts(marked))


def test_the_contact_above_the_mark_stays_with_the_release() -> None:
    """Above the mark is the release's copy, its contact line too: a translated release keeps it."""
    blocks = texts(ingest_text(f"{RELEASE}\n###\n\n{AFTER}"))
    assert blocks[-1] == ("paragraph", "Media contact: Ed Griffith, Public Information Officer, 305-547-0535")


def test_the_mark_ends_a_release_set_one_paragraph_a_line() -> None:
    """The blind3 pages' shape: every line a paragraph, no blank line, the mark right after the story."""
    story = "A tag agency clerk was arrested on Tuesday after a months-long investigation, " * 2
    blocks = texts(ingest_text(f"Headline - Site\n{story}\nHe faces six counts.\n#####\nRelated Posts\nRead More\n"))
    assert blocks[-1] == ("paragraph", "He faces six counts.")


def test_the_mark_ends_the_seed_layout_too() -> None:
    seed = (
        "date 2020-11-28 News / Metro\nHeadline here\nYang Jian\n18:59 UTC+8, 2020-11-28 0\nThe summary.\n\nThe lead.\n"
    )
    assert texts(ingest_text(f"{seed}###\nContact: Ann Lee\n")) == texts(ingest_text(seed))


@pytest.mark.parametrize(
    "line",
    ["### Heading", "##", "Call ### now", "30", "-30- and more", "ENDS here", "## # #", "# #"],
)
def test_a_line_with_more_than_a_mark_is_text(line: str) -> None:
    document = ingest_text(f"{RELEASE}\n{line}\n\nThe story goes on.\n")
    assert document.blocks[-1].text == "The story goes on."
    assert any(line.strip() in block.text for block in document.blocks)


def test_a_mark_with_no_text_above_it_ends_nothing() -> None:
    document = ingest_text("###\n\nThe story, all of it.\n")
    assert [block.text for block in document.blocks] == ["###", "The story, all of it."]


def test_the_first_mark_ends_the_story() -> None:
    blocks = texts(ingest_text(f"{RELEASE}\n-30-\n\nNotes to editors.\n\n###\n\nMore.\n"))
    assert blocks == texts(ingest_text(RELEASE))


MARKDOWN = (
    "# Clerk arrested\n\nA tag agency clerk was arrested on Tuesday.\n\nMedia contact: Ed Griffith, 305-547-0535\n"
)


@pytest.mark.parametrize("mark", ["###", "# # #", "#####", "-30-", "- 30 -", "ENDS"])
def test_a_line_of_only_an_end_mark_ends_a_markdown_story(mark: str) -> None:
    marked = ingest_markdown(f"{MARKDOWN}\n{mark}\n\nFor further information, please contact us.\n\n## Related Posts\n")
    assert texts(marked) == texts(ingest_markdown(MARKDOWN))


@pytest.mark.parametrize(
    ("shape", "kept"),
    [
        ("### Subhead\n\nMore of the story.", "Subhead"),
        ("```\n###\n```\n\nMore of the story.", "###"),  # code, as written
        ("- item\n\n  ###\n\nMore of the story.", "item"),  # inside a list item: no end of the story
        ("> ###\n\nMore of the story.", "More of the story."),
    ],
)
def test_a_markdown_heading_or_a_mark_inside_a_block_is_no_end(shape: str, kept: str) -> None:
    blocks = [text for _, text in texts(ingest_markdown(f"{MARKDOWN}\n{shape}\n"))]
    assert kept in blocks and blocks[-1] == "More of the story."


def test_files_read_through_ingest_file_end_at_the_mark(tmp_path: Path) -> None:
    for name, body in [("release.txt", RELEASE), ("release.md", MARKDOWN)]:
        path = tmp_path / name
        path.write_text(f"{body}\n###\n\n{AFTER}", encoding="utf-8")
        blocks = [block.text for block in ingest_file(path).blocks]
        assert blocks and not any("Related Posts" in text or "(305)" in text for text in blocks), name
