"""Times written with a zone: "18:59 UTC+8", "9 a.m. ET", "0203 GMT (1003 HKT)".

A time keeps the zone its writer gave (DESIGN.md: dates with a zone keep the source's zone), as
a UTC offset CLDR can print ("GMT-4"). Abbreviations map to offsets through
`vocabulary.ZONE_ABBREVIATIONS`; the generic North American zones (ET, CT, MT, PT) mean
standard or daylight time depending on the day, so their offset is the IANA zone's on the
article's date (`zoneinfo`, the system's tz database), waiting as a `PendingZone` until the
detector knows that date; without one, January's (standard time).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from l10n.model import TimeOfDay
from l10n.placeables.vocabulary import ZONE_ABBREVIATIONS

MAX_UTC_OFFSET = dt.timedelta(hours=14)
"""The widest offset in use (Line Islands, UTC+14); anything beyond is not a zone."""


STANDARD_OFFSETS: dict[str, int] = {
    "America/New_York": -300, "America/Chicago": -360, "America/Denver": -420, "America/Los_Angeles": -480,
}  # fmt: skip
"""Standard-time offsets (minutes) of the zones `ZONE_ABBREVIATIONS` names, for a machine
without the tz database (Python's `zoneinfo` then finds no zone)."""


@dataclass(frozen=True)
class PendingZone:
    """A time in a zone whose offset depends on the date (`zone` is an IANA name)."""

    time: dt.time
    zone: str

    def on(self, date: dt.date | None) -> TimeOfDay:
        """The time with the zone's offset on `date` (January 1 of 2001 without one).

        >>> PendingZone(dt.time(9, 54), "America/New_York").on(dt.date(2019, 10, 3))
        TimeOfDay(time=datetime.time(9, 54), utc_offset=datetime.timedelta(days=-1, seconds=72000))
        """
        import zoneinfo

        try:
            zone = zoneinfo.ZoneInfo(self.zone)
        except zoneinfo.ZoneInfoNotFoundError:  # no tz database on this machine: standard time
            return TimeOfDay(self.time, dt.timedelta(minutes=STANDARD_OFFSETS[self.zone]))
        moment = dt.datetime.combine(date or dt.date(2001, 1, 1), self.time, tzinfo=zone)
        return TimeOfDay(self.time, moment.utcoffset())


def zoned_time(
    time: dt.time, zone: str | None, *, sign: str | None = None, hours: str | None = None, minutes: str | None = None
) -> TimeOfDay | PendingZone | None:
    """`time` in `zone` as written (an abbreviation, or UTC/GMT with an offset); None if the
    offset is impossible.

    >>> zoned_time(dt.time(2, 3), "GMT")
    TimeOfDay(time=datetime.time(2, 3), utc_offset=datetime.timedelta(0))
    >>> zoned_time(dt.time(10, 3), "HKT").utc_offset
    datetime.timedelta(seconds=28800)
    """
    if zone is None:
        return TimeOfDay(time)
    known = ZONE_ABBREVIATIONS[zone]
    if isinstance(known, str):
        return PendingZone(time, known)
    offset = dt.timedelta(minutes=known)
    if hours:
        offset = dt.timedelta(hours=int(hours), minutes=int(minutes or 0))
        if sign in ("-", "−"):
            offset = -offset
    return TimeOfDay(time, offset) if abs(offset) <= MAX_UTC_OFFSET else None
