""" "Oct 15" without a year (reader9, known hole 2): decided, no new rule.

The crates.io incident post (`tests/data/probe8`) opens "On Monday, Oct 15, starting at
approximately 20:00 UTC": its extraction kept "Oct 15" as text. Not a different rule for the
undotted abbreviation: "Oct 15", "Oct. 15" and "October 15" are the same month-day, dated from the
article's publication date (its year, or the year before when that would put the day more than
six months ahead: `l10n.placeables.month_day`), and rendered without a year. That post's front
matter gives no date (only its `path` holds "2018/10/19", which ingest does not read), so the
month-day has no year source and stays text as written: a wrong year is worse than none.
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_placeables_names import real_sentence

from l10n.model import YearlessDate
from l10n.placeables.detect import find_placeables

CRATES = "probe8/rust-Update-on-crates.io-incident.md"
PUBLISHED = dt.date(2018, 10, 19)  # the post's path: 2018/10/19/Update-on-crates.io-incident


def _dates(sentence: str, published: dt.date | None) -> list[tuple[str, object]]:
    return [(p.original, p.value) for p in find_placeables(sentence, reference_date=published) if p.kind == "date"]


def test_the_real_month_day_takes_the_publication_year() -> None:
    sentence = real_sentence(CRATES, "On Monday, Oct 15")
    assert _dates(sentence, PUBLISHED) == [("Oct 15", YearlessDate(dt.date(2018, 10, 15)))]


def test_without_a_publication_date_it_stays_text() -> None:
    assert _dates(real_sentence(CRATES, "On Monday, Oct 15"), None) == []


@pytest.mark.parametrize("written", ["Oct 15", "Oct. 15", "October 15", "Oct 15th", "15 Oct"])
def test_every_spelling_is_the_same_month_day(written: str) -> None:
    sentence = f"The service failed on Monday, {written}, and recovered."
    assert _dates(sentence, PUBLISHED) == [(written, YearlessDate(dt.date(2018, 10, 15)))]
    assert _dates(sentence, dt.date(2019, 2, 1)) == [(written, YearlessDate(dt.date(2018, 10, 15)))]
