"""What ours adds to every page, cut where callgrind shows it on the pages still over twice trafilatura
(pagespeed37), and why each answer stays the one it was.

- `byline_shown.shown_writers` asks first whether a writer's name is in the page's shown text as written up
  to case (`written_in`, both lower-cased); only a name it is not (other spaces, punctuation, diacritics) has
  the page's whole text folded. The fold lower-cases the whole text, then takes it a character at a time, so
  a name in the lower-cased text has its folded key in the text's folded key.
- A gated pattern whose every match ends where the text does (`$` last) refuses a text whose last character
  but white space ends no match (`regex_gate.end_characters`, read from the pattern's parse tree) before
  its strings are searched: `chrome_lines._SIZE_CONTROL`, the text-size control closing a line, is asked of
  every block (`page.py`) and every paragraph, heading and cell (`datelines.timestamp_lines`), and its
  labels' search read each paragraph whole.
- `page_authors._maybe_author_named` takes the class, itemprop and id values by one path a name (`_NAMED_BY`),
  the elements then put in the page's order: one path for the three, a union, had libxml2 merge the three
  node-sets checking each node against every node already in (tovima's 2,708 values).
"""

from __future__ import annotations

import re

import lxml.etree
import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_pagespeed20_gates import ODD_LETTERS, parsed, same_answer

from l10n.ingest import byline_shown, chrome_lines, page_authors
from l10n.ingest.byline_site import folded_key
from l10n.ingest.regex_gate import end_characters, gated_compile

SIZE_CONTROL = chrome_lines._SIZE_CONTROL
SLOW_PAGES = (
    "dailymail-co-uk-food.html",
    "motherjones-com-warehouse.html",
    "businessinsider-com-larrypage.html",
    "tovima-gr-louketa.html",
    "usatoday-com-epstein.html",
    "autoindustriya-com-sentra.html",
)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_a_name_written_in_a_text_is_in_its_folded_key(text: str, start: int, end: int) -> None:
    for name in (text[start:end], text[start:end].upper(), text[start:end].lower()):
        if byline_shown.written_in(name, text.lower()):
            assert folded_key(name) in folded_key(text)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Ann Lee", "— by Ann Lee, 2 May"),
        ("Ann Lee", "BY ANN LEE"),
        ("Rocío García", "Por ROCÍO GARCÍA"),
        ("İlkay Gündoğan", "İLKAY GÜNDOĞAN yazdı"),
        ("ǅemal", "ǄEMAL"),  # a title-case digraph: lowered one character at a time
        ("ΑΣ", "ας και"),  # a capital sigma at a word's end, in the name and in the text
        ("½ Ann", "x½ Ann"),
    ],
)
def test_names_written_as_shown_fold_into_the_shown_text(name: str, text: str) -> None:
    assert byline_shown.written_in(name, text.lower())
    assert folded_key(name) in folded_key(text)


def test_a_capital_sigma_inside_a_word_is_asked_of_the_folded_text() -> None:
    """Its lower case hangs on the letters around it: "ΑΣ" alone is "ας", inside "ΑΣΑ" "ασα"."""
    assert folded_key("ΑΣ") not in folded_key("ΑΣΑ")
    assert not byline_shown.written_in("ΑΣ", "ΑΣΑ".lower())


