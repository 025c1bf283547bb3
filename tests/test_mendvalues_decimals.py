"""Decimals after an adjective or a non-English function word are numbers (session 13's review).

reader9's rule read a dotted number after any lower-case word not on an English list as a product's
version, kept as written: "a record 4.3", "a powerful 7.8", "a perfect 10.0" and Spanish "fue de
3.2." were never localised (`l10n/placeables/names.py` `_is_product_word`).
"""

from __future__ import annotations

import pytest

from l10n.placeables.detect import find_placeables

DECIMALS = [
    ("Sales hit a record 4.3, up from 4.1 a year earlier.", "4.3"),
    ("The quake was a powerful 7.8.", "7.8"),
    ("She scored a perfect 10.0.", "10.0"),
    ("La inflación anual fue de 3.2.", "3.2"),
    ("El índice cerró en 4.5, según el banco central.", "4.5"),
]


@pytest.mark.parametrize(("sentence", "value"), DECIMALS, ids=[c[0] for c in DECIMALS])
def test_a_decimal_after_an_adjective_or_a_function_word_is_a_number(sentence: str, value: str) -> None:
    """The Spanish sentences as an article proven to write English numbers reads them (El Nuevo Herald)."""
    assert value in [p.original for p in find_placeables(sentence)]
