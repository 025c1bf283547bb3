"""The regular expressions of value detection, compiled on first use (not at import).

Data for `l10n.placeables.detect`, which holds the rules that use them: one named pattern per
written form, and per pattern a cheap necessary condition (`prechecks`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import NamedTuple

from l10n.placeables.vocabulary import (
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    MILLION_CONTEXT,
    MONTHS,
    PERCENT_WORDS,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    UNITS,
    WEEKDAYS,
    ZONE_ABBREVIATIONS,
)

COUNT_NOUNS = (
    "times|years?|months?|weeks?|days?|hours?|minutes?|people|persons|votes|seats|delegates|cases|deaths|"
    "percent|per cent|aftershocks|residents|patients|troops|soldiers|workers|employees|jobs|homes|houses|"
    "stores|shops|students|children|members|passengers|points|goals|matches|games|wins|infections"
)
"""Plural nouns after which a number counts ("All-Star 18 times", "1846 persons") rather than
names ("Flight 610") or dates a year ("the 1973 building")."""


def alternation(words: Iterable[str]) -> str:
    """A regex alternation trying longer spellings first ("Sept" before "Sep")."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


_TYPESET_SPACES = "\u00a0\u202f\u2009"
"""No-break, narrow no-break and thin space: a typesetter's thousands separator ("3\u202f700"),
never a space between two numbers."""


class NumberSymbols(NamedTuple):
    """The source locale's thousands separators and decimal mark, as CLDR gives them: (",", ".") in
    English, (".", ",") in Spanish or German, (" ", ",") in French or Swedish.

    `proven` is False where the article's own numbers do not show which symbols it writes (a page
    declaring `es` may write "$250,000" the US way, `variety.article_number_symbols`): there a number
    one separator splits before exactly three digits ("250,000", "81.000", "1,500") reads either
    way, and stays text as written (`_num`), never guessed.

    `scales`: the source language's own scale words after a currency amount, each with its power of ten (CLDR's
    long compact decimal words: Spanish "millones", "mil millones", German "Millionen"; `variety.scale_words`),
    read beside English's `SCALE_WORDS`: a Spanish "$7 millones" is USD 7,000,000, as "$7 million" is
    (leftovers49: it was USD 7 and the word "millones" left to the translation). None for English."""

    group: str
    decimal: str
    proven: bool = True
    scales: tuple[tuple[str, int], ...] = ()

    @property
    def style(self) -> tuple[str, str, bool]:
        """How the article writes its numbers, without its scale words: (group, decimal, proven) —
        the one way to take them together (a slice `[:3]` in five places took `scales` too the
        day a field was put before it).

        >>> NumberSymbols(".", ",", scales=(("millones", 6),)).style
        ('.', ',', True)
        """
        return self.group, self.decimal, self.proven


ENGLISH_NUMBERS = NumberSymbols(",", ".")
SPACE_SEPARATORS = " " + _TYPESET_SPACES
_EITHER_WAY = r"(?!\d{1,3}[.,]\d{3}(?!\d|[.,]\d))"
"""Not a number one separator splits before exactly three digits: 250 thousand or 250 with three decimals."""


def _num(symbols: NumberSymbols) -> str:
    """A number as written in the source locale (`symbols`): digits in groups of three (a
    typesetter's space groups in any locale: "3\u202f700"), a decimal mark. Never the first part
    of digit groups a space separates: not "3" of "3 700" or "€3 700"; never a number that reads
    either way where the article's symbols are not proven (`NumberSymbols.proven`)."""
    group, decimal, proven = symbols.style
    spaced = _groups_with_space(symbols)
    separators = re.escape("".join(sorted(set(group + _TYPESET_SPACES + (" " if spaced else "")))))
    return (
        ("" if proven else _EITHER_WAY)
        + rf"(?:\d{{1,3}}(?:[{separators}]\d{{3}})+(?!\d|[{separators}]\d)|\d+(?!\d)(?![ {_TYPESET_SPACES}]\d{{3}}))"
        + rf"(?:{re.escape(decimal)}\d+)?"
    )


def _ordinal_number(symbols: NumberSymbols) -> str:
    """The digits of an ordinal ("1,500th") grouped as the source locale groups (`symbols`), with the
    rule of `_num`: where the page's style is not proven (`NumberSymbols.proven`), "1,500th" reads
    either way and stays text, as "1,500" does (reader9's rule, values14)."""
    group, _, proven = symbols.style
    separators = re.escape("".join(sorted(set(group + _TYPESET_SPACES))))
    return ("" if proven else _EITHER_WAY) + rf"(?:\d{{1,3}}(?:[{separators}]\d{{3}})+(?!\d)|\d+)"


def _groups_with_space(symbols: NumberSymbols) -> bool:
    return any(char in SPACE_SEPARATORS for char in symbols.group)