def test_a_writer_shown_as_written_has_no_page_text_folded(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real fold, watched: the page's text goes through it only for a name not written as shown."""
    folded: list[str] = []

    def watched(text: str) -> str:
        folded.append(text)
        return folded_key(text)

    monkeypatch.setattr(byline_shown, "folded_key", watched)
    story = "The pier reopened on Monday. " * 50
    page = lxml.html.fromstring(f"<html><body><p class='byline'>By Ann Lee</p><p>{story}</p></body></html>")
    assert byline_shown.shown_writers(page, ["Ann Lee"]) == ["Ann Lee"]
    assert folded and all(len(text) < 100 for text in folded)
    shouted = lxml.html.fromstring(f"<html><body><p class='byline'>BY ANN LEE</p><p>{story}</p></body></html>")
    assert byline_shown.shown_writers(shouted, ["Ann Lee"]) == ["Ann Lee"]  # in capitals: as written up to case
    assert all(len(text) < 100 for text in folded)
    spaced = lxml.html.fromstring(f"<html><body><p class='byline'>By Ann  Lee</p><p>{story}</p></body></html>")
    assert byline_shown.shown_writers(spaced, ["Ann Lee"]) == ["Ann Lee"]  # two spaces: the fold tells
    assert any(len(text) > 1000 for text in folded)
    assert byline_shown.shown_writers(page, ["Ann Lee", "Bo Chen"]) == ["Ann Lee"]  # Bo Chen is nowhere


def test_the_size_controls_last_characters_are_read_from_its_pattern() -> None:
    ends = SIZE_CONTROL.ends
    assert ends is not None and {"大", "小", "】", "]", ")", "s", "m", "l", "a", "+", "-", "−", "큰"} <= ends
    assert not ends & set("., 0123456789bcdefgt")  # a sentence's end, a word's, a number's


def test_a_line_naming_a_size_that_does_not_close_on_one_is_not_searched() -> None:
    """The labels are in it ("text size", "字号"), the end is no size and no bracket: refused at the gate."""
    for text in (
        "Text size matters in print.",
        "报纸改版后，标题字号：大，阅读更方便。",
        "Font size: A A A. Then more.",
    ):
        assert SIZE_CONTROL.compiled.search(text) is None
        assert not SIZE_CONTROL.may_match(text)
    for text in ("【字号：大 中 小】", "Font size: A A A  ", "来源： 深圳新闻网 字体: 【大 中 小】\n"):
        assert SIZE_CONTROL.may_match(text) and SIZE_CONTROL.search(text)


@pytest.mark.parametrize(
    ("pattern", "flags", "ends"),
    [
        (r"ab$", 0, {"b"}),
        (r"a[b ]$", 0, {"a", "b"}),  # the class may be the white space after "a"
        (r"a(?:b|c\s*)+\s*\Z", 0, {"b", "c"}),
        (r"(?:x|y)?z\s*$", re.I, {"z"}),
        (r"A(?=\s)\s*$", re.I, {"a"}),  # a lookahead matches no character
        (r"[SK]$", re.I, {"s", "k"}),
    ],
)
def test_end_characters_of_patterns(pattern: str, flags: int, ends: set[str]) -> None:
    assert end_characters(re.compile(pattern, flags)) == ends


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"ab", 0),  # a match may end anywhere
        (r"ab$", re.MULTILINE),  # …at any line's end
        (r"ab\W*$", 0),  # a class it cannot list
        (r"a.$", 0),
        (r"[^a]$", 0),
        (r"a|\s*$", 0),  # a match may be white space alone
        (r"(?i:a)$", 0),  # case-blind in part
    ],
)
def test_end_characters_not_said(pattern: str, flags: int) -> None:
    assert end_characters(re.compile(pattern, flags)) is None


def test_the_end_gate_reads_a_texts_end_as_the_pattern_compares_it() -> None:
    """Case-blind: "ſ" is "s" and "K" (Kelvin) is "k" to `re`; a search up to `endpos` ends there."""
    gated = gated_compile(r"size\s*[SK]\s*$", re.I)
    for text in ("Size ſ", "SIZE K ", "size s\n"):
        assert gated.may_match(text) and same_answer(gated, text)
    assert gated.search("size s and more", 0, 6) is not None and not gated.may_match("size s and more")


def _size_words() -> list[str]:
    return sorted(set(re.findall(r"[^\W\d_]+", SIZE_CONTROL.pattern)))


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_generated_size_lines_are_answered_as_the_pattern_does(data: st.DataObject) -> None:
    pieces = st.one_of(
        st.sampled_from(_size_words()).map(lambda word: word.upper() if len(word) % 2 else word.title()),
        st.sampled_from([" ", "  ", "\u00a0", "\n", ":", "：", "【", "】", "[", "]", "(", ")", "A+", "A-", "−", "."]),
        st.text(alphabet=ODD_LETTERS + "SMLsmlA+-大中小 ", max_size=4),
    )
    text = "".join(data.draw(st.lists(pieces, max_size=12)))
    assert same_answer(SIZE_CONTROL, text)


@pytest.mark.parametrize("name", SLOW_PAGES)
def test_every_text_of_slow_pages_is_answered_by_the_size_gate_as_the_pattern_does(name: str) -> None:
    root = parsed(name)
    texts = [element.text_content() for element in root.iter("p", "li", "div", "span", "td", "h2", "small")]
    assert all(same_answer(SIZE_CONTROL, text) for text in texts)


_UNION = lxml.etree.XPath("descendant-or-self::*/@class|descendant-or-self::*/@itemprop|descendant-or-self::*/@id")


def _author_named_by_union(root: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """`_maybe_author_named` as read before pagespeed37: the three names' values by one path, a union."""
    gate = page_authors._BYLINE_CLASS_WORD
    return list(dict.fromkeys(value.getparent() for value in _UNION(root) if gate.may_match(value.lower())))


def test_author_named_elements_are_read_a_name_at_a_time_in_the_pages_order() -> None:
    assert len(page_authors._NAMED_BY) == 3 and not any("|" in path.path for path in page_authors._NAMED_BY)
    page = lxml.html.fromstring(
        "<html><body><div id='byline-top'><span itemprop='author'>Ann Lee</span></div>"
        "<p class='author-bio' id='author-box'>Bo Chen</p><b class='x'>y</b><i class='byline'>By Cy Dee</i></body></html>"
    )
    found = page_authors._maybe_author_named(page)
    assert [element.tag for element in found] == ["div", "span", "p", "i"]
    assert found == _author_named_by_union(page)


@pytest.mark.parametrize("name", SLOW_PAGES)
def test_author_named_elements_of_slow_pages_are_the_unions(name: str) -> None:
    root = parsed(name)
    assert page_authors._maybe_author_named(root) == _author_named_by_union(root)
