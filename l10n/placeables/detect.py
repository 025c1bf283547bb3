"""Find the values in an English news sentence that translators must not retype.

Each pattern yields candidates; overlaps are settled leftmost-longest (as a regex alternation
would), so "10 billion yuan" beats the number "10" and "Nov. 28, 2020" beats "28". Some
candidates *protect* text instead of making a placeable — the house rules, decided here:

- Proper names keep their numbers: a number right after a capitalised word ("Innovation
  2020", "Boeing 737-800", "Jekyll 4.0", "CVE 2024-21626", "Lost 52 sailed") stays text,
  unless the word is an ordinary sentence opener ("Over 200 came"), a possessive ("Carolina's
  54"), a count noun follows ("All-Star 18 times") or a measure noun is next to it at the
  sentence's start ("Magnitude 6.3"); `l10n.placeables.names`.
- A bare four-digit integer 1000-2999 without grouping comma is a year (AP style groups every
  other number ≥ 1,000), and stays text: years need no locale formatting and are often part
  of names — unless a count noun follows ("1846 persons"). Year *ranges* ("1279-1368") and
  seasons or fiscal years ("2019/20", "2011-12") are placeables with `is_years=True`; a month
  and year ("October 2023") is a date (`MonthYear`); decades ("the 1990s"), quarters ("Q4")
  and fiscal labels ("FY2025") stay text: digits glued to letters.
- Scores, results and vote counts, numbers that label ("category 3"), emergency numbers and
  video durations stay text (`l10n.placeables.protect`).
- Scale suffixes and words apply with any currency sign, ISO code or word ("22.5bn yuan",
  "SEK9 million", "Rs 500 crore"); a glued "m" is a million before a count or money word
  ("3.5m from investors"), else metres. "N pounds" is money (GBP) with a scale word, a weight
  where the sentence speaks of weight, else text. Measure words without a CLDR unit ("barrels
  per day", "basis points") stay text after their number.
- "tons" are short tons in American English only (`english_variety`), tonnes otherwise.
- Times keep the zone written after them as a UTC offset ("9 a.m. ET", "0203 GMT (1003 HKT)";
  `l10n.placeables.clock`); four digits are a time only with a zone or "hours" after them;
  "6.24pm" (a dot between hour and minute) is a time only with a.m./p.m. after it.
- A month and day without a year ("November 28", "on Dec. 14") is a date only when a year is
  known: from the next full date in the sentence ("June 1 and June 3, 2021" → 2021; the year
  before if that would put it after that date: "Dec. 28 to Jan. 3, 2021" → 2020), else from
  `reference_date` (the publication date): its year, or the year before when that would put the
  date more than `l10n.placeables.month_day.MONTH_DAY_LOOKAHEAD` after publication (news looks back more often than
  ahead). The value is a `YearlessDate`, rendered without a year. With no year source, text.
- Phone numbers and codes (a leading zero or "+country": "021-6279 8899", "007") stay text.
- Spelled-out numbers ("five") stay text; so do digits glued to words ("COVID-19", "G20",
  "1990s") and scores or codes joined by a hyphen or slash ("5-4", "24/7").
- A number inside a hyphenated adjective is a placeable ("{number_1}-year-old"): the rest of
  the word stays for the translator, as in the seed's "700-year-old" and "700-old".
- A range followed by its unit is one placeable, the unit kept on the value: "150-200 mm",
  "10-15 percent" and "10%-15%" (CLDR unit id `concentr-percent`). A money range is one too,
  its currency and scale word applying to both ends: "$10-15 million", "10-15 billion yuan".
- A span of days ("Dec. 14-16", "Nov. 30-Dec. 2, 2020", "December 14 to 16") is one date
  (`DateRange`), dated like a single month-day when no year is written; a scale word after
  it ("May 2-3 million") makes it numbers instead.
- A time written "3 p.m." at the very end of a sentence leaves the final period to the
  sentence ("at {time_1}."), so the msgid keeps its end punctuation.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from decimal import Decimal, localcontext

from l10n.model import (
    DateRange,
    Money,
    MonthYear,
    NumberRange,
    Placeable,
    PlaceableKind,
    PlaceableValue,
    Quantity,
    TimeOfDay,
    Weekday,
    YearlessDate,
)
from l10n.placeables.clock import PendingZone, zoned_time
from l10n.placeables.month_day import MonthDay, MonthDayRange, infer_date, infer_range
from l10n.placeables.names import name_spans
from l10n.placeables.naming import assign_names
from l10n.placeables.patterns import COUNT_NOUNS, prechecks, value_patterns
from l10n.placeables.protect import protected_spans
from l10n.placeables.variety import EnglishVariety, in_variety
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


@dataclass(frozen=True)
class _Candidate:
    """A span that is either a placeable (`kind` set) or text protected from other patterns."""

    start: int
    end: int
    kind: PlaceableKind | None
    value: PlaceableValue | None = None


def _decimal(digits: str) -> Decimal:
    return Decimal(digits.replace(",", ""))


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
    if groups.get("scale"):
        return SCALE_WORDS[groups["scale"]]
    if groups.get("suffix"):
        return SCALE_SUFFIXES[groups["suffix"]]
    return Decimal(1)


def _scaled(match: re.Match[str]) -> Decimal:
    """The number as written (5.0 stays 5.0), times its scale word or suffix if any."""
    number, multiplier = _decimal(match["num"]), _multiplier(match)
    return number if multiplier == 1 else _exact(number, multiplier)


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
    low, high = _decimal(match["low"]), _decimal(match["high"])
    if low >= high or (match.groupdict().get("low_percent") and not match["percent"]):
        return None
    unit = PERCENT_UNIT if match["percent"] else UNITS.get(match["unit"] or "")
    is_years = unit is None and all(re.fullmatch(r"[12]\d{3}", match[part]) for part in ("low", "high"))
    return NumberRange(low, high, is_years=is_years, unit=unit)


def _money_range(match: re.Match[str], currencies: dict[str, str]) -> NumberRange | None:
    """ "$10-15 million" → 10,000,000–15,000,000 USD: the scale word covers both ends."""
    low, high = _decimal(match["low"]), _decimal(match["high"])
    if low >= high:
        return None
    multiplier = _multiplier(match)
    return NumberRange(_exact(low, multiplier), _exact(high, multiplier), currency=currencies[match["currency"]])


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
        return Quantity(_decimal(match["num"]), "mass-pound")
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


_VALUE_RULES: list[tuple[str, PlaceableKind | None, Callable[[re.Match[str]], PlaceableValue | None]]] = [
    ("iso_date", "date", _date),
    ("month_day_year", "date", _date),
    ("day_month_year", "date", _date),
    ("month_day_range", "date", _month_day_range),  # type: ignore[list-item]
    ("month_year", "date", _month_year),
    ("month_day", "date", _month_day),  # type: ignore[list-item]
    ("month_day_and", "date", _month_day),  # type: ignore[list-item]
    ("day_month", "date", _month_day),  # type: ignore[list-item]
    ("phone_or_code", None, lambda match: None),
    ("military_time", "time", _military_time),  # type: ignore[list-item]
    ("clock_time", "time", _time),  # type: ignore[list-item]
    ("dotted_time", "time", _time),  # type: ignore[list-item]
    ("hour_time", "time", _time),  # type: ignore[list-item]
    ("weekday", "weekday", lambda match: Weekday(WEEKDAYS[match["weekday"]])),
    ("money_prefix", "money", lambda match: Money(_scaled(match), CURRENCY_PREFIXES[match["currency"]])),
    ("money_word", "money", lambda match: Money(_scaled(match), CURRENCY_WORDS[match["currency"]])),
    ("money_pounds", "money", lambda match: Money(_scaled(match), "GBP")),
    ("million_m", "number", _scaled),
    ("quantity", "quantity", lambda match: Quantity(_scaled(match), UNITS[match["unit"]])),
    ("weight_pounds", "quantity", _weight_pounds),
    ("percent", "percent", lambda match: _decimal(match["num"])),
    ("money_range_prefix", "range", lambda match: _money_range(match, CURRENCY_PREFIXES)),
    ("money_range_word", "range", lambda match: _money_range(match, CURRENCY_WORDS)),
    ("range_to", "range", _range_to),
    ("season_years", "range", _season_years),
    ("range", "range", _range),
    ("ordinal", "ordinal", lambda match: int(_decimal(match["num"]))),
    ("number", "number", _number),
]


def _applicable_rules(
    sentence: str,
) -> Iterator[tuple[str, PlaceableKind | None, Callable[[re.Match[str]], PlaceableValue | None]]]:
    needs = prechecks()
    has_digit = needs["digit"].search(sentence) is not None
    found: dict[object, bool] = {}  # one search per precheck (four date rules share one)
    for rule in _VALUE_RULES:
        pattern_name = rule[0]
        if not has_digit and pattern_name != "weekday":
            continue
        needed = needs.get(pattern_name)
        if needed is None:
            yield rule
            continue
        hit = found.get(needed)
        if hit is None:
            hit = found[needed] = needed.search(sentence) is not None
        if hit:
            yield rule


def _value_candidates(sentence: str) -> Iterator[_Candidate]:
    protected = protected_spans(sentence)
    for start, end in protected:
        yield _Candidate(start, end, None)
    for pattern_name, kind, parse in _applicable_rules(sentence):
        for match in value_patterns()[pattern_name].finditer(sentence):
            start, end = match.span("day") if pattern_name == "month_day_and" else match.span()
            if any(start < high and low < end for low, high in protected):
                continue
            value = parse(match)
            if kind is None:
                yield _Candidate(start, end, None)
            elif value is not None:
                if kind == "time" and sentence[start:end].endswith(".") and not sentence[end:].strip():
                    end -= 1
                yield _Candidate(start, end, kind, value)


def _name_candidates(sentence: str, values: list[_Candidate]) -> Iterator[_Candidate]:
    """Protect "Innovation 2020"-style names (`l10n.placeables.names`) unless the number starts
    a longer value."""
    if not prechecks()["digit"].search(sentence):
        return
    for name_start, number_start, number_end in name_spans(sentence):
        if any(value.start == number_start and value.end > number_end for value in values):
            continue
        yield _Candidate(name_start, number_end, None)


def _leftmost_longest(candidates: list[_Candidate]) -> list[_Candidate]:
    ranked = sorted(enumerate(candidates), key=lambda item: (item[1].start, item[1].start - item[1].end, item[0]))
    chosen: list[_Candidate] = []
    covered_until = 0
    for _, candidate in ranked:
        if candidate.start >= covered_until and candidate.end > candidate.start:
            chosen.append(candidate)
            covered_until = candidate.end
    return chosen


def _dated_month_days(candidates: list[_Candidate], reference_date: dt.date | None) -> list[_Candidate]:
    """Month-day candidates with a year found become `YearlessDate`s (spans `DateRange`s
    without a year shown); the others protect text. Times in a zone whose offset depends on
    the date ("9 a.m. ET") take the offset of `reference_date`."""
    if not any(isinstance(c.value, (MonthDay, MonthDayRange, PendingZone)) for c in candidates):
        return candidates
    full_dates = sorted(
        (c for c in candidates if c.kind == "date" and isinstance(c.value, dt.date)), key=lambda c: c.start
    )
    resolved: list[_Candidate] = []
    for candidate in candidates:
        if isinstance(candidate.value, PendingZone):
            candidate = _Candidate(candidate.start, candidate.end, candidate.kind, candidate.value.on(reference_date))
        elif isinstance(candidate.value, (MonthDay, MonthDayRange)):
            later = next((d.value for d in full_dates if d.start >= candidate.end), None)
            value = _with_year(candidate.value, later, reference_date)
            candidate = _Candidate(candidate.start, candidate.end, "date" if value else None, value)
        resolved.append(candidate)
    return resolved


def _with_year(
    value: MonthDay | MonthDayRange, later: dt.date | None, reference_date: dt.date | None
) -> YearlessDate | DateRange | None:
    if isinstance(value, MonthDayRange):
        dates = infer_range(value, later_date=later, reference_date=reference_date)
        return DateRange(*dates, has_year=False) if dates else None
    date = infer_date(value, later_date=later, reference_date=reference_date)
    return YearlessDate(date) if date else None


def find_placeables(
    sentence: str,
    *,
    reference_date: dt.date | None = None,
    english_variety: EnglishVariety | None = None,
    boundaries: Collection[int] = (),
) -> list[Placeable]:
    """Dates, times, weekdays, money, quantities, ranges, percentages, ordinals and numbers.

    Ordered and non-overlapping; `sentence[p.start:p.end] == p.original`; named `<kind>_<n>`.
    `reference_date` (the article's publication date) gives a year to month-days written
    without one; `english_variety` says whether "tons" are short tons (en-US) or tonnes (any
    other, and unknown). `boundaries` are offsets no value may straddle (inline markup edges:
    in "**4,000** tons" the number inside the markup is a value of its own).

    >>> [(p.name, p.original) for p in find_placeables("It cost 10 billion yuan (US$1.52 billion).")]
    [('money_1', '10 billion yuan'), ('money_2', 'US$1.52 billion')]
    >>> find_placeables("It cost US$1.52 billion.")[0].value
    Money(amount=Decimal('1520000000'), currency='USD')
    """
    values = _dated_month_days(list(_value_candidates(sentence)), reference_date)
    if boundaries:
        values = _within_boundaries(sentence, values, boundaries, reference_date)
    chosen = _leftmost_longest(values + list(_name_candidates(sentence, values)))
    found = [
        Placeable(c.kind, c.kind, sentence[c.start : c.end], in_variety(c.value, english_variety), c.start, c.end)  # type: ignore[arg-type]
        for c in chosen
        if c.kind is not None
    ]
    return assign_names(found)


def _within_boundaries(
    sentence: str, values: list[_Candidate], boundaries: Collection[int], reference_date: dt.date | None
) -> list[_Candidate]:
    """Values that straddle a boundary give way to the values found in each of their pieces."""
    kept: list[_Candidate] = []
    for candidate in values:
        cuts = sorted(point for point in boundaries if candidate.start < point < candidate.end)
        if not cuts:
            kept.append(candidate)
            continue
        if candidate.kind is None:
            continue
        for low, high in zip([candidate.start, *cuts], [*cuts, candidate.end]):
            piece = sentence[low:high]
            for inner in _dated_month_days(list(_value_candidates(piece)), reference_date):
                kept.append(_Candidate(inner.start + low, inner.end + low, inner.kind, inner.value))
    return kept
