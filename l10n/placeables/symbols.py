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
import re
from collections.abc import Callable
from decimal import Decimal

from l10n.locales import TargetLocale
from l10n.model import Money, PlaceableKind, PlaceableValue, Quantity

SIGNS = "-\u2212+"
"""The signs a value written in the copy may carry: hyphen-minus, minus sign (U+2212), plus."""
SIGNED_KINDS: frozenset[PlaceableKind] = frozenset({"number", "percent", "money", "quantity"})
"""The kinds whose value takes a sign (a date, range, ordinal or time does not)."""
BEFORE_SIGN = frozenset("([{“‘\"'«/")
"""What may stand right before a value's own sign, besides a space (`sign_opens_word`)."""
SAME_SIGNS = {"-": "-\u2212", "\u2212": "-\u2212", "+": "+"}
"""The signs that mean what each sign means: hyphen-minus and U+2212 are both the minus."""
_SIGN_BEFORE_PLACEHOLDER = re.compile(
    f"[{re.escape(SIGNS)}]" + r"(?=\{(" + "|".join(sorted(SIGNED_KINDS)) + r")_\d+\})"
)


def sign_opens_word(text: str, index: int) -> bool:
    """Whether the sign at `index` opens a word, so it is the value's after it: at the text's
    start, after a space, or after an opening bracket, quote or slash (`BEFORE_SIGN`)."""
    return index == 0 or text[index - 1].isspace() or text[index - 1] in BEFORE_SIGN


def signs_folded(msgid: str) -> tuple[str, list[tuple[str, str]]]:
    """A msgid written before a value's sign was the value's (`detect._with_signs`), in today's
    form: each sign that opens a word right before a placeholder of a `SIGNED_KINDS` kind is
    dropped (the placeholder holds it now; the numbering is unchanged, the same values in the
    same order), with the (sign, placeholder) pairs dropped. A sign after another placeholder
    (inline markup's edge) stays, as `_with_signs` leaves it.

    >>> signs_folded("Lows of −{quantity_1}, a range {range_1} and (+{money_1}) or a-{number_1}.")
    ('Lows of {quantity_1}, a range {range_1} and ({money_1}) or a-{number_1}.', [('−', 'quantity_1'), ('+', 'money_1')])
    """
    folded: list[tuple[str, str]] = []
    out: list[str] = []
    position = 0
    for match in _SIGN_BEFORE_PLACEHOLDER.finditer(msgid):
        if not sign_opens_word(msgid, match.start()):
            continue
        name = msgid[match.end() + 1 : msgid.index("}", match.end())]
        folded.append((match.group(), name))
        out.append(msgid[position : match.start()])
        position = match.end()
    out.append(msgid[position:])
    return "".join(out), folded


def msgstr_signs_folded(msgstr: str, folded: list[tuple[str, str]]) -> str | None:
    """`msgstr` with the signs `signs_folded` took from its msgid taken from it too: each of
    those placeholders must stand right after a sign that means the same (`SAME_SIGNS`) wherever
    the msgstr holds it; None where one does not (the translator wrote "minus {quantity_1}",
    moved the sign or dropped it), for that text was made for a sign outside the value.

    >>> msgstr_signs_folded("Tiefstwerte von -{quantity_1}", [("−", "quantity_1")])
    'Tiefstwerte von {quantity_1}'
    >>> msgstr_signs_folded("Tiefstwerte von minus {quantity_1}", [("−", "quantity_1")]) is None
    True
    """
    for sign, name in folded:
        placeholder = "{" + name + "}"
        pieces = msgstr.split(placeholder)
        if len(pieces) < 2 or any(not piece or piece[-1] not in SAME_SIGNS[sign] for piece in pieces[:-1]):
            return None
        msgstr = placeholder.join([piece[:-1] for piece in pieces[:-1]] + [pieces[-1]])
    return msgstr


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
