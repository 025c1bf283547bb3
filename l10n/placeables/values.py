"""What each value pattern's match is worth: the model value `detect` makes a placeable of.

`detect` runs the named patterns of `l10n.placeables.patterns` over a sentence and settles
overlaps; this module holds the other half, one parser per pattern (`VALUE_RULES`, in the order
`detect` tries them): the digits as written, with a scale word or suffix applied exactly ("US$1.52
billion" → 1520000000 USD, every digit kept), a date when it is a real day, a clock time in 24
hours with its zone, a range only when it rises, a four-digit integer left as a year. A parser
returns None where the match is no value after all, and the text stays text. Units are CLDR unit
ids and currencies ISO 4217 codes (`l10n.placeables.vocabulary`), as `render` formats them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal, localcontext

from l10n.model import (
    DateRange,
    Money,
    MonthYear,
    NumberRange,
    PlaceableKind,
    PlaceableValue,
    Quantity,
    TimeOfDay,
    Weekday,
)
from l10n.placeables.clock import PendingZone, zoned_time
from l10n.placeables.month_day import MonthDay, MonthDayRange
from l10n.placeables.patterns import COUNT_NOUNS, number_symbols_of
from l10n.placeables.vocabulary import (
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    MONTHS,
    PERCENT_UNIT,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    UNITS,
    WEEKDAYS,
    WEIGHT_POUND_CUES,
)


def _decimal(match: re.Match[str], group: str = "num") -> Decimal:
    """The number of `match[group]`, read with the number symbols of the source locale the
    pattern was compiled for ("3,700", "3.700" in Spanish, "3 700" in French, "3\u202f700")."""
    separators, mark, _ = number_symbols_of(match.re).style
    digits = "".join(char for char in match[group] if char not in separators and not char.isspace())
    return Decimal(digits.replace(mark, "."))


def _exact(number: Decimal, multiplier: Decimal) -> Decimal:
    """`number × multiplier` with every digit (the default 28-digit context rounds a longer product
    away), without the exponent an integral product carries (1.52 × 10⁹ → 1520000000, not 1.52E+9)."""
    with localcontext() as context:
        context.prec = len(number.as_tuple().digits) + len(multiplier.as_tuple().digits)
        value = number * multiplier
    return Decimal(int(value)) if value == value.to_integral_value() else value


def _multiplier(match: re.Match[str]) -> Decimal:
    """What a scale word ("billion") or suffix ("bn") after the number multiplies it by."""
    groups = match.groupdict()
    if groups.get("scale"):  # the source language's own word first ("billón" is 10¹², `NumberSymbols.scales`)
        own = dict(number_symbols_of(match.re).scales).get(groups["scale"])
        return Decimal(10) ** own if own is not None else SCALE_WORDS[groups["scale"]]
    if groups.get("suffix"):
        return SCALE_SUFFIXES[groups["suffix"]]
    return Decimal(1)


def _scaled(match: re.Match[str]) -> Decimal:
    """The number as written (5.0 stays 5.0), times its scale word or suffix if any."""
    number, multiplier = _decimal(match), _multiplier(match)
    return number if multiplier == 1 else _exact(number, multiplier)


def _money_amount(match: re.Match[str]) -> Decimal:
    """A scaled amount keeping the digits its writer gave: "1.30 million" is 1.30E+6, not
    1300000, so `render` shows "1,30 Mio." (the exponent holds the written trailing zeros)."""
    return _amount(_decimal(match), _multiplier(match))


def _amount(number: Decimal, multiplier: Decimal) -> Decimal:
    return number if multiplier == 1 else _written_digits(number, _exact(number, multiplier))


def _written_digits(number: Decimal, value: Decimal) -> Decimal:
    """`value` (`number` scaled) with as many significant digits as `number` was written with,
    where the plain integer would drop a written fractional zero ("1.30 million"); else `value`.

    >>> _written_digits(Decimal("1.30"), Decimal(1300000)), _written_digits(Decimal("10"), Decimal(10**7))
    (Decimal('1.30E+6'), Decimal('10000000'))
    """
    _, digits, exponent = number.as_tuple()
    if not isinstance(exponent, int) or exponent >= 0 or digits[-1] != 0 or value != value.to_integral_value():
        return value
    dropped = len(str(abs(int(value)))) - len(digits)
    return value.quantize(Decimal(1).scaleb(dropped)) if dropped > 0 else value


def _date(match: re.Match[str]) -> dt.date | None:
    month = match["month"]
    month_number = int(month) if month.isdigit() else MONTHS[month]
    try:
        return dt.date(int(match["year"]), month_number, int(match["day"]))
    except ValueError:
        return None


_LATER_IN_THE_DAY = re.compile(r"\s(?:\[?[A-Z]{2,5}\]?\s)?(?:in\sthe\s(?:evening|afternoon)|at\snight|tonight)\b")
"""After a clock time without a.m./p.m., words that put it past noon."""


def _time(match: re.Match[str]) -> TimeOfDay | PendingZone | None:
    groups = match.groupdict()
    hour, minute = int(match["hour"]), int(groups.get("minute") or 0)
    ampm = (groups.get("ampm") or "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm.startswith("p") else 0)
    elif 1 <= hour <= 11 and _LATER_IN_THE_DAY.match(match.string, match.end()):
        hour += 12  # "6:15 [IST] in the evening"
    if hour > 23 or minute > 59:
        return None
    zone = groups.get("zone") or groups.get("zone_after")
    zone = "UTC" if zone == "Z" else zone
    return zoned_time(
        dt.time(hour, minute), zone, sign=groups.get("sign"), hours=groups.get("off_h"), minutes=groups.get("off_m")
    )


def _military_time(match: re.Match[str]) -> TimeOfDay | PendingZone | None:
    """ "0203 GMT", "0600 hours": four digits are a time only with a zone or "hours" after them."""
    if match["hours"] and (match["minute"] != "00" and not match.string[: match.start()].rstrip().endswith("at")):
        return None
    return _time(match)


def _range(match: re.Match[str]) -> NumberRange | None:
    low, high = _decimal(match, "low"), _decimal(match, "high")
    if low >= high or (match.groupdict().get("low_percent") and not match["percent"]):
        return None
    unit = PERCENT_UNIT if match["percent"] else UNITS.get(match["unit"] or "")
    is_years = unit is None and all(re.fullmatch(r"[12]\d{3}", match[part]) for part in ("low", "high"))
    if unit is None and not is_years and _is_designation(low, high):
        return None
    return NumberRange(low, high, is_years=is_years, unit=unit)


def _is_designation(low: Decimal, high: Decimal) -> bool:
    """Whether "737-800" is a model and variant (Boeing's 737-800, 747-400) rather than a range:
    an exact low end (100 or more, not a multiple of ten) under a round hundred. A writer giving
    a range gives both ends with the same care ("150-200", "1,250-1,300"); mixed precision is a
    designation, or a phone number's or code's digits ("459-5400"), so it stays text as written.

    >>> _is_designation(Decimal(737), Decimal(800)), _is_designation(Decimal(150), Decimal(200))
    (True, False)
    """
    whole = low == low.to_integral_value() and high == high.to_integral_value()
    # as integers: Decimal's % raises past its 28-digit precision (a 40-digit "high")
    return whole and low >= 100 and int(low) % 10 != 0 and int(high) % 100 == 0


def _money_range(match: re.Match[str], currencies: dict[str, str]) -> NumberRange | None:
    """ "$10-15 million" → 10,000,000–15,000,000 USD: the scale word covers both ends."""
    low, high = _decimal(match, "low"), _decimal(match, "high")
    if low >= high:
        return None
    multiplier = _multiplier(match)
    low_amount, high_amount = (_amount(number, multiplier) for number in (low, high))
    return NumberRange(low_amount, high_amount, currency=currencies[match["currency"]])


def _month_day(match: re.Match[str]) -> MonthDay | None:
    day = int(match["day"])
    return MonthDay(MONTHS[match["month"]], day) if 1 <= day <= 31 else None


def _month_day_range(match: re.Match[str]) -> DateRange | MonthDayRange | None:
    """ "Dec. 14-16" waits for its year (`_dated_month_days`); a year written belongs to the
    end ("Dec. 30-Jan. 2, 2021" starts in 2020)."""
    start = _month_day(match)
    end_day = int(match["day_end"])
    if start is None or not 1 <= end_day <= 31:
        return None
    span = MonthDayRange(start, MonthDay(MONTHS[match["month_end"] or match["month"]], end_day))
    if not match["year"]:
        return span
    end = span.end.in_year(int(match["year"]))
    first = span.start.in_year(int(match["year"]) - (span.start.month > span.end.month))
    return DateRange(first, end) if first and end and end > first else None


def _number(match: re.Match[str]) -> Decimal | None:
    if not match["scale"] and not match["suffix"] and re.fullmatch(r"[12]\d{3}", match["num"]):
        if not re.match(
            rf"\s(?:(?:confirmed|new|more|other|additional)\s)?(?:{COUNT_NOUNS})\b", match.string[match.end() :]
        ):
            return None  # a year: stays text
    return _scaled(match)


def _month_year(match: re.Match[str]) -> MonthYear:
    return MonthYear(int(match["year"]), MONTHS[match["month"]])


def _weight_pounds(match: re.Match[str]) -> Quantity | None:
    """ "82 pounds (37 kg)": pounds are a weight where the sentence speaks of weight."""
    sentence = match.string.lower()
    if match["unit"].startswith("lb") or any(cue in sentence for cue in WEIGHT_POUND_CUES):
        return Quantity(_decimal(match), "mass-pound")
    return None


def _range_to(match: re.Match[str]) -> NumberRange | None:
    """ "18 to 23 foot": a range with its unit; "from 5 to 7 percent" is a change, not a range."""
    if re.search(r"\b(?:from|From)\s$", match.string[: match.start()]):
        return None
    return _range(match)


def _season_years(match: re.Match[str]) -> NumberRange | None:
    """ "2019/20", "2011-12": a season or fiscal year spanning two calendar years."""
    low = int(match["low"])
    if (low + 1) % 100 != int(match["high"]):
        return None
    return NumberRange(Decimal(low), Decimal(low + 1), is_years=True)


ValueRule = tuple[str, PlaceableKind | None, Callable[[re.Match[str]], PlaceableValue | None]]
"""A pattern's name in `patterns.value_patterns`, the kind of placeable it makes (None: the text it
matches is protected), and what a match is worth (None: no value, the match is passed over)."""

VALUE_RULES: list[ValueRule] = [
    ("iso_date", "date", _date),
    ("month_day_year", "date", _date),
    ("day_month_year", "date", _date),
    ("month_day_range", "date", _month_day_range),  # type: ignore[list-item]
    ("month_year", "date", _month_year),
    ("month_day", "date", _month_day),  # type: ignore[list-item]
    ("month_day_and", "date", _month_day),  # type: ignore[list-item]
    ("day_month", "date", _month_day),  # type: ignore[list-item]
    ("phone_or_code", None, lambda match: None),
    ("spaced_groups", None, lambda match: None),
    ("military_time", "time", _military_time),  # type: ignore[list-item]
    ("clock_time", "time", _time),  # type: ignore[list-item]
    ("dotted_time", "time", _time),  # type: ignore[list-item]
    ("hour_time", "time", _time),  # type: ignore[list-item]
    ("weekday", "weekday", lambda match: Weekday(WEEKDAYS[match["weekday"]])),
    ("money_prefix", "money", lambda match: Money(_money_amount(match), CURRENCY_PREFIXES[match["currency"]])),
    ("money_word", "money", lambda match: Money(_money_amount(match), CURRENCY_WORDS[match["currency"]])),
    ("money_pounds", "money", lambda match: Money(_money_amount(match), "GBP")),
    ("million_m", "number", _scaled),
    ("quantity", "quantity", lambda match: Quantity(_scaled(match), UNITS[match["unit"]])),
    ("weight_pounds", "quantity", _weight_pounds),
    ("percent", "percent", lambda match: _decimal(match)),
    ("money_range_prefix", "range", lambda match: _money_range(match, CURRENCY_PREFIXES)),
    ("money_range_word", "range", lambda match: _money_range(match, CURRENCY_WORDS)),
    ("range_to", "range", _range_to),
    ("season_years", "range", _season_years),
    ("range", "range", _range),
    ("ordinal", "ordinal", lambda match: int(re.sub(r"\D", "", match["num"]))),  # its digits, as grouped
    ("number", "number", _number),
]
