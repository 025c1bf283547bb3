"""Session 36's cuts in the page's rules (pagespeed36; speed only), each held to the reading it replaces.

- `story_edges.story_cut` asks `is_notice_line` only of the kept blocks its caller has not cleared
  (`no_notice_lines`: `page._article_blocks`' story text, which asked it already);
- `chrome_lines._trail_steps` finds no trail in a line without a link before it searches for arrows;
- `page_marks.drop_widget_labels` reads a label's text only beside an element holding a widget, and
  returns at once on a page without any;
- `notice_lines.is_notice_line` searches the strings of its five patterns at once (`_NOTICE_GATE`).
"""

from __future__ import annotations

import copy

import lxml.html
import pytest
from conftest import measured_pages
from hypothesis import given, settings
from hypothesis import strategies as st
from page_support import parsed_page

import l10n.ingest.story_edges
from l10n.ingest import chrome_lines, notice_lines, page_marks
from l10n.ingest.fields import word_count
from l10n.model import Block, InlineMarkup

PAGES = sorted(measured_pages())
NOTICE = "Published by Globes [online], Israel business news - www.globes-online.com - on January 16, 2012"
PARAGRAPHS = [
    Block("paragraph", f"Paragraph {n} of the story, a sentence of its own about the harbour.") for n in range(4)
]


def test_story_cut_asks_only_uncleared_blocks_whether_they_are_notices(monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = [*PARAGRAPHS[:2], Block("paragraph", NOTICE), *PARAGRAPHS[2:]]
    asked: list[str] = []
    notice = l10n.ingest.story_edges.is_notice_line

    def watched(text: str) -> bool:
        asked.append(text)
        return notice(text)

    monkeypatch.setattr(l10n.ingest.story_edges, "is_notice_line", watched)
    every = [0, 1, 2, 3, 4]
    assert l10n.ingest.story_edges.story_cut(blocks, every, frozenset(), no_notice_lines={0, 1, 3}) == [0, 1, 3, 4]
    assert asked == [NOTICE, PARAGRAPHS[3].text]  # the notice still goes; the cleared blocks are not asked
    assert l10n.ingest.story_edges.story_cut(blocks, every, frozenset()) == [0, 1, 3, 4]


def trail_steps_before(block: Block) -> list[str]:
    """`_trail_steps` as it read before pagespeed36 (the arrows searched first)."""
    text = block.text
    label = chrome_lines._TRAIL_LABEL.match(text)
    start = label.end() if label else 0
    links = [(mark.start, mark.end) for mark in block.markup if mark.tag == "a"]
    cuts = [arrow.span() for arrow in chrome_lines._TRAIL_ARROW.finditer(text, start)]
    cuts += [
        (mark.start, mark.start)
        for mark in block.markup
        if mark.tag == "img" and mark.start > start and not any(a < mark.start < b for a, b in links)
    ]
    cuts.sort()
    if len(cuts) + 1 < chrome_lines.MIN_TRAIL_STEPS or any(end > after for (_, end), (after, _) in zip(cuts, cuts[1:])):
        return []
    ends = [start, *(at for cut in cuts for at in cut), len(text)]
    spans = [(ends[i], ends[i + 1]) for i in range(0, len(ends), 2)]
    steps = [text[begin:end].strip() for begin, end in spans]
    if not all(steps):
        return []
    for begin, end in spans[:-1]:
        begin, end = begin + len(text[begin:end]) - len(text[begin:end].lstrip()), len(text[:end].rstrip())
        if not any(a <= begin and end <= b for a, b in links):
            return []
    return steps


@st.composite
def trail_blocks(draw: st.DrawFn) -> Block:
    text = draw(st.text(alphabet="ab 首頁:：>›»→", max_size=24))
    marks = []
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, len(text)))
        tag = draw(st.sampled_from(["a", "img", "b"]))
        end = start if tag == "img" else draw(st.integers(start, len(text)))
        marks.append(InlineMarkup(start, end, tag))
    return Block("paragraph", text, markup=marks)


@settings(max_examples=400, deadline=None)
@given(trail_blocks())
def test_trail_steps_as_before(block: Block) -> None:
    assert chrome_lines._trail_steps(block) == trail_steps_before(block)


def test_a_trail_of_links_is_still_read_and_one_without_links_is_not() -> None:
    links = [InlineMarkup(0, 4, "a"), InlineMarkup(7, 11, "a")]
    trail = Block("paragraph", "Home > News > Story", markup=links)
    assert chrome_lines.is_breadcrumb_line(trail)
    assert chrome_lines.trail_page_step(trail) == "Story"
    assert not chrome_lines.is_breadcrumb_line(Block("paragraph", trail.text))


