"""The checked pieces `document_codec` builds its JSON from: the field readers that refuse
anything but the one type written (`Refused`), and datetimes, clocks and time zones kept
exactly — `repr` included (a zone as what it is: `timezone.utc`, a fixed offset with or without
its own name, an IANA zone by key); a value with no such form is `Unencodable`."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from typing import Any

_ZONE_KEY = re.compile(r"[A-Za-z][A-Za-z0-9_+\-]*(/[A-Za-z0-9_+\-]+){0,2}")


class Refused(Exception):
    """Decoded data that is not exactly what `encode_document` writes."""


class Unencodable(Exception):
    """A value this format does not hold (the article is then parsed again, never guessed)."""


def delta_json(delta: dt.timedelta) -> list[int]:
    return [delta.days, delta.seconds, delta.microseconds]


def clock_json(time: dt.time) -> list[Any]:
    return [time.hour, time.minute, time.second, time.microsecond, time.fold, zone_json(time.tzinfo)]


def moment_json(moment: dt.datetime | None) -> list[Any] | None:
    if moment is None:
        return None
    if type(moment) is not dt.datetime:
        raise Unencodable(type(moment))
    return [moment.date().isoformat(), clock_json(moment.timetz())]


def zone_json(zone: dt.tzinfo | None) -> list[Any] | None:
    """None, ["utc"], ["offset", delta, name or None] or ["zone", IANA key]."""
    if zone is None:
        return None
    if zone is dt.UTC:
        return ["utc"]
    if type(zone) is dt.timezone:
        offset = zone.utcoffset(None)
        plain = dt.timezone(offset)
        if repr(plain) == repr(zone):
            return ["offset", delta_json(offset), None]
        named = dt.timezone(offset, zone.tzname(None))
        if repr(named) != repr(zone):
            raise Unencodable(zone)
        return ["offset", delta_json(offset), zone.tzname(None)]
    if type(zone) is zoneinfo.ZoneInfo and isinstance(zone.key, str) and _ZONE_KEY.fullmatch(zone.key):
        return ["zone", zone.key]
    raise Unencodable(zone)


def str_field(value: Any) -> str:
    if type(value) is not str:
        raise Refused(value)
    return value


def int_field(value: Any, low: int | None = None, high: int | None = None) -> int:
    if type(value) is not int or (low is not None and value < low) or (high is not None and value > high):
        raise Refused(value)
    return value


def bool_field(value: Any) -> bool:
    if type(value) is not bool:
        raise Refused(value)
    return value


def list_field(value: Any, length: int | None = None) -> list[Any]:
    if type(value) is not list or (length is not None and len(value) != length):
        raise Refused(value)
    return value


def read_date(value: Any) -> dt.date:
    text = str_field(value)
    if len(text) != 10:
        raise Refused(text)
    return dt.date.fromisoformat(text)


def read_delta(value: Any) -> dt.timedelta:
    days, seconds, micro = list_field(value, 3)
    return dt.timedelta(days=int_field(days), seconds=int_field(seconds), microseconds=int_field(micro))


def read_clock(value: Any) -> dt.time:
    hour, minute, second, micro, fold, zone = list_field(value, 6)
    return dt.time(
        int_field(hour), int_field(minute), int_field(second), int_field(micro), read_zone(zone), fold=int_field(fold)
    )


def read_moment(value: Any) -> dt.datetime | None:
    if value is None:
        return None
    day, clock = list_field(value, 2)
    return dt.datetime.combine(read_date(day), read_clock(clock))


def read_zone(value: Any) -> dt.tzinfo | None:
    if value is None:
        return None
    kind = str_field(list_field(value)[0])
    if kind == "utc" and len(value) == 1:
        return dt.UTC
    if kind == "offset" and len(value) == 3:
        offset = read_delta(value[1])
        return dt.timezone(offset) if value[2] is None else dt.timezone(offset, str_field(value[2]))
    if kind == "zone" and len(value) == 2 and _ZONE_KEY.fullmatch(str_field(value[1])):
        return zoneinfo.ZoneInfo(value[1])
    raise Refused(value)
