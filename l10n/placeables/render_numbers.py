"""Numbers, money, quantities, ranges, percentages and ordinals written for a locale with Babel/CLDR.

The number half of `l10n.placeables.render`, which picks the function for a placeable's value
(dates and times stay there): each function here writes a `Decimal` the source gave with the
locale's CLDR number patterns (UTS #35 Part 3, Numbers: grouping, decimal and percent signs,
currency, unit and compact patterns) and keeps every digit the source wrote. Nothing is rounded
and no written zero dropped ("1.30" is "1,30" in Spanish), compact money keeps as many fraction
digits as the amount has significant ones, and a number as wide as a hostile article writes it
is formatted in the decimal context `render` sets around it. Minus and percent signs are those of
the locale's default numbering system (`l10n.placeables.symbols`); `render.in_native_digits`
then writes the digits in that system. The one set of locale data written by hand is the ordinal
indicators (`ORDINAL_PATTERNS`: CLDR keeps them in RBNF rules, which Babel does not ship).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import TYPE_CHECKING

from l10n.locales import TargetLocale
from l10n.model import Money, NumberRange, Quantity
from l10n.placeables.symbols import percent_sign, with_minus_sign
from l10n.placeables.vocabulary import PERCENT_UNIT

if TYPE_CHECKING:
    from babel.numbers import NumberPattern

COMPACT_MONEY_FROM = Decimal(1_000_000)
"""Amounts from a million up use CLDR compact forms ("¥100亿", "$1.52B"), as news copy does."""

UNIT_LENGTHS = ("long", "short", "narrow")
"""CLDR unit widths tried in order: in CLDR root, a missing long form aliases to the short one
(zh has only short/narrow unit patterns, which Babel does not resolve by itself)."""

ORDINAL_PATTERNS: dict[str, str | dict[str, str]] = {
    "en": {"one": "{0}st", "two": "{0}nd", "few": "{0}rd", "other": "{0}th"},
    "fr": {"one": "{0}", "other": "{0}e"},
    "de": "{0}.",
    "zh": "第{0}",
    "ja": "第{0}",
    "ko": "{0}번째",
}
"""Digit ordinals after CLDR RBNF `%digits-ordinal` rule sets (common/rbnf/<lang>.xml), only where
the form does not depend on the noun it counts. A dict is keyed by the CLDR *ordinal* plural
category of the number (Babel's `Locale.ordinal_form`), as the en/fr RBNF rules select their suffix.

Where the indicator agrees with the noun (CLDR's `%digits-ordinal-masculine`/`-feminine`: Spanish
"8.º"/"8.ª", Portuguese and Italian "8º"/"8ª", Russian "8-й"/"8-я"/"8-е", French "1er"/"1re"), no
rule can pick it — "8th Avenue" is "8.ª Avenida", "the 6th Symposium" "el 6.º Simposio" — so the
placeable is the localised number alone and the indicator is the translation's, written after the
placeholder ("{ordinal_1}.ª Avenida"); a translation without one shows the number ("el 10
aniversario"), never the other gender (values14), unless the translation's determiner right before
the placeholder tells the gender (`ORDINAL_BY_DETERMINER`). Languages not listed (ar among them)
show the plain localised number too."""

ORDINAL_BY_DETERMINER: dict[str, dict[str, str]] = {
    "es": dict.fromkeys("el del al un este ese aquel".split(), "{0}.º")
    | dict.fromkeys("la una esta esa aquella".split(), "{0}.ª"),
    "pt": dict.fromkeys("o do no ao um pelo este esse".split(), "{0}º")
    | dict.fromkeys("da na à uma pela esta essa".split(), "{0}ª"),
    "fr": dict.fromkeys("le du au un ce".split(), "{0}er")
    | dict.fromkeys("la une cette".split(), "{0}re"),  # 1 only: 2e, 3e…
}
"""The gendered digit ordinal (CLDR RBNF `%digits-ordinal-masculine`/`-feminine`) chosen by the
singular determiner the translation writes right before the placeholder: "la {ordinal_1} Enmienda"
is "la 14.ª Enmienda", "el {ordinal_1} Congreso" "el 116.º Congreso" (review14 measured main's
masculine-by-rule wrong on 8 of 35 Wikinews ordinals in Spanish: "14.º Enmienda"). No determiner,
a plural one, or a language with cases (Russian): the number alone (`render_ordinal_after`). Not
Portuguese "a", also a preposition: "de 3.º a {ordinal_1} lugar" is "1.º lugar" (review14)."""


def render_money(value: Money, locale: TargetLocale) -> str:
    """CLDR currency format; compact ("¥100亿") from a million up, never dropping a source digit.

    Precision follows the source: a whole amount ("$23", "€40,000") stays whole in every
    locale (the CLDR pattern with its fraction digits set to none), while an amount written
    with cents keeps the currency's digits ("$15.5" → "15,50 $US").

    >>> from l10n.locales import TargetLocale as T
    >>> render_money(Money(Decimal("1520000000"), "USD"), T("zh_CN"))
    'US$15.2亿'
    >>> render_money(Money(Decimal("1234567891"), "USD"), T("en"))
    '$1.234567891B'
    >>> render_money(Money(Decimal("30000000000"), "CNY"), T("ja"))
    '元300億'
    >>> render_money(Money(Decimal("23"), "USD"), T("zh_CN")), render_money(Money(Decimal("40000"), "EUR"), T("de"))
    ('US$23', '40.000\xa0€')
    >>> render_money(Money(Decimal("1.00"), "USD"), T("fr")), render_money(Money(Decimal("1.30E+6"), "CNY"), T("de"))
    ('1,00\xa0$US', '1,30\xa0Mio.\xa0CN¥')
    """
    from babel.numbers import format_compact_currency, format_currency

    def money(amount: Decimal) -> str:
        if abs(amount) >= COMPACT_MONEY_FROM:
            if _written_zeros(amount):
                return _compact_with_zeros(amount, value.currency, locale)
            return format_compact_currency(
                amount,
                value.currency,
                locale=locale.babel,
                fraction_digits=_significant_digits(amount),
                numbering_system="default",
            )
        whole = _exponent(amount) >= 0  # "$1.00" was written with cents: "1,00 $"
        return format_currency(
            amount,
            value.currency,
            format=_without_fraction(locale.babel.currency_formats["standard"]) if whole else None,
            locale=locale.babel,
            currency_digits=not whole,
            decimal_quantization=False,
            numbering_system="default",
        )

    return with_minus_sign(money, Decimal(value.amount), locale)


def _exponent(amount: Decimal) -> int:
    exponent = amount.as_tuple().exponent
    return exponent if isinstance(exponent, int) else 0


def _written_zeros(amount: Decimal) -> bool:
    """Whether `amount` carries written trailing zeros in its exponent ("1.30 million" is 1.30E+6,
    `values._written_digits`)."""
    return _exponent(amount) > 0


def _compact_with_zeros(amount: Decimal, currency: str, locale: TargetLocale) -> str:
    """The CLDR compact currency form showing every significant digit written, trailing zeros too
    ("1.30 million yuan" → "1,30 Mio. CN¥", "¥13.0亿"). Babel's `format_compact_currency` drops
    them (its compact pattern has no minimum fraction digits); the same CLDR pattern is applied
    here with a minimum set to the written digits."""
    import copy

    from babel.numbers import _get_compact_format, parse_pattern  # the step `format_compact_currency` runs

    written = len(amount.as_tuple().digits)
    number, compact = _get_compact_format(amount, locale.babel.compact_currency_formats["short"], locale.babel, written)
    if compact is None or "¤" not in str(compact):
        from babel.numbers import format_compact_currency

        return format_compact_currency(
            amount, currency, locale=locale.babel, fraction_digits=written, numbering_system="default"
        )
    pattern = copy.copy(parse_pattern(compact))
    whole_digits = len(str(abs(int(number)))) if int(number) else 0
    least = max(0, written - whole_digits)
    pattern.frac_prec = (least, max(least, pattern.frac_prec[1]))
    return pattern.apply(
        number,
        locale.babel,
        currency=currency,
        currency_digits=False,
        decimal_quantization=False,
        numbering_system="default",
    )


def _without_fraction(pattern: NumberPattern) -> NumberPattern:
    """A copy of a CLDR number pattern that shows no fraction digits unless the value has some."""
    import copy

    trimmed = copy.copy(pattern)
    trimmed.frac_prec = (0, 0)
    return trimmed


def render_quantity(value: Quantity, locale: TargetLocale) -> str:
    """CLDR unit pattern, long width where the locale has it ("530.000 Quadratmeter"), with the
    fraction digits the source wrote.

    >>> from l10n.locales import TargetLocale as T
    >>> [render_quantity(Quantity(Decimal(n), "length-meter"), T("es")) for n in ("1.50", "1.23456", "2")]
    ['1,50 metros', '1,23456 metros', '2 metros']
    """
    from babel.numbers import format_decimal
    from babel.units import UnknownUnitError, format_unit

    def quantity(number: Decimal) -> str:
        written = _with_written_fraction(locale.babel.decimal_formats[None], number)
        try:
            for length in UNIT_LENGTHS:
                text = format_unit(
                    number,
                    value.unit,
                    length=length,  # type: ignore[arg-type]
                    format=written,  # type: ignore[arg-type]  # Babel takes a pattern as `format_decimal` does
                    locale=locale.babel,
                    numbering_system="default",
                )
                if not text.endswith(" " + value.unit):  # Babel's "no pattern" fallback
                    return text
        except UnknownUnitError:
            pass
        return f"{format_decimal(number, format=written, locale=locale.babel, decimal_quantization=False)} {value.unit}"

    return with_minus_sign(quantity, as_decimal(value.value), locale)


def render_range(value: NumberRange, locale: TargetLocale) -> str:
    """Years through CLDR's year interval format ("1279–1368年"); other ranges with the interval
    fallback pattern around two CLDR decimals.

    A range with a unit shows the unit once, on the end, as ICU's number range formatter does
    by default (collapse "unit"): the end is written exactly as a single quantity of that unit
    (`render_quantity`, same width, plural form of the end), or with the locale's percent
    format for `concentr-percent`. Babel does not ship CLDR's number `range` pattern
    (miscPatterns), so the interval fallback ("{0} – {1}") is the locale's range form here.
    A money range writes both ends as money (`render_money`), the end without the currency
    symbol when both begin with the same one ("US$1000万–1500万").
    """
    from babel.dates import format_interval

    if value.currency:
        return _money_range(value, value.currency, locale)
    if value.is_years and _is_calendar_year(value.start) and _is_calendar_year(value.end):
        first, last = dt.date(int(value.start), 1, 1), dt.date(int(value.end), 1, 1)
        return format_interval(first, last, "y", locale=locale.babel)
    pattern = locale.babel.interval_formats.get(None, "{0}–{1}")
    if value.unit == PERCENT_UNIT:
        end = render_percent(value.end, locale)
    elif value.unit:
        end = render_quantity(Quantity(value.end, value.unit), locale)
    else:
        end = render_number(value.end, locale)
    return pattern.format(render_number(value.start, locale), end)


def _money_range(value: NumberRange, currency: str, locale: TargetLocale) -> str:
    start = render_money(Money(value.start, currency), locale)
    end = render_money(Money(value.end, currency), locale)
    symbol = re.match(r"[^\d\s\u00a0\u202f]*", start).group()  # type: ignore[union-attr]  # `*` always matches: what precedes the first digit
    if symbol and end.startswith(symbol) and not any(ch.isdigit() for ch in symbol):
        end = end[len(symbol) :]
    return locale.babel.interval_formats.get(None, "{0}–{1}").format(start, end)


def render_ordinal(value: int, locale: TargetLocale) -> str:
    """A digit ordinal per `ORDINAL_PATTERNS` ("6th", "6.", "第6"), else the plain number."""
    patterns = ORDINAL_PATTERNS.get(locale.language)
    number = render_number(Decimal(value), locale)
    if patterns is None:
        return number
    if isinstance(patterns, dict):
        category = locale.babel.ordinal_form(value)
        return patterns.get(category, patterns["other"]).format(number)
    return patterns.format(number)


def render_ordinal_after(value: int, locale: TargetLocale, before: str) -> str | None:
    """The ordinal agreeing with the determiner that ends `before` (the translation's text before
    the placeholder), where the language's indicator agrees with its noun; None otherwise.

    >>> from l10n.locales import TargetLocale as T
    >>> render_ordinal_after(14, T("es"), "La "), render_ordinal_after(116, T("es"), "Ayer el ")
    ('14.ª', '116.º')
    >>> render_ordinal_after(1, T("fr"), "la "), render_ordinal_after(8, T("es"), "cerrará ") is None
    ('1re', True)
    """
    table = ORDINAL_BY_DETERMINER.get(locale.language)
    if table is None or (locale.language == "fr" and locale.babel.ordinal_form(value) != "one"):
        return None
    word = re.search(r"(\w+)\s+\Z", before[-20:])
    pattern = table.get(word[1].lower()) if word else None
    return pattern.format(render_number(Decimal(value), locale)) if pattern else None


def render_percent(value: Decimal, locale: TargetLocale) -> str:
    """CLDR percent format; `value` is in percent (12.5 for "12.5%") and keeps its decimals.

    The `%` of a CLDR pattern stands for the locale's percent sign in its numbering system
    (UTS #35 Numbers, "Special Pattern Characters"); Babel leaves it as `%`, so the sign of the
    locale's default numbering system is put in its place here (`symbols.percent_sign`).
    """
    from babel.numbers import format_percent

    def percent(number: Decimal) -> str:
        written = _with_written_fraction(locale.babel.percent_formats[None], number)
        return format_percent(
            number / 100, format=written, locale=locale.babel, decimal_quantization=False, numbering_system="default"
        )

    return with_minus_sign(percent, value, locale).replace("%", percent_sign(locale))


def render_number(value: Decimal, locale: TargetLocale) -> str:
    """CLDR decimal format with the locale's grouping; no rounding of the source's decimals, and
    none dropped: "1.30" is "1,30" in Spanish, not "1,3" (Babel's `decimal_quantization=False`
    alone shows the digits of the normalised value).

    >>> from l10n.locales import TargetLocale as T
    >>> [render_number(Decimal(n), T("es")) for n in ("1.30", "1.3", "-2.50", "8.6", "1234.0")]
    ['1,30', '1,3', '-2,50', '8,6', '1.234,0']
    >>> render_percent(Decimal("2.50"), T("de")), render_percent(Decimal("2.5"), T("de"))
    ('2,50\xa0%', '2,5\xa0%')
    """
    from babel.numbers import format_decimal

    def number(amount: Decimal) -> str:
        written = _with_written_fraction(locale.babel.decimal_formats[None], amount)
        return format_decimal(
            amount, format=written, locale=locale.babel, decimal_quantization=False, numbering_system="default"
        )

    return with_minus_sign(number, value, locale)


def _with_written_fraction(pattern: NumberPattern, amount: Decimal) -> NumberPattern | None:
    """A copy of a CLDR number pattern that shows every fraction digit `amount` was written with:
    a trailing zero ("1.30") and more digits than the pattern's maximum ("1.23456", where Babel's
    `format_unit` would round to three). None (the locale's own pattern) when it shows them all."""
    import copy

    sign, digits, exponent = amount.as_tuple()
    if not isinstance(exponent, int) or exponent >= 0:
        return None
    least, most = pattern.frac_prec
    if digits[-1] == 0:
        least = max(least, -exponent)
    if (least, max(most, -exponent)) == pattern.frac_prec:
        return None
    written = copy.copy(pattern)
    written.frac_prec = (least, max(most, -exponent))
    return written


def _significant_digits(amount: Decimal) -> int:
    """Digits the source wrote (1.52 billion → 3), so compact forms round none of them away."""
    return max(len(amount.normalize().as_tuple().digits), 1)


def _is_calendar_year(value: Decimal) -> bool:
    return value == value.to_integral_value() and dt.MINYEAR <= value <= dt.MAXYEAR


def as_decimal(value: object) -> Decimal:
    """`value` as a `Decimal`: a placeable's number is one, or an int (an ordinal) or a string."""
    return value if isinstance(value, Decimal) else Decimal(str(value))
