"""An edition's dateline: the publication moment in the edition's CLDR long format (Babel).

Two things the locale alone does not say, both read from the source `Document`:

- **Whose English.** The source-language edition is the editor's text (card rule 8), and an
  article that states its region (`Document.source_variant`: `<html lang="en-GB">`, front matter,
  Word) is dated the way that region writes dates: CLDR `en` is American ("April 10, 2020"),
  `en_GB` writes "10 April 2020" and a 24-hour clock. A translated edition follows its own locale.
- **Whether there is a time.** A source that gives only a date (front matter `date: 2019-01-04`,
  `<time datetime="2020-01-19">`) is read as midnight without a zone; showing "12:00 AM" would
  invent a time nobody wrote, so such a dateline is CLDR's long date alone. A time the source
  stated, zone or not, is shown with it (`placeables.render.render_datetime`).

Digits follow the locale's CLDR default numbering system (`Locale.default_numbering_system`:
Persian `fa` writes ۱۰ آوریل ۲۰۲۰, Egyptian Arabic `ar_EG` ١٠, Bengali ১০). Babel knows which
system a locale uses but ships no digits (CLDR `numberingSystems.xml`) and formats every date in
Latin digits, so the dateline is transliterated (`placeables.render.in_native_digits`, the one
home of that rule: every rendered value of an edition follows it). The calendar stays
Gregorian: CLDR prefers the Persian (Solar Hijri) calendar for Iran, but Babel formats only the
Gregorian one, and no calendar is computed by hand here.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from l10n.errors import L10nError
from l10n.locales import TargetLocale
from l10n.model import Document
from l10n.placeables.render import in_native_digits, render_datetime


def dateline(doc: Document, locale: TargetLocale) -> str:
    r"""The dateline of `doc`'s edition in `locale` ("" when the article states no date).

    >>> from l10n.locales import TargetLocale as T
    >>> british = Document(blocks=[], source_variant="en_GB", published=dt.datetime(2020, 4, 10, 17, 58))
    >>> dateline(british, T("en")), dateline(british, T("en_US")), dateline(british, T("de"))
    ('10 April 2020, 17:58', 'April 10, 2020, 5:58\u202fPM', '10. April 2020, 17:58')
    >>> dateline(Document(blocks=[], published=dt.datetime(2019, 1, 4)), T("fr"))
    '4 janvier 2019'
    """
    if doc.published is None:
        return ""
    shown = _dateline_locale(doc, locale)
    if date_only(doc.published):  # Babel's `format_date(date, "long", locale)`, its pattern found once
        return in_native_digits(_long_date_pattern(shown.code).apply(doc.published.date(), shown.babel), shown)
    return in_native_digits(render_datetime(doc.published, shown), shown)


def machine_datetime(moment: dt.datetime) -> str:
    """The `<time datetime>` value (HTML §4.5.14): a valid date string for a date-only source,
    which claims no time, else the moment as the source gave it (with its offset when it had one).
    HTML's strings (§2.3.5) hold at most three digits of a second's fraction and an offset in
    hours and minutes: a source's microseconds are written to the millisecond, and a moment
    whose offset has seconds (a local mean time, "+00:17:30") in UTC, the same instant.

    >>> machine_datetime(dt.datetime(2019, 1, 4)), machine_datetime(dt.datetime(2019, 1, 4, 9, 30))
    ('2019-01-04', '2019-01-04T09:30:00')
    >>> machine_datetime(dt.datetime(2019, 1, 4, 9, 30, 0, 123456)), machine_datetime(dt.datetime(2019, 1, 4, 9, 30, 0, 500))
    ('2019-01-04T09:30:00.123', '2019-01-04T09:30:00')
    >>> machine_datetime(dt.datetime(1890, 1, 4, 9, 30, tzinfo=dt.timezone(dt.timedelta(minutes=17, seconds=30))))
    '1890-01-04T09:12:30+00:00'
    """
    moment = moment.replace(microsecond=moment.microsecond // 1000 * 1000)  # as written: read back the same
    if date_only(moment):
        return moment.date().isoformat()
    offset = moment.utcoffset()
    if offset is not None and offset % dt.timedelta(minutes=1):
        moment = moment.astimezone(dt.UTC)
    return moment.isoformat(timespec="milliseconds" if moment.microsecond else "seconds")


@functools.lru_cache(maxsize=4096)
def is_machine_datetime(value: str) -> bool:
    """Whether `value` is a `<time datetime>` value `machine_datetime` writes (read back by
    `datetime.fromisoformat`, written again the same): what a record kept outside the run (the
    site's manifest, assemble's facts: hostile files) must be before it reaches the attribute.
    Remembered: an article's ten editions share one.

    >>> [is_machine_datetime(v) for v in ("2011-12-09", "2014-12-29T10:05:00+08:00", "9999-12-31T23:59:00-23:59")]
    [True, True, True]
    >>> [is_machine_datetime(v) for v in ("next tuesday", "2011-02-30", "20111209", "2011-12-09T10:05:00.123456", "")]
    [False, False, False, False, False]
    >>> moments = [dt.datetime(2019, 1, 4, 9, 30, 0, us, tzinfo=dt.UTC) for us in (0, 1, 999, 1000, 999999)]
    >>> all(is_machine_datetime(machine_datetime(moment)) for moment in moments)
    True
    """
    try:
        return machine_datetime(dt.datetime.fromisoformat(value)) == value
    except ValueError:
        return False


def date_only(moment: dt.datetime) -> bool:
    """True for what ingest makes of a bare date: midnight with no zone (`fields.parse_published`)."""
    return moment.tzinfo is None and moment.time() == dt.time(0, 0)


@functools.lru_cache(maxsize=64)
def _long_date_pattern(code: str) -> Any:
    """CLDR's long date pattern of locale `code` (a `babel.dates.DateTimePattern`), as
    `format_date(…, "long", …)` looks it up and parses it for every call: once per locale
    and process here, not once per edition (CLDR's data does not change while it runs)."""
    from babel import Locale
    from babel.dates import get_date_format

    return get_date_format("long", locale=Locale.parse(code))  # `TargetLocale.babel`'s Locale


def _dateline_locale(doc: Document, locale: TargetLocale) -> TargetLocale:
    """The source's regional variant for the source-language edition, else the edition's locale."""
    if not doc.source_variant or locale.code != doc.source_locale:
        return locale
    from l10n.locales import parse_locale

    try:
        variant = parse_locale(doc.source_variant)
    except L10nError:  # an odd declared region: the edition's own locale
        return locale
    return variant if variant.language == locale.language else locale
