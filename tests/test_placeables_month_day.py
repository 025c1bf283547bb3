"""Year inference for month-days written without a year: the window around publication."""

from __future__ import annotations

import datetime as dt

from hypothesis import example, given
from hypothesis import strategies as st

from l10n.placeables.month_day import MONTH_DAY_LOOKAHEAD, MonthDay, infer_date


@given(st.dates(), st.integers(1, 12), st.integers(1, 31))
@example(dt.date(9999, 12, 31), 1, 5)  # published + six months overflowed `date` (found by fuzzing)
@example(dt.date(1, 3, 1), 12, 14)  # its "last December" would be year 0: no date
def test_an_inferred_date_lies_within_a_year_before_and_six_months_after_publication(
    published: dt.date, month: int, day: int
) -> None:
    date = infer_date(MonthDay(month, day), later_date=None, reference_date=published)
    if date is None:  # only days no calendar year of the two candidates has, or a year `date` cannot hold
        impossible = {(2, 29), (2, 30), (2, 31), (4, 31), (6, 31), (9, 31), (11, 31)}
        assert (month, day) in impossible or published.year == 1
        return
    assert (date.month, date.day) == (month, day)
    assert -dt.timedelta(days=366) < date - published <= MONTH_DAY_LOOKAHEAD


def test_a_later_date_in_the_sentence_wins_over_the_publication_date() -> None:
    date = infer_date(MonthDay(6, 1), later_date=dt.date(2019, 6, 3), reference_date=dt.date(2021, 7, 1))
    assert date == dt.date(2019, 6, 1)
