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

Nor is a story updated before it was published: a first stamp later than an update's day the page
states is the site's clock ("18 January 2012 - 1:56 am NZ time" over Radio New Zealand's "Updated at
7:07 pm on 16 January 2012", holdout29), and the earliest update's day is the nearest day the page
gives for its story.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from l10n.ingest.datelines import has_time_of_day, stamped_day
from l10n.ingest.heading_lines import top_stamp_day

if TYPE_CHECKING:
    import datetime as dt

    from lxml.html import HtmlElement

    from l10n.ingest.datelines import HeadingReads, Timestamp
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
