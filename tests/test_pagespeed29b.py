"""Session 29's cuts on the pages where one rule cost most (h/pagespeed29b; speed only, every realworld
page's dump byte-identical to main 1f00c311): what each cut no longer does, asked of the code.

`story_cut` asks `is_site_line` only of the kept blocks its caller has not already cleared (`_article_blocks`:
its story text, which asked it); `comment_threads` reads each box's text once and `_holds_line` looks for
the characters trafilatura drops only among a text's other than letters, digits and spaces; `prune_boilerplate` judges a
classed element by its class and id once a pair (`_names_nothing`).
"""

from __future__ import annotations

import sys

import lxml.html
import pytest
from page_support import HEADLINE, STORY
from test_page_threads import THREAD

import l10n.ingest.page_prune
import l10n.ingest.page_threads
import l10n.ingest.story_edges
from l10n.ingest.page_threads import comment_threads
from l10n.model import Block

PARAGRAPHS = [
    Block("paragraph", f"Paragraph {n} of the story, a sentence of its own about the harbour.") for n in range(4)
]


def test_story_cut_does_not_ask_again_whether_a_cleared_block_is_a_site_line(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    site_line = l10n.ingest.story_edges.is_site_line

    def watched(block: Block, sites: frozenset[str]) -> bool:
        asked.append(block.text)
        return site_line(block, sites)

    monkeypatch.setattr(l10n.ingest.story_edges, "is_site_line", watched)
    kept = l10n.ingest.story_edges.story_cut(PARAGRAPHS, [0, 1, 2, 3], frozenset(), no_site_lines={0, 1, 2})
    assert kept == [0, 1, 2, 3]
    assert asked == [PARAGRAPHS[3].text]  # the one block not cleared


def test_a_comment_boxs_text_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    root = lxml.html.document_fromstring(f"<html><body><article>{HEADLINE}{STORY}</article>{THREAD}</body></html>")
    reads: dict[int, int] = {}
    text_content = lxml.html.HtmlMixin.text_content

    def counted(element: lxml.html.HtmlElement) -> str:
        reads[id(element)] = reads.get(id(element), 0) + 1
        return text_content(element)

    held = list(root.iter())  # one proxy each, so that id() names one element
    monkeypatch.setattr(lxml.html.HtmlMixin, "text_content", counted)
    threads = comment_threads(root, lambda text: False)
    assert [element.get("class") for element in threads] == ["comment-list"]
    assert reads and max(reads.values()) == 1
    del held


@pytest.mark.parametrize(
    ("class_", "id_", "nothing"),
    [
        (None, None, True),
        ("entry-content", None, True),
        ("post", "main-story", True),
        ("share-bar", None, False),  # furniture
        (None, "related", False),
        ("sr-only", None, False),  # hidden text
        ("story-teaser", None, False),  # a teaser
        ("font_size", None, False),  # may be a text-size control: the element is looked at
    ],
)
def test_a_class_and_id_naming_nothing_are_told_from_those_that_do(
    class_: str | None, id_: str | None, nothing: bool
) -> None:
    assert l10n.ingest.page_prune._names_nothing(class_, id_, {}, {}) is nothing


def test_no_letter_digit_or_space_is_a_character_trafilatura_drops() -> None:
    """`_holds_line` looks for the characters trafilatura drops (neither printable nor a space) only in
    what `_PLAIN` leaves of a text: every character it takes out, of all Unicode, is none of them."""
    plain = l10n.ingest.page_threads._PLAIN
    taken = [char for char in map(chr, range(sys.maxunicode + 1)) if plain.fullmatch(char)]
    assert len(taken) > 100_000  # the letters of every script, the digits, the spaces
    assert all(char.isprintable() or char.isspace() for char in taken)
