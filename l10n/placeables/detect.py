"""Find the values in an English news sentence that translators must not retype.

Each pattern yields candidates, its match made a value by `l10n.placeables.values`; overlaps are
settled leftmost-longest (as a regex alternation would), so "10 billion yuan" beats the number
"10" and "Nov. 28, 2020" beats "28". Some candidates *protect* text instead of making a
placeable — the house rules, decided here and in `values`:

- Proper names keep their numbers: a number right after a capitalised word or numeronym
  ("Innovation 2020", "Boeing 737-800", "Jekyll 4.0", "CVE 2024-21626", "Lost 52 sailed", "K8s
  1.17") stays text, unless the word is an ordinary sentence opener ("Over 200 came"), a
  possessive ("Carolina's 54"), a count noun follows ("All-Star 18 times") or a measure noun is
  next to it at the sentence's start ("Magnitude 6.3"); `l10n.placeables.names`.
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
  "6.24pm" (a dot between hour and minute) is a time only with a.m./p.m. after it. Both ends
  of a span are times ("6pm-8pm", "18:00-20:00"); a clock after "1pm-" only with its own p.m.
- A month and day without a year ("November 28", "on Dec. 14") is a date only when a year is
  known: from the next full date in the sentence ("June 1 and June 3, 2021" → 2021; the year
  before if that would put it after that date: "Dec. 28 to Jan. 3, 2021" → 2020), else from
  `reference_date` (the publication date): its year, or the year before when that would put the
  date more than `l10n.placeables.month_day.MONTH_DAY_LOOKAHEAD` after publication (news looks back more often than
  ahead). The value is a `YearlessDate`, rendered without a year. With no year source, text.
- Phone numbers and codes (a leading zero or "+country": "021-6279 8899", "007") stay text.
- Numbers are read with the source locale's symbols (`number_symbols`, CLDR): "81.000" is 81000
  and "3,5" is 3.5 in a Spanish or German article, "3 700" is 3700 in a French one; a typesetter's
  no-break or thin space groups digits in any locale ("3\u202f700"). Where a space does not
  group, digits a space separates stay text as written, never "3" and "700".
- Spelled-out numbers ("five") stay text; so do digits glued to words ("COVID-19", "G20",
  "1990s") and scores or codes joined by a hyphen or slash ("5-4", "24/7").
- A number inside a hyphenated adjective is a placeable ("{number_1}-year-old"): the rest of
  the word stays for the translator, as in the seed's "700-year-old" and "700-old".
- "737-800" (an exact low end of 100 or more under a round hundred, no unit) is a model and
  variant or a code, not a range, and stays text (`values._is_designation`).
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
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from l10n.model import (
    DateRange,
    Placeable,
    PlaceableKind,
    PlaceableValue,
    YearlessDate,
)
from l10n.placeables.clock import PendingZone
from l10n.placeables.month_day import MonthDay, MonthDayRange, infer_date, infer_range
from l10n.placeables.names import name_spans
from l10n.placeables.naming import assign_names
from l10n.placeables.patterns import ENGLISH_NUMBERS, NumberSymbols, prechecks, value_patterns
from l10n.placeables.protect import protected_spans
from l10n.placeables.values import VALUE_RULES, ValueRule
from l10n.placeables.variety import EnglishVariety, in_variety


@dataclass(frozen=True)
class _Candidate:
    """A span that is either a placeable (`kind` set) or text protected from other patterns."""

    start: int
    end: int
    kind: PlaceableKind | None
    value: PlaceableValue | None = None


def _applicable_rules(sentence: str) -> Iterator[ValueRule]:
    needs = prechecks()
    has_digit = needs["digit"].search(sentence) is not None
    found: dict[object, bool] = {}  # one search per precheck (four date rules share one)
    for rule in VALUE_RULES:
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


def _value_candidates(sentence: str, number_symbols: NumberSymbols = ENGLISH_NUMBERS) -> Iterator[_Candidate]:
    protected = protected_spans(sentence)
    for start, end in protected:
        yield _Candidate(start, end, None)
    patterns = value_patterns(number_symbols)
    for pattern_name, kind, parse in _applicable_rules(sentence):
        for match in patterns[pattern_name].finditer(sentence):
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
    number_symbols: NumberSymbols = ENGLISH_NUMBERS,
) -> list[Placeable]:
    """Dates, times, weekdays, money, quantities, ranges, percentages, ordinals and numbers.

    Ordered and non-overlapping; `sentence[p.start:p.end] == p.original`; named `<kind>_<n>`.
    `reference_date` (the article's publication date) gives a year to month-days written
    without one; `english_variety` says whether "tons" are short tons (en-US) or tonnes (any
    other, and unknown). `boundaries` are offsets no value may straddle (inline markup edges:
    in "**4,000** tons" the number inside the markup is a value of its own). `number_symbols`:
    the source locale's thousands separator and decimal mark (`variety.source_number_symbols`):
    "3 700" is 3700 in French, "81.000" is 81000 in Spanish.

    >>> [(p.name, p.original) for p in find_placeables("It cost 10 billion yuan (US$1.52 billion).")]
    [('money_1', '10 billion yuan'), ('money_2', 'US$1.52 billion')]
    >>> find_placeables("It cost US$1.52 billion.")[0].value
    Money(amount=Decimal('1520000000'), currency='USD')
    """
    values = _dated_month_days(list(_value_candidates(sentence, number_symbols)), reference_date)
    if boundaries:
        values = _within_boundaries(sentence, values, boundaries, reference_date, number_symbols)
    chosen = _with_signs(sentence, _leftmost_longest(values + list(_name_candidates(sentence, values))), boundaries)
    found = [
        Placeable(c.kind, c.kind, sentence[c.start : c.end], in_variety(c.value, english_variety), c.start, c.end)  # type: ignore[arg-type]
        for c in chosen
        if c.kind is not None
    ]
    return assign_names(found)


_BEFORE_SIGN = frozenset("([{“‘\"'«/")  # what may stand right before a value's own sign, besides a space


def _with_signs(sentence: str, chosen: list[_Candidate], boundaries: Collection[int]) -> list[_Candidate]:
    """Each number, percentage, amount or measure with the sign written right before it
    (`symbols.SIGNS`: "−5 °C", "-$3 million", "+2.5%") taking that sign into its span and value,
    so a translator who moves the value moves its sign, and each edition writes its locale's
    minus or plus sign (`render.render_placeable`). A sign is the value's only where it opens
    a word — at the sentence's start, after a space or an opening bracket or quote — so a dash
    or hyphen inside a word, a range ("5-7") or a code keeps its text, and a sign across inline
    markup's edge (`boundaries`) stays text.

    >>> [(p.original, p.kind) for p in find_placeables("Lows of −5 °C, a range of 5-7 and +2.5% growth.")]
    [('−5 °C', 'quantity'), ('5-7', 'range'), ('+2.5%', 'percent')]
    >>> find_placeables("It lost -$3 million.")[0].value
    Money(amount=Decimal('-3000000'), currency='USD')
    """
    from l10n.placeables.symbols import SIGNED_KINDS, SIGNS, negated

    previous_end = 0
    for index, candidate in enumerate(chosen):
        sign = candidate.start - 1
        if (
            candidate.kind in SIGNED_KINDS
            and candidate.value is not None
            and sign >= previous_end
            and sentence[sign] in SIGNS
            and (sign == 0 or sentence[sign - 1].isspace() or sentence[sign - 1] in _BEFORE_SIGN)
            and candidate.start not in boundaries
        ):
            value = candidate.value if sentence[sign] == "+" else negated(candidate.value)
            chosen[index] = _Candidate(sign, candidate.end, candidate.kind, value)
        previous_end = candidate.end
    return chosen


def _within_boundaries(
    sentence: str,
    values: list[_Candidate],
    boundaries: Collection[int],
    reference_date: dt.date | None,
    number_symbols: NumberSymbols,
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
            for inner in _dated_month_days(list(_value_candidates(piece, number_symbols)), reference_date):
                kept.append(_Candidate(inner.start + low, inner.end + low, inner.kind, inner.value))
    return kept
