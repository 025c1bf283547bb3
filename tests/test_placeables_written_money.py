"""Money keeps the digits its writer gave, as numbers and quantities do (render_numbers.py
`render_money`, values.py `_written_digits`).

Seen by helpers fuzz8 and reader8: "$1.00" came out "1 $" and "1.30 million yuan" "1,3 Mio. CN¥".
The sentence with cents is real (tests/data/realworld/tomshardware-com-rtx.html, its source in
tests/data/realworld/SOURCES.md); no real article in tests/data or bench/data writes a scaled
amount with a trailing zero, so those sentences are written here in the same news style.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from l10n.locales import TargetLocale
from l10n.placeables.detect import find_placeables
from l10n.placeables.render import render_placeable

PAGE = Path(__file__).resolve().parent / "data" / "realworld" / "tomshardware-com-rtx.html"


def _money(sentence: str) -> list:
    return [p for p in find_placeables(sentence) if p.kind in ("money", "range")]


def test_cents_written_as_zeros_are_kept_in_every_locale() -> None:
    text = re.sub(r"<[^>]+>", "", PAGE.read_text(encoding="utf-8"))
    sentence = next(s for s in re.split(r"(?<=\.)\s+", text) if "$499.00" in s)
    (price,) = [p for p in _money(sentence) if p.original == "$499.00"]
    shown = {code: render_placeable(price, TargetLocale(code)) for code in ("de", "fr", "ja", "en", "zh_CN")}
    for code, text in shown.items():
        assert re.search(r"499[.,]00(?!\d)", text), (code, text)


@pytest.mark.parametrize(
    ("sentence", "locale", "expected"),
    [
        ("The deal was worth 1.30 million yuan, the company said.", "de", "1,30"),
        ("Shares rose to $1.50 million in value.", "fr", "1,50"),
        ("Revenue reached 10.0 billion yuan last year.", "en", "10.0"),
        ("The fund raised 1.00 billion yuan.", "zh_CN", "10.0亿"),  # three digits written, three shown
    ],
)
def test_a_scaled_amount_keeps_its_written_trailing_zero(sentence: str, locale: str, expected: str) -> None:
    (amount,) = _money(sentence)
    assert expected in render_placeable(amount, TargetLocale(locale))


def test_a_money_range_keeps_the_zeros_of_both_ends() -> None:
    (span,) = _money("Tickets cost $1.00-2.00 and parking $1.50-2.00 million a year.")[:1]
    assert render_placeable(span, TargetLocale("de")).count(",00") == 2
    (scaled,) = _money("Parking cost $1.50-2.00 million a year.")
    rendered = render_placeable(scaled, TargetLocale("en"))
    assert "1.50" in rendered and "2.00" in rendered


def test_amounts_written_without_zeros_are_unchanged() -> None:
    """The value is still the full amount, and no zero is added where none was written."""
    (plain,) = _money("It cost $10 million and more.")
    (scaled,) = _money("It cost $1.5 million and more.")
    (zeros,) = _money("It cost $1.50 million and more.")
    assert zeros.value.amount == scaled.value.amount == Decimal(1_500_000)
    assert render_placeable(plain, TargetLocale("de")) == "10\xa0Mio.\xa0$"
    assert render_placeable(scaled, TargetLocale("de")) == "1,5\xa0Mio.\xa0$"
