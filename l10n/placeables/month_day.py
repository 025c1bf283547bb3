"""The year of a month-day written without one ("on Dec. 14"), for news copy.

A `datetime.date` needs a year; news leaves it out when the reader can tell. The two sources
used, in order: a later full date in the same sentence ("June 1 and June 3, 2021"), then the
article's publication date. Without either the detector keeps the words as text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MONTH_DAY_LOOKAHEAD = dt.timedelta(days=183)
"""How far after the publication date a year-less month-day may fall before it is read as
last year's: about six months, because news refers back more often than ahead (published
Jan. 5, "on Dec. 14" is last December; published Nov. 28, "on Dec. 14" is next month)."""


@dataclass(frozen=True)
class MonthDay:
    """A month-day waiting for its year (see `l10n.placeables.detect`)."""

    month: int
    day: int

    def in_year(self, year: int) -> dt.date | None:
        try:
            return dt.date(year, self.month, self.day)
        except ValueError:
            return None


@dataclass(frozen=True)
class MonthDayRange:
    """A span of month-days waiting for its year ("Dec. 14-16", "Nov. 30-Dec. 2")."""

    start: MonthDay
    end: MonthDay


def infer_range(
    span: MonthDayRange, *, later_date: dt.date | None, reference_date: dt.date | None
) -> tuple[dt.date, dt.date] | None:
    """The span's dates: the start's year as `infer_date` finds it, the end in that year or,
    when its month comes earlier ("Dec. 30-Jan. 2"), the next; None if either day cannot be.

    >>> infer_range(MonthDayRange(MonthDay(12, 30), MonthDay(1, 2)), later_date=None, reference_date=dt.date(2021, 1, 5))
    (datetime.date(2020, 12, 30), datetime.date(2021, 1, 2))
    """
    start = infer_date(span.start, later_date=later_date, reference_date=reference_date)
    if start is None:
        return None
    end = span.end.in_year(start.year + (span.end.month < span.start.month))
    return (start, end) if end is not None and end > start else None


def infer_date(month_day: MonthDay, *, later_date: dt.date | None, reference_date: dt.date | None) -> dt.date | None:
    """The month-day's date: in the year of a later full date (or the year before, to stay on
    or before it), else near the publication date (see `MONTH_DAY_LOOKAHEAD`), else None.

    >>> infer_date(MonthDay(12, 28), later_date=dt.date(2021, 1, 3), reference_date=None)
    datetime.date(2020, 12, 28)
    >>> infer_date(MonthDay(12, 14), later_date=None, reference_date=dt.date(2021, 1, 5))
    datetime.date(2020, 12, 14)
    >>> infer_date(MonthDay(2, 29), later_date=None, reference_date=dt.date(2021, 2, 1)) is None
    True
    """
    if later_date is not None:
        date = month_day.in_year(later_date.year)
        return month_day.in_year(later_date.year - 1) if date and date > later_date else date
    if reference_date is not None:
        date = month_day.in_year(reference_date.year)
        if date and date - reference_date > MONTH_DAY_LOOKAHEAD:  # no sum: 9999-12-31 + 183 days overflows
            return month_day.in_year(reference_date.year - 1)
        return date
    return None
