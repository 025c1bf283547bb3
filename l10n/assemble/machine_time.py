"""The machine-readable moment of an edition's date: the `<time datetime>` value `assemble`
writes and the check a recorded one passes before `publish` writes it again (an index row's).
Its own module, of the standard library alone: `publish` asks the check of every dated index
row and must not load the model, Babel or the placeables for it (`tests/test_publish38_cold_imports.py`).
"""

from __future__ import annotations

import datetime as dt
import functools

__all__ = ["date_only", "is_machine_datetime", "machine_datetime"]


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
