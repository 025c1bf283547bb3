"""The rule passes that cost more than they should on the pages over twice trafilatura (pagespeed28),
and why each answer stays the one it was.

- `site_makers._MAKER_CREDIT` is asked of every text of the page, most of them the layout's runs of
  spaces: its leading `\\W*+` takes such a run once, where `\\W*` tried every shorter run again
  against each of its words (usnews: 38 ms a read). A word opens every credit, so no shorter run
  can lead to a match: the answers are the greedy pattern's.
- `chrome_lines._SIZE_CONTROL` is searched in every kept block: gated (`regex_gate`) on its labels'
  words; the gated search answers as the pattern.
- `furniture.is_site_talk` of a blank text (each block's `first_line`, "" for most) is False at once:
  every test in it needs a letter, digit or sign.
- `chrome_lines._folded` does not decompose a text that is ASCII once case-folded: the fold is the
  character-by-character one.
"""

from __future__ import annotations

import re
import re._parser as re_parser  # the stdlib's own reader of a pattern (Python 3.11+)
import unicodedata

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_pagespeed20_gates import ODD_LETTERS, SLOW_PAGES, parsed, same_answer

from l10n import folding
from l10n.ingest import chrome_lines, furniture, page_main, regex_gate, site_appeals, site_makers, site_notes
from l10n.ingest.regex_gate import GatedPattern, gated_compile


def _leading_run(pattern: re.Pattern[str]) -> object:
    """The kind of repeat that opens `pattern` after its `^` (the regex parser's own reading)."""
    items = list(re_parser.parse(pattern.pattern, pattern.flags))
    assert items[0] == (re_parser.AT, re_parser.AT_BEGINNING)
    return items[1][0]


def test_a_run_of_spaces_is_read_once_by_the_maker_credit() -> None:
    """The credit opens with a possessive run of non-word characters: a run of spaces is taken once and
    never given back to be tried again, shorter, against each of the credit's words (8× the time before,
    on usnews). Read off the parsed pattern, not timed: speed claims live in bench/, not in tests."""
    assert _leading_run(site_makers._MAKER_CREDIT) == re_parser.POSSESSIVE_REPEAT
    assert _leading_run(re.compile(r"^\W*x")) == re_parser.MAX_REPEAT  # the check tells the two apart


@given(
    st.lists(st.sampled_from([*" \n\t.,-|&:/*©\u00a0", "Design", "by", "Acme", "site", "x", "Powered "]), max_size=12)
)
def test_the_maker_credit_answers_as_the_greedy_pattern(parts: list[str]) -> None:
    text = "".join(parts)
    greedy = re.compile(site_makers._MAKER_CREDIT.pattern.replace(r"^\W*+", r"^\W*", 1), re.IGNORECASE)
    found, wanted = site_makers._MAKER_CREDIT.match(text), greedy.match(text)
    assert (found and found.group("maker")) == (wanted and wanted.group("maker"))


def test_the_maker_credit_still_reads_a_footers_credit() -> None:
    found = site_makers._MAKER_CREDIT.match("  \n © 2011 · Design & Development by: BDigital")
    assert found is None  # the credit does not open the text: a footer's line of its own does
    found = site_makers._MAKER_CREDIT.match("\n   — Design & Development by: BDigital")
    assert found is not None and found["maker"] == "BDigital"


def test_the_size_control_is_gated_on_its_labels() -> None:
    gated = chrome_lines._SIZE_CONTROL
    assert isinstance(gated, GatedPattern) and gated.required
    assert {"font", "text", "字号"} <= gated.required
    assert not gated.may_match("The council met on Monday and voted to keep the library open.")


@pytest.mark.parametrize("name", SLOW_PAGES)
def test_every_text_of_slow_pages_is_answered_as_the_size_control_pattern(name: str) -> None:
    texts = [element.text_content() for element in parsed(name).iter("p", "li", "div", "span", "td", "h2", "small")]
    assert all(same_answer(chrome_lines._SIZE_CONTROL, text) for text in texts)


@given(
    st.lists(
        st.sampled_from(
            ["【", "字号", "：", "大", " ", "中", "小", "】", "Font size", "TEXT SIZE", "A+", "A-", "S", "M", "L"]
        ),
        max_size=10,
    )
)
def test_generated_controls_are_answered_as_the_pattern(parts: list[str]) -> None:
    text = "2011-12-14 来源： 深圳新闻网 " + "".join(parts)
    assert same_answer(chrome_lines._SIZE_CONTROL, text)