def drop_widget_labels_before(root) -> None:
    """`drop_widget_labels` as it read before pagespeed36 (every label's text read first)."""
    for label in list(root.iter("strong", "b", "span", "label")):
        text = label.text_content()
        if (
            not page_marks._LABEL_END.search(text)
            or len(text.split()) > page_marks.MAX_LABEL_WORDS
            or (label.tail or "").strip()
        ):
            continue
        widget = label.getnext()
        while widget is not None and not isinstance(widget.tag, str):
            widget = widget.getnext()
        if (
            widget is not None
            and widget.xpath(page_marks._WIDGET_PARTS)
            and not "".join(page_marks._WIDGET_TEXT(widget)).strip()
        ):
            label.drop_tree()


WIDGETS = [
    "<div><b>Latest:</b><form><select><option>A</option></select></form><b>Where:</b><span>Town Hall</span></div>",
    "<div><strong>速報>></strong><!-- ticker --><iframe src='t.html'></iframe><p>Story.</p></div>",
    "<div><b>Watch:</b><div><iframe></iframe>Caption under it</div><b>Poll:</b> <select></select></div>",
    # a label holding the only frame of the box beside another label: read as before, whatever goes first
    "<div><b>Box:</b><div><span>Inner: <iframe></iframe></span><iframe></iframe></div></div>",
    "<div><b>No widget:</b><p>Text.</p></div>",
]


@pytest.mark.parametrize("html", WIDGETS)
def test_drop_widget_labels_as_before_on_built_boxes(html: str) -> None:
    ours, before = lxml.html.fragment_fromstring(html), lxml.html.fragment_fromstring(html)
    page_marks.drop_widget_labels(ours)
    drop_widget_labels_before(before)
    assert lxml.html.tostring(ours) == lxml.html.tostring(before)


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.stem)
def test_drop_widget_labels_as_before_on_every_measured_page(page) -> None:
    root = parsed_page(page)
    before = copy.deepcopy(root)
    page_marks.drop_widget_labels(root)
    drop_widget_labels_before(before)
    assert lxml.html.tostring(root) == lxml.html.tostring(before)


def notice_before(text: str) -> bool:
    """`is_notice_line` as it read before pagespeed36 (each pattern behind its own gate)."""
    if word_count(text, notice_lines.MAX_NOTICE_WORDS) > notice_lines.MAX_NOTICE_WORDS or not text.split():
        return False
    line = " ".join(text.split())
    return bool(
        notice_lines._PUBLISHED_BY.fullmatch(line)
        or notice_lines._GREEK_NOTICE.search(line)
        or notice_lines._FAN_PAGE.search(line)
        or notice_lines._RELEASE_NOTICE.match(line)
        or notice_lines._LIST_FILE_NOTE.match(line)
    )


NOTICES = [
    NOTICE,
    "Λεπτομέρειες στη συνδρομητική σελίδα του ΑΠΕ-ΜΠΕ | Αίτηση Συνδρομητή",
    "ΛΕΠΤΟΜΕΡΕΙΕΣ ΣΤΗ ΣΥΝΔΡΟΜΗΤΙΚΗ ΣΕΛΙΔΑ",
    "Facebook 馬上按讚 加入台視新聞粉絲團",
    "LIKE US ON FACEBOOK",
    "This is a press release which we link to from Podnews.",
    "The above list of podcasts is available as an OPML file for your podcast player",
    "The company said in a press release that this is a record year.",
    "Published by Penguin on 3 March 2020, the book sold a million copies in a year.",
    "PUBLİSHED BY Globes on January 16, 2012",
]
WORDS = ["published", "by", "on", "January", "16,", "2012", "like", "us", "Facebook", "this", "is", "a", "press"]
WORDS += ["release", "the", "above", "list", "available", "as", "CSV", "按讚", "粉絲團", "συνδρομητική", "σελίδα"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=14), st.sampled_from([" ", "  ", "\n", "\u00a0"]))
def test_is_notice_line_as_before(words: list[str], space: str) -> None:
    text = space.join(words)
    assert notice_lines.is_notice_line(text) == notice_before(text)


@pytest.mark.parametrize("text", NOTICES)
def test_is_notice_line_as_before_on_known_lines(text: str) -> None:
    assert notice_lines.is_notice_line(text) == notice_before(text)
