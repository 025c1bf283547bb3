"""Value detection on real news copy (issue 13): each form on a sentence of the labelled corpus.

Sentences are read from `tests/data/values/` (Wikinews, CC BY 2.5; see SOURCES.md there) by
article id and a fragment, so every case is copy nobody here wrote. Forms the corpus lacks are
tested on the fragments of real copy quoted in the issue ("22.5bn yuan", "Rs 500 crore").
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from l10n.model import DateRange, Money, MonthYear, NumberRange, Quantity, TimeOfDay, YearlessDate
from l10n.placeables.detect import find_placeables
from l10n.sentences import sentence_spans

CORPUS = Path(__file__).resolve().parent / "data" / "values"
UTC = dt.timedelta(0)


def corpus_sentence(article: str, fragment: str) -> tuple[str, dt.date | None]:
    """The corpus sentence of `article` containing `fragment`, and the article's date."""
    meta = json.loads((CORPUS / f"{article}.json").read_text(encoding="utf-8"))
    for paragraph in meta["paragraphs"]:
        for start, end in sentence_spans(paragraph):
            if fragment in paragraph[start:end]:
                return paragraph[start:end], dt.date.fromisoformat(meta["date"]) if meta["date"] else None
    raise AssertionError(f"{fragment!r} is not in {article}")


def values(article: str, fragment: str) -> dict[str, object]:
    sentence, published = corpus_sentence(article, fragment)
    return {p.original: (p.kind, p.value) for p in find_placeables(sentence, reference_date=published)}


FOUND: list[tuple[str, str, str, str, object]] = [
    # article, fragment locating the sentence, original, kind, value
    ("wn2019-07", "(0040 UTC)", "0040 UTC", "time", TimeOfDay(dt.time(0, 40), UTC)),
    ("wn2019-23", "9:54 a.m. ET", "9:54 a.m. ET", "time", TimeOfDay(dt.time(9, 54), dt.timedelta(hours=-4))),
    ("wn2019-23", "9:54 a.m. ET", "1354 UTC", "time", TimeOfDay(dt.time(13, 54), UTC)),
    ("wn2019-19", "11:00 p.m. EDT", "11:00 p.m. EDT", "time", TimeOfDay(dt.time(23, 0), dt.timedelta(hours=-4))),
    ("wn2019-20", "8:00 p.m. AST", "8:00 p.m. AST", "time", TimeOfDay(dt.time(20, 0), dt.timedelta(hours=-4))),
    ("wn2019-64", "4:00 A.M.", "4:00 A.M.", "time", TimeOfDay(dt.time(4, 0))),
    ("wn2019-11", "(2024 Friday, UTC)", "2024", "time", TimeOfDay(dt.time(20, 24), UTC)),
    ("wn2019-30", "arrested in March, 2018", "March, 2018", "date", MonthYear(2018, 3)),
    ("wn2019-36", "late February 1944", "February 1944", "date", MonthYear(1944, 2)),
    ("wn2020-42", "December 5 and 6", "6", "date", YearlessDate(dt.date(2019, 12, 6))),
    ("wn2020-59", "2019/20 fiscal year", "2019/20", "range", NumberRange(Decimal(2019), Decimal(2020), is_years=True)),
    ("wn2020-59", "181 million", "181 million pounds", "money", Money(Decimal(181000000), "GBP")),
    ("wn2020-59", "900 million złotys", "900 million złotys", "money", Money(Decimal(900000000), "PLN")),
    ("wn2019-09", "82 pounds", "82 pounds", "quantity", Quantity(Decimal(82), "mass-pound")),
    ("wn2019-26", "SEK9 million", "SEK9 million", "money", Money(Decimal(9000000), "SEK")),
    ("wn2020-56", "Georgian lari", "100,000 Georgian lari", "money", Money(Decimal(100000), "GEL")),
    ("wn2019-16", "18 to 23 foot", "18 to 23 foot", "range", NumberRange(Decimal(18), Decimal(23), unit="length-foot")),
    (
        "wn2019-16",
        "18 to 23 foot",
        "5.5 to 7 meter",
        "range",
        NumberRange(Decimal("5.5"), Decimal(7), unit="length-meter"),
    ),
    ("wn2019-31", "following a 5.0 magnitude", "5.0", "number", Decimal("5.0")),
    ("wn2019-37", "2.5 micrometers", "2.5 micrometers", "quantity", Quantity(Decimal("2.5"), "length-micrometer")),
    ("wn2020-42", "1846 persons", "1846", "number", Decimal(1846)),
    ("wn2020-45", "All-Star 18 times", "18", "number", Decimal(18)),
    ("wn2020-51", "South Carolina's 54", "54", "number", Decimal(54)),
    ("wn2019-31", "Magnitude 6.3 according", "6.3", "number", Decimal("6.3")),
    ("wnold-02", "in the evening", "6:15", "time", TimeOfDay(dt.time(18, 15))),
    ("wnold-19", "section 100 feet wide", "100 feet", "quantity", Quantity(Decimal(100), "length-foot")),
    ("wnold-11", "45,000 rupees", "45,000 rupees", "money", Money(Decimal(45000), "INR")),
]


@pytest.mark.parametrize(
    ("article", "fragment", "original", "kind", "value"), FOUND, ids=[f"{c[0]}:{c[2]}" for c in FOUND]
)
def test_each_new_form_is_found_in_real_copy(
    article: str, fragment: str, original: str, kind: str, value: object
) -> None:
    assert values(article, fragment)[original] == (kind, value)


