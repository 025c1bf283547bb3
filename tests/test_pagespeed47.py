"""Session 47's cuts (pagespeed47; speed only, every realworld page's dump and trafilatura's evaluation pages' output
the same as before).

- `slot_titles.drop_slot_titles` counts the letters its box shows by a walk that stops past the title's
  (`_shown_letters`) before reading the box's whole shown text (`_SLOT_TEXT`: an XPath testing seven ancestors of
  every text up to the root), which it read for every subheading of a story's box.
- htmldate's search of a page's markup for a date's digits between two non-digits (`search_page`'s six `findall`s
  of `page_htmldate.DIGITS_BETWEEN_NON_DIGITS`, each over the whole markup) reads the markup with each run of
  non-digits cut to its first and last characters (`page_htmldate.shortened_markup`): the same matches.
"""

from __future__ import annotations

import lxml.etree
import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.ingest import page_htmldate, slot_titles
from l10n.ingest.furniture import MAX_LABEL_WORDS


def _drop_slot_titles_before(root: lxml.html.HtmlElement) -> None:
    """The reading before pagespeed47, as misses46 wrote it."""
    for heading in list(root.iter("h2", "h3", "h4", "h5", "h6")):
        box = heading.getparent()
        title = "".join(heading.text_content().split())
        if box is None or not title or len(heading.text_content().split()) > MAX_LABEL_WORDS:
            continue
        if "".join("".join(slot_titles._SLOT_TEXT(box)).split()) != title:
            continue
        if any(slot is not heading and heading not in slot.iterancestors() for slot in slot_titles._SLOTS(box)):
            heading.drop_tree()


STORY = (
    "<html><body><div class='story'><h2>Ferries</h2><p>The ferries run again.</p><h3>Fares</h3>"
    "<p>Fares stay the same.</p><h3>Timetable</h3><p>Every hour.</p><script>track()</script></div>"
    "<div><h2>Директ</h2><p><script>yandex_ad()</script></p></div></body></html>"
)


def test_a_story_s_subheadings_do_not_read_their_box_s_whole_text(monkeypatch) -> None:
    read = []
    whole = slot_titles._SLOT_TEXT
    monkeypatch.setattr(slot_titles, "_SLOT_TEXT", lambda box: read.append(box.get("class")) or whole(box))
    page = lxml.html.document_fromstring(STORY)
    slot_titles.drop_slot_titles(page)
    assert [heading.text for heading in page.iter("h2", "h3")] == ["Ferries", "Fares", "Timetable"]
    assert read == [None]  # the ad's box alone, whose title is all it shows (before: the story's box three times)


_PIECES = st.sampled_from(["", " ", "\n\t", "Ad", "Top stories", "a b", "\u00a0", "Рекомендуем"])
_TAGS = st.sampled_from(["div", "p", "span", "script", "object", "iframe", "embed", "noscript", "style", "h2", "h3"])


@st.composite
def _trees(draw, depth: int = 3) -> str:
    tag = draw(_TAGS)
    children = draw(st.lists(_trees(depth - 1), max_size=3)) if depth > 0 and tag not in ("script", "style") else []
    text = draw(_PIECES)
    inside = text + "".join(child + draw(_PIECES) for child in children)
    if draw(st.booleans()) and tag not in ("script", "style"):
        inside += "<!-- note -->" + draw(_PIECES)
    return f"<{tag}>{inside}</{tag}>"


@settings(max_examples=300, deadline=None)
@given(st.lists(_trees(), min_size=1, max_size=3))
def test_the_titles_dropped_are_those_dropped_before(boxes: list[str]) -> None:
    html = "<html><body>" + "".join(f"<div>{box}</div>" for box in boxes) + "</body></html>"
    ours, before = lxml.html.document_fromstring(html), lxml.html.document_fromstring(html)
    slot_titles.drop_slot_titles(ours)
    _drop_slot_titles_before(before)
    assert lxml.etree.tostring(ours) == lxml.etree.tostring(before)


