"""htmldate's reading of a page's day, `page.py`'s last resort, with dateparser held to the page's language.

htmldate's extensive search loads every dateparser locale (205 here: 2–9 s CPU, once a process, the
whole cost of a one-page `l10n ingest`; pagespeed26) in two places. It sends a text its own
patterns cannot read ("Среда, 4 января 2012") to one parser made for every language
(`htmldate.extractors.get_external_parser`, `languages=None`), and a text no locale reads (newsru's
"// Новости России // Среда, 4 января 2012", itmedia's "2019年02月22日 14時30") is tried in every
locale; and before that, a text with a day but neither a year nor an English month name is let
through only if a word of it is a month's name in some locale (`month_words`, vse-diety's "Диета
Аткинса (14 дней) - потеря веса до 10"). A page that declares its language (`page_language`) gets, for the call, both held to that
language and English: a parser of the two, in dateparser's own order (English first) and with
htmldate's settings, so a text both read is read as before and a letter-free one month first as
before; and the two languages' month names. A page declaring none, or a language dateparser lacks
("no", "iw"), keeps htmldate's parser and its month names of every language (the same set, read from
dateparser's data: `_every_month_word`). Each is made when htmldate first asks for it. Its last
guess, a rights notice's year as 1 January ("© Copyright 1996 - 2012"), is no day (holdout26); nor is a
day only its extensive search
finds that the page does not write beside its story's heading or in the story's address (dates27:
the day a saved page's header printed for its reader, `_supported`). htmldate's counts of a date's digits between two
non-digits over the page's whole markup, its last search, read the markup with its runs of non-digits cut short
(`shortened_markup`: the same matches; pagespeed47).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
import warnings
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from l10n.ingest.fields import normalise_space
from l10n.ingest.page_days import address_writes_day, writes_day
from l10n.ingest.shown_text import SHOWN_TEXT

if TYPE_CHECKING:
    from lxml.html import HtmlElement


def htmldate_day(tree: HtmlElement, *, language: str, near: list[str]) -> dt.datetime | None:
    """htmldate's reading of the page (URL-free: no network), dateparser held to `language` and
    English; `tree` is a copy of the page before pruning, which htmldate may change. A day of its
    first pass (the page's metadata, its `<time>` and dated elements' attributes) is taken; a day
    only its extensive search finds (any date-like text of the page: the header's date of the day
    the page was saved, a teaser's) only when the page supports it (`_supported`)."""
    import htmldate

    addresses = _story_addresses(tree)
    # htmldate reads a copy of an element it is given; dateutil warns of a zone name it cannot place
    # ("2012-01-12 01:00:00 CST", the Winnipeg Free Press's publish-date meta) on stderr, a traceback-like
    # line a user cannot act on: the day is read all the same
    with _held_to(language), warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"tzname \S+ identified but not understood", module=r"dateutil\.")
        found = htmldate.find_date(tree, extensive_search=True, original_date=True)
        if found and not _supported(dt.date.fromisoformat(found), near, addresses):
            # a day of the extensive search alone, and the page does not write it by its story: the first pass's
            # day, if the page shows it (misses37: jxnews' "2012-01-15 15:30" under its headline `<div>`, where the
            # extensive search took a related story's address, ".../2011/06/27/…")
            first = htmldate.find_date(tree, extensive_search=False, original_date=True)
            if first != found:  # the same day from both passes stands
                shown = first and writes_day(_shown_text(tree), dt.date.fromisoformat(first))
                found = first if shown else None
    day = dt.datetime.fromisoformat(found) if found else None
    if day is not None and (day.month, day.day) == (1, 1) and day.year in rights_years(tree.text_content()):
        return None  # holdout26: htmldate's last guess, a rights notice's year as 1 January, is no day
    return day


def _shown_text(tree: HtmlElement) -> str:
    """The page's text a reader sees (`shown_text.SHOWN_TEXT`), spaced (`normalise_space`)."""
    return normalise_space(" ".join(SHOWN_TEXT(tree)))


def _supported(day: dt.date, near: list[str], addresses: list[str]) -> bool:
    """Whether the page writes `day` beside its story's heading (`near`: `datelines.heading_texts`)
    or in the story's own address or its picture's (`_story_addresses`). bench/page_days.py, 3 Dec
    2026: of the 7 realworld pages only htmldate's extensive search dated, 5 were right, each day
    written there (a dateline in a form no reader of ours reads: "تم نشره الجمعة 24 نيسان / أبريل
    2020"; yahoo's "?a=20170309-…" story address); the 2 wrong were the day each page was saved, in
    its header 25 texts over the heading or nowhere, and no such day is shown (a missing day is
    safer than a wrong one)."""
    return any(writes_day(normalise_space(text), day) for text in near) or any(
        address_writes_day(address, day) for address in addresses
    )


