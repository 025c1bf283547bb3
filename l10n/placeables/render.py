"""Render placeable values for a target locale with Babel/CLDR (DESIGN.md decision 1).

A translation holds `{money_1}`, never "10 billion yuan": the value comes from the source
document and is formatted here with CLDR data through Babel, so every locale gets its own date
order, digit grouping, currency symbol and compact forms ("¥100亿", "10 Mrd. CN¥"). No locale
data is written by hand, except the ordinal indicators (CLDR keeps them in RBNF rules, which
Babel does not ship; see `render_numbers.ORDINAL_PATTERNS`).

This module picks the function for a value and writes dates and times; numbers, money,
quantities, ranges, percentages and ordinals are written by `l10n.placeables.render_numbers`.

Numbers use each locale's CLDR default numbering system (`numbering_system="default"`): for
Arabic (`ar`) CLDR chooses Latin digits, so "530,000" stays in ASCII digits, as Babel gives it.

>>> from l10n.locales import TargetLocale
>>> from l10n.model import Money
>>> zh, de, en = TargetLocale("zh_CN"), TargetLocale("de"), TargetLocale("en")
>>> render_text("Investment of {money_1} ({money_2}).", [
...     Placeable("money_1", "money", "10 billion yuan", Money(Decimal("10000000000"), "CNY")),
...     Placeable("money_2", "money", "US$1.52 billion", Money(Decimal("1520000000"), "USD")),
... ], zh)
'Investment of ¥100亿 (US$15.2亿).'
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import decimal
import functools
import re
from collections.abc import Sequence
from decimal import Decimal

from l10n.locales import TargetLocale
from l10n.model import (
    CodeSpan,
    DateRange,
    Money,
    MonthYear,
    NoteMark,
    NumberRange,
    Placeable,
    Quantity,
    TimeOfDay,
    Weekday,
    YearlessDate,
)
from l10n.placeables.naming import PLACEHOLDER_PATTERN
from l10n.placeables.render_numbers import (
    as_decimal,
    render_money,
    render_number,
    render_ordinal,
    render_percent,
    render_quantity,
    render_range,
)
from l10n.placeables.symbols import SIGNED_KINDS, minus_sign, negated, plus_sign

DECIMAL_PRECISION = 80
"""Digits of the decimal context values are formatted in, beyond the digits the value is written
with: any number news copy writes, with its decimals (the default 28 fails on a 26-digit number
Babel quantizes to 3 places), and a longer one a hostile article writes (100 digits raised too)."""

_ZONE_FIELD = re.compile(r"z+")

NUMBERING_SYSTEM_ZEROS = {
    "arab": 0x0660,
    "arabext": 0x06F0,
    "adlm": 0x1E950,
    "beng": 0x09E6,
    "cakm": 0x11136,
    "deva": 0x0966,
    "hmnp": 0x1E140,
    "mtei": 0xABF0,
    "mymr": 0x1040,
    "nkoo": 0x07C0,
    "olck": 0x1C50,
    "tibt": 0x0F20,
}
"""The digit zero of each numbering system CLDR makes some locale's default besides `latn`
(CLDR `common/supplemental/numberingSystems.xml`: each is ten consecutive Unicode digits, which
`tests/test_assemble_dateline.py` checks against `unicodedata` and Babel's locales)."""


def in_native_digits(text: str, locale: TargetLocale) -> str:
    """`text` with its ASCII digits in `locale`'s CLDR default numbering system.

    >>> from l10n.locales import TargetLocale as T
    >>> in_native_digits("10 آوریل 2020", T("fa")), in_native_digits("10 April 2020", T("en"))
    ('۱۰ آوریل ۲۰۲۰', '10 April 2020')
    """
    zero = _native_zero(locale.code)
    if zero is None:
        return text
    return text.translate({ord("0") + value: zero + value for value in range(10)})


@functools.cache
def _native_zero(code: str) -> int | None:
    return NUMBERING_SYSTEM_ZEROS.get(TargetLocale(code).babel.default_numbering_system)


def render_placeable(placeable: Placeable, locale: TargetLocale) -> str:
    r"""The value of `placeable` written for `locale`; "tag" placeables are the writers' job.

    >>> from l10n.locales import TargetLocale as T
    >>> P = lambda kind, value: Placeable(f"{kind}_1", kind, "", value)
    >>> [render_placeable(P("date", dt.date(2020, 11, 28)), T(c)) for c in ("zh_CN", "de", "en")]
    ['2020年11月28日', '28. November 2020', 'November 28, 2020']
    >>> [render_placeable(P("date", dt.date(2020, 11, 28)), T(c)) for c in ("ja", "ko", "fr")]
    ['2020年11月28日', '2020년 11월 28일', '28 novembre 2020']
    >>> [render_placeable(P("date", dt.date(2020, 11, 28)), T(c)) for c in ("ar", "ru")]
    ['28 نوفمبر 2020', '28 ноября 2020\u202fг.']
    >>> render_placeable(P("money", Money(Decimal("10000000000"), "CNY")), T("de"))
    '10\xa0Mrd.\xa0CN¥'
    >>> render_placeable(P("money", Money(Decimal("1520000000"), "USD")), T("en"))
    '$1.52B'
    >>> render_placeable(P("money", Money(Decimal("15.5"), "USD")), T("fr"))
    '15,50\xa0$US'
    >>> render_placeable(P("quantity", Quantity(Decimal(530000), "area-square-meter")), T("zh_CN"))
    '530,000平方米'
    >>> render_placeable(P("quantity", Quantity(Decimal(530000), "area-square-meter")), T("de"))
    '530.000 Quadratmeter'
    >>> render_placeable(P("range", NumberRange(Decimal(1279), Decimal(1368), is_years=True)), T("zh_CN"))
    '1279–1368年'
    >>> render_placeable(P("range", NumberRange(Decimal(1279), Decimal(1368), is_years=True)), T("de"))
    '1279–1368'
    >>> render_placeable(P("range", NumberRange(Decimal(1500), Decimal(2000))), T("de"))
    '1.500\u2009–\u20092.000'
    >>> [render_placeable(P("date", YearlessDate(dt.date(2020, 12, 14))), T(c)) for c in ("zh_CN", "de", "fr")]
    ['12月14日', '14. Dez.', '14 déc.']
    >>> rain = NumberRange(Decimal(150), Decimal(200), unit="length-millimeter")
    >>> [render_placeable(P("range", rain), T(c)) for c in ("zh_CN", "de", "ja")]
    ['150 – 200毫米', '150\u2009–\u2009200 Millimeter', '150～200 ミリメートル']
    >>> [render_placeable(P("weekday", Weekday(5)), T(c)) for c in ("zh_CN", "de", "ar")]
    ['星期六', 'Samstag', 'السبت']
    >>> [render_placeable(P("ordinal", 6), T(c)) for c in ("en", "de", "fr", "zh_CN", "ar", "es")]
    ['6th', '6.', '6e', '第6', '6', '6']
    >>> [render_placeable(P("ordinal", n), T("en")) for n in (1, 2, 3, 11, 22)]
    ['1st', '2nd', '3rd', '11th', '22nd']
    >>> [render_placeable(P("percent", Decimal("12.5")), T(c)) for c in ("en", "de", "fr")]
    ['12.5%', '12,5\xa0%', '12,5\xa0%']
    >>> [render_placeable(P("percent", Decimal("12.5")), T(c)) for c in ("fa", "ar_EG", "ar", "tr")]  # CLDR's signs
    ['۱۲٫۵٪', '١٢٫٥٪\u061c', '12.5\u200e%\u200e', '%12,5']
    >>> [render_placeable(P("number", Decimal("-3.5")), T(c)) for c in ("en", "sv", "fa", "ar")]  # CLDR's minus signs
    ['-3.5', '−3,5', '\u200e−۳٫۵', '\u200e-3.5']
    >>> [render_placeable(P("number", Decimal("1234567.25")), T(c)) for c in ("en", "de", "ar")]
    ['1,234,567.25', '1.234.567,25', '1,234,567.25']
    >>> [render_placeable(P("number", Decimal("1234567.25")), T(c)) for c in ("fa", "ar_EG")]  # CLDR's default digits
    ['۱٬۲۳۴٬۵۶۷٫۲۵', '١٬٢٣٤٬٥٦٧٫٢٥']
    """
    if placeable.kind == "tag":
        raise ValueError(f"{placeable.name}: markup placeables are rebuilt by the writers, not rendered")
    if isinstance(placeable.value, NoteMark):
        return placeable.value.text  # as written, digits too: it must match its note (`l10n.placeables.marks`)
    if isinstance(placeable.value, CodeSpan):
        return placeable.value.text  # code as written (`l10n.placeables.code`); its tags are the writers'
    with decimal.localcontext() as context:
        # Babel rounds in the current context (28 digits cannot hold 10²⁵ to 3 places), and compact
        # money keeps as many decimals as the amount has digits: twice the value's digits, all exact
        context.prec = DECIMAL_PRECISION + 2 * _digit_span(placeable.value)
        if placeable.original[:1] == "+" and placeable.kind in SIGNED_KINDS:
            return in_native_digits(_with_plus_sign(placeable, locale), locale)
        return in_native_digits(_render_value(placeable, locale), locale)


def _with_plus_sign(placeable: Placeable, locale: TargetLocale) -> str:
    """A value the copy writes with its plus sign ("+2.5%", `detect._with_signs`) in `locale`'s
    form: where the locale's pattern puts the minus sign of the same value negated, its CLDR
    `plusSign` (UTS #35 Numbers: a negative pattern's minus stands for the plus sign in an
    explicitly signed positive).

    >>> from l10n.placeables.detect import find_placeables
    >>> from l10n.locales import TargetLocale as T
    >>> [render_placeable(find_placeables("up +2.5%")[0], T(c)) for c in ("en", "de", "fa", "tr")]
    ['+2.5%', '+2,5\xa0%', '\u200e+۲٫۵٪', '+%2,5']
    """
    minus = dataclasses.replace(placeable, value=negated(placeable.value))
    return _render_value(minus, locale).replace(minus_sign(locale), plus_sign(locale), 1)


def _digit_span(value: object) -> int:
    """How many digits the decimals of `value` span written out (coefficient and exponent): a value
    comes from the article or from a kept parse (`memory.document_codec`: up to 60 digits, E±999)."""
    import dataclasses

    fields = [value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = [getattr(value, field.name) for field in dataclasses.fields(value)]
    spans = [
        len(number.as_tuple().digits) + abs(int(number.as_tuple().exponent))
        for number in fields
        if isinstance(number, Decimal) and number.is_finite()
    ]
    spans += [len(str(abs(number))) for number in fields if type(number) is int]  # an ordinal: "999…91st"
    return max(spans, default=0)


def _render_value(placeable: Placeable, locale: TargetLocale) -> str:
    kind, value = placeable.kind, placeable.value
    if kind == "money" and isinstance(value, Money):
        return render_money(value, locale)
    if kind == "quantity" and isinstance(value, Quantity):
        return render_quantity(value, locale)
    if kind == "range" and isinstance(value, NumberRange):
        return render_range(value, locale)
    if kind == "weekday" and isinstance(value, Weekday):
        return render_weekday(value, locale)
    if kind == "time" and isinstance(value, TimeOfDay):
        return render_time(value, locale)
    if isinstance(value, YearlessDate):
        return render_month_day(value, locale)
    if isinstance(value, MonthYear):
        return render_month_year(value, locale)
    if isinstance(value, DateRange):
        return render_date_range(value, locale)
    if isinstance(value, dt.datetime):
        return render_datetime(value, locale) if kind == "datetime" else render_date(value.date(), locale)
    if isinstance(value, dt.date):
        return render_date(value, locale)
    if kind == "ordinal":
        return render_ordinal(int(value), locale)  # type: ignore[arg-type]
    if kind == "percent":
        return render_percent(as_decimal(value), locale)
    return render_number(as_decimal(value), locale)


def render_text(text: str, placeables: Sequence[Placeable], locale: TargetLocale) -> str:
    """Replace each `{name}` in a translated text with its value rendered for `locale`.

    Placeholders with no placeable (a typo, QA's business) and tag placeholders stay as they
    are; braces that do not form a placeholder are literal text.

    >>> from l10n.locales import TargetLocale
    >>> date = Placeable("date_1", "date", "2020-11-28", dt.date(2020, 11, 28))
    >>> render_text("{date_1} {typo_1} {a_1}x{a_1_end} {not a name} }{", [date], TargetLocale("de"))
    '28. November 2020 {typo_1} {a_1}x{a_1_end} {not a name} }{'
    """
    by_name = {p.name: p for p in placeables if p.kind != "tag"}

    def substitute(match: re.Match[str]) -> str:
        placeable = by_name.get(match.group(1))
        return render_placeable(placeable, locale) if placeable else match.group(0)

    return PLACEHOLDER_PATTERN.sub(substitute, text)


def render_date(value: dt.date, locale: TargetLocale) -> str:
    """CLDR long date ("2020年11月28日", "28. November 2020")."""
    from babel.dates import format_date

    return format_date(value, "long", locale=locale.babel)


def render_month_day(value: YearlessDate, locale: TargetLocale) -> str:
    """CLDR skeleton "MMMd" ("12月14日", "14. Dez."): the source gave no year, so none is shown;
    the inferred year only picks the calendar (and is in the translator's comment)."""
    from babel.dates import format_skeleton

    return format_skeleton("MMMd", value.date, locale=locale.babel)


def render_month_year(value: MonthYear, locale: TargetLocale) -> str:
    """CLDR skeleton "yMMMM" for a month the source named without a day ("October 2023").

    >>> from l10n.locales import TargetLocale as T
    >>> [render_month_year(MonthYear(2023, 10), T(c)) for c in ("zh_CN", "ja", "de", "ru")]
    ['2023年10月', '2023年10月', 'Oktober 2023', 'октябрь 2023\u202fг.']
    """
    from babel.dates import format_skeleton

    return format_skeleton("yMMMM", dt.date(value.year, value.month, 1), locale=locale.babel)


def render_date_range(value: DateRange, locale: TargetLocale) -> str:
    """CLDR interval format, skeleton "yMMMd", or "MMMd" when the source gave no year.

    >>> from l10n.locales import TargetLocale as T
    >>> span = DateRange(dt.date(2020, 12, 14), dt.date(2020, 12, 16), has_year=False)
    >>> [render_date_range(span, T(c)) for c in ("zh_CN", "de", "en")]
    ['12月14日至16日', '14.–16. Dez.', 'Dec 14\u2009–\u200916']
    """
    from babel.dates import format_interval

    skeleton = "yMMMd" if value.has_year else "MMMd"
    return format_interval(value.start, value.end, skeleton, locale=locale.babel)


def render_datetime(value: dt.datetime, locale: TargetLocale) -> str:
    r"""Long date + short time in the source's own zone, with CLDR's short localized GMT offset.

    The zone sits where the locale's long time format puts it (zh: before the time).

    >>> from l10n.locales import TargetLocale as T
    >>> moment = dt.datetime(2020, 11, 28, 18, 59, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    >>> [render_datetime(moment, T(c)) for c in ("zh_CN", "de", "en", "fr")]
    ['2020年11月28日 GMT+8 18:59', '28. November 2020, 18:59 GMT+8', 'November 28, 2020, 6:59\u202fPM GMT+8', '28 novembre 2020, 18:59 UTC+8']
    >>> render_datetime(moment.replace(tzinfo=None), T("ja"))
    '2020年11月28日 18:59'
    """
    from babel.dates import format_datetime

    loc = locale.babel
    time_pattern = _time_pattern_with_zone(loc, value.utcoffset())
    pattern = loc.datetime_formats["long"].format(time_pattern, loc.date_formats["long"].pattern)
    return format_datetime(value, pattern, tzinfo=value.tzinfo, locale=loc)


def render_time(value: TimeOfDay, locale: TargetLocale) -> str:
    """CLDR short time ("18:59", "6:59 PM"), plus the source's GMT offset when it gave one.

    >>> from l10n.locales import TargetLocale as T
    >>> render_time(TimeOfDay(dt.time(18, 59), dt.timedelta(hours=5, minutes=30)), T("de"))
    '18:59 GMT+5:30'
    """
    from babel.dates import format_time

    pattern = _time_pattern_with_zone(locale.babel, value.utc_offset)
    return format_time(value.time, pattern, locale=locale.babel)


def render_weekday(value: Weekday, locale: TargetLocale) -> str:
    """CLDR wide weekday name ("星期六", "Samstag"); index 0 is Monday, like `date.weekday()`."""
    from babel.dates import get_day_names

    return get_day_names("wide", locale=locale.babel)[value.index]


def _time_pattern_with_zone(loc: object, offset: dt.timedelta | None) -> str:
    """The locale's short time pattern with a short localized GMT zone ("GMT+8", "UTC+8")
    placed where the long time pattern has its `z` field (before or after the time)."""
    short = loc.time_formats["short"].pattern  # type: ignore[attr-defined]
    if offset is None:
        return short
    zone = _quote(_short_gmt(loc, offset))
    long_pattern = loc.time_formats["long"].pattern  # type: ignore[attr-defined]
    match = _ZONE_FIELD.search(long_pattern)
    if match is None:
        return f"{short} {zone}"
    head, tail = long_pattern[: match.start()], long_pattern[match.end() :]
    if not head.strip():
        return zone + (re.match(r"\s*", tail).group(0) or " ") + short  # type: ignore[union-attr]
    opening = re.search(r"[\s\[(]*$", head).group(0) or " "  # type: ignore[union-attr]
    closing = re.match(r"[\])]*", tail).group(0)  # type: ignore[union-attr]
    return short + opening + zone + closing


def _short_gmt(loc: object, offset: dt.timedelta) -> str:
    """CLDR's short localized GMT format ("GMT+8", "GMT+5:30"), from the locale's `gmtFormat`."""
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    digits = f"{hours}:{rest:02d}" if rest else str(hours)
    gmt_format = loc.zone_formats["gmt"]  # type: ignore[attr-defined]
    if minutes:
        return gmt_format % (sign + digits)
    # CLDR's gmtZeroFormat, which Babel does not ship, is the format without its offset and the
    # space or direction mark beside it: Portuguese "{0} GMT" → "GMT", not " GMT" (reader8)
    return (gmt_format % "").strip(" \u00a0\u202f\u200e\u200f\u061c")


def _quote(literal: str) -> str:
    """A literal inside an LDML date pattern: quoted, with embedded quotes doubled."""
    return "'" + literal.replace("'", "''") + "'"
