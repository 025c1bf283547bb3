"""The Markdown writer's fast path for sentences without tags (`markdown_inline.inline_markdown`)
gives exactly what the general path (`_tree_markdown`: a tree of tags, delimiters checked
between neighbours) gives, on real pages (tests/data/realworld, sources in its SOURCES.md) and
on the strings that make escaping hard."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import measured_pages

from l10n.assemble.article import split_tags
from l10n.assemble.markdown_inline import _lines, _tree_markdown, inline_markdown
from l10n.assembly import parse_document

HARD = [
    "a*",
    "*b",
    "`x` and ``y``",
    "line\nbreak",
    "ctrl\x0bchar\x85",
    "1. place",
    "- item",
    "  spaced   out  ",
    "<script>alert(1)</script> [a](b) #tag |cell| !img &amp; ~x~ _u_ \\",
    "",
]


def both(pieces: list, *, single_line: bool = False) -> tuple[str, str]:
    return inline_markdown(pieces, single_line=single_line), _lines(_tree_markdown(pieces), single_line=single_line)


@pytest.mark.parametrize("single_line", [False, True])
def test_text_alone_is_written_as_the_general_path_writes_it(single_line: bool) -> None:
    for first in HARD:
        for second in HARD:
            fast, general = both([first, " ", second], single_line=single_line)
            assert fast == general, (first, second)


def test_real_sentences_are_written_as_the_general_path_writes_them() -> None:
    pages = list(measured_pages())[::9]  # every ninth: 15 pages from different sites
    compared = 0
    for page in pages:
        document = parse_document(page)
        for block in document.blocks:
            pieces: list = []
            for segment in block.segments:
                pieces += [" ", *split_tags(segment.text, segment.placeables, None)]
            if all(isinstance(piece, str) for piece in pieces):
                compared += 1
                for single_line in (False, True):
                    fast, general = both(pieces, single_line=single_line)
                    assert fast == general, (page.name, pieces)
    assert compared > 100
