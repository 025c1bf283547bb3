"""Session 48's cuts (pagespeed48; speed only, every realworld page's dump and trafilatura's evaluation pages' output
the same as before).

- `datelines.read_timestamp` tells a line without a digit is no stamp before spacing it out or searching it for
  labels, names and days: each way `_timestamp` finds a stamp asks for a digit in the stamp, a part of the line.
- `page_days.relative_stamp` tells a line without a colon is no stamp of today's or yesterday's clock before spacing
  it out (`_RELATIVE_STAMP` asks for the colon between the hour and the minute).
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from l10n.ingest import datelines, page_days
from l10n.ingest.fields import normalise_space

REALWORLD = Path(__file__).parent / "data" / "realworld"


def _read_timestamp_before(text: str, language: str) -> datelines.Timestamp | None:
    """`read_timestamp` as it read before pagespeed48: no digit asked for first, `_timestamp` uncached."""
    text = normalise_space(text)
    if len(text) - sum(map(text.count, " |【】")) > datelines.MAX_STAMP_CHARS:
        return None
    text = datelines._SPACED_COMMA.sub(",", text).strip(" |【】")
    return datelines._timestamp.__wrapped__(text, language) if text and len(text) <= datelines.MAX_STAMP_CHARS else None


def test_a_line_without_a_digit_is_not_read_for_a_stamp(monkeypatch) -> None:
    read = []
    whole = datelines._timestamp
    monkeypatch.setattr(datelines, "_timestamp", lambda text, language: read.append(text) or whole(text, language))
    assert datelines.read_timestamp("Updated: Tuesday, November", language="en") is None
    assert datelines.read_timestamp("Mis à jour le mardi", language="fr") is None
    assert read == []  # before: both lines were searched for labels, names and a day
    assert datelines.read_timestamp("Updated: Tuesday, November 19, 2019", language="en").day.day == 19
    assert read == ["Updated: Tuesday, November 19, 2019"]


_LANGUAGES = ["", "en", "fr", "de", "es", "ru", "el", "fa", "ja", "zh", "ko", "ar"]
# what a stamp is made of but digits: labels, day and month names (English, French, Russian, Greek, Persian's Solar
# Hijri months), units after a number, zones, separators, the words `_STAMP_PARTS` reads, a run-on byline
_WORDS = st.sampled_from(
    [
        "Updated", "UPDATED:", "Posted", "Published", "Mis à jour le", "Stand:", "最終更新日：", "更新", "입력",
        "Tuesday", "Tue.", "November", "Nov.", "mardi", "novembre", "ноября", "января", "Δεκεμβρίου", "تیر", "فروردین",
        "st", "th", "h", "年", "月", "日", "時", "分", "년", "월", "일", "am", "pm", "a.m.", "at", "um", "à", "le", "de",
        "GMT", "UTC", "MSK", "EST", "NZ time", "local time", "오전", "上午", "ق.ظ", "|", "【", "】", "報導", "by Ann Lee",
        "Сегодня", "today", "yesterday", "-", "–", "/", ".", ",", ":", "(", ")", "[", "]", "+", " ", "  ", "\u00a0",
    ]
)  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=12).map(" ".join), st.sampled_from(_LANGUAGES))
def test_a_line_of_a_stamp_s_words_without_a_digit_was_no_stamp(text: str, language: str) -> None:
    assert _read_timestamp_before(text, language) is None
    assert datelines.read_timestamp(text, language=language) is None


@pytest.mark.parametrize("page", ["tovima-gr-louketa", "dailymail-co-uk-food", "primamedia-ru-turizm"])
def test_a_real_page_s_lines_without_a_digit_were_no_stamps(page: str) -> None:
    """Every text of a real page (the shown text of each element, its tails), in its language and in none."""
    import lxml.html

    root = lxml.html.fromstring((REALWORLD / f"{page}.html").read_bytes())
    texts = {normalise_space(text) for text in root.itertext()} | {
        normalise_space(element.text_content()) for element in root.iter("p", "div", "span", "td", "li", "time")
    }
    digitless = [text for text in texts if text and datelines._DIGIT_RUN.search(text) is None]
    assert len(digitless) > 100
    language = root.get("lang", "")[:2]
    for text in digitless:
        for asked in {language, "", "en"}:
            assert _read_timestamp_before(text, asked) is None, text


class _Recorded:
    def __init__(self, pattern) -> None:
        self.pattern, self.asked = pattern, []

    def match(self, text: str):
        self.asked.append(text)
        return self.pattern.match(text)


def test_a_line_without_a_colon_is_not_spaced_out_for_a_relative_stamp(monkeypatch) -> None:
    recorded = _Recorded(page_days._RELATIVE_STAMP)
    monkeypatch.setattr(page_days, "_RELATIVE_STAMP", recorded)
    assert page_days.relative_stamp("Today the  council met at nine") is None
    assert page_days.relative_stamp("Сегодня в 15 ч") is None
    assert recorded.asked == []  # before: both lines spaced out and matched
    assert page_days.relative_stamp("Сегодня, 15:33 • Новости региона") == (0, datetime.time(15, 33))
    assert recorded.asked == ["Сегодня, 15:33 • Новости региона"]


_RELATIVE_PIECES = st.sampled_from(
    [*page_days._RELATIVE_DAYS, "Today", "ВЧЕРА", ",", " ", "\u00a0", "в", "at", "a las", "15", "9", "33", "•", "|", "/",
     "Новости региона", "News", "：", "15.33", "h"]
)  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(st.lists(_RELATIVE_PIECES, min_size=1, max_size=8).map("".join))
def test_a_line_of_a_relative_stamp_s_pieces_without_a_colon_was_none(text: str) -> None:
    assert ":" not in text
    assert page_days._RELATIVE_STAMP.match(" ".join(text.split())) is None  # the reading before
    assert page_days.relative_stamp(text) is None