def _story_addresses(tree: HtmlElement) -> list[str]:
    """The story's own address (`og:url`, the canonical link) and its lead picture's (`og:image`)."""
    found = tree.xpath("//meta[@property='og:url' or @property='og:image']/@content | //link[@rel='canonical']/@href")
    return [str(address) for address in found]


# The mark, the holder's name or none (no digits: misses46, gorodlip.ru's "© ООО "Регион центр" 2004-2011"), the years.
RIGHTS_NOTICE = re.compile(r"(?:©|\(c\)|\bcopyright\b)[^\d©]{0,40}?(?:(\d{4})\s*[-–—]\s*)?(\d{4})\b", re.IGNORECASE)


def rights_years(text: str) -> set[int]:
    """The years a rights notice names ("© Copyright 1996 - 2012"): when the site's rights began and
    last ran, never the day a story was published.

    >>> sorted(rights_years("© Copyright 1996 - 2012 | Wijeya Newspapers Ltd."))
    [1996, 2012]
    >>> rights_years("Published 2012, (c) AFP"), sorted(rights_years('© ООО "Регион центр" 2004-2011'))
    (set(), [2004, 2011])
    """
    return {int(year) for found in RIGHTS_NOTICE.finditer(text) for year in found.groups() if year}


@contextlib.contextmanager
def _held_to(language: str) -> Iterator[None]:
    """htmldate's parser and month names swapped for `language`'s during the call, and its search of the page's
    markup for dates' digits given the markup shortened (`_year_filter`; ingest reads one page at a time in a
    process: no thread shares the modules meanwhile)."""
    from htmldate import core, extractors

    swaps = [(extractors, name, stand_in) for name, stand_in in _stand_ins(language).items()]
    swaps += [(core, name, stand_in) for name, stand_in in _year_filter().items()]
    shared = [(module, name, getattr(module, name)) for module, name, _ in swaps]
    for module, name, stand_in in swaps:
        setattr(module, name, stand_in)
    try:
        yield
    finally:
        for module, name, function in shared:
            setattr(module, name, function)
        _SHORTENED.clear()


# htmldate 1.11's patterns of a date's digits between two non-digits (`\D(…)\D`) that `search_page` counts over the page's
# whole markup (`plausible_year_filter`, one `findall` each): each match is digits and single separators ("/", ".", "-"),
# opens and closes on a digit, and after a separator asks for a digit.
DIGITS_BETWEEN_NON_DIGITS = (
    "THREE_LOOSE_PATTERN",
    "SELECT_YMD_PATTERN",
    "DATESTRINGS_PATTERN",
    "SLASHES_PATTERN",
    "YYYYMM_PATTERN",
    "MMYYYY_PATTERN",
)
# The inside of each run of three non-digits or more: its first and last characters stay.
_INNER_NON_DIGITS = re.compile(r"(?<=\D)\D+(?=\D)")
_SHORTENED: dict[int, tuple[str, str]] = {}  # the markup of the call (its id: the string and its shortening)


def shortened_markup(markup: str) -> str:
    """`markup` with each run of non-digits longer than two cut to its first and last characters
    (pagespeed47). Each pattern of `DIGITS_BETWEEN_NON_DIGITS` finds the same matches in the same order in it: a
    match starts after a run's last character and ends on the next run's first, both kept, and holds no two
    non-digits in a row (its runs of one are kept whole); a try of a match that meets a non-digit after a
    separator fails at it whichever it is; and a match found ends on the following run's first character, so the
    next is looked for from its second, where, as from the kept last, only the last can open one. The six
    `findall`s read ~90,000 characters of regiolanda's markup each (14.7 of its 84 ms; 1,253 digits), the
    shortened markup ~2,400 (`tests/test_pagespeed47.py` holds the six patterns to it).

    >>> shortened_markup('<p class="date">Posted 12.03.2019, updated</p>')
    '< 12.03.2019,>'
    """
    return _INNER_NON_DIGITS.sub("", markup)