_SYMBOLS_OF: dict[re.Pattern[str], NumberSymbols] = {}


def number_symbols_of(pattern: re.Pattern[str]) -> NumberSymbols:
    """The number symbols a value pattern was compiled for (`value_patterns`)."""
    return _SYMBOLS_OF.get(pattern, ENGLISH_NUMBERS)


_START = r"(?<![\w.,:/#])(?<!\w[-–])"  # not glued to a word, a decimal, a clock, "COVID-" or "43–"
# The same for a match that starts with a digit: the lookahead first lets `re` reject the other
# positions at once (most of a sentence) instead of trying both lookbehinds there: 1.5× faster.
_DIGIT_START = rf"(?=\d){_START}"
_END = r"(?!\w|[.,:/]\d|[-~]\d)"
# The second time of a span ("6pm-8pm", "6.24pm-7.30pm", "18:00-20:00") follows a letter or digit
# and a dash, which `_START` refuses ("COVID-19"): a time may start there after a time's end, a
# clock's only with a.m./p.m. after a time that had them ("1pm-2:30" would be 02:30).
_AFTER_TIME = r"(?<=[ap]m[-–]|[AP]M[-–])"
_AFTER_CLOCK = r"(?<=(?<![\w:.])\d\d:\d\d[-–])|(?<=(?<![\w:.])\d:\d\d[-–])"  # not an ISO offset: T09:30-05:00
_AMPM_TIME_START = rf"(?=\d)(?:{_START}|{_AFTER_TIME}|{_AFTER_CLOCK})"
_CLOCK_START = rf"(?=\d)(?:{_START}|{_AFTER_CLOCK}|{_AFTER_TIME}(?=\d{{1,2}}:\d\d\s?(?:[ap]\.?m|[AP]\.?M)))"
_SCALE = rf"\s(?P<scale>{alternation(SCALE_WORDS)})(?!\w)"
_NOT_SCALED = rf"(?!\s(?:{alternation(SCALE_WORDS)})\b)"  # "May 2 million people" is no date
_MONTH = rf"(?=[A-Z])\b(?P<month>{alternation(MONTHS)})\b\.?"  # every month name is capitalised
_ORDINAL_SUFFIX = r"(?:st|nd|rd|th)"
_AMPM = r"(?P<ampm>[ap]\.m\.|[ap]\.m\b|[ap]m\b|[AP]M\b|[AP]\.M\.)"
_PERCENT_WORDS = alternation(PERCENT_WORDS).replace(r"\ ", r"\s")
_PERCENT_AFTER = rf"\s?%|\s?(?:{_PERCENT_WORDS})(?!\w)"
_ZONE_NAMES = alternation(name for name in ZONE_ABBREVIATIONS if name != "Z")
_ZONE = rf"(?:\s(?P<zone>{_ZONE_NAMES})(?:(?<=UTC|GMT)\s?(?P<sign>[+\-−])(?P<off_h>\d{{1,2}})(?::?(?P<off_m>\d{{2}}))?)?(?![\w:]))?"


@functools.cache
def value_patterns(symbols: NumberSymbols = ENGLISH_NUMBERS) -> dict[str, re.Pattern[str]]:
    """Compiled on first use, not at import, for the source locale's number `symbols`: where they
    do not group with a space, digit groups a space separates stay text as written
    (`spaced_groups`: "3 700" is neither 3 nor 700)."""
    patterns = _value_patterns(symbols)
    number = _num(symbols)  # only these patterns differ between locales (`re` shares equal ones)
    _SYMBOLS_OF.update({pattern: symbols for pattern in patterns.values() if number in pattern.pattern})
    return patterns


def _money_scale(symbols: NumberSymbols) -> str:
    """`_SCALE` with the source language's own scale words (`NumberSymbols.scales`) after a currency amount."""
    if not symbols.scales:
        return _SCALE
    return rf"\s(?P<scale>{alternation([*SCALE_WORDS, *(word for word, _ in symbols.scales)])})(?!\w)"


