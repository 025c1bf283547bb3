"""The gates' patterns find each string from a rare character of its own (pagespeed39, issue 14).

`regex_gate._any_of` used to branch on each string's first character: the gates of `is_site_talk` and
`is_site_note` open on "a", "t", "i", "s", "c"…, which stand at nearly every place of a text, and `re` tries
a branch there. It now opens each string on a rare character it holds (`_openers`), the part of the string
before that character checked by a look-behind where the rest matched. What a gate answers is what it
answered: a text is found exactly when one of the strings is in it. Checked on every gate of the ingest
modules, with the texts of real pages and texts made of the gates' own strings (whole, cut, spliced), and on
generated strings and texts mixing common and rare characters, overlapping each other.
"""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.ingest import (
    byline_shown,
    chrome_lines,
    furniture,
    notice_lines,
    page_authors,
    share_lists,
    site_appeals,
    site_notes,
    story_edges,
)
from l10n.ingest.decode import decode_article
from l10n.ingest.html_parse import parse_html
from l10n.ingest.regex_gate import GatedPattern, GateGroup, _any_of, fold

REALWORLD = Path(__file__).parent / "data" / "realworld"
MODULES = (
    furniture,
    site_notes,
    site_appeals,
    notice_lines,
    chrome_lines,
    share_lists,
    page_authors,
    byline_shown,
    story_edges,
)
PAGES = (
    "dailymail-co-uk-food.html",
    "usatoday-com-epstein.html",
    "tovima-gr-louketa.html",
    "kulu-media-com-outage.html",
    "tcnewsnet-com-elettrodomestici.html",
)
# the commonest characters of running text: white space, then "e", "t", "a", "o", "i"
COMMON = " etaoi"


def gates() -> dict[str, tuple[frozenset[str], bool]]:
    """Every gate of the ingest modules whose strings are known: its strings and whether it folds texts."""
    found: dict[str, tuple[frozenset[str], bool]] = {}
    for module in MODULES:
        for name, value in vars(module).items():
            if isinstance(value, GatedPattern) and value.required:
                found[f"{module.__name__}.{name}"] = (value.required, value.blind)
            elif isinstance(value, GateGroup):
                required = [pattern.required for pattern in value.patterns]
                if all(required):
                    found[f"{module.__name__}.{name}"] = (frozenset().union(*required), value.blind)  # type: ignore[arg-type]
    return found


GATES = gates()


def page_texts(name: str) -> list[str]:
    data = (REALWORLD / name).read_bytes()
    root = parse_html(decode_article(data, path=name, source_format="html"), source_path=name)
    assert isinstance(root, lxml.html.HtmlElement)
    return [element.text_content() for element in root.iter("p", "li", "td", "h2", "span", "a", "div")]


@pytest.fixture(scope="module")
def real_texts() -> list[str]:
    return [text for name in PAGES for text in page_texts(name)]


def made_texts(strings: frozenset[str]) -> list[str]:
    """The strings themselves, in words, cut by a character at either end, spliced to each other's ends."""
    texts: list[str] = []
    ordered = sorted(strings)
    for index, string in enumerate(ordered):
        other = ordered[(index + 1) % len(ordered)]
        texts += [string, f"x {string} y", string[1:], string[:-1], string[:-1] + other, other + string[1:]]
        texts += [string[: len(string) // 2] + " " + string[len(string) // 2 :], string + string[1:]]
    return texts


def test_every_gate_is_read() -> None:
    assert {"l10n.ingest.furniture._TALK_GATE", "l10n.ingest.site_notes._NOTE_GATE"} <= set(GATES)
    assert len(GATES) >= 20


@pytest.mark.parametrize("name", sorted(GATES))
def test_a_gates_pattern_finds_exactly_the_texts_holding_one_of_its_strings(name: str, real_texts: list[str]) -> None:
    strings, blind = GATES[name]
    finder = re.compile(_any_of(strings))
    for text in [*made_texts(strings), *real_texts]:
        folded = fold(text) if blind else text
        assert folded is not None
        assert (finder.search(folded) is not None) == any(string in folded for string in strings), (text, strings)


@pytest.mark.parametrize("name", ("l10n.ingest.furniture._TALK_GATE", "l10n.ingest.site_notes._NOTE_GATE"))
def test_the_talk_and_note_gates_open_on_no_common_character(name: str) -> None:
    """The branches of `is_site_talk`'s and `is_site_note`'s gates open on none of the commonest characters
    (on main they opened on "a", "t", "i"…: every string's first character)."""
    strings, _blind = GATES[name]
    opening = {branch[0][1] for branch in _branches(_any_of(strings))}
    assert opening and not opening & {ord(character) for character in COMMON}


def _branches(pattern: str) -> list[list[tuple[object, int]]]:
    from re import _parser  # type: ignore[attr-defined]

    parsed = list(_parser.parse(pattern))
    if len(parsed) == 1 and parsed[0][0] is _parser.BRANCH:
        return [list(branch) for branch in parsed[0][1][1]]
    return [parsed]


def test_the_openers_are_in_every_string() -> None:
    from l10n.ingest.regex_gate import _openers

    for strings, _blind in GATES.values():
        openers = _openers(strings)
        assert all(any(character in string for character in openers) for string in strings)


@settings(max_examples=500, deadline=None)
@given(
    st.frozensets(st.text(alphabet="ezq x(©.", min_size=1, max_size=5), min_size=1, max_size=8),
    st.text(alphabet="ezq x(©.", max_size=24),
)
def test_a_gates_pattern_finds_overlapping_strings_from_any_opener(strings: frozenset[str], text: str) -> None:
    assert (re.search(_any_of(strings), text) is not None) == any(string in text for string in strings)


@pytest.mark.parametrize("name", ("_COMMENT_PROMPT", "_PRINT_EDITION"))
def test_the_site_lines_searched_patterns_are_gated_and_answer_as_themselves(name: str, real_texts: list[str]) -> None:
    """`story_edges.is_site_line` searches these two in every short kept block; gated, each answers as its
    pattern: on the real pages' texts and on its own strings set in a sentence."""
    gated = getattr(story_edges, name)
    assert isinstance(gated, GatedPattern) and gated.required
    texts = [*real_texts, *made_texts(gated.required)]
    texts += ["Leave your comments below!", "What do you think? Let us know in the comments", "PRINT EDITION"]
    for text in texts:
        found, wanted = gated.search(text), gated.compiled.search(text)
        assert (found and found.span()) == (wanted and wanted.span()), text
