"""The pages still over twice trafilatura alone's instructions, read with less repeated work, the same reading
(pagespeed50b, issue 14). Each cut is held here to a count on a real page; the outputs of all realworld pages
are byte-identical (`bench/page_dump.py compare`).
"""

from __future__ import annotations

import collections
import copy
import re
from pathlib import Path

import lxml.html
import pytest

from l10n.ingest import fields, ingest_file, inline, story_leads
from l10n.ingest.fields import MATCH_KEY_CACHED_CHARS
from l10n.ingest.page_main import MainText, main_text_lines

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


def test_word_bounds_split_no_further_than_their_bound() -> None:
    """`len(text.split()) <= LIMIT` made a string of every word of a long text to compare the count with a
    bound of 2 to 80 (56 such tests in ingest; thespacereview's 12,500-character box split by
    `starts_paywall_offer`, `is_republication_credit`…, ~3 ms a read by cProfile). `split(maxsplit=LIMIT)` gives
    every word of a text of up to LIMIT words and LIMIT + 1 parts of a longer one: the same answer to `<= LIMIT`
    and `> LIMIT`, for any text (held here on every text node of three real pages and on odd white space)."""
    unbounded = re.compile(r"len\((?:[a-z_.]+(?:\([^()]*\))?)\.split\(\)\) (?:<=|>) [A-Z_]+\b")
    found = [
        f"{path.name}: {match.group()}"
        for path in sorted((Path(inline.__file__).parent).glob("*.py"))
        for match in unbounded.finditer(path.read_text(encoding="utf-8"))
    ]
    assert found == []  # before: 56
    texts = ["", " ", "a", " a  b\u00a0c\u2028d\te ", "x " * 100, "\u3000字\u3000字 "]
    for name in ("thespacereview-com-rocket", "nashbryansk-ru-gripp", "shjnet-cn-tudou"):
        root = lxml.html.document_fromstring((REALWORLD / f"{name}.html").read_bytes())
        texts += [str(text) for text in root.xpath("//text()")]
    for limit in (1, 2, 3, 6, 15, 80):
        for text in texts:
            assert (len(text.split(maxsplit=limit)) <= limit) == (len(text.split()) <= limit)


def test_a_box_is_read_to_its_second_kept_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    """`story_leads.leading_story_lines` asks of each box holding `<p>`s whether trafilatura kept two of them;
    it keyed every paragraph of each box first (thespacereview's story box: 41 a read). Now a box is read to
    its second kept paragraph; the same lines."""
    asked = [0]
    kept = MainText.kept

    def counted(self: MainText, text: str) -> bool:
        asked[0] += 1
        return kept(self, text)

    path = REALWORLD / "thespacereview-com-rocket.html"
    root = lxml.html.document_fromstring(path.read_bytes())
    main = MainText.of(main_text_lines(copy.deepcopy(root)))
    lines = story_leads.leading_story_lines(root, main)
    monkeypatch.setattr(MainText, "kept", counted)
    assert story_leads.leading_story_lines(root, main) == lines
    assert asked[0] <= 5  # before: 41
