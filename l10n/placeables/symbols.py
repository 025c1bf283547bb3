"""The signs a CLDR number pattern stands for, which Babel writes in their pattern form.

In a CLDR number pattern, `%` and `-` are not characters to copy: they stand for the locale's
`percentSign` and `minusSign` in its numbering system (UTS #35 Numbers, "Special Pattern
Characters"). Babel copies them as the ASCII `%` and `-`, so Persian got "-3٫5" where CLDR
has "‎−۳٫۵", and Swedish "-3,5" where CLDR has "−3,5" (U+2212). `render` puts the locale's
own signs in their place with the helpers here; the signs come from Babel's copy of CLDR.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from decimal import Decimal

from l10n.locales import TargetLocale
from l10n.model import Money, PlaceableKind, PlaceableValue, Quantity

SIGNS = "-\u2212+"
"""The signs a value written in the copy may carry: hyphen-minus, minus sign (U+2212), plus."""
SIGNED_KINDS: frozenset[PlaceableKind] = frozenset({"number", "percent", "money", "quantity"})
"""The kinds whose value takes a sign (a date, range, ordinal or time does not)."""


def percent_sign(locale: TargetLocale) -> str:
    """The percent sign of `locale`'s CLDR default numbering system (`percentSign`): `٪` for
    Persian (arabext), `٪` + ALM for Egyptian Arabic (arab), `%` between LRMs for Arabic (latn)."""
    return _number_symbol(locale.code, "percentSign", "%")


def minus_sign(locale: TargetLocale) -> str:
    """The minus sign of `locale`'s CLDR default numbering system (`minusSign`): U+2212 for
    Swedish or Finnish, LRM + U+2212 for Persian, ALM + `-` for Egyptian Arabic.

    >>> [minus_sign(TargetLocale(code)) for code in ("en", "sv", "fa", "ar_EG")]
    ['-', '−', '\\u200e−', '\\u061c-']
    """
    return _number_symbol(locale.code, "minusSign", "-")


def plus_sign(locale: TargetLocale) -> str:
    """The plus sign of `locale`'s CLDR default numbering system (`plusSign`): LRM + `+` for
    Persian, ALM + `+` for Egyptian Arabic.

    >>> [plus_sign(TargetLocale(code)) for code in ("en", "fa", "ar_EG")]
    ['+', '\u200e+', '\u061c+']
    """
    return _number_symbol(locale.code, "plusSign", "+")


def negated(value: PlaceableValue) -> PlaceableValue:
    """`value` (of a `SIGNED_KINDS` placeable) with the opposite sign.

    >>> negated(Money(Decimal(3000000), "USD")), negated(Decimal("2.5"))
    (Money(amount=Decimal('-3000000'), currency='USD'), Decimal('-2.5'))
    """
    if isinstance(value, Money):
        return dataclasses.replace(value, amount=-value.amount)
    if isinstance(value, Quantity):
        return dataclasses.replace(value, value=-value.value)
    if isinstance(value, Decimal):
        return -value
    raise TypeError(f"a {type(value).__name__} takes no sign")


@functools.cache
def _number_symbol(code: str, name: str, pattern_form: str) -> str:
    babel_locale = TargetLocale(code).babel
    symbols = babel_locale.number_symbols  # a sign a numbering system lacks is latn's (CLDR root's alias)
    for system in (babel_locale.default_numbering_system, "latn"):
        sign = symbols.get(system, {}).get(name)
        if sign:
            return str(sign)
    return pattern_form


def with_minus_sign(render: Callable[[Decimal], str], value: Decimal, locale: TargetLocale) -> str:
    """`render(value)`, a negative value's sign written as `locale`'s CLDR minus sign.

    The sign is what a pattern's negative prefix and suffix add to the rendering of the
    magnitude, so only the `-` found there is replaced: a range's hyphen ("{0} - {1}" in
    Greek) or a hyphen in a currency symbol or unit name is text, and stays.

    >>> from babel.numbers import format_decimal
    >>> fa = TargetLocale("fa")
    >>> with_minus_sign(lambda v: format_decimal(v, locale=fa.babel, numbering_system="default"), Decimal("-3.5"), fa)
    '\\u200e−3٫5'
    """
    text = render(value)
    if not value.is_signed():
        return text
    magnitude = render(-value)
    head = 0
    while head < min(len(text), len(magnitude)) and text[head] == magnitude[head]:
        head += 1
    tail = 0
    while tail < min(len(text), len(magnitude)) - head and text[-1 - tail] == magnitude[-1 - tail]:
        tail += 1
    sign = text[head : len(text) - tail]
    return text[:head] + sign.replace("-", minus_sign(locale)) + text[len(text) - tail :]
