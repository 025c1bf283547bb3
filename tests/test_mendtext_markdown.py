"""The Go blog's `{{raw `…`}}` is expanded only where it is the Go blog's template form (mendtext).

golang.org/x/website runs each post through Go's text/template, whose `raw` returns its string,
so a post writes code as a line `{{raw `` , an indented block, and a line `` `}}``; files9 replaced
every `{{raw `…`}}` anywhere by its string, so a Hugo or Go-template article that shows the tag in
its code (a fenced block, an indented block, a code span) had different code in every edition
than in its source. Code stays byte for byte as written; only a `{{raw `` line and a `` `}}`` line
wrapping a block, outside any code block, are the template's.
"""

from __future__ import annotations

import re

import pytest
from conftest import DATA

from l10n.ingest import ingest_file
from l10n.ingest.markdown import ingest_markdown

INLINE_TAG = "{{raw `<b>bold</b>`}}"
BLOCK_TAG = "{{raw `\n\tx := 1\n`}}"


def _code(text: str) -> list[str]:
    return [block.text for block in ingest_markdown(text).blocks if block.role == "code"]


@pytest.mark.parametrize("fence", ["```", "~~~", "````go"])
@pytest.mark.parametrize("code", [INLINE_TAG, BLOCK_TAG])
def test_a_fenced_block_keeps_the_tag_as_written(fence: str, code: str) -> None:
    closing = fence.rstrip("go")
    text = f"# Templates\n\nThe template writes:\n\n{fence}\n{code}\n{closing}\n\nThat is all.\n"
    assert _code(text) == [code]


def test_a_fenced_block_in_a_list_keeps_the_tag_as_written() -> None:
    text = f"# Templates\n\n- The template writes:\n\n  ```\n  {INLINE_TAG}\n  ```\n\nThat is all.\n"
    assert _code(text) == [INLINE_TAG]


def test_an_indented_block_keeps_the_tag_as_written() -> None:
    text = f"# Templates\n\nThe template writes:\n\n    {INLINE_TAG}\n    {{{{raw `x`}}}}\n\nThat is all.\n"
    assert _code(text) == [f"{INLINE_TAG}\n{{{{raw `x`}}}}"]


def test_a_code_span_keeps_the_tag_as_written() -> None:
    document = ingest_markdown(f"# Templates\n\nWrite `` {INLINE_TAG} `` to show bold.\n")
    (paragraph,) = document.blocks_with_role("paragraph")
    assert INLINE_TAG in paragraph.text
    (mark,) = paragraph.markup
    assert paragraph.text[mark.start : mark.end] == INLINE_TAG and mark.tag == "code"


def test_the_go_blogs_form_outside_a_fence_is_its_string_and_a_fence_after_it_is_kept() -> None:
    text = (
        "# Slices\n\nConsider:\n{{raw `\n\tfunc f() {}\n`}}\n\nThe template form is:\n\n"
        f"```\n{BLOCK_TAG}\n```\n\nThat is all.\n"
    )
    document = ingest_markdown(text)
    assert [(block.role, block.text, block.line) for block in document.blocks if block.role != "headline"] == [
        ("paragraph", "Consider:", 3),
        ("code", "func f() {}", 5),  # the indented block's lines keep their numbers
        ("paragraph", "The template form is:", 8),
        ("code", BLOCK_TAG, 10),
        ("paragraph", "That is all.", 16),
    ]


def test_the_go_blog_post_still_has_its_code_blocks() -> None:
    post = DATA / "probe9" / "go-allocation-optimizations.md"
    strings = re.findall(r"\{\{raw `\n([^`]*)\n`\}\}", post.read_text(encoding="utf-8"))
    code = [block.text for block in ingest_file(post).blocks if block.role == "code"]
    assert len(strings) == 8
    assert [re.sub(r"(?m)^\t", "", string) for string in strings] == code


@pytest.mark.parametrize(
    "lead",
    [
        "By Monday, officials had counted 40 dead.",
        "By Christmas the shelves were empty.",
        "From Monday, ferries resume.",
    ],
)
def test_a_markdown_lead_starting_by_is_a_paragraph_not_a_byline(lead: str) -> None:
    """The plain-text rule's twin in Markdown (`_paragraph`): the lead was the byline "Monday"."""
    document = ingest_markdown(f"# Flood toll rises\n\n{lead}\n\nThe river rose.\n")
    assert not document.author and not document.blocks_with_role("byline")
    assert [(block.role, block.text) for block in document.blocks][1] == ("paragraph", lead)


@pytest.mark.parametrize(
    ("written", "names"), [("*By Ann Lee*", "Ann Lee"), ("By Ann Lee and Bo Chen", "Ann Lee and Bo Chen")]
)
def test_a_markdown_byline_is_still_one(written: str, names: str) -> None:
    document = ingest_markdown(f"# Flood toll rises\n\n{written}\n\nThe river rose.\n")
    assert document.author == names and document.blocks[1].role == "byline"


def test_a_markdown_byline_with_a_footnote_is_still_one() -> None:
    """The note's number ("Ann Lee1") is no word of the name the byline check reads."""
    document = ingest_markdown("# Budget passes\n\nBy Ann Lee[^1]\n\nThe council met.\n\n[^1]: Staff writer.\n")
    assert document.blocks[1].role == "byline"
