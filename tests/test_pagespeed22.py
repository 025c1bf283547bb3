"""Session 22's speed cuts (issue 14, per page), each held to the reading it replaces.

These are equivalence guards for output-identical work (review22a's M1): each compares the new
reading with the one it replaces, so on main they fail only for want of the names they import;
a test that failed on main by a changed answer would mean the change was not output-identical.

- `page_main.is_body_match` asks the whole page only the body expressions that pick the element's
  copy alone, and answers an expression that picks the first child of each parent it names
  (trafilatura's `.//*[…][1]`) from copies of the element's siblings before it.
- `furniture.is_site_mark` refuses a text holding a space before its address pattern is tried.
- `site_notes` and `site_appeals`: the phrase patterns searched in every kept block are gated
  (`regex_gate`, as pagespeed20 gated `furniture`'s; held to the patterns in
  `tests/test_pagespeed20_gates.py`), and a text is folded once for the gates it meets in a row;
  a gate's strings are found by one pattern branching on their first character.
- `datelines.read_timestamp` asks whether a line is made of a stamp's parts with each run of
  digits read as one "0" (when no day or month name of the page's language holds a digit): the
  same answer as digit by digit, on generated lines of those parts.
"""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_pagespeed21 import parsed
from test_pagespeed21 import test_each_way_of_picking_an_element_is_answered_as_on_the_page as answered_as_the_page
from test_pagespeed21 import test_every_element_of_real_pages_is_answered_as_on_the_page as every_element_answered
from trafilatura.xpaths import BODY_XPATH

from l10n.ingest.datelines import _DIGIT_RUN, _stamp_body
from l10n.ingest.furniture import _BARE_ADDRESS, is_site_mark
from l10n.ingest.html_parse import parse_html
from l10n.ingest.page_main import _picks_first_child
from l10n.ingest.regex_gate import _any_of, _recent_fold, fold

# the pages whose holders one of the expressions picks alone (pagespeed22's profile)
HOLDER_PAGES = (
    "sciencemag-org-birds.html",
    "businessinsider-com-larrypage.html",
    "taz-de-siemens.html",
    "autoindustriya-com-sentra.html",
    "motherjones-com-warehouse.html",
)


def test_the_first_body_expression_alone_picks_the_first_child_of_each_parent() -> None:
    """The premise of the siblings' reading, asked of the installed trafilatura: its first
    expression (`.//*[…][1]`) picks per parent, the others the page's first match."""
    page = parse_html("<html><body><div class='post'><p>a</p></div></body></html>", source_path="page.html")
    alone = page.find(".//div")
    assert [_picks_first_child(expression, alone) for expression in BODY_XPATH[:1]] == [True]
    article = parse_html("<html><body><article class='x'><p>a</p></article></body></html>", source_path="page.html")
    assert not _picks_first_child(BODY_XPATH[1], article.find(".//article"))


# (page, the text of the paragraph whose box is asked, whether an expression picks that box)
SIBLING_CASES = (
    ("<div class='post'><p>a</p></div><div class='post'><p>b</p></div>", "b", False),  # a sibling before it
    ("<div><div class='post'><p>a</p></div></div><div class='post'><p>b</p></div>", "b", True),  # first of its parent
    (
        "<p>x</p><!-- c --><span class='post'>y</span><div class='post'><p>b</p></div>",
        "b",
        True,
    ),  # not a div, a comment
    (
        "<div v-on:click='go' class='post'><p>a</p></div><div class='post'><p>b</p></div>",
        "b",
        False,
    ),  # no copy: the page
    ("<section class='post'><p>a</p></section><div class='post'><p>b</p></div>", "b", False),  # another tag it names
)


@pytest.mark.parametrize(("body", "text", "picked"), SIBLING_CASES)
def test_the_siblings_before_a_box_answer_as_the_page(body: str, text: str, picked: bool) -> None:
    answered_as_the_page(body, text, picked)  # test_pagespeed21's reading, on these cases


@pytest.mark.parametrize("name", HOLDER_PAGES)
def test_every_element_of_holder_pages_is_answered_as_on_the_page(name: str) -> None:
    """All 511 realworld pages, 448,455 elements, were compared so when the change was made."""
    every_element_answered(name)


SPACES = [chr(code) for code in range(sys.maxunicode + 1) if re.fullmatch(r"\s", chr(code))]


@pytest.mark.parametrize("address", ["www.example.org", "BVINEWS.COM", "https://example.co.uk/news", "news.gov"])
def test_no_address_holds_a_space(address: str) -> None:
    """`is_site_mark`'s gate: the address pattern matches no text with a space (`\\s`) in it."""
    assert is_site_mark(address)
    for space in SPACES:
        for text in (address[:3] + space + address[3:], address + space + "x", "x" + space + address):
            assert _BARE_ADDRESS.fullmatch(text) is None
            assert not is_site_mark(text)


@pytest.mark.parametrize("name", ("usatoday-com-epstein.html", *HOLDER_PAGES[:2], "kenya-today-com-itumbi.html"))
def test_a_texts_fold_is_kept_as_folded(name: str) -> None:
    """(The gated patterns themselves are in `tests/test_pagespeed20_gates.py`'s `GATED`.)"""
    texts = [element.text_content() for element in parsed(name).iter("p", "li", "div", "span", "td", "h2", "small")]
    assert all(_recent_fold(text) == fold(text) for text in [*texts, *reversed(texts)])


@settings(max_examples=400, deadline=None)
@given(st.frozensets(st.text(alphabet="ab c.|(©", min_size=1, max_size=4), min_size=1, max_size=8), st.text("ab c.|(©"))
def test_a_gates_pattern_finds_a_text_holding_one_of_its_strings(strings: frozenset[str], text: str) -> None:
    assert (re.search(_any_of(strings), text) is not None) == any(string in text for string in strings)


STAMP_PIECES = [
    "2019",
    "11",
    "7",
    "20202",
    "٢٠٢٠",
    "st",
    "h",
    "年",
    "月",
    "am",
    "p.m.",
    "at",
    "de",
    "Uhr",
    "GMT",
    "CET",
]
STAMP_PIECES += [
    "Nov",
    "November",
    "Tue",
    "März",
    "mars",
    "Mittwoch",
    "-",
    ":",
    " ",
    ", ",
    "/",
    ".",
    "|",
    "(",
    "x",
    "Ann",
]


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["en", "de", "fr", "is", "fa"]), st.lists(st.sampled_from(STAMP_PIECES), max_size=9))
def test_a_line_fits_the_stamp_pattern_as_well_with_its_digit_runs_as_one(language: str, pieces: list[str]) -> None:
    body, digitless = _stamp_body(language)
    line = "".join(pieces)
    assert digitless
    assert (body.fullmatch(line) is None) == (body.fullmatch(_DIGIT_RUN.sub("0", line)) is None)


def test_a_language_whose_month_names_hold_digits_is_read_digit_by_digit() -> None:
    assert not _stamp_body("ja")[1] and not _stamp_body("zh")[1]  # "1月": the names' digits are not a number's
