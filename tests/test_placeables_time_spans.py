"""Both ends of a span of times are times (patterns.py `_AFTER_TIME`, `_AFTER_CLOCK`).

Seen by helpers fuzz8 and reader8: in "6pm-8pm" only "6pm" became a placeable, and "8pm" stayed
English text in every translation, because a number glued to a letter and a dash ("COVID-19")
is never a value. The real sentence is from tests/data/realworld/corkbeo-ie-level.html (source
in tests/data/realworld/SOURCES.md); the others are written in the same style.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from l10n.placeables.detect import find_placeables

PAGE = Path(__file__).resolve().parent / "data" / "realworld" / "corkbeo-ie-level.html"


def _times(sentence: str) -> list[tuple[str, dt.time]]:
    return [(p.original, p.value.time) for p in find_placeables(sentence) if p.kind == "time"]


def test_the_real_opening_hours_give_two_times() -> None:
    text = re.sub(r"<[^>]+>", "", PAGE.read_text(encoding="utf-8"))
    sentence = next(s for s in re.split(r"(?<=\.)\s+", text) if "11am-4pm" in s)
    assert _times(sentence) == [("11am", dt.time(11)), ("4pm", dt.time(16))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The bar is open 6pm-8pm on Fridays.", [("6pm", dt.time(18)), ("8pm", dt.time(20))]),
        ("Voting ran 6.24pm-7.30pm, officials said.", [("6.24pm", dt.time(18, 24)), ("7.30pm", dt.time(19, 30))]),
        ("Shops open 9AM–5PM daily.", [("9AM", dt.time(9)), ("5PM", dt.time(17))]),
        ("The curfew runs 18:00-20:00 each day.", [("18:00", dt.time(18)), ("20:00", dt.time(20))]),
        ("Classes run 6:30pm-8:30pm.", [("6:30pm", dt.time(18, 30)), ("8:30pm", dt.time(20, 30))]),
    ],
)
def test_the_second_time_of_a_span_is_a_placeable(sentence: str, expected: list[tuple[str, dt.time]]) -> None:
    assert _times(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "It was posted at 2022-03-14T09:30:00-05:00 in New York.",  # an ISO 8601 offset, no time
        "It was posted at 2022-03-14T09:30-05:00 in New York.",
        "The session ran 1pm-2:30 on Monday.",  # 2:30 without p.m. would read 02:30: left as text
        "Patients with COVID-19 were moved.",
    ],
)
def test_no_time_is_made_where_the_dash_joins_something_else(sentence: str) -> None:
    assert [original for original, _ in _times(sentence)] in ([], ["1pm"])
