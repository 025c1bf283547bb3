"""The page's day from the timestamp lines above its story, when no metadata states one: the
first such line is taken (`datelines.stamped_day`), unless it is a day without a time of day and
the story's own stamp, a day with its time, stands nearer the heading (`top_stamp_day`).

A site's header prints the day the page is served ("среда, 10 апреля 2013", UNIAN's masthead,
holdout28), a day alone; the story's stamp beside its heading gives the time it was filed
("08.12.2011 17:42"). A page saved long after its story shows both, the masthead's first; a page
is never served before its story was filed, so only an earlier day of the heading's stamp wins.
A paper prints a day of the current year without the year ("15 января 15:31" over Тверская жизнь's
`<h1>`, holdout41): that stamp is read in the masthead's year, where it then falls on or before the
masthead's day (misses42, `heading_lines.yearless_day`).

A stated instant's day is the day in its own offset ("2023-11-11T19:00-06:00", Discover's JSON-LD `datePublished`);
a page may show that instant in UTC under its heading ("Nov 12, 2023 1:00 AM", holdout45), and the day a reader sees
is the one to give: the same instant, taken in UTC, where the texts under the heading write its UTC day and time
of day to the minute, and neither the own offset's day with its time (`shown_instant`, misses46).

A paper's stamp of a day of the current year has no year, and on a page without a masthead's today
("25 ноября в 16:27" under gorodlip.ru's `<h1>`, holdout45) the one sign of the year the page was served in is
its rights notice's last year, which a site's footer runs on ("© ООО "Регион центр" 2004-2011"): the stamp is
read in it, as the last resort (`rights_year_day`, misses46), only where nothing shown on the page names a later
year (a notice left standing) and every stamp of that form the page shows falls within half a year of the
story's in it (stamps across a new year: which year is not sure), nor where the page's own address names a later
year. Where that address (`og:url`, the canonical link) writes the stamp's very day and month with a year
("/archive/2012/01/05/" over Главред's "5 января, 12:34", its footer's notice "©2002-2009" left standing; holdout47),
the stamp is read in the address's year first (`address_year_day`, misses47). A wrong day is worse than none.

A stamp may name its day as today or yesterday ("Сегодня, 15:33 • Новости региона" over Cxid.info's `<h1>`,
holdout46): it was written on the day the page was served, which a masthead prints after the same word
("Сегодня 28 Ноября 2011 - 17:08"). The stamp is read on that day, or the day before for "yesterday"
(`today_stamp_day`, misses46b), only where the page's lines give one such day, and not where the masthead's time
of day is before the stamp's "today" time (a clock of another zone, or of another day): a wrong day is worse than
none.

Nor is a story updated before it was published: a first stamp later than an update's day the page
states is the site's clock ("18 January 2012 - 1:56 am NZ time" over Radio New Zealand's "Updated at
7:07 pm on 16 January 2012", holdout29), and the earliest update's day is the nearest day the page
gives for its story.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from l10n.ingest.datelines import (
    STAMP_TEXTS,
    HeadingReads,
    has_time_of_day,
    page_language,
    read_timestamp,
    script_stamp,
    stamped_day,
)
from l10n.ingest.heading_lines import top_stamp_day, yearless_day
from l10n.ingest.page_days import (
    TODAY_LINE,
    address_writes_day,
    own_addresses,
    relative_stamp,
    writes_clock,
    writes_day,
)
from l10n.ingest.page_htmldate import rights_years
from l10n.ingest.shown_text import SHOWN_TEXT

HALF_YEAR = 183  # days either side of the story's stamp within which the page's other stamps fall (`rights_year_day`)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # a year as a page writes it, four digits alone

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from l10n.ingest.datelines import Timestamp
    from l10n.ingest.metadata import PageMetadata
    from l10n.model import Block


def story_stamp_day(
    stamps: dict[int, Timestamp],
    blocks: list[Block],
    unpruned: HtmlElement | None,
    meta: PageMetadata,
    *,
    reads: HeadingReads | None = None,
) -> dt.datetime | None:
    """The first stamp's day (`stamped_day`), or the heading's stamp's earlier day when that first
    stamp is a masthead's today (a day without a time of day); `unpruned` is the page's tree
    before pruning (the heading's stamp may sit in a box pruning drops), None to read no further;
    `reads`, its headings read once (`datelines.HeadingReads`)."""
    day = stamped_day(stamps)
    if day is None or unpruned is None:
        return day
    first = next(index for index, stamp in sorted(stamps.items()) if stamp.day and not stamp.updated)
    if has_time_of_day(blocks[first].text):
        return day
    story = top_stamp_day(
        unpruned, meta, today=day, reads=reads
    )  # misses42: a stamp without a year, read in today's year
    return story if story is not None and story < day else day


def not_after_update(day: dt.datetime | None, stamps: dict[int, Timestamp]) -> dt.datetime | None:
    """`day`, or the earliest day a stamp labelled as an update states when that is earlier (see the module
    docstring): a story is not updated before it was published, so a later day read from the page's lines
    is the site's clock; the update's day is the nearest the page gives for its story.

    >>> import datetime as dt
    >>> from l10n.ingest.datelines import read_timestamp
    >>> stamps = {0: read_timestamp("18 January 2012 - 1:56 am"), 3: read_timestamp("Updated at 7:07 pm on 16 January 2012")}
    >>> not_after_update(dt.datetime(2012, 1, 18), stamps), not_after_update(dt.datetime(2012, 1, 15), stamps)
    (datetime.datetime(2012, 1, 16, 0, 0), datetime.datetime(2012, 1, 15, 0, 0))
    """
    updates = [stamp.day for stamp in stamps.values() if stamp.updated and stamp.day is not None]
    if day is None or not updates or min(updates) >= day:
        return day
    return min(updates)


def shown_instant(published: dt.datetime | None, reads: HeadingReads) -> dt.datetime | None:
    """`published`, or the same instant in UTC where its day there differs and the page shows that one (see the
    module docstring): a text among the first shown under the story's heading (`reads`, `datelines.HeadingReads`)
    writes the UTC day and its time of day, and none writes the own offset's day at its time of day.

    >>> from lxml.html import fromstring
    >>> from l10n.ingest.datelines import HeadingReads
    >>> from l10n.ingest.metadata import PageMetadata
    >>> stated = dt.datetime.fromisoformat("2023-11-11T19:00-06:00")
    >>> def shown(line):
    ...     page = fromstring(f"<div><h1>Moths</h1><p>By Rina</p><span>{line}</span><p>Robert Hoare first …</p></div>")
    ...     return shown_instant(stated, HeadingReads(page, PageMetadata(headlines=["Moths"]))).isoformat()
    >>> shown("Nov 12, 2023 1:00 AM"), shown("Nov 11, 2023 7:00 PM"), shown("Nov 12, 2023")
    ('2023-11-12T01:00:00+00:00', '2023-11-11T19:00:00-06:00', '2023-11-11T19:00:00-06:00')
    """
    if published is None or published.tzinfo is None:
        return published
    utc = published.astimezone(dt.UTC)
    if utc.date() == published.date():
        return published
    under = next(reads.under(), [])  # the texts under the first of the story's headings

    def shows(instant: dt.datetime) -> bool:
        return any(writes_day(text, instant.date()) and writes_clock(text, instant.time()) for text in under)

    return utc if shows(utc) and not shows(published) else published


_CLOCK = re.compile(r"(?<!\d)(?P<hour>\d{1,2}):(?P<minute>\d{2})(?!\d)")


def today_stamp_day(
    blocks: list[Block], stamps: dict[int, Timestamp], root: HtmlElement, language: str
) -> dt.datetime | None:
    """The day of the first stamp above the story naming its day as today or yesterday (`page_days.relative_stamp`)
    on the day the page's masthead gives for today (`page_days.TODAY_LINE`: the word, then a day with its year);
    None without such a stamp, without one such masthead day or with two, or where the masthead's time of day is
    before a "today" stamp's (see the module docstring).

    >>> from lxml.html import fromstring
    >>> from l10n.model import Block
    >>> def day(masthead, stamp="Сегодня, 15:33 • Новости региона"):
    ...     page = fromstring(f"<div><div>{masthead} | <a>Вход</a></div><h2>{stamp}</h2><h1>Порт</h1></div>")
    ...     found = today_stamp_day([Block("heading", stamp)], {0: None}, page, "")
    ...     return found.date().isoformat() if found else None
    >>> day("Сегодня 28 Ноября 2011 - 17:08"), day("Сегодня 28 Ноября 2011 - 17:08", "Вчера, 15:33")
    ('2011-11-28', '2011-11-27')
    >>> day("Сегодня 28 Ноября 2011 - 09:08"), day("28 Ноября 2011 - 17:08"), day("Сегодня 28 Ноября 2011", "15:33")
    (None, None, None)
    """
    relative = next((read for index in sorted(stamps) if (read := relative_stamp(blocks[index].text))), None)
    if relative is None:
        return None
    back, time = relative
    todays: set[tuple[dt.datetime, dt.time | None]] = set()
    for piece in SHOWN_TEXT(root):
        found = TODAY_LINE.match(" ".join(str(piece).split()))
        rest = found["rest"].split("|")[0] if found else ""
        stamp = (read_timestamp(rest, language=language) or script_stamp(rest, language)) if rest else None
        if stamp is not None and stamp.day is not None:
            clock = _CLOCK.search(rest)
            todays.add((stamp.day, dt.time(int(clock["hour"]), int(clock["minute"])) if clock else None))
    days = {day for day, _ in todays}
    if len(days) != 1:
        return None
    day = days.pop()
    if back == 0 and any(clock is not None and clock < time for _, clock in todays):
        return None  # the masthead's clock before the story's "today" time: another zone's day, or another day
    return day - dt.timedelta(days=back)


def rights_year_day(root: HtmlElement, meta: PageMetadata, *, reads: HeadingReads | None = None) -> dt.datetime | None:
    """The day of the stamp without a year among the first texts under the story's heading (`yearless_day`), read in
    the last year of the page's rights notice (`page_htmldate.rights_years`), where no shown text names a later year
    and the page's other such stamps, read in it, fall within `HALF_YEAR` days of it; else None (see the module
    docstring). `reads`: the headings read once for `root` (`datelines.HeadingReads`).

    >>> from lxml.html import fromstring
    >>> from l10n.ingest.metadata import PageMetadata
    >>> def day(side="28 ноября в 15:58", foot="© ООО «Регион» 2004-2011"):
    ...     page = f"<div><p>{side}</p><h1>СПИД</h1><p>25 ноября в 16:27</p><p>Месячник …</p><p>{foot}</p></div>"
    ...     found = rights_year_day(fromstring(page), PageMetadata(headlines=["СПИД"]))
    ...     return found and found.date().isoformat()
    >>> day(), day(side="5 января в 10:02"), day(foot="© 2004-2011 «Регион», Год молодежи 2012"), day(foot="")
    ('2011-11-25', None, None, None)
    """
    texts = [
        str(text)
        for text in root.xpath("//text()[normalize-space()]")
        if not (text.is_text and text.getparent().tag in ("script", "style"))
    ]
    shown = " ".join(texts)
    years = rights_years(shown)
    if not years:
        return None
    year = max(years)
    if any(int(found) > year for found in _YEAR.findall(" ".join([shown, *own_addresses(root)]))):
        return None  # misses47: a later year in the page's own address (Главред's "/archive/2012/…", "©2002-2009")
    language = page_language(root)
    last = dt.datetime(year, 12, 31)
    under = next((reads or HeadingReads(root, meta)).under(), [])
    story = under_yearless_day(under, language, last)
    if story is None:
        return None
    stamps = [day for text in texts if (day := yearless_day(text, language, last)) is not None]
    return story if all(abs((day - story).days) <= HALF_YEAR for day in stamps) else None


STAMP_RUN = 3  # texts in a row a stamp's elements may part it into ("16 <em>янв</em> | 17:10": three text nodes)


def under_yearless_day(under: list[str], language: str, today: dt.datetime) -> dt.datetime | None:
    """The day of the first stamp without a year (`yearless_day`) among the first `STAMP_TEXTS` texts under the
    story's heading, a text alone or run on with the next few (misses53, holdout53's «Всё для Вас»: `<b class="ts">16
    <em>янв</em> | 17:10</b>`, the month in an element of its own).

    >>> under_yearless_day(["16 ", "янв", " | 17:10", "Текст"], "ru", dt.datetime(2012, 12, 31))
    datetime.datetime(2012, 1, 16, 0, 0)
    >>> under_yearless_day(["16 ", "янв", "Текст", " | 17:10"], "ru", dt.datetime(2012, 12, 31)) is None
    True
    """
    first = under[:STAMP_TEXTS]
    for at in range(len(first)):
        for run in range(1, min(STAMP_RUN, len(first) - at) + 1):
            day = yearless_day(" ".join(first[at : at + run]), language, today)
            if day is not None:
                return day
    return None


def address_year_day(root: HtmlElement, meta: PageMetadata, *, reads: HeadingReads | None = None) -> dt.datetime | None:
    """The day of the stamp without a year among the first texts under the story's heading (`yearless_day`), in the
    year of the page's own address (`page_days.own_addresses`) where that address writes the very day, month and
    year ("/archive/2012/01/05/" over Главред's "5 января, 12:34", holdout47): the stamp and the address agree on the
    day and month, and the address gives the year the page leaves out. None where no address writes such a day, or
    where two years would (see the module docstring). `reads`: the headings read once for `root`.

    >>> from lxml.html import fromstring
    >>> from l10n.ingest.metadata import PageMetadata
    >>> def day(address, stamp="5 января, 12:34"):
    ...     head = f"<head><meta property='og:url' content='{address}'></head>"
    ...     page = f"<html>{head}<body><h1>Дочь</h1><p>{stamp}</p><p>Текст …</p></body></html>"
    ...     found = address_year_day(fromstring(page), PageMetadata(headlines=["Дочь"]))
    ...     return found and found.date().isoformat()
    >>> day("http://x.info/archive/2012/01/05/123405-5.html"), day("http://x.info/archive/2012/01/06/1.html")
    ('2012-01-05', None)
    >>> day("http://x.info/news/123405-2012.html"), day("http://x.info/2012/01/05/1.html", stamp="5 января")
    (None, None)
    """
    addresses = own_addresses(root)
    years = {int(year) for address in addresses for year in _YEAR.findall(address)}
    if not years:
        return None
    language = page_language(root)
    under = next((reads or HeadingReads(root, meta)).under(), [])[:STAMP_TEXTS]
    found = {
        day
        for year in years
        for text in under
        if (day := yearless_day(text, language, dt.datetime(year, 12, 31))) is not None
        and any(address_writes_day(address, day.date()) for address in addresses)
    }
    return found.pop() if len(found) == 1 else None