@pytest.mark.parametrize(
    "html",
    [
        "<noscript><div><h2>Ad</h2><script>ad()</script></div></noscript>",  # no text shown under a <noscript>
        "<div><h2>Ad<script>x()</script></h2><iframe>Ad</iframe></div>",  # a script in the title: fewer letters shown
        "<div><h2>Top  stories</h2>\n <object>Flash</object></div>",  # the plug-in's stand-in text is not shown
        "<div><h3>Ad</h3><span>A</span><script>ad()</script></div>",  # one letter beside the title
        "<object><div><h2>Ad</h2><embed></div></object>",  # under a plug-in: nothing shown
    ],
)
def test_edge_boxes_are_read_as_before(html: str) -> None:
    page = f"<html><body>{html}</body></html>"
    ours, before = lxml.html.document_fromstring(page), lxml.html.document_fromstring(page)
    slot_titles.drop_slot_titles(ours)
    _drop_slot_titles_before(before)
    assert lxml.etree.tostring(ours) == lxml.etree.tostring(before)


def _htmldate_patterns() -> list:
    from htmldate import core

    return [getattr(core, name) for name in page_htmldate.DIGITS_BETWEEN_NON_DIGITS]


# digits, the separators, markup, letters, and digits `\d` reads but `[0-9]` does not (Arabic-Indic, full-width)
_MARKUP = st.text(alphabet='0123456789/.-,: <>="aw3orgT©\u0663\uff13é', max_size=80)


@settings(max_examples=2000, deadline=None)
@given(_MARKUP)
def test_each_pattern_finds_the_same_dates_in_the_shortened_markup(markup: str) -> None:
    shortened = page_htmldate.shortened_markup(markup)
    for pattern in _htmldate_patterns():
        assert pattern.findall(shortened) == pattern.findall(markup), pattern.pattern


@pytest.mark.parametrize(
    "markup",
    [
        "<p>12.03.2019</p><p>1.3.2019 and 2019-03-12, 20190312x, 12/03/19.</p>",
        "a12.03.2019b12.03.2019c 01.02.2020/03.04.2020 x 2019-03-1212 x 2019/03-12/",  # a match's end taken by the next
        "<time>31.12.2019</time>\n\n  <span>12-2019</span> ... 2019-12 ..1.12.2019..",
    ],
)
def test_made_markup_keeps_its_dates(markup: str) -> None:
    shortened = page_htmldate.shortened_markup(markup)
    assert len(shortened) < len(markup)
    found = [pattern.findall(markup) for pattern in _htmldate_patterns()]
    assert any(found)
    assert [pattern.findall(shortened) for pattern in _htmldate_patterns()] == found


def test_a_year_after_w3_org_is_why_the_lone_year_reads_the_markup_whole() -> None:
    from htmldate.core import SIMPLE_PATTERN

    markup = '<a href="http://www.w3.org/2019/">x</a>'
    assert SIMPLE_PATTERN.findall(markup) == []  # its look-behind reads the removed characters
    assert SIMPLE_PATTERN.findall(page_htmldate.shortened_markup(markup)) == ["2019"]


def test_htmldate_s_page_search_reads_the_shortened_markup(monkeypatch) -> None:
    from htmldate import core

    read: list[int] = []
    own = core.plausible_year_filter

    def recorded(htmlstring: str, **rest: object) -> object:
        read.append(len(htmlstring))
        return own(htmlstring, **rest)

    page = (  # the day only in an attribute: no reading of htmldate's before its search of the markup finds it
        "<html><body><div class='nav'>" + "<a href='/x'>Section</a> " * 40 + "</div><h1>Harbour</h1>"
        "<p>The harbour reopened.</p><div data-when='x12.03.2019x'></div></body></html>"
    )

    def day() -> object:
        return page_htmldate.htmldate_day(lxml.html.document_fromstring(page), language="en", near=["12 March 2019"])

    year_filter = page_htmldate._year_filter
    year_filter.cache_clear()  # made again with `recorded` as htmldate's own
    monkeypatch.setattr(core, "plausible_year_filter", recorded)
    try:
        ours = day()
        markup = len(core.serialize(lxml.html.document_fromstring(page)))
        shortened = list(read)
        monkeypatch.setattr(page_htmldate, "_year_filter", dict)  # htmldate reading the markup whole
        assert day() == ours is not None and ours.date().isoformat() == "2019-03-12"
    finally:
        year_filter.cache_clear()
    assert shortened and min(shortened) < markup / 4  # the patterns of a date's digits read the shortened markup
