"""A model and variant ("737-800") is no range (values.py `_is_designation`).

Seen by helpers fuzz8 and reader8: "The 737-800" and a table cell holding "737-800" rendered as
"737 – 800"; the name rule keeps it only after a capitalised word ("Boeing 737-800"). An exact
low end under a round hundred mixes precisions no writer of a range uses, so it stays text. The
phone number is real (tests/data/realworld/spokesman-com-meth.html, source in SOURCES.md).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from l10n.placeables.detect import find_placeables

PAGE = Path(__file__).resolve().parent / "data" / "realworld" / "spokesman-com-meth.html"


def _ranges(sentence: str) -> list[str]:
    return [p.original for p in find_placeables(sentence) if p.kind == "range"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The 737-800 was delivered in 2018.",
        "737-800",  # a table cell
        "A 747-400 landed at the airport on Monday.",
        "Its 767-300 fleet was grounded.",
    ],
)
def test_a_model_and_variant_stays_text(sentence: str) -> None:
    assert _ranges(sentence) == []
    assert not any(p.original in ("737", "800", "747", "400") for p in find_placeables(sentence))


def test_a_real_phone_number_is_no_range() -> None:
    text = re.sub(r"<[^>]+>", "\n", PAGE.read_text(encoding="utf-8"))
    (line,) = {line.strip() for line in text.splitlines() if "459-5400" in line}
    assert "459-5400" not in "".join(_ranges(line))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Between 150-200 protesters gathered.", ["150-200"]),
        ("Prices rose 1,250-1,300 points.", ["1,250-1,300"]),
        ("Rainfall of 737-800 mm was expected.", ["737-800 mm"]),  # a unit says it is a measure
        ("He was mayor 1996-2000.", ["1996-2000"]),  # years
        ("The pages 120-200 were torn.", ["120-200"]),
    ],
)
def test_ranges_written_with_equal_care_stay_ranges(sentence: str, expected: list[str]) -> None:
    assert _ranges(sentence) == expected