def test_a_blank_text_is_no_site_talk_without_its_tests(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(furniture, "word_count", lambda text, limit: asked.append(text) or len(text.split()))
    assert not any(furniture.is_site_talk(text) for text in ("", " ", "\n\t", "\u00a0", "\u3000"))
    assert asked == []  # not one test asked
    assert furniture.is_site_talk("[…]") and furniture.is_site_talk("© 2023")  # signs without a letter still are


def test_an_ascii_text_is_folded_without_decomposing(monkeypatch: pytest.MonkeyPatch) -> None:
    decomposed: list[str] = []

    class Counting:
        combining = staticmethod(unicodedata.combining)

        @staticmethod
        def normalize(form: str, text: str) -> str:
            decomposed.append(text)
            return unicodedata.normalize(form, text)

    monkeypatch.setattr(folding, "unicodedata", Counting)  # the fold's one home (l10n.folding)
    assert chrome_lines._folded(" Most Read: ") == "most read" and decomposed == []
    assert chrome_lines._folded("ΔΗΜΟΦΙΛΈΣΤΕΡΑ") == "δημοφιλεστερα" and decomposed  # accents still go


@given(st.text())
def test_the_fold_is_the_character_by_character_one(text: str) -> None:
    letters = "".join(char for char in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(char))
    assert chrome_lines._folded(text) == " ".join(re.sub(r"^\W+|\W+$", "", letters).split())


TEXT_OUTSIDE_TABLES = (
    "//body//text()[not(ancestor::table or ancestor::script or ancestor::style or ancestor::noscript)]"
)


@pytest.mark.parametrize("name", (*SLOW_PAGES, "tovima-gr-louketa.html", "informecorrientes-com-yapeyu.html"))
def test_the_text_outside_tables_is_the_xpaths_sum(name: str) -> None:
    root = parsed(name)
    wanted = sum(len(text.strip()) for text in root.xpath(TEXT_OUTSIDE_TABLES))
    assert page_main._text_outside_tables(root, float("inf")) == wanted
    for limit in (0, wanted // 2, wanted - 1, wanted, wanted + 1):
        assert (page_main._text_outside_tables(root, limit) > limit) == (wanted > limit)


def test_the_text_outside_tables_is_read_only_until_it_passes_the_limit() -> None:
    page = lxml.html.document_fromstring(
        "<html><body><p>The harbour reopened on Monday.</p><table><tr><td>skipped</td></tr></table> after"
        "<script>var x;</script><!-- a note --> tail" + "<div><p>More of the page.</p></div>" * 500 + "</body></html>"
    )
    full = page_main._text_outside_tables(page, float("inf"))
    assert full == len("The harbour reopened on Monday.") + len("after") + len("tail") + 500 * len("More of the page.")
    assert 10 < page_main._text_outside_tables(page, 10) < full // 100  # stopped once past the limit


GROUPS = {  # read when asked: on a checkout without the groups, only their tests fail
    "site_notes._NOTE_PHRASES": (site_notes, "_NOTE_PHRASES"),
    "site_appeals._APPEAL_PHRASES": (site_appeals, "_APPEAL_PHRASES"),
    "site_appeals._CJK_PHRASES": (site_appeals, "_CJK_PHRASES"),
    "furniture._TALK_PHRASES": (furniture, "_TALK_PHRASES"),
}


def group_of(name: str) -> regex_gate.GateGroup:
    module, attribute = GROUPS[name]
    return getattr(module, attribute)  # type: ignore[no-any-return]


PLAIN = "The council met on Monday and voted to keep the library open."


@pytest.mark.parametrize("name", GROUPS)
def test_each_gate_group_is_on(name: str) -> None:
    group = group_of(name)
    assert all(isinstance(pattern, GatedPattern) and pattern.required for pattern in group.patterns)
    assert not group.may_match(PLAIN) and not group.may_match("Aberconwy")


def test_a_group_is_all_case_blind_or_none() -> None:
    with pytest.raises(ValueError, match="case-blind"):
        regex_gate.GateGroup(gated_compile("Archive"), gated_compile("archive", re.IGNORECASE))
    assert regex_gate.GateGroup(gated_compile(r"\d{4}|x", re.I), gated_compile("copyright", re.I)).may_match(
        PLAIN
    )  # no strings


def _group_answers(group: regex_gate.GateGroup, text: str) -> bool:
    """The group lets through every text one of its patterns matches."""
    return group.may_match(text) or not any(pattern.compiled.search(text) for pattern in group.patterns)


@pytest.mark.parametrize("name", SLOW_PAGES)
def test_every_text_of_slow_pages_is_let_through_when_a_pattern_matches(name: str) -> None:
    texts = [element.text_content() for element in parsed(name).iter("p", "li", "div", "span", "td", "h2", "small")]
    for name in GROUPS:
        assert all(_group_answers(group_of(name), text) for text in texts)


def texts_of_their_words(patterns: list[re.Pattern[str]], joints: list[str]) -> st.SearchStrategy[str]:
    """Texts made of the patterns' own words (in upper or title case), `joints` and odd letters:
    the texts most likely to make a member pattern match where its gate would not."""
    words = sorted({word for pattern in patterns for word in re.findall(r"[^\W\d_]+", pattern.pattern)})
    pieces = st.one_of(
        st.sampled_from(words).map(lambda word: word.upper() if len(word) % 2 else word.title()),
        st.sampled_from(joints),
        st.text(alphabet=ODD_LETTERS + "abcisk ", max_size=4),
    )
    return st.lists(pieces, max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_generated_texts_are_let_through_when_a_pattern_matches(data: st.DataObject) -> None:
    group = group_of(data.draw(st.sampled_from(list(GROUPS))))
    joints = [" ", ". ", "©", "(c) ", "2024", "12 issues for £", "\n"]
    assert _group_answers(group, data.draw(texts_of_their_words(list(group.patterns), joints)))


def test_a_short_line_without_their_phrases_asks_no_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    may_match = GatedPattern.may_match
    monkeypatch.setattr(GatedPattern, "may_match", lambda self, text: asked.append(text) or may_match(self, text))
    assert not site_notes.is_site_note("Aberconwy") and not site_appeals.is_site_appeal("Robin Millar")
    assert not furniture.is_site_talk("Aldershot")
    assert asked == []
    assert site_notes.is_site_note("Note: we are temporarily moderating all comments submitted to deal with spam.")
    assert site_appeals.is_site_appeal("Please consider making a donation to support our journalism.")
    assert furniture.is_site_talk("Copyright 2023 Nexstar Media Inc. All rights reserved.")
