"""What ours adds to every page, cut where a profile summed over the pages over twice trafilatura
shows it (pagespeed29), and why each answer stays the one it was.

- `byline_site.folded_key` takes each distinct combining mark out of a decomposed text with
  `str.replace`, the marks found among the decomposed key's non-word characters (every combining
  character is one), where it read the text character by character in Python (2× on a page's whole
  text, which `byline_shown.shown_writers` folds); the key is the one that reading gave.
- `shown_writers` folds the page's text only when a name is asked of it: a page whose stated
  writers are all one-word accounts (left to `page_authors`) or name no one asks none.
- `datelines.read_timestamp` hands a text to its comma pattern only when it may be short enough
  to be a stamp: its spaced-out length less every space and bar (all that the comma and the
  trimmed ends take away) within `MAX_STAMP_CHARS`; a paragraph is measured and let go.
- `site_makers.without_site_makers` does not ask its credit pattern of a blank text (most of a page's
  texts are the layout's runs of spaces; a credit opens with a word).
"""

from __future__ import annotations

import re
import sys
import unicodedata

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_pagespeed20_gates import parsed

from l10n.ingest import byline_shown, byline_site, datelines, site_makers
from l10n.ingest.fields import match_key, normalise_space

PAGES = ("aif-ru-terakt.html", "tovima-gr-louketa.html", "diepresse-com-golf.html", "mk-co-kr-covid.html")


def _fold_by_character(text: str) -> str:
    """`folded_key` as it was read before pagespeed29."""
    key = match_key(text)
    if key.isascii():
        return key
    return "".join(char for char in unicodedata.normalize("NFKD", key) if not unicodedata.combining(char))


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_the_fold_is_the_character_by_character_one(text: str) -> None:
    assert byline_site.folded_key(text) == _fold_by_character(text)


def test_every_combining_character_is_a_non_word_character() -> None:
    """What lets the fold look for marks only where the key pattern's `\\W` matches."""
    marks = [chr(code) for code in range(sys.maxunicode + 1) if unicodedata.combining(chr(code))]
    assert marks and all(re.fullmatch(r"\W", mark) for mark in marks)


@pytest.mark.parametrize("name", PAGES)
def test_a_pages_whole_text_folds_as_before(name: str) -> None:
    text = parsed(name).text_content()
    assert byline_site.folded_key(text) == _fold_by_character(text)


def test_no_name_asked_no_page_text_folded(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real fold, watched: no text of the page's length goes through it for one-word accounts."""
    folded: list[str] = []

    def watched(text: str) -> str:
        folded.append(text)
        return byline_site.folded_key(text)

    monkeypatch.setattr(byline_shown, "folded_key", watched)
    page = lxml.html.fromstring(
        "<html><body><p class='byline'>By Ann Lee</p><p>" + "The pier reopened on Monday. " * 50 + "</p></body></html>"
    )
    assert byline_shown.shown_writers(page, ["Vladislava", "BBNTEAM"]) == ["Vladislava", "BBNTEAM"]
    assert all(len(text) < 100 for text in folded)
    assert byline_shown.shown_writers(page, ["Ann Lee", "Bo Chen"]) == ["Ann Lee"]  # asked: the page is read
    assert any(len(text) > 1000 for text in folded)


class _Watched:
    """A rule's own pattern, the texts it is asked of noted."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.asked: list[str] = []

    def match(self, text: str) -> re.Match[str] | None:
        self.asked.append(text)
        return self.pattern.match(text)

    def sub(self, replacement: str, text: str) -> str:
        self.asked.append(text)
        return self.pattern.sub(replacement, text)


def test_the_maker_credit_is_not_asked_of_the_layouts_blank_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    watched = _Watched(site_makers._MAKER_CREDIT)
    monkeypatch.setattr(site_makers, "_MAKER_CREDIT", watched)
    page = lxml.html.fromstring(
        "<div>\n  <p>The pier reopened.</p>\n  <p>\u00a0</p>\n  <p>Design &amp; Development by BDigital</p>\n</div>"
    )
    assert site_makers.without_site_makers(page, ["BDigital Web Solutions", "Ann Lee"]) == ["Ann Lee"]
    assert watched.asked and not any(text.isspace() for text in watched.asked)


def test_a_blank_text_is_no_makers_credit() -> None:
    blanks = [" ", "\n\t ", "\u00a0\u2003", "\u3000"]
    assert not any(site_makers._MAKER_CREDIT.match(text) for text in blanks)


def _read_timestamp_before(text: str, language: str = "") -> datelines.Timestamp | None:
    """`read_timestamp` as it was read before pagespeed29 (with holdout29's lenticular brackets): every text
    spaced, its commas closed up, its ends stripped, then measured."""
    text = datelines._SPACED_COMMA.sub(",", normalise_space(text)).strip(" |【】")
    return datelines._timestamp(text, language) if text and len(text) <= datelines.MAX_STAMP_CHARS else None


@given(
    st.lists(
        st.sampled_from(
            [" ", "  ", "|", " | ", " , ", ",", "\n", "\u00a0", "【", "】", "Monday", "January", "16", "2012", "x"]
        ),
        min_size=10,
        max_size=70,
    )
)
def test_a_stamp_is_read_as_before_near_the_length_limit(parts: list[str]) -> None:
    text = "".join(parts)
    assert datelines.read_timestamp(text) == _read_timestamp_before(text)


def test_a_paragraph_is_not_handed_to_the_comma_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    watched = _Watched(datelines._SPACED_COMMA)
    monkeypatch.setattr(datelines, "_SPACED_COMMA", watched)
    paragraph = (
        "The harbour reopened on Monday , after the storm last week , and the ferries ran again on April 26, 2022."
    )
    assert datelines.read_timestamp(paragraph) is None
    assert datelines.read_timestamp("| Monday , January 16 , 2012 |") is not None
    assert watched.asked == ["| Monday , January 16 , 2012 |"]
