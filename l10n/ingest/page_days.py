"""Days as news pages write them, for `datelines.py` (the day a page states for its story).

Days are read as ISO 8601 (`2023-11-07`), day-first with dots as German, French, Italian and
most of Europe write them (`10.06.2013`, DIN 5008), with an English month name ("November 7,
2023", "7 Nov 2023"), or on a dateline with a month name of the page's own language (`<html
lang>`), from CLDR through Babel ("7. November 2023", "7 novembre 2023", "7 de noviembre de
2023"); slashed days (`06/10/2013`) are ambiguous between conventions and skipped.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
DAY = re.compile(
    r"\b(?:(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
    r"|(?P<dd>\d{1,2})\.(?P<dm>\d{1,2})\.(?P<dy>\d{4})"
    rf"|(?P<mm>{_MONTH})\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<my>\d{{4}})"
    rf"|(?P<xd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<xm>{_MONTH}),?\s+(?P<xy>\d{{4}}))\b",
    re.IGNORECASE,
)


def read_day(text: str) -> dt.datetime | None:
    """The first day written in `text` (see the module docstring), as midnight without a zone.

    >>> read_day("DW | 10.06.2013"), read_day("Published: 22:00 GMT, 26 September 2020")
    (datetime.datetime(2013, 6, 10, 0, 0), datetime.datetime(2020, 9, 26, 0, 0))
    >>> read_day("Nov. 7, 2023"), read_day("06/10/2013"), read_day("31.02.2020")
    (datetime.datetime(2023, 11, 7, 0, 0), None, None)
    """
    for found in DAY.finditer(text):
        day = day_of(found)
        if day is not None:
            return day
    return None


@functools.lru_cache(maxsize=32)
def local_day_pattern(language: str) -> tuple[re.Pattern[str], dict[str, int]] | None:
    """A day with a month name of `language` as CLDR spells it (wide and abbreviated), day first
    ("7. November 2023", "7 de noviembre de 2023"); None for English (above) or an unknown tag."""
    if not language or language == "en" or not language.isalpha():
        return None
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_month_names

    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return None
    months: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for number, name in get_month_names(width, locale=locale).items():
            months.setdefault(name.lower().rstrip("."), number)
    names = "|".join(re.escape(name) for name in sorted(months, key=len, reverse=True))
    pattern = re.compile(
        rf"\b(?P<day>\d{{1,2}})\.?\s+(?:de\s+)?(?P<month>{names})\.?\s+(?:de\s+)?(?P<year>\d{{4}})\b", re.IGNORECASE
    )
    return pattern, months


def local_day(found: re.Match[str], months: dict[str, int]) -> dt.datetime | None:
    try:
        return dt.datetime(int(found["year"]), months[found["month"].lower()], int(found["day"]))
    except (KeyError, ValueError):
        return None


def day_of(found: re.Match[str]) -> dt.datetime | None:
    if found["iy"]:
        year, month, day = int(found["iy"]), int(found["im"]), int(found["id"])
    elif found["dy"]:
        year, month, day = int(found["dy"]), int(found["dm"]), int(found["dd"])
    elif found["my"]:
        year, month, day = int(found["my"]), _month(found["mm"]), int(found["md"])
    else:
        year, month, day = int(found["xy"]), _month(found["xm"]), int(found["xd"])
    try:
        return dt.datetime(year, month, day)
    except ValueError:
        return None


def _month(name: str) -> int:
    return _MONTHS.index(name[:3].lower()) + 1


def page_language(root: HtmlElement) -> str:
    """The primary language subtag of the page's `<html lang>` ("de" for "de-DE"), "" for none."""
    return (root.get("lang") or "").split("-")[0].split("_")[0].lower()