def _value_patterns(symbols: NumberSymbols) -> dict[str, re.Pattern[str]]:
    _NUM = _num(symbols)
    money_scale = _money_scale(symbols)
    spaced = _groups_with_space(symbols)
    return {
        "iso_date": re.compile(rf"{_DIGIT_START}(?P<year>\d{{4}})-(?P<month>\d{{2}})-(?P<day>\d{{2}}){_END}"),
        "month_day_year": re.compile(rf"{_MONTH}\s(?P<day>\d{{1,2}}){_ORDINAL_SUFFIX}?,?\s(?P<year>\d{{4}}){_END}"),
        "day_month_year": re.compile(
            rf"{_DIGIT_START}(?P<day>\d{{1,2}}){_ORDINAL_SUFFIX}?\s(?:of\s)?{_MONTH},?\s(?P<year>\d{{4}}){_END}"
        ),
        "month_day_range": re.compile(
            rf"{_MONTH}\s(?P<day>\d{{1,2}}){_ORDINAL_SUFFIX}?(?:\s?[-–]\s?|\s(?:to|through)\s)"
            rf"(?:(?P<month_end>{alternation(MONTHS)})\b\.?\s)?(?P<day_end>\d{{1,2}}){_ORDINAL_SUFFIX}?"
            rf"(?:,?\s(?P<year>\d{{4}}))?{_END}{_NOT_SCALED}"
        ),
        "month_day": re.compile(rf"{_MONTH}\s(?P<day>\d{{1,2}}){_ORDINAL_SUFFIX}?{_END}{_NOT_SCALED}"),
        "day_month": re.compile(
            rf"{_DIGIT_START}(?P<day>\d{{1,2}}){_ORDINAL_SUFFIX}?\s(?:of\s)?(?P<month>{alternation(MONTHS)})\b"
        ),
        "month_year": re.compile(rf"{_MONTH},?\s(?P<year>[12]\d{{3}}){_END}"),
        "month_day_and": re.compile(
            rf"{_MONTH}\s\d{{1,2}}{_ORDINAL_SUFFIX}?,?\s(?:and|or)\s(?P<day>\d{{1,2}}){_ORDINAL_SUFFIX}?{_END}"
            rf"(?!,?\s\d{{4}}|\s(?:{alternation(MONTHS)})\b){_NOT_SCALED}"
        ),
        "military_time": re.compile(
            rf"{_DIGIT_START}(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)"
            rf"(?:\s(?P<zone>{_ZONE_NAMES}|Z)(?![\w:+\-−])|\s(?P<hours>hours|hrs)\b"
            rf"|(?=\s(?:{alternation(WEEKDAYS)})(?:\s(?:morning|afternoon|evening|night))?,?\s(?P<zone_after>UTC|GMT)\b))"
        ),
        "clock_time": re.compile(
            rf"{_CLOCK_START}(?P<hour>\d{{1,2}}):(?P<minute>\d{{2}})(?:\s?{_AMPM})?(?!\w|:\d){_ZONE}"
        ),
        "hour_time": re.compile(rf"{_AMPM_TIME_START}(?P<hour>\d{{1,2}})\s?{_AMPM}{_ZONE}"),
        # "6.24pm" (British and Australian style): a dot between hour and minute only with a.m./p.m.
        "dotted_time": re.compile(rf"{_AMPM_TIME_START}(?P<hour>\d{{1,2}})\.(?P<minute>[0-5]\d)\s?{_AMPM}{_ZONE}"),
        "weekday": re.compile(rf"(?=[A-Z])\b(?P<weekday>{alternation(WEEKDAYS)})\b"),
        "money_prefix": re.compile(
            rf"(?<![\w$¥€£])(?P<currency>{alternation(CURRENCY_PREFIXES)})\s?(?P<num>{_NUM})"
            rf"(?:{money_scale}|(?P<suffix>{alternation(SCALE_SUFFIXES)})(?!\w))?{_END}"
        ),
        "money_word": re.compile(
            rf"{_DIGIT_START}(?P<num>{_NUM})(?:{_SCALE}|(?P<suffix>{alternation(SCALE_SUFFIXES)}))?"
            rf"\s(?P<currency>{alternation(CURRENCY_WORDS)})(?!\w)"
        ),
        "money_pounds": re.compile(rf"{_DIGIT_START}(?P<num>{_NUM}){_SCALE}\s(?:pounds|pound)(?!\w|\sof\b)"),
        "weight_pounds": re.compile(rf"{_DIGIT_START}(?P<num>{_NUM})\s?(?P<unit>pounds|pound|lbs|lb)(?!\w)"),
        "million_m": re.compile(
            rf"{_DIGIT_START}(?P<num>{_NUM})(?P<suffix>m)(?=\s(?:{alternation(MILLION_CONTEXT)})\b)"
        ),
        "quantity": re.compile(
            rf"{_DIGIT_START}(?P<num>{_NUM})(?:{_SCALE})?\s?(?P<unit>{alternation(UNITS)})(?![\w²/])"
        ),
        "percent": re.compile(rf"{_DIGIT_START}(?P<num>{_NUM})(?:{_PERCENT_AFTER})"),
        "money_range_prefix": re.compile(
            rf"(?<![\w$¥€£])(?P<currency>{alternation(CURRENCY_PREFIXES)})\s?(?P<low>{_NUM})\s?[-–]\s?"
            rf"(?:(?P=currency)\s?)?(?P<high>{_NUM})(?:{money_scale}|(?P<suffix>{alternation(SCALE_SUFFIXES)})(?!\w))?{_END}"
        ),
        "money_range_word": re.compile(
            rf"{_DIGIT_START}(?P<low>{_NUM})[-–](?P<high>{_NUM})(?:{_SCALE})?\s(?P<currency>{alternation(CURRENCY_WORDS)})(?!\w)"
        ),
        "range_to": re.compile(
            rf"{_DIGIT_START}(?P<low>{_NUM})\sto\s(?P<high>{_NUM})"
            rf"(?:(?P<percent>{_PERCENT_AFTER})|\s?(?P<unit>{alternation(UNITS)})(?![\w²/])){_END}"
        ),
        "season_years": re.compile(rf"{_DIGIT_START}(?P<low>[12]\d{{3}})[/–-](?P<high>\d{{2}}){_END}"),
        "range": re.compile(
            rf"{_DIGIT_START}(?P<low>{_NUM})(?P<low_percent>%)?[-–](?P<high>{_NUM})"
            rf"(?:(?P<percent>{_PERCENT_AFTER})|\s?(?P<unit>{alternation(UNITS)})(?![\w²/]))?{_END}"
        ),
        "ordinal": re.compile(rf"{_DIGIT_START}(?P<num>{_ordinal_number(symbols)}){_ORDINAL_SUFFIX}(?!\w)"),
        "number": re.compile(rf"{_DIGIT_START}(?P<num>{_NUM})(?:{_SCALE}|(?P<suffix>bn|tn|mn))?{_END}"),
        "spaced_groups": re.compile(r"(?!)" if spaced else rf"{_DIGIT_START}\d{{1,3}}(?: \d{{3}})+(?!\d)"),
        # a "+" country code only with the number it opens: a lone "+2" of "+2.5%" is a sign (`detect._with_signs`)
        "phone_or_code": re.compile(
            rf"(?=[+0]){_START}(?:\+\d{{1,3}}(?:[\s-]\(?\d{{2,}}\)?)+|0\d+(?:[\s-]\(?\d{{2,}}\)?)*)(?!\w)"
        ),
        "name_number": re.compile(
            r"(?=[A-Z])\b(?P<word>[A-Z][A-Za-z’'-]*(?:\d+[a-z][A-Za-z’'-]*)?)\s(?P<num>\d+(?:[.:]\d+)?)(?!\w|[.,:/-]\d)"
            rf"(?!\s(?:{COUNT_NOUNS})\b)"
        ),
    }


