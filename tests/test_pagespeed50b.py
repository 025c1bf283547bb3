"""The pages still over twice trafilatura alone's instructions, read with less repeated work, the same reading
(pagespeed50b, issue 14). Each cut is held here to a count on a real page; the outputs of all realworld pages
are byte-identical (`bench/page_dump.py compare`).
"""

from __future__ import annotations

import collections
import re
from pathlib import Path

import pytest

from l10n.ingest import fields, ingest_file, inline
from l10n.ingest.fields import MATCH_KEY_CACHED_CHARS

REALWORLD = Path(__file__).parent / "data" / "realworld"


def test_a_long_box_is_keyed_once_a_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """thespacereview's page box (12,500 characters, all its text) is asked its key by eight rules of a read
    (the pruning's sign-up, button, social and control-bar rules, the story's edges); past the 8,192 characters
    a page kept, it was keyed afresh each time: 1.2 ms of a read. A page keeps a text up to 65,536 characters
    now, ~4 M characters in all."""
    keyed: collections.Counter[str] = collections.Counter()
    key = fields._key

    def counted(text: str) -> str:
        keyed[text] += 1
        return key(text)

    path = REALWORLD / "thespacereview-com-rocket.html"
    before = ingest_file(path)
    monkeypatch.setattr(fields, "_key", counted)
    after = ingest_file(path)
    assert [(block.role, block.text) for block in after.blocks] == [(block.role, block.text) for block in before.blocks]
    assert max(map(len, keyed)) > 12_000
    repeated = {len(text): count for text, count in keyed.items() if len(text) > MATCH_KEY_CACHED_CHARS and count > 1}
    assert repeated == {}  # before: {12500: 7}


def test_only_the_white_space_runs_holding_a_line_break_are_weighed(monkeypatch: pytest.MonkeyPatch) -> None:
    """`inline.collapse_space` weighed each white-space run of a text holding a line break by a Python call
    (`_collapsed_run`: is it a break between two Chinese or Japanese characters?), the spaces between words too:
    thespacereview's 1,984 a read. Now only the runs holding a line break (or a `<br>`'s place) are, and an ASCII
    text's none; the same text (every realworld text node with a line break, and 300,000 random mixes of
    spaces, breaks and wide characters, were compared with the old reading when this was made)."""
    runs: list[str] = []
    weigh = inline._collapsed_run

    def counted(match: re.Match[str]) -> str:
        runs.append(match.group())
        return weigh(match)

    pages = ("thespacereview-com-rocket", "shjnet-cn-tudou")  # English, many texts with line breaks; Chinese
    before = {name: ingest_file(REALWORLD / f"{name}.html") for name in pages}
    monkeypatch.setattr(inline, "_collapsed_run", counted)
    weighed: dict[str, list[str]] = {}
    for name in pages:
        runs.clear()
        after = ingest_file(REALWORLD / f"{name}.html")
        assert [(block.role, block.text) for block in after.blocks] == [
            (block.role, block.text) for block in before[name].blocks
        ]
        weighed[name] = list(runs)
    assert {name: len(found) for name, found in weighed.items()} == {pages[0]: 0, pages[1]: 1}  # before: 1,984, 2
    assert all(set(run) & {"\n", "\r", "\u2028"} for run in weighed[pages[1]])