@functools.cache
def _year_filter() -> dict[str, Callable[..., Any]]:
    """htmldate's `plausible_year_filter` reading the shortened markup (`shortened_markup`, once a call) for the
    patterns of `DIGITS_BETWEEN_NON_DIGITS`, the markup as it is for its others (a copyright notice's words, a year
    alone after "w3.org" or not); nothing swapped on an htmldate other than 1.11, whose patterns were read."""
    import htmldate
    from htmldate import core

    if not htmldate.__version__.startswith("1.11.") or not hasattr(core, "plausible_year_filter"):
        return {}
    own = core.plausible_year_filter
    shortened = {id(getattr(core, name)) for name in DIGITS_BETWEEN_NON_DIGITS}

    def plausible_year_filter(htmlstring: str, *, pattern: re.Pattern[str], **rest: Any) -> Any:
        if id(pattern) in shortened:
            kept = _SHORTENED.get(id(htmlstring))
            if kept is None or kept[0] is not htmlstring:
                kept = _SHORTENED[id(htmlstring)] = (htmlstring, shortened_markup(htmlstring))
            htmlstring = kept[1]
        return own(htmlstring, pattern=pattern, **rest)

    return {"plausible_year_filter": plausible_year_filter}


_HTMLDATE_NAMES = ("get_external_parser", "month_words", "MONTH_KEYS", "WORD", "_fold_month_name")


@functools.cache
def _stand_ins(language: str) -> dict[str, Callable[[], Any]]:
    """`get_external_parser` and `month_words` of `language` and English, as htmldate builds them for every
    language (`_language_reading`); of every language for a page declaring none or one dateparser does not
    know, the month names read more cheaply (`_every_month_word`); none where this htmldate lacks what they
    read. Each is made when htmldate first asks for it (pagespeed46): importing dateparser is ~150 M
    instructions, once a process, which a page whose day htmldate's own patterns read never needs."""
    from htmldate import extractors

    if not all(hasattr(extractors, name) for name in _HTMLDATE_NAMES):
        return {}
    own_parser, own_months = extractors.get_external_parser, extractors.month_words

    def parser() -> Any:
        reading = _language_reading(language, own_parser)
        return reading[0] if reading else own_parser()

    def months() -> frozenset[str]:
        reading = _language_reading(language, own_parser)
        if reading:
            return reading[1]
        return own_months() if _declared_known(language) else _every_month_word(own_months)

    return {"get_external_parser": parser, "month_words": months}


def _declared_known(language: str) -> bool:
    from dateparser.data.languages_info import language_order

    return language in language_order


@functools.cache
def _language_reading(language: str, own_parser: Callable[[], Any]) -> tuple[Any, frozenset[str]] | None:
    """A parser of `language` and English (dateparser's order, htmldate's settings: `own_parser`'s) and their
    month names; None for no language, one dateparser does not know, or an htmldate whose parser differs."""
    from dateparser import DateDataParser
    from dateparser.languages.loader import default_loader
    from htmldate import extractors

    if not _declared_known(language):
        return None
    languages = sorted({language, "en"})
    try:
        parser = DateDataParser(languages=languages, settings=own_parser()._settings)
        months = frozenset(
            extractors._fold_month_name(word)
            for locale in default_loader.get_locales(languages=languages)
            for key in extractors.MONTH_KEYS
            for word in locale.info.get(key, [])
            if extractors.WORD.fullmatch(word)
        )
    except AttributeError:  # these are htmldate 1.11's internals: another htmldate reads the page its own way
        return None
    return parser, months


@functools.cache
def _every_month_word(htmldates: Callable[[], frozenset[str]]) -> frozenset[str]:
    """htmldate's `month_words()` (`htmldates`), the month names of every dateparser language, read from
    dateparser's data itself (pagespeed46). htmldate makes each language's `Locale` through dateparser's
    loader, its data deep-copied: ~216 M instructions, once a process, on the first page declaring no
    language with a text holding a day but neither a year nor a known month (coaching-magazin in
    `bench/evaldata_instr.py`'s sample). A language's month names are its data's, but in Arabic and Persian,
    whose `Locale` adds letter variants (one is made for those two): ~64 M. The same set
    (`tests/test_pagespeed46.py`); dateparser's loader is left to its parser, which loads every language when
    a text needs it. With another dateparser lacking what this reads, htmldate's own."""
    from importlib import import_module

    from htmldate import extractors

    try:
        from dateparser.data.languages_info import language_order
        from dateparser.languages.locale import _LETTER_VARIANT_LANGUAGES, Locale
    except ImportError:
        return htmldates()
    words: set[str] = set()
    for language in language_order:
        info = import_module(f"dateparser.data.date_translation_data.{language}").info
        if language in _LETTER_VARIANT_LANGUAGES:
            info = Locale(language, language_info=info).info
        words.update(
            extractors._fold_month_name(word)
            for key in extractors.MONTH_KEYS
            for word in info.get(key, [])
            if extractors.WORD.fullmatch(word)
        )
    return frozenset(words)