_TOKEN = re.compile(r"[^\W\d_]+|[^\w\s]")


class WordPrecheck:
    """A precheck for a long list of words: one pass collecting the sentence's words and signs
    ("$", "€"), then a set test. A regex alternation of ninety currency words costs five times
    more, tried at every position of every sentence."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)

    def search(self, sentence: str) -> bool | None:
        """True when one of the words is in `sentence`, else None (as `re.Pattern.search`)."""
        return None if self.words.isdisjoint(_TOKEN.findall(sentence)) else True


@functools.cache
def prechecks() -> dict[str, re.Pattern[str] | WordPrecheck]:
    """A cheap necessary condition per pattern: text the pattern cannot match without.

    Every value pattern but `weekday` needs a digit, most sentences of an article have none, and
    a literal search is far cheaper than a pattern with lookbehinds tried at every position. A
    precheck only skips patterns that could not match, so the result is the same.
    """
    return {
        "digit": re.compile(r"\d"),
        "iso_date": (dash := re.compile(r"\d%?\s?[-–/]")),
        "month_day_year": (month := re.compile(alternation(MONTHS))),
        "day_month_year": month,
        "month_day": month,
        "month_day_range": month,
        "day_month": month,
        "spaced_groups": re.compile(r"\d \d\d\d"),
        "phone_or_code": re.compile(r"[+0]"),
        "month_year": month,
        "month_day_and": month,
        "military_time": re.compile(r"\d\d\d\d\s"),
        "clock_time": re.compile(r"\d:\d"),
        "hour_time": re.compile(r"[ap]\.?m|[AP]\.?M"),
        "dotted_time": re.compile(r"[ap]\.?m|[AP]\.?M"),
        "weekday": re.compile("day"),
        "money_prefix": WordPrecheck(
            [token for token in _TOKEN.findall(prefix) if token != "."][-1] for prefix in CURRENCY_PREFIXES
        ),
        "money_word": WordPrecheck(_TOKEN.findall(word)[-1] for word in CURRENCY_WORDS),
        "percent": re.compile(r"%|per|pct"),
        "money_pounds": (pounds := re.compile(r"pound|lb")),
        "weight_pounds": pounds,
        "million_m": re.compile(r"\dm\s"),
        "range_to": re.compile(r"\d\sto\s\d"),
        "season_years": dash,
        "range": dash,
        "money_range_prefix": dash,
        "money_range_word": dash,
        "ordinal": re.compile(r"\d(?:st|nd|rd|th)"),
    }