STAYS_TEXT: list[tuple[str, str, str]] = [
    # article, fragment locating the sentence, text that must not be (part of) a value
    ("wn2020-66", "Caboolture 43–5", "5"),  # a score
    ("wn2020-66", "Noosa 32–22", "22"),
    ("wn2020-67", "22 points to 10", "10"),
    ("wn2020-67", "22 points to 10", "22"),
    ("wn2019-19", "category 1 hurricane", "1"),  # a label, like "Category 5"
    ("wn2019-09", "phoned 911", "911"),
    ("wn2019-36", "Lost 52 sailed", "52"),  # a name at the start of the sentence
    ("wn2020-51", "Super Tuesday", "Tuesday"),
    ("wn2019-28", "Ineos 1:59 Challenge", "1:59"),
    ("wn2019-29", "in 2:14:04", "2:14:04"),  # a race time: a duration
    ("wn2020-56", "ranking number 27", "27"),
    ("wnold-20", "(UTC+11)", "11"),  # a zone's offset alone
    ("wnold-16", "series 2-0", "2-0"),
    ("wnold-16", "India were 2/74", "2/74"),  # cricket: wickets/runs
]


@pytest.mark.parametrize(("article", "fragment", "text"), STAYS_TEXT, ids=[f"{c[0]}:{c[1]}" for c in STAYS_TEXT])
def test_scores_labels_names_and_durations_stay_text(article: str, fragment: str, text: str) -> None:
    sentence, published = corpus_sentence(article, fragment)
    where = sentence.index(fragment) + fragment.index(text)
    spans = [(p.start, p.end) for p in find_placeables(sentence, reference_date=published)]
    assert not any(start <= where < end for start, end in spans), sentence


ISSUE_FORMS: list[tuple[str, str, str, object]] = [
    ("Output hit 22.5bn yuan, while rivals made $2.7bn.", "22.5bn yuan", "money", Money(Decimal("22.5e9"), "CNY")),
    ("Output hit 22.5bn yuan, while rivals made $2.7bn.", "$2.7bn", "money", Money(Decimal("2.7e9"), "USD")),
    ("The start-up raised 3.5m from investors.", "3.5m", "number", Decimal(3500000)),
    ("The board approved Rs 500 crore for the plant.", "Rs 500 crore", "money", Money(Decimal(5 * 10**9), "INR")),
    ("Farmers got Rs 2 lakh each.", "Rs 2 lakh", "money", Money(Decimal(200000), "INR")),
    ("Markets opened at 0203 GMT (1003 HKT).", "0203 GMT", "time", TimeOfDay(dt.time(2, 3), UTC)),
    ("Markets opened at 0203 GMT (1003 HKT).", "1003 HKT", "time", TimeOfDay(dt.time(10, 3), dt.timedelta(hours=8))),
    ("The vote is due in October 2023.", "October 2023", "date", MonthYear(2023, 10)),
    (
        "Results for 2011-12 were restated.",
        "2011-12",
        "range",
        NumberRange(Decimal(2011), Decimal(2012), is_years=True),
    ),
    (
        "Output is 1.2 million barrels per day.",
        "1.2 million",
        "number",
        Decimal(1200000),
    ),  # the measure word stays text
    ("The bank cut rates by 50 basis points.", "50", "number", Decimal(50)),
]


@pytest.mark.parametrize(("sentence", "original", "kind", "value"), ISSUE_FORMS, ids=[c[1] for c in ISSUE_FORMS])
def test_the_forms_quoted_in_the_issue(sentence: str, original: str, kind: str, value: object) -> None:
    found = {p.original: (p.kind, p.value) for p in find_placeables(sentence)}
    assert found[original] == (kind, value)


@pytest.mark.parametrize(
    "sentence",
    [
        "Man City 0-2 Man Utd was the final score.",
        "She won 7-5 5-7 6-4 in the final.",
        "The court ruled 6-3 on Friday.",
        "The 03:29 video shows the crash.",
        "It grew in the 1990s and again in Q4 and FY2025.",
    ],
)
def test_issue_scores_durations_and_periods_stay_text(sentence: str) -> None:
    assert [p.original for p in find_placeables(sentence) if p.kind not in ("weekday",)] == []


def test_tons_are_tonnes_unless_the_copy_is_american() -> None:
    sentence = "The plant emits 360 tons of CO2 a year."
    assert find_placeables(sentence)[0].value == Quantity(Decimal(360), "mass-tonne")
    assert find_placeables(sentence, english_variety="en-GB")[0].value == Quantity(Decimal(360), "mass-tonne")
    assert find_placeables(sentence, english_variety="en-US")[0].value == Quantity(Decimal(360), "mass-ton")
    assert find_placeables("It weighs 3 metric tons.", english_variety="en-US")[0].value.unit == "mass-tonne"


def test_a_value_straddling_a_boundary_gives_way_to_the_values_in_its_pieces() -> None:
    (found,) = find_placeables("They shipped 4,000 tons.", boundaries={18})
    assert (found.original, found.value) == ("4,000", Decimal(4000))
    spans = find_placeables("Dec. 14-16 was the date.", boundaries={7}, reference_date=dt.date(2020, 11, 28))
    assert not any(isinstance(p.value, DateRange) for p in spans)
