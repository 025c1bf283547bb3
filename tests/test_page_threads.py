"""Readers' comment threads out of the tree before the walk (`page_threads.comment_threads`, comments21).

A thread without a heading inside goes whatever trafilatura kept of it: kenya-today's 54 comments,
which trafilatura leaves out, were walked into blocks and dropped one by one, half of our time on the
page. The small pages here are written from the mechanism: a story, then a thread of comments with
replies nested three deep (WordPress's `<ol class="comment-list">` with `<ol class="children">`); its
near misses are a story whose sections a CMS names "comment" (the story itself) and a thread under its
own "Comments" heading that trafilatura left (`story_edges.story_cut` ends the story there).
"""

from __future__ import annotations

import lxml.html
import pytest
from page_support import HEADLINE, PARAGRAPHS, STORY, ingest

import l10n.ingest.html
from l10n.ingest.page_threads import comment_threads, story_line
from l10n.model import Document

REPLIES = (
    "First! Great piece on the harbour, thanks for writing it up so quickly.",
    "I disagree with the first reader, the council should have acted last year.",
    "Both of you are missing the point about who pays for the sea wall repairs.",
)


def comment(depth: int) -> str:
    """A comment with its reply below it, and that reply's, down to `depth` levels."""
    reply = f"<ol class='children'>{comment(depth - 1)}</ol>" if depth > 1 else ""
    text = REPLIES[len(REPLIES) - depth]
    return (
        f"<li class='comment depth-{len(REPLIES) - depth + 1}'><article class='comment-body'>"
        f"<footer class='comment-meta'><b>Reader {depth}</b> says</footer>"
        f"<div class='comment-content'><p>{text}</p></div><div class='reply'><a href='#'>Reply</a></div>"
        f"</article>{reply}</li>"
    )


THREAD = f"<ol class='comment-list'>{comment(3)}{comment(3)}</ol>"


def walked_blocks(body: str, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], Document]:
    """The texts of the blocks our walker made (before any block is kept or dropped), and the document."""
    walked: list[str] = []
    walk = l10n.ingest.html.walk_blocks

    def watched(element: lxml.html.HtmlElement, document: Document, *, language: str = "") -> None:
        walk(element, document, language=language)
        walked.extend(block.text for block in document.blocks)

    monkeypatch.setattr(l10n.ingest.html, "walk_blocks", watched)
    return walked, ingest(body)


def test_a_thread_trafilatura_left_out_without_a_heading_is_not_walked(monkeypatch: pytest.MonkeyPatch) -> None:
    walked, document = walked_blocks(f"<article>{HEADLINE}{STORY}</article>{THREAD}", monkeypatch)
    texts = [block.text for block in document.blocks]
    assert all(text in texts for text in PARAGRAPHS)
    assert not any(reply in text for text in walked for reply in REPLIES)  # out of the tree before the walk


def test_the_thread_is_its_outer_box_whatever_trafilatura_kept() -> None:
    root = lxml.html.fromstring(f"<html><body><article>{STORY}</article>{THREAD}</body></html>")
    start = story_line(list(PARAGRAPHS))
    for kept in (lambda text: False, lambda text: True):
        threads = comment_threads(root, kept, start)
        assert [element.get("class") for element in threads] == ["comment-list"]


def test_a_story_in_sections_named_for_comments_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """The near miss: an opinion desk's CMS names the story's sections for its "comment" desk (two
    sections, all of the box's text, no heading inside; trafilatura keeps them, a class that does not
    start with "comment"): the box holds the story's first line, so it is the story."""
    sections = "".join(f"<section class='desk-comment-section'>{STORY}</section>" for _ in range(2))
    root = lxml.html.fromstring(f"<html><body><div class='desk-comment'>{sections}</div></body></html>")
    start = story_line(list(PARAGRAPHS))
    assert comment_threads(root, lambda text: True, start) == set()
    assert comment_threads(root, lambda text: True, "") != set()  # without the story's line it would be one
    for mark in ("\u00ad", "\u200b"):  # a soft hyphen, a zero-width space inside its longest word, which
        marked = lxml.html.fromstring(  # trafilatura drops from the line it writes (review21)
            lxml.html.tostring(root, encoding="unicode").replace("engineers", f"engi{mark}neers")
        )
        assert comment_threads(marked, lambda text: True, start) == set()
    _, document = walked_blocks(
        f"{HEADLINE}<div class='desk-comment'><section class='desk-comment-section'><p>{PARAGRAPHS[0]}</p>"
        f"<p>{PARAGRAPHS[1]}</p></section><section class='desk-comment-section'><p>{PARAGRAPHS[2]}</p>"
        f"<p>{PARAGRAPHS[3]}</p></section></div>",
        monkeypatch,
    )
    texts = [block.text for block in document.blocks]
    assert all(text in texts for text in PARAGRAPHS)


def test_a_thread_under_its_own_heading_that_trafilatura_left_loses_its_comments_not_its_heading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`story_cut` ends the story at the thread's heading (holdout6's accountancyage: the teasers
    trafilatura kept under it stay out), so the heading stays; the comments, each without a heading
    of its own, go before the walk. Kept by trafilatura, the whole box goes."""
    root = lxml.html.fromstring(
        f"<html><body><article>{STORY}</article><div class='comments-area'><h2>2 Comments</h2>{THREAD}"
        "</div></body></html>"
    )
    start = story_line(list(PARAGRAPHS))
    threads = comment_threads(root, lambda text: False, start)
    assert [element.get("class") for element in threads] == ["comment-list"]  # the comments, not their heading
    comments = "".join(f"<div class='comment'><p>{text}</p></div>" for text in REPLIES)
    box = f"<div class='comments-area'><h2>3 Comments</h2>{comments}</div>"
    heading_only = lxml.html.fromstring(f"<html><body><article>{STORY}</article>{box}</body></html>")
    assert [e.get("class") for e in comment_threads(heading_only, lambda text: False, start)] == ["comment"] * 3
    assert [e.get("class") for e in comment_threads(heading_only, lambda text: True, start)] == ["comments-area"]
    walked, _ = walked_blocks(f"<article>{HEADLINE}{STORY}</article>{box}", monkeypatch)
    assert "3 Comments" in walked
    assert not any(reply in text for text in walked for reply in REPLIES)


def test_the_story_start_is_its_first_line_of_a_sentence_s_length() -> None:
    assert story_line(["Share", "By Ann Lee", *PARAGRAPHS]) == PARAGRAPHS[0]
    assert story_line(["Share", "By Ann Lee"]) == ""
