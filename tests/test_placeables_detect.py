"""Placeable detection: every supported format, the text-stays-text rules, and properties."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from l10n.model import DateRange, InlineTag, Money, NumberRange, Placeable, Quantity, TimeOfDay, Weekday, YearlessDate
from l10n.placeables.describe import describe
from l10n.placeables.detect import find_placeables
from l10n.placeables.vocabulary import UNITS


def _only(sentence: str) -> Placeable:
    (placeable,) = find_placeables(sentence)
    assert sentence[placeable.start : placeable.end] == placeable.original
    return placeable


CASES: list[tuple[str, str, str, object]] = [
    # sentence, kind, original, value
    ("The law took effect on 2020-11-28 nationwide.", "date", "2020-11-28", dt.date(2020, 11, 28)),
    ("He was born November 28, 2020, in Beijing.", "date", "November 28, 2020", dt.date(2020, 11, 28)),
    ("Filed on Nov. 28, 2020 in court.", "date", "Nov. 28, 2020", dt.date(2020, 11, 28)),
    ("Signed 28 Nov 2020 in Paris.", "date", "28 Nov 2020", dt.date(2020, 11, 28)),
    ("Signed on 3 September 2019 in Rome.", "date", "3 September 2019", dt.date(2019, 9, 3)),
    ("Published at 18:59 UTC+8 today.", "time", "18:59 UTC+8", TimeOfDay(dt.time(18, 59), dt.timedelta(hours=8))),
    ("Trading opens at 10:30 a.m. sharp.", "time", "10:30 a.m.", TimeOfDay(dt.time(10, 30))),
    ("The show starts at 3 p.m. daily.", "time", "3 p.m.", TimeOfDay(dt.time(15, 0))),
    ("The call is at 9:00 GMT tomorrow.", "time", "9:00 GMT", TimeOfDay(dt.time(9, 0), dt.timedelta(0))),
    ("Markets reopen at 12 a.m. local.", "time", "12 a.m.", TimeOfDay(dt.time(0, 0))),
    (
        "Landfall came at 14:05 UTC-5:30 there.",
        "time",
        "14:05 UTC-5:30",
        TimeOfDay(dt.time(14, 5), -dt.timedelta(hours=5, minutes=30)),
    ),
    ("They met on Monday in Geneva.", "weekday", "Monday", Weekday(0)),
    ("It was launched last Saturday.", "weekday", "Saturday", Weekday(5)),
    ("It raised $3 million in seed money.", "money", "$3 million", Money(Decimal(3000000), "USD")),
    ("It paid €200m for the stake.", "money", "€200m", Money(Decimal(200000000), "EUR")),
    ("It cost £3.4 billion to build.", "money", "£3.4 billion", Money(Decimal(3400000000), "GBP")),
    ("Capital of RMB 5 million was paid.", "money", "RMB 5 million", Money(Decimal(5000000), "CNY")),
    ("A ticket costs HK$20 now.", "money", "HK$20", Money(Decimal(20), "HKD")),
    ("A bowl of ramen is ¥100 there.", "money", "¥100", Money(Decimal(100), "JPY")),
    ("The fine was 500 euros per person.", "money", "500 euros", Money(Decimal(500), "EUR")),
    ("Output hit 30 billion yuan last year.", "money", "30 billion yuan", Money(Decimal(30000000000), "CNY")),
    ("It spent US$1.52 billion abroad.", "money", "US$1.52 billion", Money(Decimal(1520000000), "USD")),
    ("Gold rose to $1,780.20 an ounce.", "money", "$1,780.20", Money(Decimal("1780.20"), "USD")),
    (
        "It covers 530,000 square meters of land.",
        "quantity",
        "530,000 square meters",
        Quantity(Decimal(530000), "area-square-meter"),
    ),
    ("The new line is 12 km long.", "quantity", "12 km", Quantity(Decimal(12), "length-kilometer")),
    (
        "It reached 35 degrees Celsius at noon.",
        "quantity",
        "35 degrees Celsius",
        Quantity(Decimal(35), "temperature-celsius"),
    ),
    ("Each parcel weighs 3 kilograms or less.", "quantity", "3 kilograms", Quantity(Decimal(3), "mass-kilogram")),
    ("Rainfall reached 20 mm overnight.", "quantity", "20 mm", Quantity(Decimal(20), "length-millimeter")),
    ("The farm has 5 hectares of tea.", "quantity", "5 hectares", Quantity(Decimal(5), "area-hectare")),
    ("The wind hit 120 km/h on the coast.", "quantity", "120 km/h", Quantity(Decimal(120), "speed-kilometer-per-hour")),
    (
        "Gusts of 38 meters per second hit.",
        "quantity",
        "38 meters per second",
        Quantity(Decimal(38), "speed-meter-per-second"),
    ),
    ("It was hot, 38°C in the shade.", "quantity", "38°C", Quantity(Decimal(38), "temperature-celsius")),
    ("The Ming Dynasty (1368-1644) followed.", "range", "1368-1644", NumberRange(Decimal(1368), Decimal(1644), True)),
    ("In the 2019–2020 season it won.", "range", "2019–2020", NumberRange(Decimal(2019), Decimal(2020), True)),
    (
        "Prices rose 10-15 percent this year.",
        "range",
        "10-15 percent",
        NumberRange(Decimal(10), Decimal(15), unit="concentr-percent"),
    ),
    ("Sales grew 12.5% on the year.", "percent", "12.5%", Decimal("12.5")),
    ("Sales grew 12.5 percent on the year.", "percent", "12.5 percent", Decimal("12.5")),
    ("Sales grew 12 per cent on the year.", "percent", "12 per cent", Decimal(12)),
    ("It is the 6th edition of the fair.", "ordinal", "6th", 6),
    ("The 21st meeting was held.", "ordinal", "21st", 21),
    ("Over 200 scientists attended.", "number", "200", Decimal(200)),
    ("The city has 2,000 buses.", "number", "2,000", Decimal(2000)),
    ("The app has 1.5 million users.", "number", "1.5 million", Decimal(1500000)),
    ("It is a more than 700-year-old town.", "number", "700", Decimal(700)),
]


@pytest.mark.parametrize(("sentence", "kind", "original", "value"), CASES, ids=[c[2] for c in CASES])
def test_each_format_is_found_with_its_value(sentence: str, kind: str, original: str, value: object) -> None:
    placeable = _only(sentence)
    assert (placeable.kind, placeable.original, placeable.value) == (kind, original, value)
    assert placeable.name == f"{kind}_1"


STAYS_TEXT = [
    "Despite the COVID-19 pandemic, shops opened.",  # digits glued to a name
    "He told the China Conference on Biomedical Industry Innovation 2020 in Luodian.",  # year in a name
    "Airlines grounded the Boeing 737 fleet.",  # model number after a capitalised word
    "The firm filed for Chapter 11 protection.",
    "The fair opens November 28 in Shanghai.",  # no year: not a date
    "It happened in 2019 and again in 2021.",  # bare years
    "Five companies signed, the first of many.",  # spelled-out numbers
    "Music of the 1990s is back.",
    "Service is available 24/7 in the city.",
    "The court ruled 5-4 in favour.",  # a score, not a range
    "Leaders met at the G20 summit.",
    "Call 021-6279 8899 for details.",
    "He said it was Mondays he hated.",
]


@pytest.mark.parametrize("sentence", STAYS_TEXT)
def test_names_years_and_codes_stay_text(sentence: str) -> None:
    assert find_placeables(sentence) == []


def test_names_are_numbered_per_kind_in_order_of_appearance() -> None:
    sentence = "On Friday, 3 firms paid $5 million and 2 paid €4 million for 12 km of road on Monday."
    names = [(p.name, p.original) for p in find_placeables(sentence)]
    assert names == [
        ("weekday_1", "Friday"),
        ("number_1", "3"),
        ("money_1", "$5 million"),
        ("number_2", "2"),
        ("money_2", "€4 million"),
        ("quantity_1", "12 km"),
        ("weekday_2", "Monday"),
    ]


def test_seed_money_sentence_has_both_amounts() -> None:
    sentence = (
        "Despite the COVID-19 pandemic, leading companies have signed agreements with a total "
        "investment of more than 10\u00a0billion yuan (US$1.52 billion) this year."
    )
    money = find_placeables(sentence)
    assert [p.value for p in money] == [Money(Decimal(10**10), "CNY"), Money(Decimal(1520000000), "USD")]


def test_time_at_the_end_of_a_sentence_leaves_the_full_stop_to_the_sentence() -> None:
    placeable = _only("The train left at 3 p.m.")
    assert placeable.original == "3 p.m"
    assert placeable.value == TimeOfDay(dt.time(15, 0))


def test_impossible_dates_and_times_are_not_placeables() -> None:
    assert [p.kind for p in find_placeables("Due 2021-02-30, at 25:61.")] == []


DESCRIPTIONS = [
    ("more than 10 billion yuan", "money_1: 10 billion yuan = CNY 10000000000"),
    ("on 530,000 square meters", "quantity_1: 530,000 square meters = 530000 area-square-meter"),
    ("the Yuan Dynasty (1279-1368)", "range_1: 1279-1368 = years 1279–1368"),
    ("rose 10-15 percent", "range_1: 10-15 percent = 10–15 percent"),
    ("Rainfall of 150-200 mm", "range_1: 150-200 mm = 150–200 length-millimeter"),
    ("costs $10-15 million", "range_1: $10-15 million = USD 10000000–15000000"),
    ("on November 28, 2020", "date_1: November 28, 2020 = 2020-11-28"),
    ("at 18:59 UTC+8", "time_1: 18:59 UTC+8 = 18:59 UTC+08:00"),
    ("at 3 p.m. today", "time_1: 3 p.m. = 15:00"),
    ("on Saturday", "weekday_1: Saturday = ISO weekday 6"),
    ("up 12.5%", "percent_1: 12.5% = 12.5 percent"),
    ("the 6th symposium", "ordinal_1: 6th = ordinal 6"),
    ("with 1.5 million users", "number_1: 1.5 million = 1500000"),
]


@pytest.mark.parametrize(("sentence", "expected"), DESCRIPTIONS)
def test_describe_tells_the_translator_the_value(sentence: str, expected: str) -> None:
    assert describe(_only(sentence)) == expected


def test_describe_tags() -> None:
    link = InlineTag("a", (("href", 'https://e.com/?q="x"'),))
    assert describe(Placeable("a_1", "tag", "", link)) == 'a_1: <a href="https://e.com/?q=&quot;x&quot;">'
    assert describe(Placeable("a_1_end", "tag", "", InlineTag("a", closing=True))) == "a_1_end: </a>"
    assert describe(Placeable("br_1", "tag", "", InlineTag("br", void=True))) == "br_1: <br />"


def test_every_unit_id_is_a_cldr_unit_babel_can_format() -> None:
    from babel.units import format_unit

    for unit in set(UNITS.values()):
        assert format_unit(2, unit, locale="de")


NEWSY = st.sampled_from(
    [
        "10",
        "billion",
        "yuan",
        "US$1.52",
        "(",
        ")",
        "1279-1368",
        "Saturday",
        "6th",
        "12.5%",
        "km",
        "-",
        "November",
        "28,",
        "2020",
        "Innovation",
        "a.m.",
        "3",
        "p.m.",
        "UTC+8",
        "18:59",
        "€200m",
        "COVID-19",
        "square",
        "meters",
        "530,000",
        "the",
        "Dr.",
        "¥",
        "$",
        "percent",
        ".",
        ",",
        "–",
        "1,780.20",
        "Dec.",
        "14-16",
        "30-Jan.",
        "to",
        "through",
        "31",
        "Feb.",
        "million",
        "May",
        "$10-15",
        "10-15",
        "HK$3-4bn",
        "9" * 40,  # wider than the default decimal context
        # names with numbers, clock times written with a dot, addresses (placeables/names.py, clock.py)
        "Boeing",
        "737-800",
        "Kubernetes",
        "1.30",
        "3.12.1",
        "6.24pm",
        "CVE",
        "2024-21626",
        "Magnitude",
        "https://x.com/a?b=1",
        "Dec. 14",
        "Jan.",
        "１２３",
        "٣",
        "\u200b",
        "trillion",
    ]
)


def _check_properties(sentence: str, reference_date: dt.date | None = None) -> None:
    """Ordered, non-overlapping, each the exact text it replaces, uniquely named, and every
    value one the translator's comment and every locale's rendering can handle."""
    from l10n.locales import TargetLocale
    from l10n.placeables.render import render_placeable

    placeables = find_placeables(sentence, reference_date=reference_date)
    position = 0
    for placeable in placeables:
        assert placeable.start >= position
        assert placeable.end > placeable.start
        assert sentence[placeable.start : placeable.end] == placeable.original
        position = placeable.end
        assert describe(placeable)
        if placeable.kind != "tag":
            assert render_placeable(placeable, TargetLocale("zh_CN"))
    assert len({p.name for p in placeables}) == len(placeables)


@settings(max_examples=300, deadline=None)
@example(["2024-21626", "9" * 40], "", None)  # a range end past Decimal's 28 digits: its % raised
@given(st.lists(NEWSY, max_size=25), st.sampled_from([" ", "", "\u00a0"]), st.none() | st.dates())
def test_placeables_never_overlap_and_match_their_original(
    words: list[str], separator: str, published: dt.date | None
) -> None:
    _check_properties(separator.join(words), published)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_arbitrary_text_never_raises(sentence: str) -> None:
    _check_properties(sentence)


# Ranges written with their unit once, after the second number: one placeable, not "{range_1} mm".
UNIT_RANGES: list[tuple[str, str, NumberRange]] = [
    (
        "Rainfall of 150-200 mm is expected in the mountains on Saturday.",
        "150-200 mm",
        NumberRange(Decimal(150), Decimal(200), unit="length-millimeter"),
    ),
    (
        "Gusts of 100–120 km/h battered the coast overnight.",
        "100–120 km/h",
        NumberRange(Decimal(100), Decimal(120), unit="speed-kilometer-per-hour"),
    ),
    (
        "Highs will hover around 28-33°C through the weekend.",
        "28-33°C",
        NumberRange(Decimal(28), Decimal(33), unit="temperature-celsius"),
    ),
    (
        "The plots measure 1,200-1,500 square meters each.",
        "1,200-1,500 square meters",
        NumberRange(Decimal(1200), Decimal(1500), unit="area-square-meter"),
    ),
    (
        "Turnout was 10%-15% lower than in the last election.",
        "10%-15%",
        NumberRange(Decimal(10), Decimal(15), unit="concentr-percent"),
    ),
    (
        "Analysts expect growth of 4.5-5 per cent next year.",
        "4.5-5 per cent",
        NumberRange(Decimal("4.5"), Decimal(5), unit="concentr-percent"),
    ),
    ("Fares will rise 8-12% from March.", "8-12%", NumberRange(Decimal(8), Decimal(12), unit="concentr-percent")),
]


@pytest.mark.parametrize(("sentence", "original", "value"), UNIT_RANGES, ids=[c[1] for c in UNIT_RANGES])
def test_a_range_followed_by_its_unit_is_one_placeable(sentence: str, original: str, value: NumberRange) -> None:
    (found,) = [p for p in find_placeables(sentence) if p.kind == "range"]
    assert (found.original, found.value, found.name) == (original, value, "range_1")
    assert sentence[found.start : found.end] == original
    assert not any(p.kind in ("quantity", "percent", "number") for p in find_placeables(sentence))


# Money ranges: the currency and the scale word belong to both ends ("$10-15 million").
MONEY_RANGES: list[tuple[str, str, NumberRange]] = [
    (
        "The project will cost $10-15 million over five years.",
        "$10-15 million",
        NumberRange(Decimal(10_000_000), Decimal(15_000_000), currency="USD"),
    ),
    (
        "Sales reached 10-15 billion yuan in the quarter.",
        "10-15 billion yuan",
        NumberRange(Decimal(10_000_000_000), Decimal(15_000_000_000), currency="CNY"),
    ),
    (
        "Budgets of US$1.5–2 billion were approved in the end.",
        "US$1.5–2 billion",
        NumberRange(Decimal(1_500_000_000), Decimal(2_000_000_000), currency="USD"),
    ),
    ("Tickets sell for €20 – €35 at the door.", "€20 – €35", NumberRange(Decimal(20), Decimal(35), currency="EUR")),
    (
        "The HK$3-4bn deal closed late.",
        "HK$3-4bn",
        NumberRange(Decimal(3_000_000_000), Decimal(4_000_000_000), currency="HKD"),
    ),
]


@pytest.mark.parametrize(("sentence", "original", "value"), MONEY_RANGES, ids=[c[1] for c in MONEY_RANGES])
def test_a_money_range_is_one_placeable_with_full_amounts(sentence: str, original: str, value: NumberRange) -> None:
    (found,) = find_placeables(sentence)
    assert (found.kind, found.original, found.value) == ("range", original, value)
    assert sentence[found.start : found.end] == original


@pytest.mark.parametrize("sentence", ["It cost $15-10 million.", "The court ruled 5-4 in favour.", "From $10 to $15."])
def test_a_falling_pair_or_separate_amounts_are_not_a_money_range(sentence: str) -> None:
    assert not [p for p in find_placeables(sentence) if isinstance(p.value, NumberRange) and p.value.currency]


def test_a_year_range_followed_by_a_unit_like_word_keeps_its_years() -> None:
    (found,) = find_placeables("The 2019-2020 season was cut short.")
    assert found.value == NumberRange(Decimal(2019), Decimal(2020), is_years=True)


NOV_28_2020 = dt.date(2020, 11, 28)

# Month-day without a year: a date when a year is known, from the sentence or the publication date.
YEARLESS: list[tuple[str, dt.date | None, list[tuple[str, object]]]] = [
    ("The vote is set for Dec. 14, officials said.", NOV_28_2020, [("Dec. 14", YearlessDate(dt.date(2020, 12, 14)))]),
    ("The fair opens November 28 in Shanghai.", NOV_28_2020, [("November 28", YearlessDate(NOV_28_2020))]),
    # published in January: a December date is last December (news looks back more than ahead)
    (
        "Police said the suspect fled on Dec. 14.",
        dt.date(2021, 1, 5),
        [("Dec. 14", YearlessDate(dt.date(2020, 12, 14)))],
    ),
    (
        "Polls were held on June 1 and June 3, 2021, across the country.",
        None,
        [("June 1", YearlessDate(dt.date(2021, 6, 1))), ("June 3, 2021", dt.date(2021, 6, 3))],
    ),
    # the later date's year, wrapped back when the month-day would fall after it
    (
        "Talks opened on Dec. 28 and closed on Jan. 3, 2021, in Vienna.",
        None,
        [("Dec. 28", YearlessDate(dt.date(2020, 12, 28))), ("Jan. 3, 2021", dt.date(2021, 1, 3))],
    ),
    # written as one span, it is one date range; the year written belongs to its end
    (
        "Talks ran from Dec. 28 to Jan. 3, 2021, in Vienna.",
        None,
        [("Dec. 28 to Jan. 3, 2021", DateRange(dt.date(2020, 12, 28), dt.date(2021, 1, 3)))],
    ),
    (
        "The treaty was signed on 14 December in Geneva.",
        NOV_28_2020,
        [("14 December", YearlessDate(dt.date(2020, 12, 14)))],
    ),
    (
        "Schools reopen on Sept. 1st after the summer break.",
        dt.date(2021, 8, 20),
        [("Sept. 1st", YearlessDate(dt.date(2021, 9, 1)))],
    ),
    # no year anywhere: stays text
    ("The fair opens November 28 in Shanghai.", None, []),
    # Feb. 29 in a year that has none: stays text rather than inventing a date
    ("The deadline is Feb. 29 for all filings.", dt.date(2021, 2, 1), []),
]


@pytest.mark.parametrize(("sentence", "reference_date", "expected"), YEARLESS)
def test_a_month_day_becomes_a_date_when_the_year_is_known(
    sentence: str, reference_date: dt.date | None, expected: list[tuple[str, object]]
) -> None:
    dates = [p for p in find_placeables(sentence, reference_date=reference_date) if p.kind == "date"]
    assert [(p.original, p.value) for p in dates] == expected
    assert all(sentence[p.start : p.end] == p.original for p in dates)


def test_a_full_date_is_never_changed_by_the_reference_date() -> None:
    (found,) = find_placeables("He was born November 28, 2015, in Beijing.", reference_date=dt.date(2021, 1, 5))
    assert found.value == dt.date(2015, 11, 28)


def test_describe_says_the_year_was_inferred_and_not_shown() -> None:
    (found,) = find_placeables("It ends on Dec. 14.", reference_date=NOV_28_2020)
    assert describe(found) == "date_1: Dec. 14 = --12-14 (year 2020 inferred, not shown)"


# Spans of days: one date placeable rendered with CLDR's interval format, not "Dec. {range_1}".
DATE_RANGES: list[tuple[str, dt.date | None, str, DateRange]] = [
    (
        "The fair runs Dec. 14-16 in Shanghai.",
        NOV_28_2020,
        "Dec. 14-16",
        DateRange(dt.date(2020, 12, 14), dt.date(2020, 12, 16), has_year=False),
    ),
    (
        "The expo ran Nov. 30-Dec. 2, 2020, downtown.",
        None,
        "Nov. 30-Dec. 2, 2020",
        DateRange(dt.date(2020, 11, 30), dt.date(2020, 12, 2)),
    ),
    (
        "Held June 1–3, 2021, the meeting drew crowds.",
        None,
        "June 1–3, 2021",
        DateRange(dt.date(2021, 6, 1), dt.date(2021, 6, 3)),
    ),
    (
        "The park is shut Dec. 30-Jan. 2 for repairs.",
        dt.date(2021, 1, 5),
        "Dec. 30-Jan. 2",
        DateRange(dt.date(2020, 12, 30), dt.date(2021, 1, 2), has_year=False),
    ),
    (
        "It will be held on December 14 to 16 at the center.",
        NOV_28_2020,
        "December 14 to 16",
        DateRange(dt.date(2020, 12, 14), dt.date(2020, 12, 16), has_year=False),
    ),
    (
        "Talks ran Jan. 3 through 5, 2021.",
        None,
        "Jan. 3 through 5, 2021",
        DateRange(dt.date(2021, 1, 3), dt.date(2021, 1, 5)),
    ),
]


@pytest.mark.parametrize(("sentence", "published", "original", "value"), DATE_RANGES, ids=[c[2] for c in DATE_RANGES])
def test_a_span_of_days_is_one_date_range(
    sentence: str, published: dt.date | None, original: str, value: DateRange
) -> None:
    (found,) = find_placeables(sentence, reference_date=published)
    assert (found.kind, found.original, found.value) == ("date", original, value)
    assert sentence[found.start : found.end] == original


@pytest.mark.parametrize(
    "sentence",
    [
        "The fair runs Dec. 14-16 in Shanghai.",  # no year anywhere: stays text, like "Dec. 14"
        "Sales in May 2-3 million units were sold.",  # a scale word follows: numbers, not days
        "It ran Dec. 16-14 by mistake.",  # backwards
        "It ran Feb. 27-30 by mistake.",  # no such day
    ],
)
def test_spans_that_cannot_be_dated_are_not_date_ranges(sentence: str) -> None:
    assert not [p for p in find_placeables(sentence) if isinstance(p.value, DateRange)]
