"""The pages still over twice trafilatura alone's instructions, read with less work done for nothing, the same
reading (pagespeed51, issue 14). Each cut is held here to a count on a real page; the outputs of all realworld
pages are byte-identical (`bench/page_dump.py compare`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml.html import HtmlElement

from l10n.ingest import ingest_file, page_layout

REALWORLD = Path(__file__).parent / "data" / "realworld"


def test_a_column_holding_no_kept_text_is_not_measured(monkeypatch: pytest.MonkeyPatch) -> None:
    """`page_layout._is_side_column` counted the shown sizes of every element of each sibling of the story's holders
    (`_shown_sizes`), its teaser items and what they cover, and only then asked whether trafilatura kept any text of
    it (`_holds_kept_text`); most siblings hold none (gumc's `<nav>`, `<header>` and `<footer>`, 447 elements a read:
    a tenth of the read). The test of kept text is asked first now: a sibling holding none is not measured, and a
    side column is still found (kulu-media's `<header>`, whose kept menu line goes; the same blocks either way)."""
    measured: dict[str, list[str]] = {}
    sizes = page_layout._shown_sizes

    def counted(inside: list[HtmlElement]) -> tuple[dict[HtmlElement, int], dict[HtmlElement, int]]:
        measured[page].append(inside[0].tag)
        return sizes(inside)

    pages = ("gumc-georgetown-edu-mindfulness", "kulu-media-com-outage")
    before = {page: ingest_file(REALWORLD / f"{page}.html") for page in pages}
    monkeypatch.setattr(page_layout, "_shown_sizes", counted)
    for page in pages:
        measured[page] = []
        after = ingest_file(REALWORLD / f"{page}.html")
        assert [(block.role, block.text) for block in after.blocks] == [
            (block.role, block.text) for block in before[page].blocks
        ]
    # before: every sibling of the story's holders (gumc's `<nav>`, `<header>`, `<footer>`…; kulu-media's `<meta>`s…)
    assert measured == {pages[0]: [], pages[1]: ["div", "header"]}
