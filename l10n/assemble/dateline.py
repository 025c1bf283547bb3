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

import functools
from typing import Any

from l10n.assemble.machine_time import date_only
from l10n.errors import L10nError
from l10n.locales import TargetLocale
from l10n.model import Document
from l10n.placeables.render import in_native_digits, render_datetime


def dateline(doc: Document, locale: TargetLocale) -> str:
    r"""The dateline of `doc`'s edition in `locale` ("" when the article states no date).

    >>> import datetime as dt
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
